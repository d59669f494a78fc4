// A small JPEG of the first frame for the job card, made in the browser from the base64 the body carries.

const MAX_SIDE = 160;

export async function thumbnailFromBase64(base64: unknown, maxSide = MAX_SIDE): Promise<string | undefined> {
  if (typeof base64 !== "string" || base64.length < 16 || /^https?:/i.test(base64)) return undefined;
  if (typeof document === "undefined" || typeof createImageBitmap === "undefined") return undefined;
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL("image/jpeg", 0.7);
  } catch {
    return undefined;
  }
}

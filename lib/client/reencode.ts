// Browser-side re-encoding: decode once, draw at a size on a canvas (OffscreenCanvas where there is one),
// encode as JPEG at a quality or as PNG, and hand back raw base64.
import type { Size } from "@/lib/composer/budget";
import type { EncodedImage, ImageCodec } from "./prepare-payload";

export type EncodeFormat = { type: "jpeg"; quality: number } | { type: "png" };

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

export function makeCanvas({ width, height }: Size): AnyCanvas {
  if (typeof OffscreenCanvas !== "undefined") return new OffscreenCanvas(width, height);
  const c = document.createElement("canvas");
  c.width = width;
  c.height = height;
  return c;
}

export function context2d(canvas: AnyCanvas): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D {
  const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!ctx) throw new Error("this browser cannot draw on a canvas");
  return ctx;
}

export async function canvasToBlob(canvas: AnyCanvas, format: EncodeFormat): Promise<Blob> {
  const type = format.type === "jpeg" ? "image/jpeg" : "image/png";
  const quality = format.type === "jpeg" ? format.quality : undefined;
  if ("convertToBlob" in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas could not be encoded"))), type, quality),
  );
}

/** Raw base64 (no data: prefix) of a blob; FileReader is native and far faster than btoa on megabytes. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("the image could not be read"));
    reader.readAsDataURL(blob);
  });
}

/** Draws `source` at `size` and encodes it. JPEG has no alpha: transparent areas become white, not black. */
export async function encodeImage(source: CanvasImageSource, size: Size, format: EncodeFormat): Promise<EncodedImage & { blob: Blob }> {
  const canvas = makeCanvas(size);
  const ctx = context2d(canvas);
  if (format.type === "jpeg") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, size.width, size.height);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(source, 0, 0, size.width, size.height);
  const blob = await canvasToBlob(canvas, format);
  return { blob, base64: await blobToBase64(blob), bytes: blob.size, width: size.width, height: size.height, type: format.type };
}

/** The codec `preparePayload` uses in the browser: frames become JPEG at the quality asked for. */
export const canvasCodec: ImageCodec = {
  async open(blob) {
    const bitmap = await createImageBitmap(blob);
    return {
      encode: (size, quality) => encodeImage(bitmap, size, { type: "jpeg", quality }),
      close: () => bitmap.close(),
    };
  },
};

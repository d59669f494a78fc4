// Real PNG/JPEG bytes for tests, made with sharp (a dependency of next).
import sharp from "sharp";

export async function pngBase64(width: number, height: number, rgb = { r: 40, g: 120, b: 200 }): Promise<string> {
  const buf = await sharp({ create: { width, height, channels: 3, background: rgb } }).png().toBuffer();
  return buf.toString("base64");
}

export async function jpegBase64(width: number, height: number): Promise<string> {
  const buf = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 30 } } })
    .jpeg()
    .toBuffer();
  return buf.toString("base64");
}

/** A black/white mask PNG (white = brushed) of the given size. */
export async function maskBase64(width: number, height: number): Promise<string> {
  return pngBase64(width, height, { r: 0, g: 0, b: 0 });
}

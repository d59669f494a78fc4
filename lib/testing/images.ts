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

/** A black/white mask PNG (white = brushed) of the given size: 8-bit greyscale, a white block in the middle. */
export async function maskBase64(width: number, height: number, fill?: (x: number, y: number) => number): Promise<string> {
  const px = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      px[y * width + x] = fill ? fill(x, y) : x > width / 4 && x < (3 * width) / 4 && y > height / 4 && y < (3 * height) / 4 ? 255 : 0;
    }
  }
  const buf = await sharp(px, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return buf.toString("base64");
}

// The photo's RGBA pixels, read once per image (the wand needs them; 4000x3000 takes one getImageData).
import type { Pixels } from "@/lib/editor/wand";

const cache = new WeakMap<HTMLImageElement, Pixels>();

export function imagePixels(image: HTMLImageElement): Pixels {
  const hit = cache.get(image);
  if (hit) return hit;
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  ctx.drawImage(image, 0, 0);
  const pixels = { width, height, data: ctx.getImageData(0, 0, width, height).data };
  cache.set(image, pixels);
  return pixels;
}

// Select by click: the connected area of similar colour around a pixel (magic-wand-tool's scanline flood
// fill), as a fill mark for the active layer. Edges stay binary: a pixel is in or out, never blended.
import MagicWand from "magic-wand-tool";
import type { Fill, Point } from "./document";
import type { Size } from "./geometry";

export interface Pixels extends Size {
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8Array | Uint8ClampedArray;
}

/** Tolerance: how far (0-255, per channel) a colour may be from the clicked one and still join. */
export const WAND_TOLERANCE = { min: 0, max: 128, initial: 32 } as const;

/** How a click combines with the layer: plain replaces its painting, Shift adds, Alt subtracts. */
export type WandOp = "replace" | "add" | "subtract";

export function wandOp(mods: { shift?: boolean; alt?: boolean }): WandOp {
  return mods.alt ? "subtract" : mods.shift ? "add" : "replace";
}

/** The selected pixels as [row, a, b] triples (columns a..b-1), rows in order. Empty outside the image. */
export function wandSpans(image: Pixels, at: Point, tolerance: number): number[] {
  const col = Math.floor(at.x);
  const row = Math.floor(at.y);
  if (col < 0 || row < 0 || col >= image.width || row >= image.height) return [];
  const mask = MagicWand.floodFill({ data: image.data, width: image.width, height: image.height, bytes: 4 }, col, row, tolerance, null, false);
  if (!mask) return [];
  return maskToSpans(mask.data, image.width, mask.bounds);
}

/** A 0/1 mask as [row, a, b] triples, scanning only inside `bounds` when given. */
export function maskToSpans(data: Uint8Array, width: number, bounds?: { minX: number; minY: number; maxX: number; maxY: number }): number[] {
  const height = data.length / width;
  const x0 = Math.max(0, bounds?.minX ?? 0);
  const x1 = Math.min(width - 1, bounds?.maxX ?? width - 1);
  const y0 = Math.max(0, bounds?.minY ?? 0);
  const y1 = Math.min(height - 1, bounds?.maxY ?? height - 1);
  const out: number[] = [];
  for (let y = y0; y <= y1; y++) {
    const base = y * width;
    let start = -1;
    for (let x = x0; x <= x1 + 1; x++) {
      const on = x <= x1 && data[base + x] === 1;
      if (on && start < 0) start = x;
      else if (!on && start >= 0) {
        out.push(y, start, x);
        start = -1;
      }
    }
  }
  return out;
}

/** The wand's result as a mark on a `size` grid (the image's own). */
export function wandFill(image: Pixels, at: Point, tolerance: number, op: WandOp, id: string): Fill {
  return { id, tool: op === "subtract" ? "cut" : "fill", width: image.width, height: image.height, spans: wandSpans(image, at, tolerance) };
}

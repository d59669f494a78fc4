// Areas typed in rather than painted (for keyboard and screen-reader users): a rectangle or an ellipse,
// given in image pixels, as a fill mark. A pixel is in when its centre is inside the shape.
import type { Fill } from "./document";
import type { Size } from "./geometry";

export type ShapeKind = "rectangle" | "ellipse";

/** A box in image pixels, top-left origin: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function shapeSpans(kind: ShapeKind, box: Box, size: Size): number[] {
  const out: number[] = [];
  if (!(box.width > 0 && box.height > 0)) return out;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const rx = box.width / 2;
  const ry = box.height / 2;
  const rowFrom = Math.max(0, Math.ceil(box.y - 0.5));
  const rowTo = Math.min(size.height - 1, Math.floor(box.y + box.height - 0.5));
  for (let row = rowFrom; row <= rowTo; row++) {
    let lo = box.x;
    let hi = box.x + box.width;
    if (kind === "ellipse") {
      const dy = (row + 0.5 - cy) / ry;
      if (dy * dy > 1) continue;
      const hw = rx * Math.sqrt(1 - dy * dy);
      lo = cx - hw;
      hi = cx + hw;
    }
    const a = Math.max(0, Math.ceil(lo - 0.5));
    const b = Math.min(size.width, Math.floor(hi - 0.5) + 1);
    if (b > a) out.push(row, a, b);
  }
  return out;
}

export function shapeFill(kind: ShapeKind, box: Box, size: Size, id: string): Fill {
  return { id, tool: "fill", width: size.width, height: size.height, spans: shapeSpans(kind, box, size) };
}

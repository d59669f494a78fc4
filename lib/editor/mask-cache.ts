// Where an area's committed strokes are kept as a bitmap between redraws of the mask layer. Pure planning;
// components/editor/draw.ts does the drawing. Two kinds of plan:
//  - "frame": the whole frame (plus the widest stroke's reach) at the view's scale. Panning only moves where
//    the bitmap is placed (whole device pixels, so it is copied, never resampled); only a zoom or a change of
//    the area's strokes re-strokes it. Used while that bitmap stays within FRAME_CACHE_BUDGET times the view.
//  - "view": zoomed in further, the bitmap is the view itself (as large as the canvas), re-stroked when the
//    view moves, and kept while only other areas change.
// Either way a pixel gets exactly the transform it had without the cache (translations rounded to 1/256 px).
import type { Size, Viewport } from "./geometry";

/** The frame-wide bitmap may hold up to this many times the view canvas's pixels (a zoom of 1.5x from fit). */
export const FRAME_CACHE_BUDGET = 2.25;

export interface CachePlan {
  kind: "frame" | "view";
  /** Bitmap size in device pixels. */
  width: number;
  height: number;
  /** Frame to bitmap: uniform scale, then translation (device pixels). */
  scale: number;
  tx: number;
  ty: number;
  /** Where the bitmap's top-left corner goes on the view canvas (whole device pixels). */
  at: { x: number; y: number };
  /** Equal keys: the bitmap drawn for one can be reused for the other (given the same strokes and colour). */
  key: string;
}

const snap = (v: number) => Math.round(v * 256) / 256;

/**
 * `frame`: the painted size the strokes are in; `target`: the view canvas in device pixels; `margin`: how far
 * (frame pixels) strokes may reach outside the frame (the widest radius).
 */
export function planAreaCache(frame: Size, vp: Viewport, dpr: number, target: Size, margin: number): CachePlan {
  const scale = vp.scale * dpr;
  const ox = vp.x * dpr;
  const oy = vp.y * dpr;
  const m = Math.ceil(Math.max(0, margin) * scale) + 1;
  const fx = snap(ox - Math.floor(ox));
  const fy = snap(oy - Math.floor(oy));
  const width = Math.ceil(frame.width * scale) + 2 * m + 1;
  const height = Math.ceil(frame.height * scale) + 2 * m + 1;
  if (width * height <= FRAME_CACHE_BUDGET * target.width * target.height) {
    const tx = m + fx;
    const ty = m + fy;
    return {
      kind: "frame",
      width,
      height,
      scale,
      tx,
      ty,
      at: { x: Math.round(ox - fx) - m, y: Math.round(oy - fy) - m },
      key: `frame ${width}x${height} ${scale} ${tx} ${ty}`,
    };
  }
  const tx = snap(ox);
  const ty = snap(oy);
  return { kind: "view", width: target.width, height: target.height, scale, tx, ty, at: { x: 0, y: 0 }, key: `view ${target.width}x${target.height} ${scale} ${tx} ${ty}` };
}

// Coordinate spaces, from the outside in:
//   client  CSS pixels of the page (pointer events);
//   stage   CSS pixels inside the canvas element (client minus the element's top-left);
//   device  backing-store pixels of the canvas (stage x devicePixelRatio);
//   frame   IMAGE pixels of the painted frame, top-left origin, fractional (pixel centre = col + 0.5);
//   kling   integer pixels of the image as sent, bottom-left origin: x = col, y = H - 1 - row, clamped.
export interface Vec {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
/** stage = frame * scale + (x, y). `scale` is CSS pixels per image pixel (1 = "100%"). */
export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 32;
export const ZOOM_STEP = 1.25;

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function clientToStage(p: Vec, origin: Vec): Vec {
  return { x: p.x - origin.x, y: p.y - origin.y };
}
export function stageToClient(p: Vec, origin: Vec): Vec {
  return { x: p.x + origin.x, y: p.y + origin.y };
}
export function stageToDevice(p: Vec, dpr: number): Vec {
  return { x: p.x * dpr, y: p.y * dpr };
}
export function deviceToStage(p: Vec, dpr: number): Vec {
  return { x: p.x / dpr, y: p.y / dpr };
}
export function stageToFrame(p: Vec, vp: Viewport): Vec {
  return { x: (p.x - vp.x) / vp.scale, y: (p.y - vp.y) / vp.scale };
}
export function frameToStage(p: Vec, vp: Viewport): Vec {
  return { x: p.x * vp.scale + vp.x, y: p.y * vp.scale + vp.y };
}

/** A frame position as Kling reads it in an image of `target` pixels (the frame itself by default). */
export function frameToKling(p: Vec, frame: Size, target: Size = frame): Vec & { inside: boolean } {
  const tx = (p.x * target.width) / frame.width;
  const ty = (p.y * target.height) / frame.height;
  const col = Math.floor(tx);
  const row = Math.floor(ty);
  const inside = tx >= 0 && ty >= 0 && tx < target.width && ty < target.height;
  return {
    x: clamp(col, 0, target.width - 1),
    y: clamp(target.height - 1 - row, 0, target.height - 1),
    inside,
  };
}

/** The centre of the frame pixel that Kling point (x, y) names. */
export function klingToFrame(k: Vec, frame: Size): Vec {
  const col = clamp(Math.round(k.x), 0, frame.width - 1);
  const row = frame.height - 1 - clamp(Math.round(k.y), 0, frame.height - 1);
  return { x: col + 0.5, y: row + 0.5 };
}

export function clampScale(scale: number): number {
  return clamp(scale, MIN_SCALE, MAX_SCALE);
}

/** The whole frame, centred, inside `view` with `padding` CSS pixels around it. */
export function fitViewport(frame: Size, view: Size, padding = 16): Viewport {
  const w = Math.max(1, view.width - 2 * padding);
  const h = Math.max(1, view.height - 2 * padding);
  const scale = clampScale(Math.min(w / frame.width, h / frame.height));
  return { scale, x: (view.width - frame.width * scale) / 2, y: (view.height - frame.height * scale) / 2 };
}

/** Zooms to `scale` keeping the frame point under `anchor` (stage coordinates) where it is. */
export function zoomAt(vp: Viewport, scale: number, anchor: Vec): Viewport {
  const s = clampScale(scale);
  const f = stageToFrame(anchor, vp);
  return { scale: s, x: anchor.x - f.x * s, y: anchor.y - f.y * s };
}

export function panBy(vp: Viewport, dx: number, dy: number): Viewport {
  return { ...vp, x: vp.x + dx, y: vp.y + dy };
}

/** Two-finger pinch: the frame point under the old midpoint follows the new midpoint, scaled by the spread. */
export function pinch(vp: Viewport, from: [Vec, Vec], to: [Vec, Vec]): Viewport {
  const d0 = Math.hypot(from[1].x - from[0].x, from[1].y - from[0].y);
  const d1 = Math.hypot(to[1].x - to[0].x, to[1].y - to[0].y);
  const m0 = { x: (from[0].x + from[1].x) / 2, y: (from[0].y + from[1].y) / 2 };
  const m1 = { x: (to[0].x + to[1].x) / 2, y: (to[0].y + to[1].y) / 2 };
  const zoomed = d0 > 0 ? zoomAt(vp, vp.scale * (d1 / d0), m0) : vp;
  return panBy(zoomed, m1.x - m0.x, m1.y - m0.y);
}

/** Wheel delta (pixels) to a zoom factor: smooth for trackpads, one step per notch for mice. */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(-clamp(deltaY, -100, 100) * 0.0025);
}

export function distance(a: Vec, b: Vec): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Squared distance from p to segment ab, and where along it (0..1) the nearest point lies. */
export function nearestOnSegment(p: Vec, a: Vec, b: Vec): { t: number; d2: number; point: Vec } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0, 1);
  const point = { x: a.x + t * dx, y: a.y + t * dy };
  return { t, d2: (p.x - point.x) ** 2 + (p.y - point.y) ** 2, point };
}

/**
 * Whether canvases drawn at `drawn` can stand for `vp` by moving them: the same scale, and the part of the
 * frame in view at `vp` lies within the moved canvases (so no part of the photo shows undrawn).
 */
export function canShift(drawn: Viewport, vp: Viewport, view: Size, frame: Size | null): boolean {
  if (drawn.scale !== vp.scale || !frame) return false;
  const within = (at: number, drawnAt: number, length: number, side: number) => {
    const lo = Math.max(0, at);
    const hi = Math.min(side, at + length * vp.scale);
    const shift = at - drawnAt;
    return hi <= lo || (lo >= shift - 0.5 && hi <= shift + side + 0.5);
  };
  return within(vp.x, drawn.x, frame.width, view.width) && within(vp.y, drawn.y, frame.height, view.height);
}

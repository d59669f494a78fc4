// The motion preview's pure part: where each moving region is, and how the camera has moved, at time t of the
// video (0..1). A SKETCH of what the request asks for (regions slide along their paths, the static area stays,
// the camera moves the whole frame), not a prediction of the model's output.
import type { Point } from "./document";
import type { Size } from "./geometry";

/** A 2D affine transform [a, b, c, d, e, f] as in canvas setTransform: x' = a x + c y + e, y' = b x + d y + f. */
export type Affine = readonly [number, number, number, number, number, number];
export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

export type CameraAxisName = "horizontal" | "vertical" | "pan" | "tilt" | "roll" | "zoom";
export interface PreviewCamera {
  type: "simple" | "down_back" | "forward_up" | "right_turn_forward" | "left_turn_forward";
  config?: Partial<Record<CameraAxisName, number>>;
}

/** How far a full-strength (10) move goes by the end of the video, as a share of the frame. */
const MOVE = 0.25;
const TURN = 0.2;
const ROLL_DEGREES = 20;
/** Zoom 10 halves the scene's size on screen (a wider view); -10 doubles it. */
const ZOOM_LOG2 = 1;

export interface RegionMotion {
  /** Pixels of the painted frame; the offset moves them from their place at t = 0. */
  path: readonly Point[];
}

/** A point at `t` (0..1) of the way along a polyline, by length. One point or none: no movement. */
export function pointAlong(path: readonly Point[], t: number): Point | null {
  const first = path[0];
  if (!first) return null;
  if (path.length === 1) return first;
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const d = Math.hypot(path[i]!.x - path[i - 1]!.x, path[i]!.y - path[i - 1]!.y);
    lengths.push(d);
    total += d;
  }
  if (total === 0) return first;
  let want = Math.min(1, Math.max(0, t)) * total;
  for (let i = 0; i < lengths.length; i++) {
    const d = lengths[i]!;
    if (want <= d || i === lengths.length - 1) {
      const k = d === 0 ? 0 : Math.min(1, want / d);
      const a = path[i]!;
      const b = path[i + 1]!;
      return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
    }
    want -= d;
  }
  return path[path.length - 1]!;
}

/** How far a region's pixels have travelled at `t`, in frame pixels (top-left origin). */
export function regionOffset(path: readonly Point[], t: number): Point {
  const p = pointAlong(path, t);
  const first = path[0];
  if (!p || !first) return { x: 0, y: 0 };
  return { x: p.x - first.x, y: p.y - first.y };
}

function compose(m: Affine, n: Affine): Affine {
  // m after n
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Translate by (dx, dy), rotate by `angle` (radians, clockwise on screen) and scale by `s`, about the frame's centre. */
function aboutCentre(size: Size, dx: number, dy: number, angle: number, s: number): Affine {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const cos = Math.cos(angle) * s;
  const sin = Math.sin(angle) * s;
  const toOrigin: Affine = [1, 0, 0, 1, -cx, -cy];
  const rs: Affine = [cos, sin, -sin, cos, 0, 0];
  const back: Affine = [1, 0, 0, 1, cx + dx, cy + dy];
  return compose(back, compose(rs, toOrigin));
}

/**
 * Where the frame's pixels go on screen at `t` when the camera moves (kling-api section 6): the camera moving
 * right slides the scene left, panning up slides it down, rolling clockwise turns it counter-clockwise, a wider
 * zoom shrinks it. Presets combine a move with a zoom. Values are in [-10, 10].
 */
export function cameraTransform(camera: PreviewCamera | null, size: Size, t: number): Affine {
  if (!camera) return IDENTITY;
  const k = Math.min(1, Math.max(0, t));
  const W = size.width;
  const H = size.height;
  switch (camera.type) {
    case "down_back":
      return aboutCentre(size, 0, -MOVE * H * k, 0, 2 ** (-0.5 * k));
    case "forward_up":
      return aboutCentre(size, 0, MOVE * H * k, 0, 2 ** (0.5 * k));
    case "right_turn_forward":
      return aboutCentre(size, -TURN * W * k, 0, 0, 2 ** (0.4 * k));
    case "left_turn_forward":
      return aboutCentre(size, TURN * W * k, 0, 0, 2 ** (0.4 * k));
    case "simple": {
      const c = camera.config ?? {};
      const v = (axis: CameraAxisName) => ((c[axis] ?? 0) / 10) * k;
      const dx = -v("horizontal") * MOVE * W - v("tilt") * TURN * W;
      const dy = v("vertical") * MOVE * H + v("pan") * TURN * H;
      const angle = (-v("roll") * ROLL_DEGREES * Math.PI) / 180;
      const scale = 2 ** (-v("zoom") * ZOOM_LOG2);
      return aboutCentre(size, dx, dy, angle, scale);
    }
  }
}

export function applyAffine(m: Affine, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

export interface PreviewFrame {
  camera: Affine;
  /** One per region, in the document's order. */
  offsets: Point[];
}

/** Everything needed to draw the preview at `t`. */
export function previewFrame(input: { size: Size; paths: readonly (readonly Point[])[]; camera: PreviewCamera | null }, t: number): PreviewFrame {
  return { camera: cameraTransform(input.camera, input.size, t), offsets: input.paths.map((p) => regionOffset(p, t)) };
}

/** The path point nearest to `p` within `reach` (frame pixels), for the preview's hover label. */
export function nearestPathPoint(paths: readonly (readonly Point[])[], p: Point, reach: number): { region: number; index: number } | null {
  let best: { region: number; index: number } | null = null;
  let bestD = reach;
  for (let region = 0; region < paths.length; region++) {
    const path = paths[region]!;
    for (let index = 0; index < path.length; index++) {
      const d = Math.hypot(path[index]!.x - p.x, path[index]!.y - p.y);
      if (d <= bestD) {
        bestD = d;
        best = { region, index };
      }
    }
  }
  return best;
}

export function invertAffine(m: Affine): Affine {
  const det = m[0] * m[3] - m[1] * m[2];
  if (det === 0) return IDENTITY;
  const a = m[3] / det;
  const b = -m[1] / det;
  const c = -m[2] / det;
  const d = m[0] / det;
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])];
}

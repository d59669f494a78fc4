// Canvas 2D drawing for the editor's layers. Konva calls these from custom shapes; they read the document
// and the viewport and draw in device pixels, so line widths and handles stay the same size on screen.
import { isFill, STATIC_COLOUR, STATIC_LAYER, type EditorDocument, type Fill, type LayerId, type Mark, type Point, type Region, type Stroke } from "@/lib/editor/document";
import { frameToStage, type Size, type Vec, type Viewport } from "@/lib/editor/geometry";
import { planAreaCache, type CachePlan } from "@/lib/editor/mask-cache";
import type { LiveShape } from "@/lib/editor/interaction";

export const MASK_OPACITY = 0.5;

function traceStroke(ctx: CanvasRenderingContext2D, s: Stroke) {
  const p = s.points;
  ctx.beginPath();
  if (p.length === 2) {
    ctx.arc(p[0]!, p[1]!, s.radius, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.lineWidth = s.radius * 2;
  ctx.moveTo(p[0]!, p[1]!);
  for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i]!, p[i + 1]!);
  ctx.stroke();
}

/** Each fill drawn once, in its colour, on a canvas of its own grid; redraws only scale it. */
const fillCanvases = new WeakMap<Fill, { colour: string; canvas: HTMLCanvasElement }>();

function fillCanvas(fill: Fill, colour: string): HTMLCanvasElement {
  const hit = fillCanvases.get(fill);
  if (hit && hit.colour === colour) return hit.canvas;
  const canvas = document.createElement("canvas");
  canvas.width = fill.width;
  canvas.height = fill.height;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = colour;
  const s = fill.spans;
  for (let i = 0; i < s.length; i += 3) ctx.fillRect(s[i + 1]!, s[i]!, s[i + 2]! - s[i + 1]!, 1);
  fillCanvases.set(fill, { colour, canvas });
  return canvas;
}

function traceMark(ctx: CanvasRenderingContext2D, s: Mark, colour: string, size: Size) {
  if (!isFill(s)) return traceStroke(ctx, s);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(fillCanvas(s, colour), 0, 0, s.width, s.height, 0, 0, size.width, size.height);
}

function sized(canvas: HTMLCanvasElement, w: number, h: number) {
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

/** One area's committed strokes as a bitmap: re-stroked only when its strokes, colour or plan change. */
interface AreaBitmap {
  strokes: readonly Mark[];
  colour: string;
  key: string;
  canvas: HTMLCanvasElement;
}

export interface MaskBuffers {
  composite: HTMLCanvasElement;
  /** By layer id (STATIC_LAYER or a region's id). */
  areas: Map<LayerId, AreaBitmap>;
}

export function createMaskBuffers(): MaskBuffers {
  return { composite: document.createElement("canvas"), areas: new Map() };
}

/** How far outside the frame an area's strokes may reach (frame pixels): its widest brush. */
function reach(strokes: readonly Mark[]): number {
  let r = 0;
  for (const s of strokes) if (!isFill(s)) r = Math.max(r, s.radius);
  return r;
}

function areaBitmap(buffers: MaskBuffers, id: LayerId, strokes: readonly Mark[], colour: string, plan: CachePlan, size: Size): AreaBitmap {
  const hit = buffers.areas.get(id);
  if (hit && hit.strokes === strokes && hit.colour === colour && hit.key === plan.key) return hit;
  const canvas = hit?.canvas ?? document.createElement("canvas");
  const ctx = sized(canvas, plan.width, plan.height);
  ctx.setTransform(plan.scale, 0, 0, plan.scale, plan.tx, plan.ty);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  for (const s of strokes) {
    ctx.globalCompositeOperation = s.tool === "brush" || s.tool === "fill" ? "source-over" : "destination-out";
    traceMark(ctx, s, colour, size);
  }
  const bitmap = { strokes, colour, key: plan.key, canvas };
  buffers.areas.set(id, bitmap);
  return bitmap;
}

/**
 * Committed strokes as the export sees them: each area drawn on its own (the eraser only erases its
 * own area), then stacked lowest precedence first with opaque colour, so each pixel shows its one
 * owner; the stack is laid over the photo at MASK_OPACITY. Each area's strokes are kept as a bitmap
 * (lib/editor/mask-cache.ts): a change to one area, a visibility switch or a pan re-strokes no other area.
 */
export function drawMasks(target: CanvasRenderingContext2D, doc: EditorDocument, vp: Viewport, dpr: number, buffers: MaskBuffers) {
  const { width, height } = target.canvas;
  const layers: { id: LayerId; colour: string; strokes: readonly Mark[] }[] = [];
  const size = doc.paintSize ?? { width: 1, height: 1 };
  if (doc.staticMask.visible) layers.push({ id: STATIC_LAYER, colour: STATIC_COLOUR, strokes: doc.staticMask.strokes });
  for (let i = doc.regions.length - 1; i >= 0; i--) {
    const r = doc.regions[i]!;
    if (r.visible) layers.push({ id: r.id, colour: r.colour, strokes: r.strokes });
  }
  // Bitmaps of areas that are gone or emptied are let go; hidden areas keep theirs for when they return.
  const alive = new Set<LayerId>([STATIC_LAYER, ...doc.regions.map((r) => r.id)]);
  for (const id of buffers.areas.keys()) if (!alive.has(id)) buffers.areas.delete(id);
  if (doc.staticMask.strokes.length === 0) buffers.areas.delete(STATIC_LAYER);
  for (const r of doc.regions) if (r.strokes.length === 0) buffers.areas.delete(r.id);
  if (!layers.some((l) => l.strokes.length > 0)) return;
  const comp = sized(buffers.composite, width, height);
  for (const layer of layers) {
    if (layer.strokes.length === 0) continue;
    const plan = planAreaCache(size, vp, dpr, { width, height }, reach(layer.strokes));
    const bitmap = areaBitmap(buffers, layer.id, layer.strokes, layer.colour, plan, size);
    comp.drawImage(bitmap.canvas, plan.at.x, plan.at.y);
  }
  target.save();
  target.setTransform(1, 0, 0, 1, 0, 0);
  target.globalAlpha = MASK_OPACITY;
  target.drawImage(buffers.composite, 0, 0);
  target.restore();
}

function arrowHead(ctx: CanvasRenderingContext2D, from: Vec, to: Vec, size: number) {
  const a = Math.atan2(to.y - from.y, to.x - from.x);
  ctx.beginPath();
  ctx.moveTo(to.x, to.y);
  ctx.lineTo(to.x - size * Math.cos(a - 0.45), to.y - size * Math.sin(a - 0.45));
  ctx.lineTo(to.x - size * Math.cos(a + 0.45), to.y - size * Math.sin(a + 0.45));
  ctx.closePath();
}

function polyline(ctx: CanvasRenderingContext2D, pts: Vec[]) {
  ctx.beginPath();
  pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** Which parts of a path to draw: its points from..to (runs of them, as one line), the arrowhead, the start ring. */
interface PathParts {
  runs: [number, number][];
  arrow: boolean;
  start: boolean;
}

const WHOLE = (n: number): PathParts => ({ runs: [[0, n - 1]], arrow: true, start: true });

/** A path with a white casing, an arrowhead at its end, and a ring at its start. */
function drawPath(ctx: CanvasRenderingContext2D, pts: Vec[], colour: string, strong: boolean, parts: PathParts = WHOLE(pts.length)) {
  if (pts.length === 0) return;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (pts.length > 1) {
    // Every run in one path, so the casing lies under the colour of all of them (as one line would).
    ctx.beginPath();
    for (const [from, to] of parts.runs) {
      if (to <= from) continue;
      ctx.moveTo(pts[from]!.x, pts[from]!.y);
      for (let i = from + 1; i <= to; i++) ctx.lineTo(pts[i]!.x, pts[i]!.y);
    }
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.lineWidth = strong ? 6 : 4.5;
    ctx.stroke();
    ctx.strokeStyle = colour;
    ctx.lineWidth = strong ? 3 : 2;
    ctx.stroke();
  }
  if (pts.length > 1 && parts.arrow) {
    const end = pts[pts.length - 1]!;
    let before = pts[pts.length - 2]!;
    for (let i = pts.length - 2; i >= 0 && Math.hypot(end.x - before.x, end.y - before.y) < 1; i--) before = pts[i]!;
    const tip = { x: end.x, y: end.y };
    arrowHead(ctx, before, tip, strong ? 18 : 14);
    ctx.fillStyle = "white";
    ctx.fill();
    arrowHead(ctx, before, tip, strong ? 14 : 11);
    ctx.fillStyle = colour;
    ctx.fill();
  }
  if (!parts.start) return;
  const start = pts[0]!;
  ctx.beginPath();
  ctx.arc(start.x, start.y, strong ? 5 : 4, 0, Math.PI * 2);
  ctx.fillStyle = "white";
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

/**
 * While point `k` of an n-point path is dragged, what moves with it: the two segments beside it, the
 * handles k-1..k+1 (drawn over those segments), the arrowhead near the end and the start ring near the start.
 * "moving" is that; "still" is the rest, which keeps its canvas for the whole drag.
 */
export function dragParts(n: number, k: number): { still: PathParts; moving: PathParts; handles: [number, number] } {
  const lo = Math.max(0, k - 1);
  const hi = Math.min(n - 1, k + 1);
  const nearEnd = k >= n - 3;
  const nearStart = k <= 1;
  return {
    still: { runs: [[0, lo], [hi, n - 1]], arrow: !nearEnd, start: !nearStart },
    moving: { runs: [[lo, hi]], arrow: nearEnd, start: nearStart },
    handles: [lo, hi],
  };
}

export interface OverlayLabels {
  origin: string;
  x: string;
  y: string;
}

/**
 * Trajectories of every shown region, numbered handles on the active one, and the bottom-left origin.
 * `part` draws half of it on a canvas of its own. With no point dragged, "still" is all of it and "moving"
 * nothing. While point `dragged` of the active region is dragged, "moving" is what that drag changes (see
 * dragParts; all a pointer move redraws) and "still" everything else (drawn once per drag).
 */
export function drawOverlay(
  target: CanvasRenderingContext2D,
  opts: {
    regions: readonly Region[];
    active: LayerId;
    selected: { region: string; index: number } | null;
    vp: Viewport;
    dpr: number;
    frame: Size;
    labels: OverlayLabels;
    /** A touch screen: handles drawn larger (the press reaches 22 px around each, a 44 px target). */
    coarse?: boolean;
    part: "still" | "moving";
    /** The active region's point being dragged, if any. */
    dragged?: number | null;
  },
) {
  const { vp, dpr } = opts;
  const moving = opts.part === "moving";
  const ctx = target;
  const activeRegion = opts.regions.find((r) => r.id === opts.active);
  const dragged = opts.dragged ?? null;
  if (moving && (dragged === null || !activeRegion || dragged >= activeRegion.path.length)) return;
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const toStage = (p: Point) => frameToStage(p, vp);
  if (!moving) {
    for (const r of opts.regions) {
      if (!r.visible || r === activeRegion) continue;
      drawPath(ctx, r.path.map(toStage), r.colour, false);
    }
    drawOrigin(ctx, toStage({ x: 0, y: opts.frame.height }), opts.labels);
  }
  if (activeRegion) {
    const pts = activeRegion.path.map(toStage);
    const split = dragged !== null && dragged < pts.length ? dragParts(pts.length, dragged) : null;
    drawPath(ctx, pts, activeRegion.colour, true, split ? (moving ? split.moving : split.still) : WHOLE(pts.length));
    const r = opts.coarse ? 15 : 10;
    ctx.font = `bold ${opts.coarse ? 13 : 11}px ui-sans-serif, system-ui, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    pts.forEach((p, i) => {
      const inMoving = split !== null && i >= split.handles[0] && i <= split.handles[1];
      if (inMoving !== moving) return;
      const selected = opts.selected?.region === activeRegion.id && opts.selected.index === i;
      ctx.beginPath();
      ctx.arc(p.x, p.y, selected ? r + 2 : r, 0, Math.PI * 2);
      ctx.fillStyle = activeRegion.colour;
      ctx.fill();
      ctx.lineWidth = selected ? 3 : 2;
      ctx.strokeStyle = selected ? "#18181b" : "white";
      ctx.stroke();
      ctx.fillStyle = "white";
      ctx.fillText(String(i + 1), p.x, p.y + 0.5);
    });
  }
  ctx.restore();
}

/** Kling's origin: the bottom-left corner, x to the right, y upward. */
function drawOrigin(ctx: CanvasRenderingContext2D, o: Vec, labels: OverlayLabels) {
  const len = 34;
  const axes: [Vec, string][] = [
    [{ x: o.x + len, y: o.y }, labels.x],
    [{ x: o.x, y: o.y - len }, labels.y],
  ];
  for (const [colour, width] of [
    ["rgba(24,24,27,0.85)", 5],
    ["white", 2],
  ] as const) {
    for (const [tip] of axes) {
      ctx.beginPath();
      ctx.moveTo(o.x, o.y);
      ctx.lineTo(tip.x, tip.y);
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.stroke();
      arrowHead(ctx, o, tip, width === 5 ? 11 : 8);
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }
  ctx.font = "bold 11px ui-sans-serif, system-ui, sans-serif";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(24,24,27,0.85)";
  ctx.fillStyle = "white";
  const text = (s: string, x: number, y: number, align: CanvasTextAlign) => {
    ctx.textAlign = align;
    ctx.textBaseline = "middle";
    ctx.strokeText(s, x, y);
    ctx.fillText(s, x, y);
  };
  text(labels.x, o.x + len + 9, o.y, "left");
  text(labels.y, o.x, o.y - len - 9, "center");
  text(labels.origin, o.x + 4, o.y - 10, "left");
  ctx.beginPath();
  ctx.arc(o.x, o.y, 3.5, 0, Math.PI * 2);
  ctx.fillStyle = "white";
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

/** The stroke or path being drawn. */
export function drawLive(
  target: CanvasRenderingContext2D,
  opts: { live: LiveShape | null; colour: string; vp: Viewport; dpr: number },
) {
  const { live, vp, dpr } = opts;
  const ctx = target;
  ctx.save();
  if (live?.kind === "stroke") {
    ctx.setTransform(vp.scale * dpr, 0, 0, vp.scale * dpr, vp.x * dpr, vp.y * dpr);
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.globalAlpha = live.tool === "brush" ? MASK_OPACITY : 0.6;
    ctx.strokeStyle = live.tool === "brush" ? opts.colour : "#f4f4f5";
    ctx.fillStyle = ctx.strokeStyle;
    traceStroke(ctx, { id: "live", tool: live.tool, radius: live.radius, points: live.points });
  } else if (live?.kind === "path") {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const pts = live.points.map((p) => frameToStage(p, vp));
    polyline(ctx, pts);
    ctx.setLineDash([6, 5]);
    ctx.lineWidth = 4;
    ctx.strokeStyle = "white";
    ctx.stroke();
    ctx.lineWidth = 2;
    ctx.strokeStyle = opts.colour;
    ctx.stroke();
  }
  ctx.restore();
}

/** The photo drawn once at the view's scale; a pan copies it (lib/editor/mask-cache.ts), a zoom redraws it. */
export interface PhotoBuffer {
  image: CanvasImageSource | null;
  key: string;
  smooth: boolean;
  canvas: HTMLCanvasElement | null;
}

export function createPhotoBuffer(): PhotoBuffer {
  return { image: null, key: "", smooth: true, canvas: null };
}

export function drawPhoto(target: CanvasRenderingContext2D, image: HTMLImageElement, vp: Viewport, dpr: number, buffer: PhotoBuffer) {
  const { width, height } = target.canvas;
  const size = { width: image.naturalWidth, height: image.naturalHeight };
  const plan = planAreaCache(size, vp, dpr, { width, height }, 0);
  // Scaled up past 2x the photo's pixels stay crisp (as the editor always drew them).
  const smooth = vp.scale < 2;
  if (buffer.image !== image || buffer.key !== plan.key || buffer.smooth !== smooth || !buffer.canvas) {
    buffer.canvas ??= document.createElement("canvas");
    const ctx = sized(buffer.canvas, plan.width, plan.height);
    ctx.imageSmoothingEnabled = smooth;
    ctx.imageSmoothingQuality = "low";
    ctx.setTransform(plan.scale, 0, 0, plan.scale, plan.tx, plan.ty);
    ctx.drawImage(image, 0, 0);
    Object.assign(buffer, { image, key: plan.key, smooth });
  }
  target.save();
  target.setTransform(1, 0, 0, 1, 0, 0);
  target.drawImage(buffer.canvas, plan.at.x, plan.at.y);
  target.restore();
}

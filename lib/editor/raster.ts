// A pure scanline rasteriser. A layer is kept as spans per row (sorted, merged, half-open [a, b) column
// ranges), so the cost follows the painted outline, not the pixel count, and a 4096x4096 mask is cheap.
// A pixel is painted when its centre (col + 0.5, row + 0.5) lies within `radius` of the stroke's polyline,
// which is what a canvas line with round caps and joins looks like, without antialiasing.
import { isFill, type Fill, type Mark, type Stroke } from "./document";
import type { Size } from "./geometry";

/** Per row: flat [a0, b0, a1, b1, ...] or undefined when the row is empty. */
export type Rows = (number[] | undefined)[];
export interface SpanMask {
  width: number;
  height: number;
  rows: Rows;
}

/** Smallest radius drawn: any disc this wide covers the centre of the pixel its point lies in. */
export const MIN_RASTER_RADIUS = 0.75;

export function emptyMask(size: Size): SpanMask {
  return { width: size.width, height: size.height, rows: new Array<number[] | undefined>(size.height) };
}

export function addSpan(list: readonly number[] | undefined, a: number, b: number): number[] {
  if (b <= a) return list ? list.slice() : [];
  const out: number[] = [];
  let i = 0;
  const src = list ?? [];
  for (; i < src.length && src[i + 1]! < a; i += 2) out.push(src[i]!, src[i + 1]!);
  let lo = a;
  let hi = b;
  while (i < src.length && src[i]! <= hi) {
    lo = Math.min(lo, src[i]!);
    hi = Math.max(hi, src[i + 1]!);
    i += 2;
  }
  out.push(lo, hi);
  for (; i < src.length; i += 2) out.push(src[i]!, src[i + 1]!);
  return out;
}

export function subtractSpan(list: readonly number[] | undefined, a: number, b: number): number[] | undefined {
  if (!list || b <= a) return list ? list.slice() : undefined;
  const out: number[] = [];
  for (let i = 0; i < list.length; i += 2) {
    const s = list[i]!;
    const e = list[i + 1]!;
    if (e <= a || s >= b) out.push(s, e);
    else {
      if (s < a) out.push(s, a);
      if (e > b) out.push(b, e);
    }
  }
  return out.length > 0 ? out : undefined;
}

export function unionSpans(x: readonly number[] | undefined, y: readonly number[] | undefined): number[] | undefined {
  if (!y || y.length === 0) return x ? x.slice() : undefined;
  let out: number[] | undefined = x ? x.slice() : undefined;
  for (let i = 0; i < y.length; i += 2) out = addSpan(out, y[i]!, y[i + 1]!);
  return out;
}

export function subtractSpans(x: readonly number[] | undefined, y: readonly number[] | undefined): number[] | undefined {
  if (!x) return undefined;
  let out: number[] | undefined = x.slice();
  if (!y) return out;
  for (let i = 0; i < y.length && out; i += 2) out = subtractSpan(out, y[i]!, y[i + 1]!);
  return out;
}

/** Where the line through pixel centres at height `yc` crosses a capsule (segment ab grown by r): [lo, hi] or null. */
function capsuleRow(ax: number, ay: number, bx: number, by: number, r: number, yc: number, out: [number, number]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  const disc = (cx: number, cy: number) => {
    const dy = yc - cy;
    if (Math.abs(dy) > r) return;
    const hw = Math.sqrt(r * r - dy * dy);
    lo = Math.min(lo, cx - hw);
    hi = Math.max(hi, cx + hw);
  };
  disc(ax, ay);
  disc(bx, by);
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len > 0) {
    // The rectangle between the two discs: corners a +- r n, b +- r n.
    const nx = (-dy / len) * r;
    const ny = (dx / len) * r;
    const xs = [ax + nx, bx + nx, bx - nx, ax - nx];
    const ys = [ay + ny, by + ny, by - ny, ay - ny];
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4;
      const y0 = ys[i]!;
      const y1 = ys[j]!;
      if ((y0 - yc) * (y1 - yc) > 0) continue;
      if (y0 === y1) {
        lo = Math.min(lo, xs[i]!, xs[j]!);
        hi = Math.max(hi, xs[i]!, xs[j]!);
      } else {
        const x = xs[i]! + ((yc - y0) / (y1 - y0)) * (xs[j]! - xs[i]!);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
  }
  out[0] = lo;
  out[1] = hi;
  return lo <= hi;
}

/** The pixels one stroke covers, as spans per row (only rows it touches are set). */
export function strokeSpans(stroke: Stroke, size: Size, sx = 1, sy = 1): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  const r = Math.max(MIN_RASTER_RADIUS, stroke.radius * Math.sqrt(sx * sy));
  const p = stroke.points;
  const cross: [number, number] = [0, 0];
  const segments = Math.max(1, p.length / 2 - 1);
  for (let s = 0; s < segments; s++) {
    const ax = p[2 * s]! * sx;
    const ay = p[2 * s + 1]! * sy;
    const bx = (p[2 * s + 2] ?? p[2 * s]!) * sx;
    const by = (p[2 * s + 3] ?? p[2 * s + 1]!) * sy;
    const rowFrom = Math.max(0, Math.ceil(Math.min(ay, by) - r - 0.5));
    const rowTo = Math.min(size.height - 1, Math.floor(Math.max(ay, by) + r - 0.5));
    for (let row = rowFrom; row <= rowTo; row++) {
      if (!capsuleRow(ax, ay, bx, by, r, row + 0.5, cross)) continue;
      const c0 = Math.max(0, Math.ceil(cross[0] - 0.5));
      const c1 = Math.min(size.width, Math.floor(cross[1] - 0.5) + 1);
      if (c1 <= c0) continue;
      rows.set(row, addSpan(rows.get(row), c0, c1));
    }
  }
  return rows;
}

/** A fill's spans per row at `target` size (nearest source row and column for each target pixel centre). */
export function fillSpans(fill: Fill, target: Size): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  const src = new Map<number, number[]>();
  const s = fill.spans;
  for (let i = 0; i < s.length; i += 3) {
    const list = src.get(s[i]!);
    if (list) list.push(s[i + 1]!, s[i + 2]!);
    else src.set(s[i]!, [s[i + 1]!, s[i + 2]!]);
  }
  if (fill.width === target.width && fill.height === target.height) {
    for (const [row, spans] of src) {
      let merged: number[] | undefined;
      for (let i = 0; i < spans.length; i += 2) merged = addSpan(merged, spans[i]!, spans[i + 1]!);
      if (merged && row < target.height) rows.set(row, merged);
    }
    return rows;
  }
  const sx = target.width / fill.width;
  const sy = fill.height / target.height;
  for (let row = 0; row < target.height; row++) {
    const spans = src.get(Math.min(fill.height - 1, Math.floor((row + 0.5) * sy)));
    if (!spans) continue;
    let merged: number[] | undefined;
    // Column c is in when its centre maps inside [a, b): c + 0.5 >= a * sx and c + 0.5 < b * sx.
    for (let i = 0; i < spans.length; i += 2) {
      merged = addSpan(merged, Math.max(0, Math.ceil(spans[i]! * sx - 0.5)), Math.min(target.width, Math.ceil(spans[i + 1]! * sx - 0.5)));
    }
    if (merged && merged.length > 0) rows.set(row, merged);
  }
  return rows;
}

/**
 * One layer's strokes, in order (the eraser removes what came before it), at `target` size: stroke
 * coordinates are in `source` pixels and scale with the target, radius included.
 */
export function rasteriseLayer(strokes: readonly Mark[], source: Size, target: Size = source): SpanMask {
  const mask = emptyMask(target);
  const sx = target.width / source.width;
  const sy = target.height / source.height;
  for (const stroke of strokes) {
    const adds = stroke.tool === "brush" || stroke.tool === "fill";
    const covered = isFill(stroke) ? fillSpans(stroke, target) : strokeSpans(stroke, target, sx, sy);
    for (const [row, spans] of covered) {
      mask.rows[row] = adds ? unionSpans(mask.rows[row], spans) : subtractSpans(mask.rows[row], spans);
    }
  }
  return mask;
}

/** One owner per pixel: `layers` in precedence order (first wins); each keeps only what no earlier one took. */
export function resolvePrecedence(layers: readonly SpanMask[]): SpanMask[] {
  const first = layers[0];
  if (!first) return [];
  const out = layers.map((l) => emptyMask(l));
  for (let row = 0; row < first.height; row++) {
    let taken: number[] | undefined;
    layers.forEach((layer, i) => {
      const own = subtractSpans(layer.rows[row], taken);
      out[i]!.rows[row] = own && own.length > 0 ? own : undefined;
      taken = unionSpans(taken, layer.rows[row]);
    });
  }
  return out;
}

export function paintedPixels(mask: SpanMask): number {
  let n = 0;
  for (const spans of mask.rows) if (spans) for (let i = 0; i < spans.length; i += 2) n += spans[i + 1]! - spans[i]!;
  return n;
}

export function isPainted(mask: SpanMask, col: number, row: number): boolean {
  const spans = mask.rows[row];
  if (!spans) return false;
  for (let i = 0; i < spans.length; i += 2) if (col >= spans[i]! && col < spans[i + 1]!) return true;
  return false;
}

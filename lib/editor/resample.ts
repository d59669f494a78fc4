// Trajectories by arc length. Never sorts: the drawing order is the travel order Kling reads.
import { MAX_TRAJECTORY_POINTS, MIN_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import type { Vec } from "./geometry";

export function pathLength(points: readonly Vec[]): number {
  let len = 0;
  for (let i = 1; i < points.length; i++) len += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return len;
}

/**
 * `count` points evenly spaced along the polyline by arc length, first and last kept exactly.
 * A path of zero length gives `count` copies of its point; an empty path stays empty.
 */
export function resampleByArcLength(points: readonly Vec[], count: number): Vec[] {
  const n = Math.max(MIN_TRAJECTORY_POINTS, Math.floor(count));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const total = pathLength(points);
  if (total === 0) return Array.from({ length: n }, () => ({ x: first.x, y: first.y }));
  const out: Vec[] = [{ x: first.x, y: first.y }];
  let seg = 1;
  let segStart = 0; // arc length at points[seg - 1]
  for (let k = 1; k < n - 1; k++) {
    const target = (total * k) / (n - 1);
    for (;;) {
      const a = points[seg - 1]!;
      const b = points[seg]!;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      if (segStart + len >= target || seg === points.length - 1) {
        const t = len === 0 ? 0 : Math.min(1, (target - segStart) / len);
        out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
        break;
      }
      segStart += len;
      seg++;
    }
  }
  out.push({ x: last.x, y: last.y });
  return out;
}

/** At most `max` points (77 for Kling), resampled only when there are more; order and endpoints kept. */
export function limitPoints(points: readonly Vec[], max = MAX_TRAJECTORY_POINTS): Vec[] {
  return points.length <= max ? points.map((p) => ({ x: p.x, y: p.y })) : resampleByArcLength(points, max);
}

/**
 * A freehand drag as an editable path: about one point per `spacing` of arc length, between 2 and `max`.
 * A drag too short to have a direction gives its two ends.
 */
export function freehandToPath(points: readonly Vec[], spacing: number, max = MAX_TRAJECTORY_POINTS): Vec[] {
  if (points.length === 0) return [];
  const len = pathLength(points);
  const count = Math.min(max, Math.max(MIN_TRAJECTORY_POINTS, Math.round(len / Math.max(spacing, 1e-9)) + 1));
  return resampleByArcLength(points, count);
}

// The motion brush as Kling fields: masks rasterised from the document (never from the zoomed stage) at
// exactly the size of the image sent, and trajectories in that image's integer pixels, bottom-left origin.
//
// PRECEDENCE (one area per pixel; the editor draws the same order): moving regions win over the static
// area, and among moving regions the one higher in the list (Region 1 first) wins. Hidden layers are sent.
import { MAX_TRAJECTORY_POINTS, MIN_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { addsPaint, type EditorDocument, type Region } from "./document";
import { frameToKling, type Size, type Vec } from "./geometry";
import { encodeMaskPng, toBase64 } from "./mask-png";
import { paintedPixels, rasteriseLayer, resolvePrecedence, type SpanMask } from "./raster";
import { limitPoints } from "./resample";

export interface MotionBrushFields {
  static_mask?: string;
  dynamic_masks?: { mask: string; trajectories: { x: number; y: number }[] }[];
}

export type MotionBrushProblem =
  | { kind: "no-frame" }
  | { kind: "nothing-painted" }
  | { kind: "region-not-painted"; regionId: string; name: string }
  | { kind: "region-path-too-short"; regionId: string; name: string; points: number };

export class MotionBrushExportError extends Error {
  constructor(readonly problems: MotionBrushProblem[]) {
    super(`the motion brush cannot be sent: ${problems.map((p) => ("name" in p ? `${p.name}: ${p.kind}` : p.kind)).join("; ")}`);
    this.name = "MotionBrushExportError";
  }
}

/** Checks that need no rasterising: every region needs a path of at least 2 points and some strokes. */
export function motionBrushProblems(doc: EditorDocument): MotionBrushProblem[] {
  if (!doc.paintSize) return [{ kind: "no-frame" }];
  const problems: MotionBrushProblem[] = [];
  const hasStatic = doc.staticMask.strokes.some(addsPaint);
  if (!hasStatic && doc.regions.length === 0) problems.push({ kind: "nothing-painted" });
  for (const r of doc.regions) {
    if (!r.strokes.some(addsPaint)) problems.push({ kind: "region-not-painted", regionId: r.id, name: r.name });
    if (r.path.length < MIN_TRAJECTORY_POINTS) {
      problems.push({ kind: "region-path-too-short", regionId: r.id, name: r.name, points: r.path.length });
    }
  }
  return problems;
}

/** A region's trajectory in `target` pixels, bottom-left origin, at most 77 points in drawing order. */
export function exportTrajectory(region: Pick<Region, "path">, source: Size, target: Size): { x: number; y: number }[] {
  return limitPoints(region.path, MAX_TRAJECTORY_POINTS).map((p: Vec) => {
    const k = frameToKling(p, source, target);
    return { x: k.x, y: k.y };
  });
}

export interface RasterisedAreas {
  /** After precedence: what each area owns, at target size. */
  static: SpanMask;
  regions: SpanMask[];
}

/** Every area rasterised at `target` and resolved so each pixel has one owner. */
export function rasteriseAreas(doc: EditorDocument, target: Size): RasterisedAreas {
  const source = doc.paintSize ?? target;
  const layers = [...doc.regions.map((r) => r.strokes), doc.staticMask.strokes].map((s) => rasteriseLayer(s, source, target));
  const owned = resolvePrecedence(layers);
  return { static: owned[owned.length - 1]!, regions: owned.slice(0, -1) };
}

export type PreparedMotionBrush = { ok: true; fields: MotionBrushFields } | { ok: false; problems: MotionBrushProblem[] };

export async function prepareMotionBrush(doc: EditorDocument, target: Size): Promise<PreparedMotionBrush> {
  const early = motionBrushProblems(doc);
  if (!doc.paintSize) return { ok: false, problems: early };
  const source = doc.paintSize;
  const areas = rasteriseAreas(doc, target);
  const problems = early.slice();
  doc.regions.forEach((r, i) => {
    const already = problems.some((p) => p.kind === "region-not-painted" && p.regionId === r.id);
    if (!already && paintedPixels(areas.regions[i]!) === 0) problems.push({ kind: "region-not-painted", regionId: r.id, name: r.name });
  });
  if (doc.regions.length === 0 && paintedPixels(areas.static) === 0 && !problems.some((p) => p.kind === "nothing-painted")) {
    problems.push({ kind: "nothing-painted" });
  }
  if (problems.length > 0) return { ok: false, problems };

  const fields: MotionBrushFields = {};
  if (paintedPixels(areas.static) > 0) fields.static_mask = toBase64(encodeMaskPng(areas.static));
  if (doc.regions.length > 0) {
    fields.dynamic_masks = doc.regions.map((r, i) => ({
      mask: toBase64(encodeMaskPng(areas.regions[i]!)),
      trajectories: exportTrajectory(r, source, target),
    }));
  }
  return { ok: true, fields };
}

/**
 * The public export (also used by the payload budget): masks at exactly `target` size, trajectories in
 * target pixels with the origin at the bottom-left. Throws MotionBrushExportError naming what is missing.
 */
export async function exportMotionBrush(
  doc: EditorDocument,
  target: { width: number; height: number },
): Promise<{ static_mask?: string; dynamic_masks?: { mask: string; trajectories: { x: number; y: number }[] }[] }> {
  const prepared = await prepareMotionBrush(doc, target);
  if (!prepared.ok) throw new MotionBrushExportError(prepared.problems);
  return prepared.fields;
}

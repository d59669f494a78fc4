// The motion brush as Kling fields, from the document and the encoded masks the exporter made: the problems
// that stop a send, and the trajectories (cheap, so always from the current paths). Pure.
import { MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { motionBrushProblems, type MotionBrushProblem } from "./brush-problems";
import type { EditorDocument, Region } from "./document";
import { frameToKling, type Size, type Vec } from "./geometry";
import type { EncodedMask } from "./mask-protocol";
import { limitPoints } from "./resample";

export interface MotionBrushFields {
  static_mask?: string;
  dynamic_masks?: { mask: string; trajectories: { x: number; y: number }[] }[];
}

/** A region's trajectory in `target` pixels, bottom-left origin, at most 77 points in drawing order. */
export function exportTrajectory(region: Pick<Region, "path">, source: Size, target: Size): { x: number; y: number }[] {
  return limitPoints(region.path, MAX_TRAJECTORY_POINTS).map((p: Vec) => {
    const k = frameToKling(p, source, target);
    return { x: k.x, y: k.y };
  });
}

export type PreparedMotionBrush = { ok: true; fields: MotionBrushFields } | { ok: false; problems: MotionBrushProblem[] };

/**
 * The fields for `doc` at `target` from its encoded areas (the regions in order, then the static area last,
 * as the exporter made them for this document's marks).
 */
export function preparedFrom(doc: EditorDocument, target: Size, masks: readonly EncodedMask[]): PreparedMotionBrush {
  const early = motionBrushProblems(doc);
  if (!doc.paintSize) return { ok: false, problems: early };
  const source = doc.paintSize;
  const still = masks[masks.length - 1]!;
  const problems = early.slice();
  doc.regions.forEach((r, i) => {
    const already = problems.some((p) => p.kind === "region-not-painted" && p.regionId === r.id);
    if (!already && masks[i]!.pixels === 0) problems.push({ kind: "region-not-painted", regionId: r.id, name: r.name });
  });
  if (doc.regions.length === 0 && still.pixels === 0 && !problems.some((p) => p.kind === "nothing-painted")) {
    problems.push({ kind: "nothing-painted" });
  }
  if (problems.length > 0) return { ok: false, problems };

  const fields: MotionBrushFields = {};
  if (still.pixels > 0) fields.static_mask = still.png;
  if (doc.regions.length > 0) {
    fields.dynamic_masks = doc.regions.map((r, i) => ({ mask: masks[i]!.png, trajectories: exportTrajectory(r, source, target) }));
  }
  return { ok: true, fields };
}

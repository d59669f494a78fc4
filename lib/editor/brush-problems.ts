// What stops the motion brush from being sent, found without rasterising (pure, small): the composer checks it
// on every change, so it is apart from the export (mask-fields.ts, loaded with the first painting to send).
import { MIN_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { addsPaint, type EditorDocument } from "./document";

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

/** The exporter itself failed (not the painting): `code` says how; the composer words it for the user. */
export class MaskExportFailure extends Error {
  constructor(
    readonly code: "exporter-crashed" | "worker-protocol",
    detail: string,
  ) {
    super(`the masks could not be made (${code}): ${detail}`);
    this.name = "MaskExportFailure";
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

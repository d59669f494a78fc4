// The motion brush's own problems (a region without paint or path...) as field issues for pre-flight.
import type { EditorDocument } from "@/lib/editor/document";
import { motionBrushProblems, type MotionBrushProblem } from "@/lib/editor/brush-problems";
import type { FieldIssue } from "@/lib/kling/schemas";
import type { Messages } from "@/lib/i18n/en";

export function brushIssue(doc: EditorDocument, p: MotionBrushProblem, m: Messages["brushProblems"]): FieldIssue {
  const at = (regionId: string) => `dynamic_masks[${doc.regions.findIndex((r) => r.id === regionId)}]`;
  switch (p.kind) {
    case "no-frame":
      return { path: "image", message: m.noFrame };
    case "nothing-painted":
      return { path: "static_mask", message: m.nothingPainted };
    case "region-not-painted":
      return { path: `${at(p.regionId)}.mask`, message: m.regionNotPainted(p.name) };
    case "region-path-too-short":
      return { path: `${at(p.regionId)}.trajectories`, message: m.regionPathTooShort(p.name, p.points) };
  }
}

/** Checks that need no rasterising, cheap enough to run on every render. */
export function brushIssues(doc: EditorDocument, m: Messages["brushProblems"]): FieldIssue[] {
  return motionBrushProblems(doc).map((p) => brushIssue(doc, p, m));
}

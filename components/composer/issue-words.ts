// Pre-flight issues in the editor's words: "Region 1 needs a path", not "dynamic_masks[0].trajectories". The API
// path stays the issue's identity (and shows only in the request preview); people see the field's visible name.
import type { EditorDocument } from "@/lib/editor/document";
import type { FieldIssue } from "@/lib/kling/schemas";
import type { Messages } from "@/lib/i18n/en";

export interface WordedIssue {
  issue: FieldIssue;
  /** The field as the page names it. */
  label: string;
  /** A few words for the Create button's reason. */
  short: string;
  /** `data-field` of the control the summary link moves focus to. */
  target: string;
}

const REGION_PATH = /^dynamic_masks\[(\d+)\]\.(mask|trajectories)$/;

export function wordIssue(issue: FieldIssue, doc: EditorDocument, m: Messages["issueWords"]): WordedIssue {
  const region = REGION_PATH.exec(issue.path);
  if (region) {
    const r = doc.regions[Number(region[1])];
    const name = r?.name ?? m.region(Number(region[1]) + 1);
    const target = r ? `region:${r.id}` : "areas";
    return region[2] === "mask"
      ? { issue, label: name, short: m.regionNeedsPaint(name), target }
      : { issue, label: m.pathOf(name), short: m.regionNeedsPath(name), target };
  }
  if (issue.path === "static_mask" || issue.path === "dynamic_masks") {
    return { issue, label: m.names.motionBrush, short: m.nothingPainted, target: "areas" };
  }
  const top = issue.path.split(/[.[]/)[0]!;
  const label = (m.names as Record<string, string>)[top] ?? m.names.other;
  return { issue, label, short: m.check(label), target: top };
}

/** The Create button's reason: the first issue in a few words, and how many more. */
export function wordedReason(worded: readonly WordedIssue[], m: Messages["issueWords"]): string | null {
  const first = worded[0];
  if (!first) return null;
  const more = new Set(worded.map((w) => w.short)).size - 1;
  return m.reason(first.short, more);
}

/** Moves focus to the field an issue is about (its control carries `data-field`). */
export function focusField(target: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(target)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: "center" });
  el.focus();
  return true;
}

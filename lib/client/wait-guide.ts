// How long a job is likely to take: this browser's own finished jobs of the same kind, model, mode and
// duration when there are any; otherwise a rough guide from a documented constant, so the first job of a kind
// still gets an estimate (shown as rough) and a polling schedule aimed at it.
import type { JobRecord } from "./jobs-store";
import { estimateDuration } from "./jobs-store";

/**
 * The rough guide, for a job nothing in this browser resembles yet. Kling publishes no generation times; these
 * are round figures of what the standard mode of current models is commonly reported to take (a queue of a
 * couple of minutes plus some seconds of work per second of video), scaled for the heavier modes. A guide
 * only: it is replaced by the median of this browser's own finished jobs as soon as there is one.
 */
export const ROUGH_WAIT = {
  /** Seconds before any video second is made (queue and set-up). */
  baseS: 120,
  /** Seconds of work per second of video, in the standard mode. */
  perVideoSecondS: 12,
  /** Heavier modes take longer. */
  modeFactor: { std: 1, pro: 1.5, "4k": 2.5 } as Record<string, number>,
  /** Several reference pictures are composed first. */
  multiImageFactor: 1.2,
} as const;

export function roughWaitMs(like: Pick<JobRecord, "kind" | "mode" | "duration">): number {
  const seconds = Number(like.duration);
  const videoS = Number.isFinite(seconds) && seconds > 0 ? seconds : 5;
  const mode = ROUGH_WAIT.modeFactor[like.mode ?? "std"] ?? 1;
  const kind = like.kind === "multi-image2video" ? ROUGH_WAIT.multiImageFactor : 1;
  return Math.round((ROUGH_WAIT.baseS + ROUGH_WAIT.perVideoSecondS * videoS) * mode * kind * 1000);
}

export interface WaitEstimate {
  ms: number;
  /** True while it is the rough guide, not this browser's own jobs. */
  rough: boolean;
}

export function waitEstimate(jobs: readonly JobRecord[], like: Pick<JobRecord, "kind" | "model" | "mode" | "duration">): WaitEstimate {
  const own = estimateDuration(jobs, like);
  return own !== undefined ? { ms: own, rough: false } : { ms: roughWaitMs(like), rough: true };
}

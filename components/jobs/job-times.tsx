"use client";
// Queued and running time apart, ticking each second while the job runs, and the estimate from this browser's own
// finished jobs of the same model, mode and duration (a rough guide, said so, until there are any). Not a live region: it would chatter.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import type { TaskSummary } from "@/lib/client/jobs-store";
import { useNow } from "./use-now";

export function JobTimes({ since, summary, estimateMs, rough = false, ticking }: { since: number; summary?: TaskSummary; estimateMs?: number; rough?: boolean; ticking: boolean }) {
  const m = useJobsMessages();
  const now = useNow(1000, ticking) ?? since;
  const final = summary?.status === "succeed" || summary?.status === "failed";
  const start = summary?.createdAt ?? since;
  const end = final && summary ? summary.updatedAt : Math.max(now, start);
  const runFrom = summary?.startedAt;
  const queued = ((runFrom ?? end) - start) / 1000;
  const running = runFrom !== undefined ? (end - runFrom) / 1000 : 0;
  const total = (end - start) / 1000;
  return (
    <span className="inline-flex flex-wrap gap-x-3 tabular-nums" data-testid="job-elapsed">
      <span>{final ? m.took(total) : m.elapsed(total)}</span>
      {/* A task seen only queued, then ended, has no queued/running split to show. */}
      {runFrom !== undefined || !final ? <span>{m.times.queued(queued)}</span> : null}
      {runFrom !== undefined ? <span>{m.times.running(running)}</span> : null}
      {estimateMs !== undefined && !final ? <span>{rough ? m.times.roughEstimate(estimateMs / 1000) : m.times.estimate(estimateMs / 1000)}</span> : null}
    </span>
  );
}

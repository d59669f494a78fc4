"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useNow } from "./use-now";

/** Ticks each second while the job runs; shows the total once it is done. Not a live region: it would chatter. */
export function ElapsedTime({ since, until, ticking }: { since: number; until?: number; ticking: boolean }) {
  const m = useJobsMessages();
  const now = useNow(1000, ticking) ?? since;
  const end = until ?? now;
  const seconds = Math.max(0, (end - since) / 1000);
  return (
    <span className="tabular-nums" data-testid="job-elapsed">
      {until !== undefined ? m.took(seconds) : m.elapsed(seconds)}
    </span>
  );
}

"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import type { JobState } from "@/lib/client/jobs-store";
import type { TaskStatus } from "@/lib/kling/limits";

export type DisplayStatus = Exclude<JobState, "created"> | TaskStatus;

const TONE: Record<DisplayStatus, string> = {
  sending: "bg-zinc-100 text-zinc-700",
  submitted: "bg-zinc-100 text-zinc-700",
  processing: "bg-accent-50 text-accent-800 ring-1 ring-accent-200",
  succeed: "bg-accent-600 text-white",
  failed: "bg-red-50 text-red-800 ring-1 ring-red-200",
  refused: "bg-red-50 text-red-800 ring-1 ring-red-200",
  unconfirmed: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  imported: "bg-zinc-100 text-zinc-700 ring-1 ring-zinc-300",
};

const PENDING: ReadonlySet<DisplayStatus> = new Set(["sending", "submitted", "processing"]);

export function StatusBadge({ status }: { status: DisplayStatus }) {
  const m = useJobsMessages();
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {PENDING.has(status) ? <span aria-hidden className="size-1.5 rounded-full bg-current motion-safe:animate-pulse" /> : null}
      <span className="sr-only">{m.statusLabel}: </span>
      <span data-testid="job-status" data-status={status}>
        {m.status[status]}
      </span>
    </span>
  );
}

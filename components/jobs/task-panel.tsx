"use client";
import { useMessages } from "@/lib/i18n/messages-context";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { adviceForReason } from "@/lib/client/advice";
import type { JobRecord } from "@/lib/client/jobs-store";
import { AdvicePanel } from "./advice-panel";
import { failureWords } from "./failure-words";
import { JobVideo } from "./job-video";
import type { TaskPolling } from "./use-task-polling";

export function TaskPanel({ job, polling }: { job: JobRecord; polling: TaskPolling }) {
  const m = useJobsMessages();
  const { refusals } = useMessages();
  const { summary, failure, checkAgain, expired, checking } = polling;
  const checkButton = (
    <button
      type="button"
      onClick={checkAgain}
      disabled={checking}
      className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60"
    >
      {checking ? m.checking : m.checkAgain}
    </button>
  );
  return (
    <div className="mt-3 space-y-3">
      <div aria-live="polite" className="empty:hidden">
        {failure?.transient && !expired ? (
          <p className="flex items-center gap-2 text-sm text-amber-800">
            <span aria-hidden className="size-1.5 rounded-full bg-amber-500 motion-safe:animate-pulse" />
            {m.retrying}
          </p>
        ) : null}
        {failure && !failure.transient ? (
          <div className="flex flex-wrap items-center gap-2 text-sm text-red-800">
            <p>{m.pollRefused(failure.failure.status, failureWords(failure.failure, refusals))}</p>
            {checkButton}
          </div>
        ) : null}
        {expired && !(failure && !failure.transient) ? (
          <div className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p>{m.stillWaiting(polling.deadlineMs / 1000)}</p>
            {checkButton}
          </div>
        ) : null}
      </div>
      {summary?.status === "failed" ? (
        <AdvicePanel
          job={job}
          advice={adviceForReason(summary.statusMsg)}
          heading={m.failedTitle}
          {...(summary.statusMsg ? { reason: summary.statusMsg } : {})}
        />
      ) : null}
      {summary?.unitsCharged && (summary.status === "succeed" || summary.status === "failed") ? (
        <p data-testid="units-charged" className="text-xs text-zinc-700">
          {m.charged(summary.unitsCharged)}
        </p>
      ) : null}
      {summary?.status === "succeed" && summary.videoUrl ? (
        <JobVideo url={summary.videoUrl} prompt={job.prompt} taskId={job.taskId ?? job.externalTaskId} generatedAt={summary.updatedAt}
          {...(job.thumbnail ? { poster: job.thumbnail } : {})}
        />
      ) : null}
    </div>
  );
}

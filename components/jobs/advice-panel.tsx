"use client";
// A failure with what to do next: the advice, the next step, the raw details behind a toggle, and Retry.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import type { Advice } from "@/lib/client/advice";
import type { JobRecord } from "@/lib/client/jobs-store";
import { RetryJob } from "./retry-job";

export function AdvicePanel({
  job,
  advice,
  heading,
  reason,
  details,
}: {
  job: JobRecord;
  advice: Advice;
  heading: string;
  /** Kling's own words (task_status_msg), shown as they came. */
  reason?: string;
  details?: string;
}) {
  const m = useJobsMessages();
  return (
    <div className="mt-3 space-y-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900" data-advice={advice.key}>
      <p className="font-medium">{heading}</p>
      <p>
        <span className="font-medium">{m.advice.titles[advice.key]}</span> {m.advice.steps[advice.step]}
      </p>
      {reason ? (
        <p className="break-words text-red-800">
          {m.advice.klingSays} <q translate="no">{reason}</q>
        </p>
      ) : null}
      {details ? (
        <details className="text-xs text-red-800">
          <summary className="cursor-pointer select-none">{m.advice.detailsLabel}</summary>
          <p className="mt-1 break-words">{details}</p>
        </details>
      ) : null}
      <RetryJob job={job} />
    </div>
  );
}

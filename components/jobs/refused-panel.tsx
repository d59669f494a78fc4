"use client";
import { adviceForCode, adviceForNotSent } from "@/lib/client/advice";
import type { JobFailure, JobRecord } from "@/lib/client/jobs-store";
import { useMessages } from "@/lib/i18n/messages-context";
import { AdvicePanel } from "./advice-panel";

export function RefusedPanel({ job, failure }: { job: JobRecord; failure: JobFailure }) {
  const m = useMessages();
  const advice = failure.notSent ? adviceForNotSent(failure) : adviceForCode(failure.code, failure.status, failure.message);
  return (
    <>
      <AdvicePanel
        job={job}
        advice={advice}
        heading={failure.notSent ? m.jobs.advice.notSent : m.jobs.refused.title}
        details={m.jobs.advice.details(failure.status, failure.code, failure.message)}
      />
      {failure.errors && failure.errors.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
          {failure.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>{m.composer.issues.field(e.path, e.message)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

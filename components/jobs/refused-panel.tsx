"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { adviceForCode, adviceForNotSent } from "@/lib/client/advice";
import type { JobFailure, JobRecord } from "@/lib/client/jobs-store";
import { useMessages } from "@/lib/i18n/messages-context";
import { wordIssueCode } from "@/components/composer/word-issue";
import { AdvicePanel } from "./advice-panel";
import { refusalWords } from "./failure-words";

export function RefusedPanel({ job, failure }: { job: JobRecord; failure: JobFailure }) {
  const m = useMessages();
  const jobs = useJobsMessages();
  const codes = useIssueCodes();
  const refusal = refusalWords(failure, m.refusals);
  const advice = failure.notSent ? adviceForNotSent(failure) : adviceForCode(failure.code, failure.status, failure.message);
  return (
    <>
      <AdvicePanel
        job={job}
        advice={advice}
        heading={failure.notSent ? jobs.advice.notSent : jobs.refused.title}
        details={jobs.advice.details(failure.status, failure.code, refusal ? "" : failure.message)}
      />
      {refusal ? <p className="mt-1 text-sm text-red-800">{refusal}</p> : null}
      {failure.errors && failure.errors.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
          {failure.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>{m.composer.issues.field(e.path, wordIssueCode(e, codes).message)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

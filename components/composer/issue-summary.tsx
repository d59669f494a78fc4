"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import type { Ref } from "react";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import { wordCode } from "./word-issue";

export interface SubmitProblem {
  issues: FieldIssue[];
  tooLarge?: { bytes: number; limit: number };
  /** A message from Kling or the gateway that names no field. */
  message?: string;
  /** Kling's own words after the message, shown as they came (marked so, not translated). */
  quote?: string;
}

/** Every field-named problem in one list, focused after a failed send so it is read at once. */
export function IssueSummary({
  problem,
  ref,
  labelOf = (i) => i.path,
}: {
  problem: SubmitProblem | null;
  ref?: Ref<HTMLDivElement>;
  /** The field's visible name (API paths belong in the request preview only). */
  labelOf?: (issue: FieldIssue) => string;
}) {
  const all = useMessages();
  const m = all.composer.issues;
  const codes = useIssueCodes(problem !== null);
  const has = problem && (problem.issues.length > 0 || problem.tooLarge || problem.message);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="empty:hidden focus:outline-none">
      {has ? (
        <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {problem.message ? (
            <p className="font-medium">
              {problem.message}
              {problem.quote ? <q translate="no">{problem.quote}</q> : null}
            </p>
          ) : null}
          {problem.issues.length > 0 || problem.tooLarge ? (
            <>
              <p className="font-medium">{m.heading}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {problem.issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>{m.field(labelOf(i), wordCode(i, codes))}</li>
                ))}
                {problem.tooLarge ? <li>{m.tooLarge(problem.tooLarge.bytes, problem.tooLarge.limit)}</li> : null}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

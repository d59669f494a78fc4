"use client";
import type { Ref } from "react";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import { focusField, type WordedIssue } from "./issue-words";

/**
 * What is still to do, in the editor's words, each item a link to its field. Neutral, not an error: nothing is
 * wrong yet, the request is just not complete.
 */
export function TodoSummary({ worded }: { worded: readonly WordedIssue[] }) {
  const m = useMessages().issueWords;
  return (
    <div className="empty:hidden" data-testid="preflight-summary">
      {worded.length > 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm text-zinc-800">
          <p className="font-medium">{m.heading(worded.length)}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {worded.map((w) => (
              <li key={`${w.issue.path}:${w.issue.message}`}>
                <a
                  href={`#${w.target}`}
                  onClick={(e) => {
                    if (focusField(w.target)) e.preventDefault();
                  }}
                  className="text-accent-700 underline underline-offset-2 hover:text-accent-900"
                >
                  {w.label}
                </a>
                : {w.issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Every problem pre-flight knows of, live, before anything is paid for; the same text sits next to each field. */
export function PreflightSummary({ issues, ref }: { issues: readonly FieldIssue[]; ref?: Ref<HTMLDivElement> }) {
  const m = useMessages();
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" className="empty:hidden focus:outline-none" data-testid="preflight-summary">
      {issues.length > 0 ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{m.preflight.heading(issues.length)}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>{m.composer.issues.field(i.path, i.message)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The reason the submit button gives for pre-flight issues: the first field and how many more. */
export function fixReason(issues: readonly FieldIssue[], fix: (first: string, more: number) => string): string | null {
  const paths = [...new Set(issues.map((i) => i.path))];
  return paths.length > 0 ? fix(paths[0]!, paths.length - 1) : null;
}

"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import { useMessages } from "@/lib/i18n/messages-context";
import { focusField, type WordedIssue } from "./issue-words";
import { wordCode } from "./word-issue";

/**
 * What is still to do, in the editor's words, each item a link to its field. Neutral, not an error: nothing is
 * wrong yet, the request is just not complete.
 */
export function TodoSummary({ worded }: { worded: readonly WordedIssue[] }) {
  const all = useMessages();
  const codes = useIssueCodes(worded.length > 0);
  const m = all.issueWords;
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
                : {wordCode(w.issue, codes)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

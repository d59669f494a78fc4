"use client";
import type { Ref } from "react";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";

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

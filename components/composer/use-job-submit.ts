"use client";
// The send sequence both composers share: the final check on the exact body, the job history written first,
// the POST, then the outcome: a fresh id after every send, the summary focused when something must be fixed.
import { useRef, useState } from "react";
import { useJobsContext } from "@/components/jobs/jobs-provider";
import { useJobsPanel } from "@/components/layout/jobs-drawer";
import { outcomeOf } from "@/lib/client/jobs-store";
import { submitJob } from "@/lib/client/submit-job";
import type { TaskKind } from "@/lib/kling/limits";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import type { SubmitProblem } from "./issue-summary";

export interface JobSubmitOptions {
  kind: TaskKind;
  defaultModel: string;
  bodyLimitBytes: number;
  /** After a send, whatever came of it: the id now names a job in the list, so the next send needs its own. */
  onSent: () => void;
}

export function useJobSubmit({ kind, defaultModel, bodyLimitBytes, onSent }: JobSubmitOptions) {
  const result = useMessages().composer.result;
  const { store, client } = useJobsContext();
  const panel = useJobsPanel();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const [outcome, setOutcome] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);

  const show = (p: SubmitProblem) => {
    setProblem(p);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  /** A stale "fix this field" list misleads once anything is edited. */
  const clear = () => {
    setProblem(null);
    setOutcome("");
  };

  /** `finalIssues`: the full pre-flight on the exact bytes (live checks use placeholder images). */
  const send = async (body: Record<string, unknown>, bytes: number, finalIssues: FieldIssue[]) => {
    if (finalIssues.length > 0 || bytes > bodyLimitBytes) {
      show({ issues: finalIssues, ...(bytes > bodyLimitBytes ? { tooLarge: { bytes, limit: bodyLimitBytes } } : {}) });
      return;
    }
    clear();
    setSending(true);
    try {
      const { result: answer } = await submitJob(store, client, {
        kind,
        body: body as { external_task_id: string; prompt?: string; model_name?: string },
        defaultModel,
      });
      onSent();
      const state = outcomeOf(answer);
      // The new job opens the jobs panel beside the workspace, and focus follows it (the button was disabled).
      if (answer.ok) {
        setOutcome(result.sent);
        panel?.show();
      } else if (state === "refused") show({ issues: answer.errors ?? [], message: result.refused(answer.message) });
      else {
        setOutcome(result.unconfirmed);
        panel?.show();
      }
    } finally {
      setSending(false);
    }
  };

  return { sending, problem, outcome, summaryRef, send, clear, clearProblem: () => setProblem(null) };
}

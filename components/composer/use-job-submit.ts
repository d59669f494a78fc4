"use client";
// The send sequence both composers share: the final check on the exact body, the job history written first,
// the POST, then the outcome: a fresh id after every send, the summary focused when something must be fixed.
import { useRef, useState } from "react";
import { loadJobsRuntime } from "@/components/jobs/jobs-provider";
import { refusalWords } from "@/components/jobs/failure-words";
import { useJobsPanel } from "@/components/layout/jobs-drawer";
import type { Recipe } from "@/lib/client/recipe";
import type { SubmitInput } from "@/lib/client/submit-job";
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
  const { refusals, composer } = useMessages();
  const result = composer.result;
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

  /**
   * `finalIssues`: the full pre-flight on the exact bytes (live checks use placeholder images).
   * `recipe`: what the composer shows, kept with the job beside the exact body.
   */
  const send = async (
    body: Record<string, unknown>,
    bytes: number,
    finalIssues: FieldIssue[],
    recipe?: Recipe,
    originals?: () => Promise<SubmitInput["originals"]>,
  ) => {
    if (finalIssues.length > 0 || bytes > bodyLimitBytes) {
      show({ issues: finalIssues, ...(bytes > bodyLimitBytes ? { tooLarge: { bytes, limit: bodyLimitBytes } } : {}) });
      return;
    }
    clear();
    setSending(true);
    try {
      const list = body.image_list;
      const first = Array.isArray(list) ? (list[0] as { image?: unknown } | undefined)?.image : body.image;
      // The send path (job record, POST, thumbnail) loads with the first send, not with the page.
      const [{ store, client }, { submitJob }, { thumbnailFromBase64 }, { outcomeOf }] = await Promise.all([
        loadJobsRuntime(),
        import("@/lib/client/submit-job"),
        import("@/lib/client/thumbnail"),
        import("@/lib/client/jobs-store"),
      ]);
      const thumbnail = await thumbnailFromBase64(first);
      const kept = await originals?.().catch(() => undefined);
      const { result: answer } = await submitJob(store, client, {
        kind,
        body: body as SubmitInput["body"],
        defaultModel,
        ...(recipe ? { recipe } : {}),
        ...(kept && Object.keys(kept).length > 0 ? { originals: kept } : {}),
        ...(thumbnail ? { thumbnail } : {}),
      });
      onSent();
      const state = outcomeOf(answer);
      // The new job opens the jobs panel beside the workspace, and focus follows it (the button was disabled).
      if (answer.ok) {
        setOutcome(result.sent);
        panel?.show();
      } else if (state === "refused") {
        // The gateway's refusal is worded here; Kling's own message is quoted as it came.
        const words = refusalWords(answer, refusals);
        const quote = words === null && answer.message ? { quote: answer.message } : {};
        show({ issues: answer.errors ?? [], message: answer.notSent ? result.notSent(words ?? "") : result.refused(words ?? ""), ...quote });
      }
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

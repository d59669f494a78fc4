"use client";
// Retry: the exact body the job sent, rebuilt from the stored frames, under a new external id. A paid POST, so
// only ever on a click, and always as a new job (the failed one stays in the list).
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";
import { newExternalTaskId } from "@/lib/client/external-id";
import type { JobRecord } from "@/lib/client/jobs-store";
import { joinBody } from "@/lib/client/sent-body";
import { submitJob, type SubmitInput } from "@/lib/client/submit-job";
import { useJobsContext } from "./jobs-provider";

type State = "idle" | "sending" | "sent" | "missing";

export function RetryJob({ job }: { job: JobRecord }) {
  const m = useJobsMessages().retry;
  const { store, client, frames } = useJobsContext();
  const [state, setState] = useState<State>("idle");
  if (job.sentBody === undefined) return null;

  const retry = async () => {
    setState("sending");
    const body = await joinBody(job.sentBody, frames);
    if (!body || typeof body !== "object" || Array.isArray(body)) return setState("missing");
    const next = { ...body, external_task_id: newExternalTaskId() } as SubmitInput["body"];
    await submitJob(store, client, {
      kind: job.kind,
      body: next,
      defaultModel: job.model,
      ...(job.recipe ? { recipe: job.recipe } : {}),
      ...(job.thumbnail ? { thumbnail: job.thumbnail } : {}),
    });
    setState("sent");
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={retry}
        disabled={state === "sending"}
        aria-label={m.label(job.taskId ?? job.externalTaskId)}
        className="rounded-md bg-accent-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-700 disabled:opacity-60"
      >
        {m.button}
      </button>
      <p role="status" className="empty:hidden">
        {state === "sending" ? m.sending : state === "sent" ? m.sent : state === "missing" ? m.missing : ""}
      </p>
    </div>
  );
}

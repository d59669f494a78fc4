"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useRef, useState } from "react";
import type { JobRecord } from "@/lib/client/jobs-store";
import { useJobsContext } from "./jobs-provider";

/** Two steps, so the task id stays in view (and copyable) until the user confirms. */
export function RemoveJob({ job }: { job: JobRecord }) {
  const m = useJobsMessages().remove;
  const { store } = useJobsContext();
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const id = job.taskId ?? job.externalTaskId;

  if (!confirming) {
    return (
      <div className="mt-3 flex justify-end">
        <button
          ref={openRef}
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={m.label(id)}
          className="rounded-md px-2 py-1 text-xs text-zinc-600 hover:bg-zinc-100 hover:text-zinc-800"
        >
          {m.button}
        </button>
      </div>
    );
  }
  return (
    <div role="group" aria-label={m.label(id)} className="mt-3 flex flex-wrap items-center justify-end gap-2 border-t border-zinc-100 pt-3 text-sm">
      <p className="mr-auto text-zinc-700">{job.taskId ? m.confirm : m.confirmNoTask}</p>
      <button
        type="button"
        autoFocus
        onClick={() => {
          setConfirming(false);
          requestAnimationFrame(() => openRef.current?.focus());
        }}
        className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium text-zinc-800 hover:bg-zinc-50"
      >
        {m.no}
      </button>
      <button
        type="button"
        onClick={() => {
          void store.remove(job.externalTaskId);
          document.getElementById("jobs-heading")?.focus();
        }}
        className="rounded-md bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-700"
      >
        {m.yes}
      </button>
    </div>
  );
}

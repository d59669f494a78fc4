"use client";
// Reopen (Duplicate and change): the job's recipe becomes a new draft in the composer and the editor, with a
// fresh external id. The job itself stays in the list, unchanged, for comparison. Nothing is sent.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";
import { useJobsPanel } from "@/components/layout/jobs-drawer";
import type { JobRecord } from "@/lib/client/jobs-store";
import { reopenRequest } from "@/lib/client/reopen";
import { joinBody } from "@/lib/client/sent-body";
import { originalsOf } from "./job-frames";
import { useJobsContext } from "./jobs-provider";
import { BUTTON } from "./project-actions";
import { requestReopen } from "./reopen-bus";

export function ReopenJob({ job }: { job: JobRecord }) {
  const m = useJobsMessages().reopen;
  const { frames } = useJobsContext();
  const [note, setNote] = useState("");
  const panel = useJobsPanel();
  const recipe = job.recipe;
  if (!recipe) return null;
  const id = job.taskId ?? job.externalTaskId;

  const reopen = async () => {
    const body = job.sentBody === undefined ? null : await joinBody(job.sentBody, frames);
    const sent = body && typeof body === "object" && !Array.isArray(body) ? body : null;
    const request = reopenRequest(recipe, sent, await originalsOf(job, frames));
    const heard = requestReopen(request);
    const framed = request.pictures ? request.pictures.length > 0 : request.frames.first !== undefined;
    setNote(heard ? (framed ? m.done : m.noFrame) : m.noComposer);
    // The draft is in the composer: the panel (a sheet over it on a phone) steps aside; the job stays listed.
    if (heard) panel?.hide();
  };

  return (
    <>
      <button type="button" onClick={() => void reopen()} aria-label={m.label(id)} className={BUTTON}>
        {m.button}
      </button>
      <p role="status" className="text-xs text-zinc-700 empty:hidden">
        {note}
      </p>
    </>
  );
}

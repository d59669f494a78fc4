"use client";
import { useMessages } from "@/lib/i18n/messages-context";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";
import { findTaskByExternalId } from "@/lib/client/find-task";
import type { JobRecord } from "@/lib/client/jobs-store";
import { failureWords, lookupFailureWords } from "./failure-words";
import { useJobsContext } from "./jobs-provider";

type Search = { state: "idle" } | { state: "looking" } | { state: "not-found"; searched: number } | { state: "failed"; message: string };

export function UnconfirmedPanel({ job }: { job: JobRecord }) {
  const m = useJobsMessages().unconfirmed;
  const core = useMessages();
  const refusals = core.refusals;
  const { client, store } = useJobsContext();
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const f = job.failure;
  const what =
    !f || f.reason === "interrupted"
      ? m.interrupted
      : f.reason === "network" || f.reason === "timeout"
        ? m.networkError
        : m.httpError(f.status, failureWords(f, refusals));

  const look = async () => {
    setSearch({ state: "looking" });
    const r = await findTaskByExternalId(client, job.kind, job.externalTaskId);
    if (!r.ok) return setSearch({ state: "failed", message: lookupFailureWords(r, core) });
    if (!r.task) return setSearch({ state: "not-found", searched: r.searched });
    setSearch({ state: "idle" });
    await store.attachTask(job.externalTaskId, r.task);
  };

  return (
    <div className="mt-3 space-y-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-medium">{m.title}</p>
      <p>{m.detail(what)}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={look}
          disabled={search.state === "looking"}
          className="rounded-md bg-accent-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-700 disabled:opacity-60"
        >
          {m.lookForIt}
        </button>
        <p role="status" className="empty:hidden">
          {search.state === "looking"
            ? m.looking
            : search.state === "not-found"
              ? m.notFound(search.searched)
              : search.state === "failed"
                ? m.lookFailed(search.message)
                : ""}
        </p>
      </div>
    </div>
  );
}

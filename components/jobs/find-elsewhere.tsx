"use client";
import { useMessages } from "@/lib/i18n/messages-context";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";
import { listAccountTasks } from "@/lib/client/find-elsewhere";
import { lookupFailureWords } from "./failure-words";
import { useJobsContext } from "./jobs-provider";

type State = { state: "idle" } | { state: "finding" } | { state: "done"; added: number } | { state: "failed"; message: string };

export function FindElsewhere() {
  const core = useMessages();
  const m = useJobsMessages().upstream;
  const { client, store } = useJobsContext();
  const [s, setS] = useState<State>({ state: "idle" });
  const find = async () => {
    setS({ state: "finding" });
    const listed = await listAccountTasks(client);
    const first = listed.failures[0];
    if (first && listed.tasks.length === 0 && listed.failures.length > 1) return setS({ state: "failed", message: lookupFailureWords(first.failure, core) });
    setS({ state: "done", added: await store.adopt(listed.tasks) });
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <button
        type="button"
        onClick={find}
        disabled={s.state === "finding"}
        aria-describedby="find-elsewhere-hint"
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60"
      >
        {m.find}
      </button>
      <span id="find-elsewhere-hint" className="sr-only">
        {m.hint}
      </span>
      <p role="status" className="text-zinc-700 empty:hidden">
        {s.state === "finding" ? m.finding : s.state === "done" ? m.found(s.added) : s.state === "failed" ? m.failed(s.message) : ""}
      </p>
    </div>
  );
}

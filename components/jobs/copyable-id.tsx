"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";

export function CopyableId({ label, value }: { label: string; value: string }) {
  const m = useJobsMessages();
  const [note, setNote] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setNote(m.copied);
    } catch {
      setNote(m.copyFailed);
    }
    setTimeout(() => setNote(""), 2500);
  };
  return (
    <span className="inline-flex min-w-0 max-w-full items-center gap-1.5">
      <span className="whitespace-nowrap text-zinc-600">{label}</span>
      <code className="truncate rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.7rem] text-zinc-800 select-all" data-testid="job-task-id">
        {value}
      </code>
      <button
        type="button"
        onClick={copy}
        aria-label={m.copy(label)}
        className="shrink-0 rounded px-1.5 py-0.5 text-accent-700 hover:bg-accent-50"
      >
        <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 5.5v-2a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3.5V9A1.5 1.5 0 0 0 4 10.5h1.5" />
        </svg>
      </button>
      <span role="status" className="text-accent-700 empty:hidden">
        {note}
      </span>
    </span>
  );
}

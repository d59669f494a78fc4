"use client";
// Import project: a file exported from a job card is checked whole, then added to the list as an imported job
// (never polled, nothing sent). A damaged or foreign file is refused with what is wrong, and changes nothing.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { DuplicateJobError } from "@/lib/client/jobs-store";
import { importedJob, MAX_PROJECT_BYTES, parseProject, PROJECT_EXTENSION, type ProjectReading } from "@/lib/client/project-file";
import { useJobsContext } from "./jobs-provider";

export function ImportProject() {
  const m = useJobsMessages().project;
  const { store } = useJobsContext();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setNote({ text: m.importing, error: false });
    const read: ProjectReading = file.size > MAX_PROJECT_BYTES ? { ok: false, error: { code: "too-large" } } : parseProject(await file.text());
    if (!read.ok) {
      const reason = m.errors[read.error.code](read.error.detail ?? "");
      return setNote({ text: m.refused(reason), error: true });
    }
    try {
      await store.importJob(importedJob(read.project));
      setNote({ text: m.imported(read.project.job.prompt), error: false });
    } catch (error) {
      if (error instanceof DuplicateJobError) return setNote({ text: m.duplicate, error: true });
      throw error;
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={() => input.current?.click()}
        aria-describedby={`${id}-hint`}
        className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium text-zinc-800 hover:bg-zinc-50"
      >
        {m.importButton}
      </button>
      <input
        ref={input}
        type="file"
        accept={`${PROJECT_EXTENSION},application/json,.json`}
        aria-label={m.importLabel}
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => void onFile(e)}
      />
      <span id={`${id}-hint`} className="sr-only">
        {m.importHint}
      </span>
      <p role="status" className={`basis-full text-sm empty:hidden ${note?.error ? "text-red-700" : "text-zinc-700"}`}>
        {note?.text ?? ""}
      </p>
    </div>
  );
}

"use client";
// Export project (one self-contained file) and Export drawing (masks and paths, one zip) for a job with a recipe.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useState } from "react";
import type { JobRecord } from "@/lib/client/jobs-store";
import { buildProject, exportFileName, PROJECT_EXTENSION, serializeProject } from "@/lib/client/project-file";
import { hasPainting } from "@/lib/editor/document";
import { downloadBlob } from "./download";
import { sessionOriginals } from "./job-frames";
import { useJobsContext } from "./jobs-provider";
import { ReopenJob } from "./reopen-job";

export const BUTTON = "rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60";

export function ProjectActions({ job }: { job: JobRecord }) {
  const m = useJobsMessages().project;
  const { frames } = useJobsContext();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const recipe = job.recipe;
  if (!recipe) return null;
  const id = job.taskId ?? job.externalTaskId;
  const doc = recipe.editor;
  const drawable = recipe.guideMode === "motion_brush" && doc !== undefined && doc.paintSize !== null && hasPainting(doc);

  const exportProject = async () => {
    setBusy(true);
    try {
      const built = await buildProject(job, frames, await sessionOriginals(doc).catch(() => ({})));
      if (!built.ok) return setNote(m.cannot[built.reason]);
      const name = exportFileName(job, PROJECT_EXTENSION);
      downloadBlob(new Blob([serializeProject(built.project)], { type: "application/json" }), name);
      setNote(m.saved(name));
    } finally {
      setBusy(false);
    }
  };

  const exportDrawingZip = async () => {
    if (!doc) return;
    setBusy(true);
    try {
      const { exportDrawing, zipFiles } = await import("@/lib/client/drawing-export");
      const { files } = await exportDrawing(doc);
      const name = exportFileName(job, "-drawing.zip");
      downloadBlob(new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>], { type: "application/zip" }), name);
      setNote(m.saved(name));
    } catch {
      setNote(m.cannot.drawing);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <ReopenJob job={job} />
      <button type="button" onClick={exportProject} disabled={busy} aria-label={m.exportLabel(id)} className={BUTTON}>
        {m.exportButton}
      </button>
      {drawable ? (
        <button type="button" onClick={exportDrawingZip} disabled={busy} aria-label={m.drawingLabel(id)} className={BUTTON}>
          {m.drawingButton}
        </button>
      ) : null}
      <p role="status" className="text-xs text-zinc-700 empty:hidden">
        {note}
      </p>
    </div>
  );
}

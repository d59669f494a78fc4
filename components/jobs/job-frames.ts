"use client";
// The original frames of a job: those it kept with its record, then any the editor session still holds.
import { bytesToBase64 } from "@/lib/client/image-file";
import type { JobRecord } from "@/lib/client/jobs-store";
import { jobOriginals, type OriginalFrame } from "@/lib/client/project-file";
import type { FrameStore } from "@/lib/client/sent-body";
import type { EditorDocument } from "@/lib/editor/document";
import { idbKeyValue } from "@/lib/editor/persistence";

/** Frames the editor session still holds for this document (the picked originals, before any shrinking). */
export async function sessionOriginals(doc: EditorDocument | undefined): Promise<Record<string, OriginalFrame>> {
  const out: Record<string, OriginalFrame> = {};
  if (!doc) return out;
  const kv = idbKeyValue();
  for (const [id, info] of Object.entries(doc.frames)) {
    const blob = await kv.get(`frame:${id}`).catch(() => undefined);
    if (!(blob instanceof Blob) || !blob.type.startsWith("image/")) continue;
    out[id] = { name: info.name, type: blob.type, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
  }
  return out;
}

export async function originalsOf(job: JobRecord, frames: Pick<FrameStore, "get">): Promise<Record<string, OriginalFrame>> {
  const session = await sessionOriginals(job.recipe?.editor).catch(() => ({}));
  return { ...session, ...(await jobOriginals(job, frames)) };
}

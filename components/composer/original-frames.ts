// The frames as picked (before any shrinking for the request), by editor frame id: kept with the job so Reopen
// and project files can give back the originals rather than the copies that were sent.
import { bytesToBase64 } from "@/lib/client/image-file";
import type { OriginalFrame } from "@/lib/client/project-file";
import { FRAME_SLOTS, frameInSlot, type EditorDocument, type FrameSlot } from "@/lib/editor/document";

export async function originalFrames(doc: EditorDocument, blobOf: (slot: FrameSlot) => Blob | null): Promise<Record<string, OriginalFrame>> {
  const out: Record<string, OriginalFrame> = {};
  for (const slot of FRAME_SLOTS) {
    const info = frameInSlot(doc, slot);
    const blob = blobOf(slot);
    if (!info || !blob || !blob.type.startsWith("image/")) continue;
    out[info.id] = { name: info.name, type: blob.type, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
  }
  return out;
}

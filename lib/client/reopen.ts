// Reopen / Duplicate and change: a job's recipe becomes a NEW draft in the composer and the editor (fresh
// external id; the job stays in the list). Pure parts here; the composer applies them.
import { FRAME_SLOTS, type EditorDocument, type FrameSlot } from "@/lib/editor/document";
import type { OriginalFrame } from "./project-file";
import type { Recipe } from "./recipe";
import type { Json } from "./sent-body";

export { draftFromFields } from "./draft-fields";

export interface ReopenFrame {
  blob: Blob;
  name: string;
}

export interface ReopenRequest {
  recipe: Recipe;
  /** The editor document to load, its slots naming only frames present in `frames` under the same id. */
  doc: EditorDocument | undefined;
  frames: Partial<Record<FrameSlot, ReopenFrame & { id: string | null }>>;
  /** A multi-image job's pictures, in order (from the body it sent). */
  pictures?: ReopenFrame[];
}

/** The MIME type of base64 image bytes by their signature (what Kling takes: JPEG, PNG). */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return "image/jpeg";
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png";
  return null;
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const SENT_FIELD: Record<FrameSlot, string> = { first: "image", last: "image_tail" };

/**
 * Which frames a reopened draft gets, per slot: the original (as picked) when the job kept it, else the copy
 * that was sent (maybe shrunk). A slot filled from the sent copy is left empty in the document, so the editor
 * takes the frame as new and rescales the painting onto it.
 */
export function reopenRequest(recipe: Recipe, body: Record<string, Json> | null, originals: Record<string, OriginalFrame>): ReopenRequest {
  let doc = recipe.editor;
  const frames: ReopenRequest["frames"] = {};
  for (const slot of FRAME_SLOTS) {
    const id = doc?.slots[slot] ?? null;
    const original = id ? originals[id] : undefined;
    if (original && id) {
      frames[slot] = { id, name: original.name, blob: new Blob([base64ToBytes(original.data)], { type: original.type }) };
      continue;
    }
    const sent = body?.[SENT_FIELD[slot]];
    if (typeof sent === "string" && sent.length > 0 && !/^https?:\/\//i.test(sent)) {
      const bytes = base64ToBytes(sent);
      const name = (id && doc?.frames[id]?.name) || `${slot}-frame`;
      frames[slot] = { id: null, name, blob: new Blob([bytes], { type: sniffImageType(bytes) ?? "application/octet-stream" }) };
    }
    if (doc && id) {
      const left = { ...doc.frames };
      delete left[id];
      doc = { ...doc, frames: left, slots: { ...doc.slots, [slot]: null } };
    }
  }
  // Frames kept from the originals go back under their own ids.
  if (doc && recipe.editor) {
    for (const slot of FRAME_SLOTS) {
      const f = frames[slot];
      const info = f?.id ? recipe.editor.frames[f.id] : undefined;
      if (f?.id && info) doc = { ...doc, frames: { ...doc.frames, [f.id]: info }, slots: { ...doc.slots, [slot]: f.id } };
    }
  }
  return { recipe, doc, frames, ...(recipe.kind === "multi-image2video" ? { pictures: multiImagePictures(body) } : {}) };
}

/** A multi-image job's pictures from the body it sent (raw base64 in `image_list`); URLs and gaps are skipped. */
export function multiImagePictures(body: Record<string, Json> | null): ReopenFrame[] {
  const list = body?.image_list;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => {
    const image = item && typeof item === "object" && !Array.isArray(item) ? item.image : undefined;
    if (typeof image !== "string" || image.length === 0 || /^https?:\/\//i.test(image)) return [];
    const bytes = base64ToBytes(image);
    return [{ name: `image-${i + 1}`, blob: new Blob([bytes], { type: sniffImageType(bytes) ?? "application/octet-stream" }) }];
  });
}

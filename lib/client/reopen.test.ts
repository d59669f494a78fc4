import { describe, expect, it } from "vitest";
import { emptyDocument } from "@/lib/editor/document";
import { editorReducer } from "@/lib/editor/reducer";
import { readStoredDraft } from "@/lib/client/draft-persistence";
import { defaultImage2VideoDraft } from "@/lib/composer/request-body";
import { draftFromFields, reopenRequest, sniffImageType } from "./reopen";
import type { Recipe } from "./recipe";

const PNG = "iVBORw0KGgoAAAANSUhEUg==";
const JPEG = "/9j/4AAQSkZJRg==";

function recipe(): Recipe {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f1", name: "boat.jpg", width: 1280, height: 720 } });
  doc = editorReducer(doc, { type: "setFrame", slot: "last", frame: { id: "f2", name: "end.png", width: 1280, height: 720 } });
  return { version: 1, kind: "image2video", guideMode: "motion_brush", fields: { prompt: "boats", model: "kling-v1", group: "motion_brush" }, editor: doc };
}

describe("reopen", () => {
  it("prefers the original frames under their own ids, else the sent copy with the slot left for the editor to fill", async () => {
    const r = reopenRequest(recipe(), { image: JPEG, image_tail: PNG }, { f1: { name: "boat.jpg", type: "image/jpeg", data: JPEG } });
    expect(r.frames.first).toMatchObject({ id: "f1", name: "boat.jpg" });
    expect(r.frames.first!.blob.type).toBe("image/jpeg");
    expect(r.frames.last).toMatchObject({ id: null, name: "end.png" });
    expect(r.frames.last!.blob.type).toBe("image/png");
    expect(r.doc!.slots).toEqual({ first: "f1", last: null });
    expect(Object.keys(r.doc!.frames)).toEqual(["f1"]);
    expect(r.doc!.paintSize).toEqual({ width: 1280, height: 720 });
  });

  it("reopens without frames when neither the originals nor the body has them", () => {
    const r = reopenRequest(recipe(), { image: "https://example.com/a.jpg" }, {});
    expect(r.frames).toEqual({});
    expect(r.doc!.slots).toEqual({ first: null, last: null });
  });

  it("takes only known fields of the right type over the defaults, with a fresh id", () => {
    const defaults = defaultImage2VideoDraft("old");
    const d = draftFromFields(defaults, { prompt: "boats", model: "kling-v1", cfgScale: "high", camera: 3, hacker: true, externalTaskId: "old" }, "new-id");
    expect(d).toEqual({ ...defaults, prompt: "boats", model: "kling-v1", externalTaskId: "new-id" });
  });

  it("reads a stored draft back, and ignores a damaged or foreign one", () => {
    const defaults = (id: string) => defaultImage2VideoDraft(id);
    const fields = { ...defaults("mb-7"), prompt: "harbour", negativePrompt: "blur", model: "kling-v1", group: "motion_brush" };
    expect(readStoredDraft(JSON.stringify({ version: 1, fields }), defaults, () => "x")).toEqual(fields);
    expect(readStoredDraft("{oops", defaults, () => "x")).toBeNull();
    expect(readStoredDraft(JSON.stringify({ version: 9, fields }), defaults, () => "x")).toBeNull();
    expect(readStoredDraft(JSON.stringify({ version: 1, fields: { ...fields, group: "teleport" } }), defaults, () => "x")?.group).toBe("first_frame");
  });

  it("knows JPEG and PNG by their bytes", () => {
    expect(sniffImageType(Uint8Array.from(atob(JPEG), (c) => c.charCodeAt(0)))).toBe("image/jpeg");
    expect(sniffImageType(Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0)))).toBe("image/png");
    expect(sniffImageType(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

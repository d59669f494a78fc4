import { describe, expect, it } from "vitest";
import { defaultMultiImageDraft } from "@/lib/composer/request-body";
import { memoryKeyValue } from "@/lib/editor/persistence";
import { multiImagePersistence, readStoredFields, type TextStorage } from "./draft-persistence";
import { multiImagePictures, reopenRequest } from "./reopen";
import { roughWaitMs, waitEstimate } from "./wait-guide";
import type { JobRecord } from "./jobs-store";

function memoryStorage(): TextStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe("multi-image drafts", () => {
  it("come back after a reload: every field and the pictures in order", async () => {
    const storage = memoryStorage();
    const kv = memoryKeyValue();
    const before = multiImagePersistence({ storage, kv });
    const draft = { ...defaultMultiImageDraft("mb-1"), prompt: "two boats", aspectRatio: "1:1" as const, mode: "pro" as const };
    const a = new Blob([new Uint8Array([0xff, 0xd8, 1])], { type: "image/jpeg" });
    const b = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 2])], { type: "image/png" });
    before.saveFields(draft);
    await before.savePictures([{ name: "a.jpg", blob: a }, { name: "b.png", blob: b }]);
    await before.flush();

    const after = multiImagePersistence({ storage, kv });
    const stored = after.loadFields();
    expect(stored).not.toBeNull();
    expect(readStoredFields(stored!, defaultMultiImageDraft("mb-2"), () => "mb-3")).toEqual(draft);
    const pictures = await after.loadPictures();
    expect(pictures.map((p) => p.name)).toEqual(["a.jpg", "b.png"]);
    expect(pictures[1]!.blob).toBe(b);
  });

  it("ignore damaged storage rather than show it", async () => {
    const storage = memoryStorage();
    storage.setItem("motionbrush:composer-draft:multi-image2video", "{oops");
    const kv = memoryKeyValue();
    await kv.set("pictures", [{ name: 3 }, "x"]);
    const p = multiImagePersistence({ storage, kv });
    expect(p.loadFields()).toBeNull();
    expect(await p.loadPictures()).toEqual([]);
  });

  it("reopen with the pictures the job sent, in order, skipping URLs", () => {
    const jpeg = "/9j/4AAQSkZJRg==";
    const png = "iVBORw0KGgoAAAANSUhEUg==";
    const body = { image_list: [{ image: jpeg }, { image: "https://example.com/x.jpg" }, { image: png }] };
    const pictures = multiImagePictures(body);
    expect(pictures.map((p) => p.blob.type)).toEqual(["image/jpeg", "image/png"]);
    const r = reopenRequest({ version: 1, kind: "multi-image2video", fields: { prompt: "boats" } }, body, {});
    expect(r.pictures).toHaveLength(2);
  });
});

describe("the wait estimate", () => {
  const like = { kind: "image2video" as const, model: "kling-v3", mode: "std", duration: "5" };
  it("is a rough guide by model mode and duration until this browser has finished a similar job", () => {
    expect(waitEstimate([], like)).toEqual({ ms: roughWaitMs(like), rough: true });
    expect(roughWaitMs({ ...like, duration: "10" })).toBeGreaterThan(roughWaitMs(like));
    expect(roughWaitMs({ ...like, mode: "pro" })).toBeGreaterThan(roughWaitMs(like));
    const done = { ...like, externalTaskId: "x", state: "created", createdAt: 0, prompt: "", task: { status: "succeed", createdAt: 1000, updatedAt: 91_000 } } as unknown as JobRecord;
    expect(waitEstimate([done], like)).toEqual({ ms: 90_000, rough: false });
  });
});

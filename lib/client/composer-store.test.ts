import { describe, expect, it } from "vitest";
import { jsonBytes } from "@/lib/composer/budget";
import { defaultImage2VideoDraft } from "@/lib/composer/request-body";
import { STATIC_LAYER } from "@/lib/editor/document";
import { memoryKeyValue } from "@/lib/editor/persistence";
import { shapeFill } from "@/lib/editor/shapes";
import { createComposerStore, type ComposerStore } from "./composer-store";
import { image2videoPersistence, readStoredFields, type TextStorage } from "./draft-persistence";
import type { FrameReading } from "./frame-source";
import type { MaskFields } from "./prepare-payload";

const W = 1280;
const H = 720;
/** Long enough to count as an image (the size counter leaves strings over 64 characters out of the encoding). */
const FRAME_B64 = "/9j/" + "A".repeat(4000);
const MASK_B64 = "iVBO" + "B".repeat(600);

const reading = (blob: Blob): FrameReading => ({
  facts: { type: "jpeg", width: W, height: H, bytes: 3003 },
  problems: [],
  undecodable: false,
  willShrink: false,
  source: { blob, base64: FRAME_B64, width: W, height: H, type: "jpeg" },
});

function memoryStorage(): TextStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

async function settled(store: ComposerStore) {
  for (let i = 0; i < 200; i++) {
    const p = store.getDerived().payload.status;
    if (p === "ready" || p === "failed" || p === "empty") return;
    await tick();
  }
  throw new Error("the fit never settled");
}

function makeStore(opts: { storage?: TextStorage; kv?: ReturnType<typeof memoryKeyValue>; counts?: { derive: number; masks: number } } = {}) {
  const counts = opts.counts ?? { derive: 0, masks: 0 };
  const store = createComposerStore({
    budget: 10 * 1024 * 1024,
    debounceMs: 1,
    readFrame: async (blob) => reading(blob),
    codec: { open: async () => Promise.reject(new Error("no re-encode needed")) },
    masksAt: async (doc): Promise<MaskFields> => {
      counts.masks++;
      return { static_mask: MASK_B64, dynamic_masks: doc.regions.map((r) => ({ mask: `${MASK_B64}${r.id}`, trajectories: [{ x: 1, y: 1 }, { x: 2, y: 2 }] })) };
    },
    urls: { create: () => "blob:frame", revoke: () => {} },
    onDerive: () => counts.derive++,
    ...(opts.storage || opts.kv ? { persistence: image2videoPersistence({ storage: opts.storage ?? memoryStorage(), kv: opts.kv ?? memoryKeyValue() }) } : {}),
    restoreFields: (stored, defaults) => readStoredFields(stored, defaults, () => "mb-new"),
  });
  return { store, counts };
}

const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });

describe("the composer store", () => {
  it("computes the body, its size and its pre-flight once per field change, however many readers ask", async () => {
    const { store, counts } = makeStore();
    await store.pickFrame("first", jpeg(), "boat.jpg");
    await settled(store);
    const before = counts.derive;
    store.patch({ prompt: "the boat drifts" });
    const a = store.getDerived();
    const b = store.getDerived();
    const c = store.getDerived();
    expect(counts.derive).toBe(before + 1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a.body?.prompt).toBe("the boat drifts");
    // Counted without encoding the images, and exactly what JSON.stringify would send.
    expect(a.bytes).toBe(jsonBytes(a.body));
  });

  it("holds each frame once: the document names it by id, the store keeps its bytes", async () => {
    const { store } = makeStore();
    const file = jpeg();
    await store.pickFrame("first", file, "boat.jpg");
    const frame = store.getState().frames.first;
    expect(frame.status).toBe("ready");
    if (frame.status !== "ready") return;
    const doc = store.getState().doc;
    expect(doc.slots.first).toBe(frame.id);
    expect(doc.frames[frame.id]).toEqual({ id: frame.id, name: "boat.jpg", width: W, height: H });
    expect(store.frameBlob("first")).toBe(frame.blob);
    expect(JSON.stringify(doc)).not.toContain(FRAME_B64.slice(0, 64));
    store.clearFrame("first");
    expect(store.frameBlob("first")).toBeNull();
    expect(store.getState().doc.slots.first).toBeNull();
  });

  it("keeps the document as data until the editor loads, then hands it to the editor's store", async () => {
    const { store } = makeStore();
    await store.pickFrame("first", jpeg(), "boat.jpg");
    expect(store.getEditor()).toBeNull();
    const before = store.getState().doc;
    const { editor } = await store.loadEditor();
    expect(store.getEditor()?.editor).toBe(editor);
    expect(editor.getDocument()).toBe(before);
    editor.dispatch({ type: "addRegion", id: "r1", name: "Boat", colour: "#ef4444" }, "commit");
    expect(store.getState().doc.regions.map((r) => r.name)).toEqual(["Boat"]);
    // A frame picked now goes through the editor's store (and keeps the painting).
    await store.pickFrame("last", jpeg(), "end.jpg");
    expect(editor.getDocument().slots.last).not.toBeNull();
    expect(store.getState().doc.regions).toHaveLength(1);
    expect(await store.loadEditor()).toBe(store.getEditor());
  });

  it("re-exports the masks when the painting changes, not when a region is renamed or a field typed", async () => {
    const { store, counts } = makeStore();
    store.patch({ group: "motion_brush" });
    await store.pickFrame("first", jpeg(), "boat.jpg");
    const { editor } = await store.loadEditor();
    editor.dispatch({ type: "addFill", layer: STATIC_LAYER, fill: shapeFill("rectangle", { x: 0, y: 0, width: 100, height: 100 }, { width: W, height: H }, "f1"), replace: false }, "commit");
    await settled(store);
    await tick(20);
    const masks = counts.masks;
    expect(masks).toBeGreaterThan(0);
    editor.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#ef4444" }, "commit");
    await settled(store);
    await tick(20);
    expect(counts.masks).toBe(masks + 1);
    editor.dispatch({ type: "renameRegion", id: "r1", name: "Boat" }, "commit");
    store.patch({ prompt: "boats" });
    await tick(20);
    await settled(store);
    expect(counts.masks).toBe(masks + 1);
    expect(store.getDerived().body?.dynamic_masks).toHaveLength(1);
  });

  it("keeps the draft over a reload: fields, guide mode, painting and frame", async () => {
    const storage = memoryStorage();
    const kv = memoryKeyValue();
    const one = makeStore({ storage, kv }).store;
    await one.restore();
    one.patch({ prompt: "harbour at dusk", group: "motion_brush", model: "kling-v1" });
    await one.pickFrame("first", jpeg(), "boat.jpg");
    (await one.loadEditor()).editor.dispatch({ type: "addRegion", id: "r1", name: "Boat", colour: "#ef4444" }, "commit");
    await one.flush();
    const id = one.getState().frames.first.status === "ready" ? (one.getState().frames.first as { id: string }).id : "";

    const two = makeStore({ storage, kv }).store;
    await two.restore();
    const s = two.getState();
    expect(s.fields).toEqual({ ...one.getState().fields });
    expect(s.fields.group).toBe("motion_brush");
    expect(s.frames.first).toMatchObject({ status: "ready", id, name: "boat.jpg" });
    expect(two.getState().doc.regions.map((r) => r.name)).toEqual(["Boat"]);
    expect(two.frameBlob("first")).not.toBeNull();
  });

  it("keeps what was typed before the stored draft was read over the draft, and saves it", async () => {
    const storage = memoryStorage();
    const kv = memoryKeyValue();
    const one = makeStore({ storage, kv }).store;
    await one.restore();
    one.patch({ prompt: "harbour at dusk", negativePrompt: "blur" });
    await one.flush();

    const two = makeStore({ storage, kv }).store;
    two.patch({ prompt: "gulls cross the sky" });
    await two.restore();
    expect(two.getState().fields).toMatchObject({ prompt: "gulls cross the sky", negativePrompt: "blur" });
    await two.flush();

    const three = makeStore({ storage, kv }).store;
    await three.restore();
    expect(three.getState().fields).toMatchObject({ prompt: "gulls cross the sky", negativePrompt: "blur" });
  });

  it("takes a reopened recipe as a new draft, its frames under their own ids", async () => {
    const { store } = makeStore();
    const doc = store.getState().doc;
    const fields = { ...defaultImage2VideoDraft("mb-fresh"), prompt: "again", group: "motion_brush" as const };
    const withFrame = { ...doc, frames: { f9: { id: "f9", name: "old.jpg", width: W, height: H } }, slots: { first: "f9", last: null }, paintSize: { width: W, height: H } };
    await store.reopen({ recipe: { version: 1, kind: "image2video", fields }, doc: withFrame, frames: { first: { id: "f9", name: "old.jpg", blob: jpeg() } } }, fields);
    expect(store.getState().fields.externalTaskId).toBe("mb-fresh");
    expect(store.getState().frames.first).toMatchObject({ status: "ready", id: "f9" });
    expect(store.getState().doc.slots.first).toBe("f9");
  });
});

import { describe, expect, it } from "vitest";
import { emptyDocument, STATIC_LAYER } from "./document";
import { autosave, editorPersistence, memoryKeyValue } from "./persistence";
import { editorReducer } from "./reducer";

const frame = { id: "f1", name: "photo.jpg", width: 640, height: 360 };

function painted() {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame });
  doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "s", tool: "brush", radius: 4, points: [1, 2, 3, 4] } });
  doc = editorReducer(doc, { type: "addRegion", id: "r", name: "Boat", colour: "#f00" });
  return editorReducer(doc, { type: "setPath", region: "r", points: [{ x: 1, y: 1 }, { x: 9, y: 9 }] });
}

describe("editor persistence", () => {
  it("restores the document and the frame bytes after a reload", async () => {
    const kv = memoryKeyValue();
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: "image/jpeg" });
    await editorPersistence(kv).save({ doc: painted(), blobs: { f1: blob } });
    const restored = await editorPersistence(kv).load(); // a fresh instance, as after a reload
    expect(restored?.doc).toEqual(painted());
    expect(await restored?.blobs.f1?.arrayBuffer()).toEqual(await blob.arrayBuffer());
  });

  it("writes frame bytes once and deletes them when no slot names the frame", async () => {
    const kv = memoryKeyValue();
    const p = editorPersistence(kv);
    const blob = new Blob([new Uint8Array([1])]);
    await p.save({ doc: painted(), blobs: { f1: blob } });
    await p.save({ doc: painted(), blobs: {} });
    expect(kv.map.get("frame:f1")).toBe(blob);
    const without = editorReducer(painted(), { type: "setFrame", slot: "first", frame: null });
    await p.save({ doc: without, blobs: {} });
    expect(kv.map.has("frame:f1")).toBe(false);
  });

  it("keeps the painting when the frame bytes are missing", async () => {
    const kv = memoryKeyValue();
    await kv.set("document", painted());
    const restored = await editorPersistence(kv).load();
    expect(restored?.doc.slots.first).toBeNull();
    expect(restored?.doc.regions[0]?.path).toHaveLength(2);
    expect(restored?.doc.paintSize).toEqual({ width: 640, height: 360 });
  });

  it("ignores a stored document it cannot read", async () => {
    const kv = memoryKeyValue();
    await kv.set("document", { version: 99 });
    expect(await editorPersistence(kv).load()).toBeNull();
  });

  it("coalesces saves and writes the latest state", async () => {
    const kv = memoryKeyValue();
    const saver = autosave(editorPersistence(kv), 10_000);
    saver.schedule({ doc: emptyDocument(), blobs: {} });
    saver.schedule({ doc: painted(), blobs: {} });
    await saver.flush();
    expect(kv.map.get("document")).toEqual(painted());
  });
});

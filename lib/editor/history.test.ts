import { describe, expect, it } from "vitest";
import { emptyDocument, STATIC_LAYER, type Stroke } from "./document";
import { createEditorStore } from "./store";

const frame = { id: "f1", name: "photo.jpg", width: 1000, height: 500 };
const stroke = (id: string, x = 10): Stroke => ({ id, tool: "brush", radius: 5, points: [x, 10, x + 20, 10] });

function storeWithFrame() {
  const store = createEditorStore();
  store.dispatch({ type: "setFrame", slot: "first", frame });
  return store;
}

describe("undo history", () => {
  it("a frame load is not an undo step", () => {
    const store = storeWithFrame();
    expect(store.getSnapshot().canUndo).toBe(false);
    expect(store.getDocument().paintSize).toEqual({ width: 1000, height: 500 });
  });

  it("undoes and redoes committed changes one at a time", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1") });
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s2") });
    store.undo();
    expect(store.getDocument().staticMask.strokes.map((s) => s.id)).toEqual(["s1"]);
    store.undo();
    expect(store.getDocument().staticMask.strokes).toEqual([]);
    store.redo();
    store.redo();
    expect(store.getDocument().staticMask.strokes.map((s) => s.id)).toEqual(["s1", "s2"]);
  });

  it("one undo reverts one whole gesture", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
    store.dispatch({ type: "setPath", region: "r1", points: [{ x: 1, y: 1 }, { x: 50, y: 50 }] });
    store.mark();
    for (let i = 0; i < 30; i++) store.dispatch({ type: "movePoint", region: "r1", index: 1, point: { x: 50 + i, y: 50 } }, "transient");
    store.complete();
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 79, y: 50 });
    store.undo();
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 50, y: 50 });
    store.redo();
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 79, y: 50 });
  });

  it("Escape bails to the mark and leaves no trace, not even a redo step", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1") });
    const before = store.getDocument();
    store.mark();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s2") }, "transient");
    expect(store.getSnapshot().inGesture).toBe(true);
    store.bail();
    expect(store.getDocument()).toBe(before);
    expect(store.getSnapshot()).toMatchObject({ inGesture: false, canRedo: false, canUndo: true });
    store.undo();
    expect(store.getDocument().staticMask.strokes).toEqual([]);
  });

  it("a gesture that changed nothing records nothing", () => {
    const store = storeWithFrame();
    store.mark();
    store.complete();
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("does not record a no-op (renaming to the same name, deleting a missing point)", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
    store.dispatch({ type: "renameRegion", id: "r1", name: "Region 1" });
    store.dispatch({ type: "deletePoint", region: "r1", index: 3 });
    store.undo();
    expect(store.getDocument().regions).toEqual([]);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("redo survives a change that is not an undo step (visibility)", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1") });
    store.undo();
    store.dispatch({ type: "setVisible", layer: STATIC_LAYER, visible: false });
    expect(store.getSnapshot().canRedo).toBe(true);
    store.redo();
    expect(store.getDocument().staticMask).toMatchObject({ visible: false, strokes: [{ id: "s1" }] });
  });

  it("undo skips entries that an ignored change made identical", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
    store.dispatch({ type: "setVisible", layer: "r1", visible: false }, "commit");
    store.dispatch({ type: "setVisible", layer: "r1", visible: true }, "ignore");
    // The commit above is now a no-op in history: one undo removes the region.
    store.undo();
    expect(store.getDocument().regions).toEqual([]);
  });

  it("a new commit clears the redo stack", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1") });
    store.undo();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s2") });
    expect(store.getSnapshot().canRedo).toBe(false);
  });

  it("undo during a gesture cancels the gesture only", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1") });
    store.mark();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s2") }, "transient");
    store.undo();
    expect(store.getDocument().staticMask.strokes.map((s) => s.id)).toEqual(["s1"]);
  });

  it("replacing the frame rescales the painting in every history entry", () => {
    const store = storeWithFrame();
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s1", 100) });
    store.dispatch({ type: "addStroke", layer: STATIC_LAYER, stroke: stroke("s2", 200) });
    store.dispatch({ type: "setFrame", slot: "first", frame: { id: "f2", name: "big.jpg", width: 2000, height: 1000 } });
    expect(store.getDocument().staticMask.strokes[1]).toMatchObject({ points: [400, 20, 440, 20] });
    store.undo();
    expect(store.getDocument().staticMask.strokes).toEqual([
      { id: "s1", tool: "brush", radius: 10, points: [200, 20, 240, 20] },
    ]);
    expect(store.getDocument().slots.first).toBe("f2");
  });

  it("notifies subscribers only when something changed", () => {
    const store = createEditorStore(emptyDocument());
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch({ type: "deleteRegion", id: "nope" });
    store.undo();
    expect(calls).toBe(0);
    store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
    expect(calls).toBe(1);
  });

  it("keeps the settled document still while a gesture is open, and moves it when the gesture ends", () => {
    const store = createEditorStore(emptyDocument());
    store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
    store.dispatch({ type: "setPath", region: "r1", points: [{ x: 1, y: 1 }, { x: 5, y: 5 }] });
    const before = store.getSettledDocument();
    expect(before).toBe(store.getDocument());

    store.mark();
    store.dispatch({ type: "movePoint", region: "r1", index: 1, point: { x: 9, y: 9 } }, "transient");
    store.dispatch({ type: "movePoint", region: "r1", index: 1, point: { x: 12, y: 9 } }, "transient");
    expect(store.getDocument()).not.toBe(before);
    expect(store.getSettledDocument()).toBe(before);

    store.complete();
    expect(store.getSettledDocument()).toBe(store.getDocument());
    expect(store.getSettledDocument().regions[0]!.path[1]).toEqual({ x: 12, y: 9 });

    const after = store.getSettledDocument();
    store.mark();
    store.dispatch({ type: "movePoint", region: "r1", index: 1, point: { x: 30, y: 30 } }, "transient");
    store.bail();
    expect(store.getSettledDocument()).toEqual(after);
  });
});

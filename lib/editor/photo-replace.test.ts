// Replacing the photo under a long history: snapshots follow the new frame lazily, and come back right.
import { describe, expect, it } from "vitest";
import type { EditorAction } from "./actions";
import { STATIC_LAYER, type EditorDocument, type Stroke } from "./document";
import { editorReducer } from "./reducer";
import { createEditorStore } from "./store";

const first = { id: "f1", name: "a.jpg", width: 1000, height: 500 };
const wider = { id: "f2", name: "b.jpg", width: 2000, height: 750 };
const square = { id: "f3", name: "c.jpg", width: 600, height: 600 };
const stroke = (i: number): Stroke => ({ id: `s${i}`, tool: i % 7 === 0 ? "eraser" : "brush", radius: 3 + (i % 5), points: [i % 900, (i * 7) % 480, (i % 900) + 40, ((i * 7) % 480) + 9] });

function paintedStore(strokes: number) {
  const store = createEditorStore();
  store.dispatch({ type: "setFrame", slot: "first", frame: first });
  store.dispatch({ type: "addRegion", id: "r", name: "Region 1", colour: "#f00" });
  store.dispatch({ type: "setPath", region: "r", points: [{ x: 100, y: 100 }, { x: 900, y: 400 }] });
  const snapshots: EditorDocument[] = [store.getDocument()];
  for (let i = 1; i <= strokes; i++) {
    store.dispatch({ type: "addStroke", layer: i % 3 === 0 ? "r" : STATIC_LAYER, stroke: stroke(i) });
    snapshots.push(store.getDocument());
  }
  return { store, snapshots };
}

/** What every snapshot should be after these changes: each one put through the reducer, eagerly. */
const eager = (doc: EditorDocument, actions: EditorAction[]) => actions.reduce(editorReducer, doc);

describe("replacing the photo under a long history", () => {
  it("scales every undone snapshot exactly as if it had been rewritten at once", () => {
    const { store, snapshots } = paintedStore(300);
    const replace: EditorAction = { type: "setFrame", slot: "first", frame: wider };
    store.dispatch(replace);
    expect(store.getDocument()).toEqual(eager(snapshots[300]!, [replace]));
    expect(store.getDocument().staticMask.strokes[0]!).toMatchObject({ points: [2, 10.5, 82, 24] });
    for (let i = 299; i >= 250; i--) {
      store.undo();
      expect(store.getDocument()).toEqual(eager(snapshots[i]!, [replace]));
    }
    expect(store.getDocument().paintSize).toEqual({ width: 2000, height: 750 });
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 1800, y: 600 });
  });

  it("shares the strokes an undone snapshot has in common with the present (no copy per snapshot)", () => {
    const { store } = paintedStore(50);
    store.dispatch({ type: "setFrame", slot: "first", frame: wider });
    const present = store.getDocument();
    store.undo();
    const undone = store.getDocument();
    expect(undone.staticMask.strokes[0]).toBe(present.staticMask.strokes[0]);
    expect(undone.regions[0]!.path).toBe(present.regions[0]!.path);
  });

  it("follows two replacements in a row, and keeps redo", () => {
    const { store, snapshots } = paintedStore(40);
    const a: EditorAction = { type: "setFrame", slot: "first", frame: wider };
    const b: EditorAction = { type: "setFrame", slot: "first", frame: square };
    for (let i = 0; i < 5; i++) store.undo();
    store.dispatch(a);
    store.dispatch(b);
    expect(store.getDocument()).toEqual(eager(snapshots[35]!, [a, b]));
    store.undo();
    expect(store.getDocument()).toEqual(eager(snapshots[34]!, [a, b]));
    for (let i = 0; i < 6; i++) store.redo();
    expect(store.getDocument()).toEqual(eager(snapshots[40]!, [a, b]));
    expect(store.getSnapshot().canRedo).toBe(false);
  });

  it("stays right after many visibility changes between replacements", () => {
    const { store, snapshots } = paintedStore(20);
    const actions: EditorAction[] = [];
    for (let i = 0; i < 45; i++) {
      const act: EditorAction = { type: "setVisible", layer: "r", visible: i % 2 === 1 };
      actions.push(act);
      store.dispatch(act);
      if (i === 20) {
        const replace: EditorAction = { type: "setFrame", slot: "first", frame: square };
        actions.push(replace);
        store.dispatch(replace);
      }
    }
    store.undo();
    expect(store.getDocument()).toEqual(eager(snapshots[19]!, actions));
    expect(store.getSnapshot().canUndo).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { STATIC_LAYER, type LayerId } from "./document";
import type { Viewport } from "./geometry";
import { EditorController, type PointerSample, type Refusal, type Tool } from "./interaction";
import { createEditorStore } from "./store";

function setup(tool: Tool = "brush", layer: LayerId = STATIC_LAYER) {
  const store = createEditorStore();
  store.dispatch({ type: "setFrame", slot: "first", frame: { id: "f", name: "p", width: 1000, height: 800 } });
  store.dispatch({ type: "addRegion", id: "r1", name: "Region 1", colour: "#f00" });
  store.reset(store.getDocument());
  let vp: Viewport = { scale: 2, x: -100, y: -50 }; // zoomed in and panned
  const settings = { tool, layer, brushRadius: 12 };
  const refused: Refusal[] = [];
  const c = new EditorController({
    store,
    getViewport: () => vp,
    setViewport: (v) => (vp = v),
    getSettings: () => settings,
    refuse: (why) => refused.push(why),
  });
  const at = (x: number, y: number, id = 1, pointerType = "mouse"): PointerSample => ({ id, x, y, pointerType, button: 0 });
  return { store, c, settings, refused, at, vp: () => vp };
}

describe("editor controller", () => {
  it("turns a drag into one stroke in image pixels, one undo step", () => {
    const { store, c, at } = setup();
    c.pointerDown(at(300, 250));
    c.pointerMoves([at(320, 250), at(340, 260)]);
    c.pointerMoves([at(360, 270)]);
    expect(store.getDocument().staticMask.strokes).toHaveLength(0); // nothing committed mid-stroke
    c.pointerUp(at(360, 270));
    const [stroke] = store.getDocument().staticMask.strokes;
    expect(stroke).toMatchObject({ tool: "brush", radius: 12, points: [200, 150, 210, 150, 220, 155, 230, 160] });
    store.undo();
    expect(store.getDocument().staticMask.strokes).toHaveLength(0);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("Escape mid-stroke leaves no trace", () => {
    const { store, c, at } = setup("eraser");
    const before = store.getDocument();
    c.pointerDown(at(300, 250));
    c.pointerMoves([at(330, 250)]);
    c.cancel();
    c.pointerUp(at(330, 250));
    expect(store.getDocument()).toBe(before);
    expect(c.live).toBeNull();
    expect(store.getSnapshot()).toMatchObject({ canRedo: false, inGesture: false });
  });

  it("shows a hidden area painted on as part of the stroke: Escape hides it again, undo too", () => {
    const { store, c, at } = setup("brush", "r1");
    store.dispatch({ type: "setVisible", layer: "r1", visible: false });
    const before = store.getDocument();
    c.pointerDown(at(300, 250));
    expect(store.getDocument().regions[0]!.visible).toBe(true);
    c.pointerMoves([at(330, 250)]);
    c.cancel();
    expect(store.getDocument()).toBe(before);

    c.pointerDown(at(300, 250));
    c.pointerMoves([at(330, 250)]);
    c.pointerUp(at(330, 250));
    expect(store.getDocument().regions[0]).toMatchObject({ visible: true, strokes: [expect.anything()] });
    store.undo();
    expect(store.getDocument().regions[0]).toMatchObject({ visible: false, strokes: [] });
  });

  it("draws a freehand path resampled by arc length, in drawing order", () => {
    const { store, c, at } = setup("path", "r1");
    c.pointerDown(at(100, 100));
    c.pointerMoves(Array.from({ length: 200 }, (_, i) => at(100 + i * 3, 100 + (i > 100 ? (i - 100) * 3 : 0))));
    c.pointerUp(at(697, 397));
    const path = store.getDocument().regions[0]!.path;
    expect(path.length).toBeGreaterThanOrEqual(2);
    expect(path.length).toBeLessThanOrEqual(77);
    expect(path[0]).toEqual({ x: 100, y: 75 });
    expect(path[path.length - 1]).toEqual({ x: 398.5, y: 223.5 });
  });

  it("adds path points by clicking, each click one undo step", () => {
    const { store, c, at } = setup("path", "r1");
    for (const [x, y] of [[100, 100], [300, 100], [500, 300]] as const) {
      c.pointerDown(at(x, y));
      c.pointerUp(at(x, y));
    }
    expect(store.getDocument().regions[0]!.path).toEqual([{ x: 100, y: 75 }, { x: 200, y: 75 }, { x: 300, y: 175 }]);
    store.undo();
    expect(store.getDocument().regions[0]!.path).toHaveLength(2);
  });

  it("drags a handle as one gesture and bails on Escape", () => {
    const { store, c, at } = setup("path", "r1");
    store.dispatch({ type: "setPath", region: "r1", points: [{ x: 100, y: 75 }, { x: 200, y: 75 }] });
    c.pointerDown(at(303, 101)); // near the second handle, at stage (300, 100)
    c.pointerMoves([at(323, 101)]);
    c.pointerMoves([at(343, 121)]);
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 220, y: 85 });
    expect(c.draggedPoint).toEqual({ region: "r1", index: 1 });
    c.pointerUp(at(343, 121));
    expect(c.draggedPoint).toBeNull();
    store.undo();
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 200, y: 75 });
    c.pointerDown(at(300, 100));
    c.pointerMoves([at(400, 200)]);
    c.cancel();
    expect(store.getDocument().regions[0]!.path[1]).toEqual({ x: 200, y: 75 });
  });

  it("inserts a point with a double click on the line and deletes one with a double click on it", () => {
    const { store, c, at } = setup("path", "r1");
    store.dispatch({ type: "setPath", region: "r1", points: [{ x: 100, y: 75 }, { x: 200, y: 75 }] });
    c.pointerDown(at(200, 102));
    c.pointerUp(at(200, 102)); // a click on the line adds nothing
    c.doubleClick(at(200, 102));
    expect(store.getDocument().regions[0]!.path).toEqual([{ x: 100, y: 75 }, { x: 150, y: 75 }, { x: 200, y: 75 }]);
    c.doubleClick(at(200, 100));
    expect(store.getDocument().regions[0]!.path).toHaveLength(2);
  });

  it("refuses a path on the static area and paint without a frame, saying why", () => {
    const { c, at, refused, store } = setup("path", STATIC_LAYER);
    c.pointerDown(at(10, 10));
    store.dispatch({ type: "setFrame", slot: "first", frame: null });
    store.reset({ ...store.getDocument(), paintSize: null });
    c.pointerDown(at(10, 10));
    expect(refused).toEqual(["path-needs-region", "no-frame"]);
  });

  it("pans with the hand tool or the middle button without touching the document", () => {
    const { store, c, at, vp, settings } = setup();
    const before = store.getDocument();
    c.pointerDown({ ...at(10, 10), button: 1 });
    c.pointerMoves([at(60, 30)]);
    c.pointerUp(at(60, 30));
    expect(vp()).toMatchObject({ x: -50, y: -30 });
    settings.tool = "pan";
    c.pointerDown(at(0, 0));
    c.pointerMoves([at(-10, 0)]);
    c.pointerUp(at(-10, 0));
    expect(vp().x).toBe(-60);
    expect(store.getDocument()).toBe(before);
  });

  it("a second finger turns a touch stroke into a pinch, dropping the stroke", () => {
    const { store, c, at, vp } = setup();
    c.pointerDown(at(100, 100, 1, "touch"));
    c.pointerMoves([at(110, 100, 1, "touch")]);
    c.pointerDown(at(200, 100, 2, "touch"));
    c.pointerMoves([at(100, 100, 1, "touch"), at(300, 100, 2, "touch")]);
    expect(vp().scale).toBeGreaterThan(2);
    c.pointerUp(at(300, 100, 2, "touch"));
    c.pointerUp(at(100, 100, 1, "touch"));
    expect(store.getDocument().staticMask.strokes).toHaveLength(0);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it("input handling does not depend on the image size", () => {
    // Same events on a 512 and a 4096 frame: the same number of stored points, no per-pixel work.
    const counts = [512, 4096].map((side) => {
      const { store, c, at } = setup();
      store.dispatch({ type: "setFrame", slot: "first", frame: { id: `f${side}`, name: "p", width: side, height: side } });
      c.pointerDown(at(300, 250));
      c.pointerMoves(Array.from({ length: 50 }, (_, i) => at(300 + i, 250)));
      c.pointerUp(at(350, 250));
      const last = store.getDocument().staticMask.strokes.at(-1)!;
      return "points" in last ? last.points.length : 0;
    });
    expect(counts[0]).toBe(counts[1]);
  });
});

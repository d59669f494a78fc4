import { describe, expect, it } from "vitest";
import { MAX_DYNAMIC_MASKS, MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { emptyDocument, nextRegionLook, STATIC_LAYER, type EditorDocument } from "./document";
import { editorReducer } from "./reducer";

const withFrame = (): EditorDocument =>
  editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "p", width: 400, height: 300 } });

const withRegions = (n: number) => {
  let doc = withFrame();
  for (let i = 0; i < n; i++) {
    const look = nextRegionLook(doc);
    doc = editorReducer(doc, { type: "addRegion", id: `r${i}`, name: `Region ${look.number}`, colour: look.colour });
  }
  return doc;
};

describe("editor reducer", () => {
  it(`refuses a region beyond ${MAX_DYNAMIC_MASKS}, returning the same document`, () => {
    const six = withRegions(6);
    expect(six.regions).toHaveLength(6);
    expect(editorReducer(six, { type: "addRegion", id: "r7", name: "Region 7", colour: "#000" })).toBe(six);
  });

  it("gives each new region its own colour and the lowest free number", () => {
    let doc = withRegions(3);
    doc = editorReducer(doc, { type: "deleteRegion", id: "r1" });
    const look = nextRegionLook(doc);
    expect(look.number).toBe(2);
    expect(doc.regions.map((r) => r.colour)).not.toContain(look.colour);
  });

  it(`refuses a path point beyond ${MAX_TRAJECTORY_POINTS}`, () => {
    let doc = withRegions(1);
    for (let i = 0; i < 80; i++) doc = editorReducer(doc, { type: "appendPoint", region: "r0", point: { x: i, y: 1 } });
    expect(doc.regions[0]!.path).toHaveLength(MAX_TRAJECTORY_POINTS);
  });

  it("keeps path points inside the frame", () => {
    const doc = editorReducer(withRegions(1), { type: "appendPoint", region: "r0", point: { x: -5, y: 999 } });
    expect(doc.regions[0]!.path[0]).toEqual({ x: 0, y: 300 });
  });

  it("keeps a path over 77 points to 77 by resampling, with its real end point", () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ x: i, y: 0 }));
    const doc = editorReducer(withRegions(1), { type: "setPath", region: "r0", points });
    const path = doc.regions[0]!.path;
    expect(path).toHaveLength(77);
    expect(path[0]).toEqual({ x: 0, y: 0 });
    expect(path[76]).toEqual({ x: 99, y: 0 });
  });

  it("inserts and deletes path points in place", () => {
    let doc = editorReducer(withRegions(1), { type: "setPath", region: "r0", points: [{ x: 0, y: 0 }, { x: 10, y: 0 }] });
    doc = editorReducer(doc, { type: "insertPoint", region: "r0", index: 1, point: { x: 5, y: 5 } });
    expect(doc.regions[0]!.path).toEqual([{ x: 0, y: 0 }, { x: 5, y: 5 }, { x: 10, y: 0 }]);
    doc = editorReducer(doc, { type: "deletePoint", region: "r0", index: 0 });
    expect(doc.regions[0]!.path).toEqual([{ x: 5, y: 5 }, { x: 10, y: 0 }]);
  });

  it("clears a region's strokes and path, and the static area's strokes", () => {
    let doc = withRegions(1);
    doc = editorReducer(doc, { type: "addStroke", layer: "r0", stroke: { id: "s", tool: "brush", radius: 3, points: [1, 1] } });
    doc = editorReducer(doc, { type: "appendPoint", region: "r0", point: { x: 1, y: 1 } });
    doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "t", tool: "brush", radius: 3, points: [1, 1] } });
    doc = editorReducer(doc, { type: "clearLayer", layer: "r0" });
    expect(doc.regions[0]).toMatchObject({ strokes: [], path: [] });
    doc = editorReducer(doc, { type: "clearLayer", layer: STATIC_LAYER });
    expect(doc.staticMask.strokes).toEqual([]);
  });

  it("keeps the painting when the first frame is removed and rescales it onto the next one", () => {
    let doc = editorReducer(withRegions(1), { type: "appendPoint", region: "r0", point: { x: 200, y: 150 } });
    doc = editorReducer(doc, { type: "setFrame", slot: "first", frame: null });
    expect(doc.frames).toEqual({});
    expect(doc.regions[0]!.path).toHaveLength(1);
    doc = editorReducer(doc, { type: "setFrame", slot: "first", frame: { id: "g", name: "q", width: 800, height: 600 } });
    expect(doc.regions[0]!.path[0]).toEqual({ x: 400, y: 300 });
  });

  it("keeps a last frame beside the first without touching the painting", () => {
    const base = editorReducer(withRegions(1), { type: "appendPoint", region: "r0", point: { x: 20, y: 20 } });
    const doc = editorReducer(base, { type: "setFrame", slot: "last", frame: { id: "L", name: "end", width: 800, height: 600 } });
    expect(Object.keys(doc.frames).sort()).toEqual(["L", "f"]);
    expect(doc.regions).toBe(base.regions);
  });
});

describe("fills (magic wand and typed shapes)", () => {
  const fill = (id: string, tool: "fill" | "cut" = "fill") => ({ id, tool, width: 1280, height: 720, spans: [10, 5, 50] });

  it("replaces a layer's painting on a plain wand click and keeps the region's path", () => {
    let doc = withRegions(1);
    const id = doc.regions[0]!.id;
    doc = editorReducer(doc, { type: "addStroke", layer: id, stroke: { id: "s", tool: "brush", radius: 4, points: [1, 1] } });
    doc = editorReducer(doc, { type: "appendPoint", region: id, point: { x: 5, y: 5 } });
    doc = editorReducer(doc, { type: "addFill", layer: id, fill: fill("f1"), replace: true });
    expect(doc.regions[0]!.strokes.map((s) => s.id)).toEqual(["f1"]);
    expect(doc.regions[0]!.path).toHaveLength(1);
  });

  it("adds and subtracts fills in order, and ignores an empty add", () => {
    let doc = withFrame();
    doc = editorReducer(doc, { type: "addFill", layer: STATIC_LAYER, fill: fill("a"), replace: false });
    doc = editorReducer(doc, { type: "addFill", layer: STATIC_LAYER, fill: fill("b", "cut"), replace: false });
    expect(doc.staticMask.strokes.map((s) => s.tool)).toEqual(["fill", "cut"]);
    const same = editorReducer(doc, { type: "addFill", layer: STATIC_LAYER, fill: { ...fill("c"), spans: [] }, replace: false });
    expect(same).toBe(doc);
  });

  it("leaves fills untouched when the photo is replaced by one of another size", () => {
    let doc = withFrame();
    const f = fill("a");
    doc = editorReducer(doc, { type: "addFill", layer: STATIC_LAYER, fill: f, replace: false });
    doc = editorReducer(doc, { type: "setFrame", slot: "first", frame: { id: "big", name: "b", width: 2560, height: 1440 } });
    expect(doc.staticMask.strokes[0]).toBe(f);
  });
});

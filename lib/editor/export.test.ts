import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { dynamicMaskSchema, imageSchema } from "@/lib/kling/schemas";
import { emptyDocument, STATIC_LAYER, type EditorDocument, type Stroke } from "./document";
import { exportMotionBrush, MotionBrushExportError, prepareMotionBrush } from "./export";
import { editorReducer } from "./reducer";

const W = 640;
const H = 360;
const brush = (points: number[], radius = 20): Stroke => ({ id: `s${points.join("-")}`, tool: "brush", radius, points });

function paintedDoc(): EditorDocument {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "p", width: W, height: H } });
  doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: brush([40, 300, 200, 300], 30) });
  doc = editorReducer(doc, { type: "addRegion", id: "boat", name: "Boat", colour: "#f00" });
  doc = editorReducer(doc, { type: "addStroke", layer: "boat", stroke: brush([300, 100], 25) });
  doc = editorReducer(doc, { type: "setPath", region: "boat", points: [{ x: 300.5, y: 100.5 }, { x: 400.5, y: 80.5 }, { x: 500.5, y: 60.5 }] });
  doc = editorReducer(doc, { type: "addRegion", id: "gull", name: "Gull", colour: "#0f0" });
  doc = editorReducer(doc, { type: "addStroke", layer: "gull", stroke: brush([520, 250], 15) });
  doc = editorReducer(doc, { type: "setPath", region: "gull", points: [{ x: 520.5, y: 250.5 }, { x: 100.5, y: 40.5 }] });
  return doc;
}

async function pixels(b64: string) {
  const png = Buffer.from(b64, "base64");
  const meta = await sharp(png).metadata();
  const { data } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { meta, data, at: (x: number, y: number) => data[y * meta.width + x] };
}

describe("exportMotionBrush", () => {
  it("gives masks of exactly the frame's size, only 0 and 255, strokes where they were drawn", async () => {
    const out = await exportMotionBrush(paintedDoc(), { width: W, height: H });
    expect(imageSchema.safeParse(out.static_mask).success).toBe(true);
    const still = await pixels(out.static_mask!);
    expect(still.meta).toMatchObject({ width: W, height: H, format: "png", channels: 1, hasAlpha: false });
    expect(new Set(still.data)).toEqual(new Set([0, 255]));
    expect(still.at(120, 300)).toBe(255);
    expect(still.at(120, 100)).toBe(0);
    expect(out.dynamic_masks).toHaveLength(2);
    const boat = await pixels(out.dynamic_masks![0]!.mask);
    expect(boat.meta).toMatchObject({ width: W, height: H });
    expect(boat.at(300, 100)).toBe(255);
    expect(boat.at(520, 250)).toBe(0);
    for (const d of out.dynamic_masks!) expect(dynamicMaskSchema.safeParse(d).success).toBe(true);
  });

  it("sends trajectories in integer pixels with the origin at the bottom-left, in drawing order", async () => {
    const out = await exportMotionBrush(paintedDoc(), { width: W, height: H });
    expect(out.dynamic_masks![0]!.trajectories).toEqual([
      { x: 300, y: H - 1 - 100 },
      { x: 400, y: H - 1 - 80 },
      { x: 500, y: H - 1 - 60 },
    ]);
    expect(out.dynamic_masks![1]!.trajectories).toEqual([{ x: 520, y: H - 1 - 250 }, { x: 100, y: H - 1 - 40 }]);
  });

  it("starts each path on its own region's white pixels", async () => {
    const out = await exportMotionBrush(paintedDoc(), { width: W, height: H });
    for (const d of out.dynamic_masks!) {
      const m = await pixels(d.mask);
      const start = d.trajectories[0]!;
      expect(m.at(start.x, H - 1 - start.y)).toBe(255);
    }
  });

  it("scales masks and points in sync to a downscaled target", async () => {
    const out = await exportMotionBrush(paintedDoc(), { width: 320, height: 180 });
    const boat = await pixels(out.dynamic_masks![0]!.mask);
    expect(boat.meta).toMatchObject({ width: 320, height: 180 });
    expect(out.dynamic_masks![0]!.trajectories[0]).toEqual({ x: 150, y: 179 - 50 });
    expect(boat.at(150, 50)).toBe(255);
    expect((await pixels(out.static_mask!)).meta).toMatchObject({ width: 320, height: 180 });
  });

  it("gives an overlapped pixel to the moving region, and to the region higher in the list", async () => {
    let doc = paintedDoc();
    doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: brush([300, 100], 10) });
    doc = editorReducer(doc, { type: "addStroke", layer: "gull", stroke: brush([310, 100], 5) });
    const out = await exportMotionBrush(doc, { width: W, height: H });
    const [still, boat, gull] = await Promise.all([out.static_mask!, ...out.dynamic_masks!.map((d) => d.mask)].map(pixels));
    expect(boat!.at(300, 100)).toBe(255);
    expect(still!.at(300, 100)).toBe(0);
    expect(boat!.at(310, 100)).toBe(255);
    expect(gull!.at(310, 100)).toBe(0);
  });

  it("caps a long path at 77 points", async () => {
    const doc = editorReducer(paintedDoc(), {
      type: "setPath",
      region: "gull",
      points: Array.from({ length: 77 }, (_, i) => ({ x: 10 + i * 8, y: 200 })),
    });
    const out = await exportMotionBrush(doc, { width: 160, height: 90 });
    expect(out.dynamic_masks![1]!.trajectories).toHaveLength(77);
  });

  it("omits the static mask when nothing is kept still", async () => {
    const doc = editorReducer(paintedDoc(), { type: "clearLayer", layer: STATIC_LAYER });
    const out = await exportMotionBrush(doc, { width: W, height: H });
    expect(out).not.toHaveProperty("static_mask");
    expect(out.dynamic_masks).toHaveLength(2);
  });

  it("refuses a region with a path of fewer than 2 points, naming it", async () => {
    const doc = editorReducer(paintedDoc(), { type: "setPath", region: "gull", points: [{ x: 1, y: 1 }] });
    const r = await prepareMotionBrush(doc, { width: W, height: H });
    expect(r).toEqual({ ok: false, problems: [{ kind: "region-path-too-short", regionId: "gull", name: "Gull", points: 1 }] });
    await expect(exportMotionBrush(doc, { width: W, height: H })).rejects.toBeInstanceOf(MotionBrushExportError);
  });

  it("refuses a region left with no pixels of its own, naming it", async () => {
    // Boat, higher in the list, covers all of Gull's paint.
    const doc = editorReducer(paintedDoc(), { type: "addStroke", layer: "boat", stroke: brush([520, 250], 40) });
    const r = await prepareMotionBrush(doc, { width: W, height: H });
    expect(r.ok || r.problems).toEqual([{ kind: "region-not-painted", regionId: "gull", name: "Gull" }]);
  });

  it("refuses when there is no frame or nothing painted", async () => {
    expect(await prepareMotionBrush(emptyDocument(), { width: W, height: H })).toEqual({ ok: false, problems: [{ kind: "no-frame" }] });
    const blank = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "p", width: W, height: H } });
    expect(await prepareMotionBrush(blank, { width: W, height: H })).toEqual({ ok: false, problems: [{ kind: "nothing-painted" }] });
  });
});

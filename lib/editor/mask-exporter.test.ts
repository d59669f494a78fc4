import { describe, expect, it } from "vitest";
import { emptyDocument, STATIC_LAYER, type EditorDocument, type Stroke } from "./document";
import { MaskExportFailure, MotionBrushExportError } from "./brush-problems";
import { createMaskExporter } from "./mask-exporter";
import { createMaskRasteriser, isMaskAnswer, type MaskRequest } from "./mask-protocol";
import { editorReducer } from "./reducer";

const W = 400;
const H = 300;
const size = { width: W, height: H };
const brush = (id: string, points: number[], radius = 20): Stroke => ({ id, tool: "brush", radius, points });

function doc(): EditorDocument {
  let d = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "p", width: W, height: H } });
  d = editorReducer(d, { type: "addStroke", layer: STATIC_LAYER, stroke: brush("s", [20, 250, 200, 250]) });
  for (const [id, x] of [["a", 100], ["b", 300]] as const) {
    d = editorReducer(d, { type: "addRegion", id, name: id, colour: "#f00" });
    d = editorReducer(d, { type: "addStroke", layer: id, stroke: brush(`${id}1`, [x, 100]) });
    d = editorReducer(d, { type: "setPath", region: id, points: [{ x, y: 100 }, { x: x + 50, y: 60 }] });
  }
  return d;
}

/** A stand-in for a Web Worker running the real worker code, answering asynchronously. */
function fakeWorker(behaviour: "works" | "fails-to-load" | "crashes" = "works") {
  const rasteriser = createMaskRasteriser();
  const w = {
    onmessage: null as ((e: MessageEvent<unknown>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    onmessageerror: null as (() => void) | null,
    posted: 0,
    postMessage(req: MaskRequest) {
      w.posted++;
      setTimeout(() => {
        if (behaviour === "fails-to-load") w.onerror?.({ preventDefault() {} } as ErrorEvent);
        else if (behaviour === "crashes") w.onmessage?.({ data: { id: req.id, ok: false, error: "boom" } } as MessageEvent);
        else w.onmessage?.({ data: rasteriser.run(structuredClone(req)) } as MessageEvent);
      }, 0);
    },
    terminate() {},
  };
  return { w, rasteriser };
}

describe("the mask exporter's cache", () => {
  it("re-uses the masks when only a path point moves, and gives the moved trajectory", async () => {
    const exporter = createMaskExporter();
    const base = doc();
    const before = await exporter.export(base, size);
    expect(exporter.rasterisedInProcess).toBe(3);
    const moved = editorReducer(base, { type: "movePoint", region: "a", index: 1, point: { x: 200, y: 200 } });
    const after = await exporter.export(moved, size);
    expect(exporter.rasterisedInProcess).toBe(3);
    expect(after.dynamic_masks!.map((d) => d.mask)).toEqual(before.dynamic_masks!.map((d) => d.mask));
    expect(after.static_mask).toBe(before.static_mask);
    expect(before.dynamic_masks![0]!.trajectories[1]).toEqual({ x: 150, y: H - 1 - 60 });
    expect(after.dynamic_masks![0]!.trajectories[1]).toEqual({ x: 200, y: H - 1 - 200 });
  });

  it("rasterises a point move, a rename and a hide not at all, and a new stroke for its own area only", async () => {
    const exporter = createMaskExporter();
    const d0 = doc();
    const first = await exporter.export(d0, size);
    const n = exporter.rasterisedInProcess;
    let d = editorReducer(d0, { type: "movePoint", region: "b", index: 0, point: { x: 310, y: 110 } });
    d = editorReducer(d, { type: "renameRegion", id: "a", name: "Boat" });
    d = editorReducer(d, { type: "setVisible", layer: "b", visible: false });
    await exporter.export(d, size);
    expect(exporter.rasterisedInProcess).toBe(n);
    const stroked = editorReducer(d, { type: "addStroke", layer: "b", stroke: brush("b2", [300, 200], 10) });
    const out = await exporter.export(stroked, size);
    expect(exporter.rasterisedInProcess).toBe(n + 1);
    expect(out.dynamic_masks![1]!.mask).not.toBe(first.dynamic_masks![1]!.mask);
    expect(out.dynamic_masks![0]!.mask).toBe(first.dynamic_masks![0]!.mask);
  });

  it("makes the masks again for another target size", async () => {
    const exporter = createMaskExporter();
    await exporter.export(doc(), size);
    const n = exporter.rasterisedInProcess;
    const d = doc();
    await exporter.export(d, size);
    await exporter.export(d, { width: 200, height: 150 });
    expect(exporter.rasterisedInProcess).toBe(n + 6);
  });

  it("still names what is missing (a region owned entirely by a higher one)", async () => {
    const exporter = createMaskExporter();
    const covered = editorReducer(doc(), { type: "addStroke", layer: "a", stroke: brush("a2", [300, 100], 60) });
    const err = await exporter.export(covered, size).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MotionBrushExportError);
    expect((err as MotionBrushExportError).problems).toEqual([{ kind: "region-not-painted", regionId: "b", name: "b" }]);
  });
});

describe("the mask exporter with a worker", () => {
  it("sends the work to the worker and answers what the in-process export answers", async () => {
    const { w, rasteriser } = fakeWorker();
    const exporter = createMaskExporter({ worker: () => w as unknown as Worker });
    const d = doc();
    const viaWorker = await exporter.export(d, size);
    expect(w.posted).toBe(1);
    expect(rasteriser.rasterised).toBe(3);
    expect(exporter.rasterisedInProcess).toBe(0);
    expect(viaWorker).toEqual(await createMaskExporter().export(d, size));
    await exporter.export(editorReducer(d, { type: "movePoint", region: "a", index: 0, point: { x: 90, y: 90 } }), size);
    expect(w.posted).toBe(1);
  });

  it("falls back to the main thread when the worker cannot load, and still answers", async () => {
    const { w } = fakeWorker("fails-to-load");
    const exporter = createMaskExporter({ worker: () => w as unknown as Worker });
    const out = await exporter.export(doc(), size);
    expect(out.dynamic_masks).toHaveLength(2);
    expect(exporter.rasterisedInProcess).toBe(3);
  });

  it("rejects with a coded failure when the exporter crashes, and tries again next time", async () => {
    const { w } = fakeWorker("crashes");
    const exporter = createMaskExporter({ worker: () => w as unknown as Worker });
    const d = doc();
    const err = await exporter.export(d, size).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MaskExportFailure);
    expect((err as MaskExportFailure).code).toBe("exporter-crashed");
    await exporter.export(d, size).catch(() => undefined);
    expect(w.posted).toBe(2);
  });
});

describe("the worker protocol", () => {
  it("answers one encoded mask per layer in order, empty for an area that owns nothing", () => {
    const r = createMaskRasteriser();
    const marks = [brush("x", [50, 50], 10)];
    const a = r.run({ id: 7, source: size, target: size, layers: [{ key: 1, marks }, { key: 2, marks }, { key: 3, marks: [] }] });
    expect(a.id).toBe(7);
    if (!a.ok) throw new Error(a.error);
    expect(a.masks.map((m) => m.pixels > 0)).toEqual([true, false, false]);
    expect(a.masks[1]!.png).toBe("");
    expect(Buffer.from(a.masks[0]!.png, "base64").subarray(1, 4).toString()).toBe("PNG");
  });

  it("rasterises a layer once per key and size", () => {
    const r = createMaskRasteriser();
    const layers = [{ key: 1, marks: [brush("x", [50, 50])] }];
    r.run({ id: 1, source: size, target: size, layers });
    r.run({ id: 2, source: size, target: size, layers });
    expect(r.rasterised).toBe(1);
    r.run({ id: 3, source: size, target: { width: 100, height: 75 }, layers });
    expect(r.rasterised).toBe(2);
  });

  it("turns an exception into an answer naming it", () => {
    const r = createMaskRasteriser();
    const a = r.run({ id: 4, source: size, target: size, layers: null as unknown as MaskRequest["layers"] });
    expect(a).toMatchObject({ id: 4, ok: false });
  });

  it("tells answers from anything else", () => {
    expect(isMaskAnswer({ id: 1, ok: true, masks: [{ png: "", pixels: 0 }] })).toBe(true);
    expect(isMaskAnswer({ id: 1, ok: false, error: "x" })).toBe(true);
    for (const bad of [null, 3, { id: "1", ok: true, masks: [] }, { id: 1, ok: true, masks: [{ png: 1 }] }, { id: 1, ok: false }]) {
      expect(isMaskAnswer(bad)).toBe(false);
    }
  });
});

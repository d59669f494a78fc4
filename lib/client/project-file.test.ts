import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emptyDocument, STATIC_LAYER, type EditorDocument, type Stroke } from "@/lib/editor/document";
import { editorReducer } from "@/lib/editor/reducer";
import { createJobsStore, DuplicateJobError, memoryPersistence, type JobRecord } from "./jobs-store";
import { exportDrawing, zipFiles, type DrawingJson } from "./drawing-export";
import { buildProject, exportFileName, importedJob, parseProject, serializeProject, type ProjectFile } from "./project-file";
import { joinBody, memoryFrameStore } from "./sent-body";

const W = 64;
const H = 48;
const brush = (points: number[], radius = 6): Stroke => ({ id: `s${points.join("-")}`, tool: "brush", radius, points });
const BIG = "iVBORw0KGgo" + "A".repeat(3000);
const MASK = "iVBORw0KGgo" + "B".repeat(2000);

function paintedDoc(): EditorDocument {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f1", name: "boat.png", width: W, height: H } });
  doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: brush([4, 40, 20, 40]) });
  doc = editorReducer(doc, { type: "addRegion", id: "boat", name: "Boat", colour: "#f00" });
  doc = editorReducer(doc, { type: "addStroke", layer: "boat", stroke: brush([30, 10]) });
  doc = editorReducer(doc, { type: "setPath", region: "boat", points: [{ x: 30.5, y: 10.5 }, { x: 50.5, y: 5.5 }] });
  return doc;
}

const body = {
  model_name: "kling-v1-5",
  image: BIG,
  prompt: "a boat, 小船",
  static_mask: MASK,
  dynamic_masks: [{ mask: MASK, trajectories: [{ x: 30, y: 37 }, { x: 50, y: 42 }] }],
  external_task_id: "mb-1",
};

async function sentJob() {
  const frames = memoryFrameStore();
  const store = createJobsStore(memoryPersistence(), () => 1000, { frames });
  await store.load();
  await store.begin({
    externalTaskId: "mb-1",
    kind: "image2video",
    prompt: body.prompt,
    model: body.model_name,
    body,
    recipe: { version: 1, kind: "image2video", guideMode: "motion_brush", fields: { prompt: body.prompt }, editor: paintedDoc() },
  });
  return { frames, job: store.getSnapshot().jobs[0]! };
}

async function project(): Promise<ProjectFile> {
  const { frames, job } = await sentJob();
  const built = await buildProject({ ...job, taskId: "t-77" }, frames, { f1: { name: "boat.png", type: "image/png", data: "AAAA" } });
  if (!built.ok) throw new Error(built.reason);
  return built.project;
}

describe("project files", () => {
  it("round-trips: the body after import is byte-identical to the body exported", async () => {
    const text = serializeProject(await project());
    const read = parseProject(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(JSON.stringify(read.project.sentBody)).toBe(JSON.stringify(body));
    expect(read.project.frames?.f1?.name).toBe("boat.png");
    expect(read.project.recipe.editor?.regions[0]?.name).toBe("Boat");

    // Into a fresh history: the kept body joins back to exactly the same bytes.
    const frames = memoryFrameStore();
    const store = createJobsStore(memoryPersistence(), () => 2000, { frames });
    await store.load();
    const record = await store.importJob(importedJob(read.project));
    expect(record).toMatchObject({ state: "imported", origin: "file", taskId: "t-77", externalTaskId: "mb-1" });
    expect(JSON.stringify(await joinBody(record.sentBody, frames))).toBe(JSON.stringify(body));
    // Exported again from the imported job: the same body and the same original frames.
    const again = await buildProject(record, frames);
    expect(again.ok && JSON.stringify(again.project.sentBody)).toBe(JSON.stringify(body));
    expect(again.ok && again.project.frames).toEqual({ f1: { name: "boat.png", type: "image/png", data: "AAAA" } });
    await expect(store.importJob(importedJob(read.project))).rejects.toBeInstanceOf(DuplicateJobError);
    expect(store.getSnapshot().jobs).toHaveLength(1);
  });

  it("keeps imported original frames by hash and deletes them with the last job holding them", async () => {
    const read = parseProject(serializeProject(await project()));
    if (!read.ok) throw new Error("unreadable");
    const frames = memoryFrameStore();
    const store = createJobsStore(memoryPersistence(), () => 2000, { frames });
    await store.load();
    const bigOriginal = { f1: { name: "boat.png", type: "image/png", data: BIG + "C" } };
    await store.importJob({ ...importedJob(read.project), originals: bigOriginal });
    expect(store.getSnapshot().jobs[0]!.originals?.f1?.data).toMatchObject({ $frame: expect.any(String) });
    expect(frames.map.size).toBe(3); // the frame, the mask, the original
    await store.remove("mb-1");
    expect(frames.map.size).toBe(0);
  });

  it("keeps only original frames the recipe names", async () => {
    const { frames, job } = await sentJob();
    const built = await buildProject(job, frames, { other: { name: "x", type: "image/png", data: "AAAA" } });
    expect(built.ok).toBe(true);
    expect(built.ok ? built.project.frames : "none").toBeUndefined();
  });

  it("cannot export a job without a recipe or whose frames are gone", async () => {
    const { frames, job } = await sentJob();
    const noRecipe: JobRecord = { ...job };
    delete noRecipe.recipe;
    expect(await buildProject(noRecipe, frames)).toEqual({ ok: false, reason: "no-recipe" });
    expect(await buildProject(job, memoryFrameStore())).toEqual({ ok: false, reason: "missing-frames" });
  });

  it("refuses damaged JSON, a foreign file, another version, a wrong type and a missing image", async () => {
    const good = await project();
    expect(parseProject("{ not json")).toEqual({ ok: false, error: { code: "not-json" } });
    expect(parseProject(JSON.stringify({ hello: "world" }))).toEqual({ ok: false, error: { code: "foreign" } });
    expect(parseProject("[1,2]")).toEqual({ ok: false, error: { code: "foreign" } });
    expect(parseProject(JSON.stringify({ ...good, version: 2 }))).toEqual({ ok: false, error: { code: "version", detail: "2" } });
    expect(parseProject(JSON.stringify({ ...good, job: { ...good.job, createdAt: "yesterday" } }))).toEqual({
      ok: false,
      error: { code: "invalid", detail: "job.createdAt" },
    });
    expect(parseProject(JSON.stringify({ ...good, recipe: { ...good.recipe, kind: "text2video" } }))).toMatchObject({
      ok: false,
      error: { code: "invalid", detail: "recipe.kind" },
    });
    const noImage: Record<string, unknown> = { ...good.sentBody };
    delete noImage.image;
    expect(parseProject(JSON.stringify({ ...good, sentBody: noImage }))).toEqual({
      ok: false,
      error: { code: "missing-image", detail: "sentBody.image" },
    });
    expect(parseProject(JSON.stringify({ ...good, sentBody: { ...good.sentBody, image: { $frame: "abc" } } }))).toMatchObject({
      ok: false,
      error: { code: "missing-image" },
    });
    expect(parseProject(JSON.stringify({ ...good, frames: { f1: { name: "x", type: "text/plain", data: "AAAA" } } }))).toMatchObject({
      ok: false,
      error: { code: "invalid", detail: "frames.f1.type" },
    });
  });

  it("names the file after the prompt and the task id", () => {
    expect(exportFileName({ prompt: "A boat, drifting!  ", taskId: "t-77", externalTaskId: "mb-1" }, ".motionbrush.json")).toBe(
      "a-boat-drifting-t-77.motionbrush.json",
    );
    expect(exportFileName({ prompt: "小船漂流", externalTaskId: "mb/1" }, ".zip")).toBe("小船漂流-mb-1.zip");
    expect(exportFileName({ prompt: "", externalTaskId: "mb-1" }, ".zip")).toBe("mb-1.zip");
  });
});

describe("drawing export", () => {
  it("gives each mask as a PNG and the paths in Kling's form and as top-left point tracks", async () => {
    const { files } = await exportDrawing(paintedDoc());
    const zip = unzipSync(zipFiles(files));
    expect(Object.keys(zip).sort()).toEqual(["drawing.json", "dynamic_mask_1.png", "static_mask.png", "tracks_top_left.json", "trajectories_kling.json"]);
    expect([...zip["static_mask.png"]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const drawing = JSON.parse(strFromU8(zip["drawing.json"]!)) as DrawingJson;
    expect(drawing).toMatchObject({ format: "motionbrush-drawing", version: 1, width: W, height: H, staticMask: "static_mask.png" });
    // (30.5, 10.5) is column 30, row 10: Kling y = H - 1 - 10 = 37; the track keeps row 10.
    expect(drawing.regions[0]).toMatchObject({ name: "Boat", mask: "dynamic_mask_1.png", kling: [{ x: 30, y: 37 }, { x: 50, y: 42 }], track: [[30, 10], [50, 5]] });
    expect(JSON.parse(strFromU8(zip["tracks_top_left.json"]!))).toEqual([[[30, 10], [50, 5]]]);
    expect(JSON.parse(strFromU8(zip["trajectories_kling.json"]!))).toEqual([[{ x: 30, y: 37 }, { x: 50, y: 42 }]]);
  });
});

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { taskIdSchema, type Task } from "@/lib/kling/schemas";
import { createSimulator, decodeTaskId, LIST_CAPACITY, SIMULATED_FAILURE_MSG, SIMULATOR_SCENARIOS } from "./simulator";

const T0 = 1_750_000_000_000;
const TASK_MS = 10_000;

async function png(width: number, height: number): Promise<string> {
  const buf = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } }).png().toBuffer();
  return buf.toString("base64");
}

let image: string;
let small: string;
let mask: string;
beforeAll(async () => {
  [image, small, mask] = await Promise.all([png(640, 360), png(200, 200), png(320, 180)]);
});

function setup() {
  const clock = { t: T0 };
  const sim = createSimulator({ taskMs: TASK_MS, now: () => clock.t, videoUrl: (kind) => `http://sim.test/${kind}.mp4` });
  return { sim, clock };
}

function created(sim: ReturnType<typeof setup>["sim"], body: Record<string, unknown>, kind: "image2video" | "multi-image2video" = "image2video") {
  const answer = sim.create(kind, body);
  expect(answer.status).toBe(200);
  return answer.envelope.data as Task;
}

describe("simulator lifecycle", () => {
  it("answers a create with a submitted task in the SUCCEED envelope", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { image, prompt: "a boat" });
    expect(answer.status).toBe(200);
    expect(answer.envelope).toMatchObject({ code: 0, message: "SUCCEED" });
    expect(answer.envelope.request_id).toMatch(/\S/);
    expect(answer.envelope.data).toMatchObject({ task_status: "submitted", task_status_msg: "", created_at: T0, updated_at: T0 });
  });

  it("moves submitted -> processing at 15% of taskMs and succeed at taskMs, from the clock alone", () => {
    const { sim, clock } = setup();
    const task = created(sim, { prompt: "p", image, duration: "10" });
    const at = (ms: number) => {
      clock.t = T0 + ms;
      return sim.get("image2video", task.task_id).envelope.data!;
    };
    expect(at(1499)).toMatchObject({ task_status: "submitted", updated_at: T0 });
    expect(at(1500)).toMatchObject({ task_status: "processing", updated_at: T0 + 1500 });
    expect(at(9999).task_status).toBe("processing");
    expect(at(9999).task_result).toBeUndefined();
    const done = at(10_000);
    expect(done).toMatchObject({ task_status: "succeed", task_status_msg: "", created_at: T0, updated_at: T0 + TASK_MS });
    expect(done.task_result?.videos).toEqual([{ id: expect.any(String), url: "http://sim.test/image2video.mp4", duration: "10" }]);
    expect(at(60_000).updated_at).toBe(T0 + TASK_MS);
  });

  it("defaults the video duration to 5 seconds and gives a fresh request_id per answer", () => {
    const { sim, clock } = setup();
    const task = created(sim, { prompt: "p", image });
    clock.t = T0 + TASK_MS;
    const a = sim.get("image2video", task.task_id);
    const b = sim.get("image2video", task.task_id);
    expect(a.envelope.data?.task_result?.videos[0]?.duration).toBe("5");
    expect(a.envelope.request_id).not.toBe(b.envelope.request_id);
    expect(a.envelope.data).toEqual(b.envelope.data);
  });

  it("echoes external_task_id on create and on every poll", () => {
    const { sim, clock } = setup();
    const task = created(sim, { prompt: "p", image, external_task_id: "mb-42-ü" });
    expect(task.task_info?.external_task_id).toBe("mb-42-ü");
    clock.t = T0 + TASK_MS;
    expect(sim.get("image2video", task.task_id).envelope.data?.task_info?.external_task_id).toBe("mb-42-ü");
  });

  it("runs multi-image2video tasks with their own video URL", () => {
    const { sim, clock } = setup();
    const task = created(sim, { image_list: [{ image }, { image }], prompt: "two friends" }, "multi-image2video");
    clock.t = T0 + TASK_MS;
    const done = sim.get("multi-image2video", task.task_id).envelope.data;
    expect(done?.task_result?.videos[0]?.url).toBe("http://sim.test/multi-image2video.mp4");
  });
});

describe("simulator task ids", () => {
  it("makes URL-safe opaque ids that the gateway's taskIdSchema accepts", () => {
    const { sim } = setup();
    const task = created(sim, { prompt: "p", image, external_task_id: "a".repeat(64) });
    expect(task.task_id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(task.task_id.length).toBeLessThanOrEqual(256);
    expect(taskIdSchema.safeParse(task.task_id).success).toBe(true);
    expect(task.task_id).not.toContain("image2video");
  });

  it("round-trips the longest external_task_id, in ASCII and in 3-byte UTF-8", () => {
    const { sim } = setup();
    for (const ext of ["e".repeat(256), "€".repeat(256)]) {
      const task = created(sim, { prompt: "p", image, external_task_id: ext });
      expect(task.task_id.length).toBeLessThanOrEqual(1059);
      expect(sim.get("image2video", task.task_id).envelope.data?.task_info?.external_task_id).toBe(ext);
    }
  });

  it("gives two identical requests different ids", () => {
    const { sim } = setup();
    expect(created(sim, { prompt: "p", image }).task_id).not.toBe(created(sim, { prompt: "p", image }).task_id);
  });

  it("answers the same for the same id from a second instance: no shared state", () => {
    const a = setup();
    const b = setup();
    const task = created(a.sim, { image, prompt: "[sim:fail]", external_task_id: "x1", duration: "10" });
    for (const ms of [0, 1500, 5000, 10_000, 20_000]) {
      a.clock.t = b.clock.t = T0 + ms;
      expect(b.sim.get("image2video", task.task_id).envelope.data).toEqual(a.sim.get("image2video", task.task_id).envelope.data);
    }
    expect(decodeTaskId(task.task_id)).toMatchObject({ kind: "image2video", createdAt: T0, taskMs: TASK_MS, fail: true, externalTaskId: "x1" });
  });

  it("refuses a poll under the other kind's path with 404 code 1203", () => {
    const { sim } = setup();
    const task = created(sim, { prompt: "p", image });
    const answer = sim.get("multi-image2video", task.task_id);
    expect(answer.status).toBe(404);
    expect(answer.envelope).toMatchObject({ code: 1203 });
    expect(answer.envelope.data).toBeUndefined();
  });

  it("refuses garbage, empty, tampered and oversized ids with 404 code 1203", () => {
    const { sim } = setup();
    const id = created(sim, { prompt: "p", image }).task_id;
    const tampered = id.slice(0, 10) + (id[10] === "A" ? "B" : "A") + id.slice(11);
    for (const bad of ["abc", "", "../../etc/passwd", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", tampered, id + "x", "A".repeat(5000)]) {
      const answer = sim.get("image2video", bad);
      expect(answer.status, bad).toBe(404);
      expect(answer.envelope.code).toBe(1203);
    }
  });
});

describe("simulator scenarios", () => {
  it("exports each scenario token with a description", () => {
    expect(SIMULATOR_SCENARIOS.map((s) => s.token)).toEqual(["[sim:fail]", "[sim:429]", "[sim:5xx]", "[sim:content]"]);
    for (const s of SIMULATOR_SCENARIOS) expect(s.description.length).toBeGreaterThan(10);
  });

  it("[sim:fail] ends the task failed with a reason while the message still says SUCCEED", () => {
    const { sim, clock } = setup();
    const task = created(sim, { image, prompt: "boat [sim:fail]" });
    clock.t = T0 + 5000;
    expect(sim.get("image2video", task.task_id).envelope.data?.task_status).toBe("processing");
    clock.t = T0 + TASK_MS;
    const answer = sim.get("image2video", task.task_id);
    expect(answer.status).toBe(200);
    expect(answer.envelope).toMatchObject({ code: 0, message: "SUCCEED" });
    expect(answer.envelope.data).toMatchObject({ task_status: "failed", task_status_msg: SIMULATED_FAILURE_MSG, updated_at: T0 + TASK_MS });
    expect(answer.envelope.data?.task_result).toBeUndefined();
  });

  it("[sim:429] refuses the create with HTTP 429 code 1303", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { image, prompt: "[SIM:429] please" });
    expect(answer.status).toBe(429);
    expect(answer.envelope).toMatchObject({ code: 1303, message: "parallel task over resource pack limit" });
  });

  it("[sim:content] refuses the create with HTTP 400 code 1301", () => {
    const { sim } = setup();
    const answer = sim.create("multi-image2video", { image_list: [{ image }], prompt: "[sim:content]" });
    expect(answer.status).toBe(400);
    expect(answer.envelope.code).toBe(1301);
  });

  it("[sim:5xx] answers polls 503 code 5001 for the first half of the task, then normally", () => {
    const { sim, clock } = setup();
    const task = created(sim, { image, prompt: "[sim:5xx]" });
    clock.t = T0 + 4999;
    expect(sim.get("image2video", task.task_id)).toMatchObject({ status: 503, envelope: { code: 5001 } });
    clock.t = T0 + 5000;
    expect(sim.get("image2video", task.task_id)).toMatchObject({ status: 200, envelope: { data: { task_status: "processing" } } });
    clock.t = T0 + TASK_MS;
    expect(sim.get("image2video", task.task_id).envelope.data?.task_status).toBe("succeed");
  });
});

describe("simulator validation", () => {
  it("refuses a body with no frame, naming the image field (400, 1201, errors[])", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { prompt: "no frame" });
    expect(answer.status).toBe(400);
    expect(answer.envelope.code).toBe(1201);
    expect(answer.envelope.message).toContain("image:");
    expect(answer.envelope.errors).toContainEqual(expect.objectContaining({ path: "image", code: "frame.required" }));
  });

  it("names each bad field: a numeric duration and an unknown key", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { prompt: "p", image, duration: 5, colour: "red" });
    expect(answer.envelope.message).toMatch(/duration: must be a string/);
    expect(answer.envelope.errors?.map((e) => e.path).sort()).toEqual(["colour", "duration"]);
  });

  it("refuses an image that breaks Kling's pixel rules after decoding it", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { prompt: "p", image: small });
    expect(answer.status).toBe(400);
    expect(answer.envelope.code).toBe(1201);
    expect(answer.envelope.message).toMatch(/^Invalid request: image: must be at least 300 px/);
  });

  it("refuses a mask that is not the image's pixel size", () => {
    const { sim } = setup();
    const answer = sim.create("image2video", { prompt: "p", image, static_mask: mask });
    expect(answer.envelope.errors).toMatchObject([{ path: "static_mask", message: expect.stringContaining("640x360") }]);
  });

  it("requires a prompt for multi-image2video and refuses a non-object body", () => {
    const { sim } = setup();
    expect(sim.create("multi-image2video", { image_list: [{ image }] }).envelope.message).toContain("prompt:");
    expect(sim.create("image2video", "nope")).toMatchObject({ status: 400, envelope: { code: 1201 } });
    expect(sim.create("image2video", null)).toMatchObject({ status: 400, envelope: { code: 1201 } });
  });

  it("answers 500 code 5000 instead of throwing when something inside fails", () => {
    let t = T0;
    const sim = createSimulator({ taskMs: 0, now: () => t++, videoUrl: () => { throw new Error("boom"); } });
    const task = sim.create("image2video", { prompt: "p", image }).envelope.data!;
    expect(task.task_status).toBe("submitted");
    expect(sim.get("image2video", task.task_id)).toMatchObject({ status: 500, envelope: { code: 5000 } });
    expect(sim.get("nonsense" as "image2video", task.task_id)).toMatchObject({ status: 404, envelope: { code: 1202 } });
  });
});

describe("simulator list", () => {
  it("lists this instance's tasks of one kind, newest first, paged", () => {
    const { sim, clock } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock.t = T0 + i * 100;
      ids.push(created(sim, { prompt: "p", image }).task_id);
    }
    created(sim, { image_list: [{ image }], prompt: "other kind" }, "multi-image2video");
    const page1 = sim.list("image2video", { pageNum: "1", pageSize: "2" });
    expect(page1.status).toBe(200);
    expect((page1.envelope.data ?? []).map((t) => t.task_id)).toEqual([ids[4], ids[3]]);
    const page3 = sim.list("image2video", { pageNum: 3, pageSize: 2 });
    expect((page3.envelope.data ?? []).map((t) => t.task_id)).toEqual([ids[0]]);
    expect(sim.list("image2video", { pageNum: 4, pageSize: 2 }).envelope.data).toEqual([]);
    expect(sim.list("multi-image2video", {}).envelope.data).toHaveLength(1);
  });

  it("derives listed tasks from their ids at answer time", () => {
    const { sim, clock } = setup();
    created(sim, { prompt: "p", image });
    clock.t = T0 + TASK_MS;
    expect(sim.list("image2video", undefined).envelope.data?.[0]?.task_status).toBe("succeed");
  });

  it("refuses a bad page size, naming pageSize", () => {
    const { sim } = setup();
    const answer = sim.list("image2video", { pageSize: "0" });
    expect(answer).toMatchObject({ status: 400, envelope: { code: 1201 } });
    expect(answer.envelope.message).toContain("pageSize:");
  });

  it("keeps at most the last 500 tasks", () => {
    const { sim } = setup();
    const first = created(sim, { prompt: "p", image: "https://example.com/a.png" }).task_id;
    for (let i = 0; i < LIST_CAPACITY; i++) created(sim, { prompt: "p", image: "https://example.com/a.png" });
    const all = sim.list("image2video", { pageSize: 500 }).envelope.data ?? [];
    expect(all).toHaveLength(LIST_CAPACITY);
    expect(all.some((t) => t.task_id === first)).toBe(false);
    expect(sim.get("image2video", first).status).toBe(200);
  });
});

describe("simulator, December 2026 contract", () => {
  const finish = (sim: ReturnType<typeof setup>["sim"], clock: { t: number }, body: Record<string, unknown>) => {
    const task = created(sim, body);
    clock.t = T0 + TASK_MS;
    return sim.get("image2video", task.task_id).envelope.data!;
  };

  it("takes kling-v3 custom shots over 12 s in 4K and reports the units charged at the published rate", () => {
    const { sim, clock } = setup();
    const multi_prompt = [4, 4, 4].map((d, i) => ({ index: i + 1, prompt: `shot ${i + 1}`, duration: String(d) }));
    const done = finish(sim, clock, { model_name: "kling-v3", image, mode: "4k", duration: "12", multi_shot: true, shot_type: "customize", multi_prompt });
    expect(done.task_result?.videos[0]?.duration).toBe("12");
    expect(done.final_unit_deduction).toBe("36");
  });

  it("refuses shots that do not add up, naming the field", () => {
    const { sim } = setup();
    const multi_prompt = [{ index: 1, prompt: "a", duration: "5" }];
    const answer = sim.create("image2video", { model_name: "kling-v3", image, duration: "12", multi_shot: true, shot_type: "customize", multi_prompt });
    expect(answer.status).toBe(400);
    expect(answer.envelope.errors?.map((e) => e.path)).toEqual(["multi_prompt"]);
  });

  it("reports no charge before the task ends, and simulates 1 unit per second where no rate is published", () => {
    const { sim, clock } = setup();
    expect(created(sim, { model_name: "kling-v3", prompt: "p", image }).final_unit_deduction).toBeUndefined();
    expect(finish(sim, clock, { model_name: "kling-v1-5", prompt: "p", image, mode: "pro" }).final_unit_deduction).toBe("5");
  });

  it("answers a retired model with 404, code 1203, only when asked to behave like today's official API", () => {
    const today = createSimulator({ taskMs: TASK_MS, now: () => T0, videoUrl: () => "http://sim.test/v.mp4", retireModels: true });
    const answer = today.create("image2video", { model_name: "kling-v1-5", prompt: "p", image });
    expect(answer).toMatchObject({ status: 404, envelope: { code: 1203 } });
    expect(today.create("image2video", { model_name: "kling-v3", prompt: "p", image }).status).toBe(200);
    expect(setup().sim.create("image2video", { model_name: "kling-v1-5", prompt: "p", image }).status).toBe(200);
  });
});

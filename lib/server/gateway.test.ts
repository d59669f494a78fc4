import { beforeAll, describe, expect, it } from "vitest";
import { createTask, getTask, listTasks, type GatewayResult, type TaskBackend } from "./gateway";
import type { TaskKind } from "@/lib/kling/limits";
import type { Task } from "@/lib/kling/schemas";
import { jpegBase64, maskBase64, pngBase64 } from "@/lib/testing/images";

const task = (over: Partial<Task> = {}): Task => ({
  task_id: "t-1",
  task_status: "submitted",
  task_status_msg: "",
  created_at: 1,
  updated_at: 1,
  task_info: { external_task_id: "ext-1" },
  ...over,
});

function fakeBackend(answers: Partial<Record<"create" | "get" | "list", GatewayResult>> = {}) {
  const calls: { op: string; kind: TaskKind; arg: unknown }[] = [];
  const ok = (data: unknown): GatewayResult => ({ status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data } });
  const backend: TaskBackend = {
    async createTask(kind, body) {
      calls.push({ op: "create", kind, arg: body });
      return answers.create ?? ok(task());
    },
    async getTask(kind, id) {
      calls.push({ op: "get", kind, arg: id });
      return answers.get ?? ok(task({ task_id: id }));
    },
    async listTasks(kind, q) {
      calls.push({ op: "list", kind, arg: q });
      return answers.list ?? ok([]);
    },
  };
  return { backend, calls };
}

const post = (body: unknown) =>
  new Request("http://app.test/api/kling/v1/videos/image2video", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const deps = (backend: TaskBackend, over: { bodyLimitBytes?: number; problems?: string[] } = {}) => ({
  config: { bodyLimitBytes: over.bodyLimitBytes ?? 64 * 1024 * 1024, problems: over.problems ?? [] },
  backend,
  // Inline: the pool gives the same verdicts (create-pool.test.ts) and would only add a worker's start-up here.
  pool: null,
});

let frame: string; // 640x360 png
let mask: string; // 640x360 png
beforeAll(async () => {
  frame = await pngBase64(640, 360);
  mask = await maskBase64(640, 360);
});

describe("gateway create", () => {
  it("forwards a valid body to the backend unchanged", async () => {
    const { backend, calls } = fakeBackend();
    const body = { model_name: "kling-v1", image: frame, prompt: "a boat", duration: "5", external_task_id: "ext-1" };
    const res = await createTask(deps(backend), "image2video", post(body));
    expect(res.status).toBe(200);
    expect(res.envelope.code).toBe(0);
    expect(calls).toEqual([{ op: "create", kind: "image2video", arg: body }]);
  });

  it("refuses invalid JSON with 400/1200 before any upstream call", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend), "image2video", post("{not json"));
    expect(res.status).toBe(400);
    expect(res.envelope.code).toBe(1200);
    expect(res.envelope.message).toMatch(/valid JSON/);
    expect(calls).toHaveLength(0);
  });

  it("refuses schema violations with 400/1201, naming each field, with a machine-readable list", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend), "image2video", post({ image: frame, duration: 5, prompt: "x".repeat(2501) }));
    expect(res.status).toBe(400);
    expect(res.envelope.code).toBe(1201);
    expect(res.envelope.message).toContain("duration");
    expect(res.envelope.message).toContain("prompt");
    expect(res.envelope.errors?.map((e) => e.path).sort()).toEqual(["duration", "prompt"]);
    expect(calls).toHaveLength(0);
  });

  it("refuses an image that does not decode", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend), "image2video", post({ prompt: "p", image: Buffer.from("hello world!").toString("base64") }));
    expect(res.status).toBe(400);
    expect(res.envelope.errors).toMatchObject([{ path: "image", message: "does not decode as a PNG or JPEG image", code: "image.undecodable" }]);
    expect(calls).toHaveLength(0);
  });

  it("refuses an image smaller than 300 px on a side, and accepts exactly 300", async () => {
    const { backend } = fakeBackend();
    const small = await createTask(deps(backend), "image2video", post({ prompt: "p", image: await pngBase64(299, 400) }));
    expect(small.status).toBe(400);
    expect(small.envelope.message).toMatch(/image: must be at least 300 px/);
    const edge = await createTask(deps(backend), "image2video", post({ prompt: "p", image: await jpegBase64(300, 300) }));
    expect(edge.status).toBe(200);
  });

  it("refuses an aspect ratio beyond 2.5:1 and accepts exactly 2.5:1", async () => {
    const { backend } = fakeBackend();
    const wide = await createTask(deps(backend), "image2video", post({ prompt: "p", image: await pngBase64(751, 300) }));
    expect(wide.envelope.message).toMatch(/image: must have an aspect ratio/);
    const edge = await createTask(deps(backend), "image2video", post({ prompt: "p", image: await pngBase64(750, 300) }));
    expect(edge.status).toBe(200);
  });

  it("refuses a mask whose pixel size differs from the image", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(
      deps(backend),
      "image2video",
      post({
        prompt: "p",
        image: frame,
        static_mask: await maskBase64(320, 180),
        dynamic_masks: [{ mask, trajectories: [{ x: 1, y: 1 }, { x: 2, y: 2 }] }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.envelope.errors).toMatchObject([
      { path: "static_mask", message: "must have exactly the image's pixel size 640x360 (got 320x180)" },
    ]);
    expect(calls).toHaveLength(0);
  });

  it("refuses trajectory points outside the image", async () => {
    const { backend } = fakeBackend();
    const res = await createTask(
      deps(backend),
      "image2video",
      post({ prompt: "p", image: frame, dynamic_masks: [{ mask, trajectories: [{ x: 0, y: 0 }, { x: 640, y: 10 }] }] }),
    );
    expect(res.envelope.errors?.[0]?.path).toBe("dynamic_masks[0].trajectories[1]");
  });

  it("refuses a body over the configured budget with 413 before reading it all", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend, { bodyLimitBytes: 2048 }), "image2video", post({ prompt: "p", image: frame }));
    expect(res.status).toBe(413);
    expect(res.envelope.message).toMatch(/^body: the request is .*; this server accepts at most 2 KB/);
    expect(calls).toHaveLength(0);
  });

  it("checks each multi-image reference image and requires a prompt", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend), "multi-image2video", post({ image_list: [{ image: await pngBase64(200, 200) }] }));
    expect(res.status).toBe(400);
    expect(res.envelope.errors?.map((e) => e.path)).toEqual(["prompt"]);
    const res2 = await createTask(
      deps(backend),
      "multi-image2video",
      post({ prompt: "two friends", image_list: [{ image: frame }, { image: await pngBase64(200, 200) }] }),
    );
    expect(res2.envelope.errors?.[0]?.path).toBe("image_list[1].image");
    expect(calls).toHaveLength(0);
  });

  it("finds the task by its external id when the create's outcome is unknown", async () => {
    const { backend, calls } = fakeBackend({
      create: { status: 504, envelope: { code: 5002, message: "Kling did not answer", request_id: "r" } },
      list: { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: [task({ task_id: "other", task_info: { external_task_id: "x" } }), task({ task_id: "mine", task_info: { external_task_id: "ext-9" } })] } },
    });
    const res = await createTask(deps(backend), "image2video", post({ prompt: "p", image: frame, external_task_id: "ext-9" }));
    expect(res.status).toBe(200);
    expect((res.envelope.data as Task).task_id).toBe("mine");
    expect(calls.map((c) => c.op)).toEqual(["create", "list"]);
  });

  it("passes an upstream 429 through with its code, and never looks it up (nothing was created)", async () => {
    const { backend, calls } = fakeBackend({
      create: { status: 429, envelope: { code: 1303, message: "parallel task over resource pack limit", request_id: "r" } },
    });
    const res = await createTask(deps(backend), "image2video", post({ prompt: "p", image: frame, external_task_id: "e" }));
    expect(res.status).toBe(429);
    expect(res.envelope.code).toBe(1303);
    expect(calls.map((c) => c.op)).toEqual(["create"]);
  });

  it("answers a misconfigured server with an operator message, after validating", async () => {
    const { backend, calls } = fakeBackend();
    const res = await createTask(deps(backend, { problems: ["KLING_ACCESS_KEY is set without KLING_SECRET_KEY"] }), "image2video", post({ prompt: "p", image: frame }));
    expect(res.status).toBe(500);
    expect(res.envelope.message).toMatch(/configuration is incomplete/);
    expect(res.envelope.message).not.toMatch(/KLING_ACCESS_KEY/);
    expect(calls).toHaveLength(0);
    // Certainly never sent, so the browser shows "not sent" rather than "outcome unknown, look for it".
    expect(res.notSent).toBe(true);
  });
});

describe("gateway get and list", () => {
  it("refuses a task id with characters outside Kling's", async () => {
    const { backend, calls } = fakeBackend();
    const res = await getTask(deps(backend), "image2video", "../../etc");
    expect(res.status).toBe(400);
    expect(res.envelope.errors?.[0]?.path).toBe("task_id");
    expect(calls).toHaveLength(0);
  });

  it("forwards a poll with its kind", async () => {
    const { backend, calls } = fakeBackend();
    await getTask(deps(backend), "multi-image2video", "abc");
    expect(calls).toEqual([{ op: "get", kind: "multi-image2video", arg: "abc" }]);
  });

  it("validates list paging on both sides of its bounds", async () => {
    const { backend, calls } = fakeBackend();
    const bad = await listTasks(deps(backend), "image2video", new URLSearchParams("pageNum=0&pageSize=501"));
    expect(bad.envelope.errors?.map((e) => e.path)).toEqual(["pageNum", "pageSize"]);
    await listTasks(deps(backend), "image2video", new URLSearchParams("pageNum=1000&pageSize=500"));
    await listTasks(deps(backend), "image2video", new URLSearchParams(""));
    expect(calls.map((c) => c.arg)).toEqual([{ pageNum: 1000, pageSize: 500 }, { pageNum: 1, pageSize: 30 }]);
  });
});

describe("gateway create: oversized images", () => {
  it("names only the size of an image over 10 MB, and does not compare masks with it", async () => {
    const { backend, calls } = fakeBackend();
    const png = Buffer.from(await pngBase64(640, 360), "base64");
    const huge = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]).toString("base64");
    const res = await createTask(deps(backend), "image2video", post({ prompt: "p", image: huge, static_mask: mask }));
    expect(res.status).toBe(400);
    expect(res.envelope.errors).toMatchObject([
      { path: "image", message: `must be at most 10.0 MB (got ${(png.length + 10 * 1024 * 1024).toLocaleString("en")} bytes)` },
    ]);
    expect(calls).toHaveLength(0);
  });
});

import { describe, expect, it } from "vitest";
import {
  cameraControlSchema,
  image2videoBodySchema,
  multiImage2videoBodySchema,
  taskSchema,
  toFieldIssues,
  type FieldIssue,
} from "./schemas";

const IMG = "aGVsbG8gd29ybGQh"; // valid base64 (schema level; decoding is the server's job)
const pts = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i, y: i }));

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, body: unknown): FieldIssue[] {
  const r = schema.safeParse(body) as { success: true } | { success: false; error: Parameters<typeof toFieldIssues>[0] };
  return r.success ? [] : toFieldIssues(r.error);
}
const i2v = (body: unknown) => issues(image2videoBodySchema, body);
const paths = (list: FieldIssue[]) => list.map((i) => i.path);

describe("image2video images", () => {
  it("accepts raw base64 and http(s) URLs", () => {
    expect(i2v({ prompt: "p", image: IMG })).toEqual([]);
    expect(i2v({ prompt: "p", image: "https://cdn.example.com/a.png" })).toEqual([]);
  });
  it("refuses a data: prefix, naming the field", () => {
    expect(i2v({ prompt: "p", image: `data:image/png;base64,${IMG}` })).toMatchObject([
      { path: "image", message: "must be raw base64 without the data:...;base64, prefix" },
    ]);
  });
  it("refuses malformed base64, non-http URLs and empty strings", () => {
    expect(paths(i2v({ prompt: "p", image: "abc" }))).toEqual(["image"]);
    expect(paths(i2v({ prompt: "p", image: "ftp://x/y.png" }))).toEqual(["image"]);
    expect(paths(i2v({ prompt: "p", image: "" }))).toEqual(["image"]);
  });
  it("needs image or image_tail", () => {
    expect(paths(i2v({ prompt: "x" }))).toEqual(["image"]);
    expect(i2v({ prompt: "x", image_tail: IMG })).toEqual([]);
  });
});

describe("image2video scalar fields", () => {
  it("takes duration only as a string of whole seconds from 3 to 15 (which ones a model lists is a warning)", () => {
    expect(i2v({ prompt: "p", image: IMG, duration: "3" })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, duration: "15" })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, duration: "7" })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, duration: 5 })[0]?.message).toMatch(/string/);
    expect(paths(i2v({ prompt: "p", image: IMG, duration: "2" }))).toEqual(["duration"]);
    expect(paths(i2v({ prompt: "p", image: IMG, duration: "16" }))).toEqual(["duration"]);
    expect(paths(i2v({ prompt: "p", image: IMG, duration: "5.5" }))).toEqual(["duration"]);
  });
  it("limits prompts to 2500 characters", () => {
    expect(i2v({ image: IMG, prompt: "x".repeat(2500), negative_prompt: "y".repeat(2500) })).toEqual([]);
    expect(paths(i2v({ image: IMG, prompt: "x".repeat(2501), negative_prompt: "y".repeat(2501) }))).toEqual([
      "prompt",
      "negative_prompt",
    ]);
  });
  it("takes cfg_scale in [0, 1] on v1 models only", () => {
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v1-6", cfg_scale: 0 })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, cfg_scale: 1 })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, cfg_scale: 1.01 }))).toEqual(["cfg_scale"]);
    expect(paths(i2v({ prompt: "p", image: IMG, cfg_scale: -0.01 }))).toEqual(["cfg_scale"]);
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-1", cfg_scale: 0.5 })[0]?.message).toMatch(/only accepted by kling-v1/);
  });
  it("takes only known models and modes", () => {
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-6", mode: "pro" })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, model_name: "kling-v9", mode: "max" }))).toEqual(["model_name", "mode"]);
  });
  it("names unknown fields", () => {
    expect(i2v({ prompt: "p", image: IMG, seed: 3 })).toMatchObject([{ path: "seed", message: "is not a Kling field for this request" }]);
  });
  it("checks callback_url and external_task_id", () => {
    expect(i2v({ prompt: "p", image: IMG, callback_url: "https://me.example/cb", external_task_id: "a" })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, callback_url: "javascript:alert(1)", external_task_id: "" }))).toEqual([
      "callback_url",
      "external_task_id",
    ]);
  });
});

describe("sound and voices", () => {
  it("takes sound on kling-v2-6 only", () => {
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-6", sound: "on" })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-1", sound: "on" }))).toEqual(["sound"]);
  });
  it("needs sound on for voices, and at most 2", () => {
    const v = (n: number) => Array.from({ length: n }, (_, i) => ({ voice_id: `v${i}` }));
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-6", sound: "on", voice_list: v(2) })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-6", sound: "on", voice_list: v(3) }))).toEqual(["voice_list"]);
    expect(i2v({ prompt: "p", image: IMG, model_name: "kling-v2-6", sound: "off", voice_list: v(1) })[0]?.message).toMatch(
      /needs sound set to "on"/,
    );
    expect(paths(i2v({ prompt: "p", image: IMG, model_name: "kling-v1", voice_list: v(1) }))).toEqual(["voice_list"]);
  });
});

describe("the three exclusive groups", () => {
  const brush = { static_mask: IMG };
  const camera = { camera_control: { type: "down_back" } };
  it("allows each group alone", () => {
    expect(i2v({ prompt: "p", image: IMG, image_tail: IMG })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, ...brush })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, ...camera })).toEqual([]);
  });
  it("refuses any two together, naming the second field and the first group", () => {
    const a = i2v({ prompt: "p", image: IMG, image_tail: IMG, ...brush });
    expect(a).toHaveLength(1);
    expect(a[0]?.path).toBe("static_mask");
    expect(a[0]?.message).toMatch(/cannot be combined with image_tail/);
    expect(paths(i2v({ prompt: "p", image: IMG, image_tail: IMG, ...camera }))).toEqual(["camera_control"]);
    expect(paths(i2v({ prompt: "p", image: IMG, dynamic_masks: [{ mask: IMG, trajectories: pts(2) }], ...camera }))).toEqual([
      "camera_control",
    ]);
  });
});

describe("motion brush", () => {
  const group = (n: number) => ({ mask: IMG, trajectories: pts(n) });
  it("takes 2 to 77 points per trajectory", () => {
    expect(i2v({ prompt: "p", image: IMG, dynamic_masks: [group(2)] })).toEqual([]);
    expect(i2v({ prompt: "p", image: IMG, dynamic_masks: [group(77)] })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, dynamic_masks: [group(1)] }))).toEqual(["dynamic_masks[0].trajectories"]);
    expect(paths(i2v({ prompt: "p", image: IMG, dynamic_masks: [group(78)] }))).toEqual(["dynamic_masks[0].trajectories"]);
  });
  it("takes at most 6 dynamic groups", () => {
    expect(i2v({ prompt: "p", image: IMG, dynamic_masks: Array.from({ length: 6 }, () => group(2)) })).toEqual([]);
    expect(paths(i2v({ prompt: "p", image: IMG, dynamic_masks: Array.from({ length: 7 }, () => group(2)) }))).toEqual([
      "dynamic_masks",
    ]);
  });
  it("takes integer, non-negative points only", () => {
    const bad = i2v({ prompt: "p", image: IMG, dynamic_masks: [{ mask: IMG, trajectories: [{ x: 1.5, y: 0 }, { x: 0, y: -1 }] }] });
    expect(bad).toMatchObject([
      { path: "dynamic_masks[0].trajectories[0].x", message: "must be an integer pixel" },
      { path: "dynamic_masks[0].trajectories[1].y", message: "must be >= 0" },
    ]);
  });
});

describe("camera control", () => {
  const cam = (v: unknown) => issues(cameraControlSchema, v);
  it("takes presets without config", () => {
    for (const type of ["down_back", "forward_up", "right_turn_forward", "left_turn_forward"]) expect(cam({ type })).toEqual([]);
    expect(paths(cam({ type: "down_back", config: { zoom: 1 } }))).toEqual(["config"]);
  });
  it("takes simple with exactly one non-zero axis in [-10, 10]", () => {
    expect(cam({ type: "simple", config: { zoom: 10 } })).toEqual([]);
    expect(cam({ type: "simple", config: { horizontal: 0, vertical: 0, pan: -10, tilt: 0, roll: 0, zoom: 0 } })).toEqual([]);
    expect(paths(cam({ type: "simple", config: { zoom: 10.5 } }))).toEqual(["config.zoom"]);
    expect(paths(cam({ type: "simple", config: { pan: -10.01 } }))).toEqual(["config.pan"]);
    expect(cam({ type: "simple", config: { pan: 1, tilt: 2 } })[0]?.message).toMatch(/exactly one axis.*pan, tilt/);
    expect(cam({ type: "simple", config: { pan: 0 } })[0]?.message).toMatch(/none is set/);
    expect(paths(cam({ type: "simple" }))).toEqual(["config"]);
    expect(paths(cam({ type: "orbit" }))).toEqual(["type"]);
  });
});

describe("multi-image2video", () => {
  const m = (body: unknown) => issues(multiImage2videoBodySchema, body);
  const list = (n: number) => Array.from({ length: n }, () => ({ image: IMG }));
  it("takes 1 to 4 images and a required prompt", () => {
    expect(m({ image_list: list(1), prompt: "p" })).toEqual([]);
    expect(m({ image_list: list(4), prompt: "p", aspect_ratio: "9:16", duration: "10", mode: "pro" })).toEqual([]);
    expect(paths(m({ image_list: list(0), prompt: "p" }))).toEqual(["image_list"]);
    expect(paths(m({ image_list: list(5), prompt: "p" }))).toEqual(["image_list"]);
    expect(paths(m({ image_list: list(1) }))).toEqual(["prompt"]);
    expect(paths(m({ image_list: list(1), prompt: "" }))).toEqual(["prompt"]);
    expect(paths(m({ image_list: list(1), prompt: "p", aspect_ratio: "4:3" }))).toEqual(["aspect_ratio"]);
  });
});

describe("task object", () => {
  it("parses Kling's task with string video durations", () => {
    const t = {
      task_id: "8623",
      task_status: "succeed",
      task_status_msg: null,
      created_at: 1722769557708,
      updated_at: 1722769557708,
      task_result: { videos: [{ id: "v", url: "https://x/v.mp4", duration: "5.1" }] },
    };
    expect(taskSchema.safeParse(t).success).toBe(true);
    expect(taskSchema.safeParse({ ...t, task_status: "success" }).success).toBe(false);
  });
});

describe("reporting every problem at once", () => {
  it("names cross-field problems even when a plain field is also wrong", () => {
    expect(paths(i2v({ prompt: "p", image: IMG, duration: 5, model_name: "kling-v2-1", cfg_scale: 0.5 })).sort()).toEqual([
      "cfg_scale",
      "duration",
    ]);
  });
  it("refuses a non-object body without crashing", () => {
    expect(paths(i2v(null))).toEqual(["(body)"]);
    expect(paths(i2v([1]))).toEqual(["(body)"]);
  });
});

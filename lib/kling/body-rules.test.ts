import { describe, expect, it } from "vitest";
import { image2videoBodySchema, toFieldIssues, type FieldIssue } from "./schemas";

const IMG = "aGVsbG8gd29ybGQh";
const issues = (body: Record<string, unknown>): FieldIssue[] => {
  const r = image2videoBodySchema.safeParse({ image: IMG, ...body });
  return r.success ? [] : toFieldIssues(r.error);
};
const paths = (body: Record<string, unknown>) => issues(body).map((i) => i.path);
const shots = (...seconds: (number | string)[]) => seconds.map((s, i) => ({ index: i + 1, prompt: `shot ${i + 1}`, duration: String(s) }));
const v3Custom = (multi_prompt: unknown, duration = "12") => ({ model_name: "kling-v3", duration, multi_shot: true, shot_type: "customize", multi_prompt });

describe("prompt", () => {
  it("is required, except with custom shots where Kling ignores it", () => {
    expect(paths({})).toEqual(["prompt"]);
    expect(paths({ prompt: "  " })).toEqual(["prompt"]);
    expect(paths(v3Custom(shots(6, 6)))).toEqual([]);
  });
  it("is required for intelligent multi-shot, which plans from it", () => {
    expect(issues({ model_name: "kling-v3", multi_shot: true, shot_type: "intelligence" })).toEqual([
      expect.objectContaining({ path: "prompt", code: "prompt.intelligence" }),
    ]);
    expect(paths({ model_name: "kling-v3", prompt: "p", multi_shot: true, shot_type: "intelligence" })).toEqual([]);
  });
});

describe("mode 4k", () => {
  it("is accepted where the data lists it (kling-v3) and refused elsewhere, naming the field", () => {
    expect(paths({ prompt: "p", model_name: "kling-v3", mode: "4k" })).toEqual([]);
    expect(issues({ prompt: "p", model_name: "kling-v2-6", mode: "4k" })).toEqual([
      expect.objectContaining({ path: "mode", code: "mode.4k", params: { model: "kling-v2-6", models: "kling-v3" } }),
    ]);
  });
});

describe("cfg_scale", () => {
  it("is never accepted by a v2 or v3 model, and accepted by the v1 family", () => {
    for (const model of ["kling-v2-1", "kling-v2-5-turbo", "kling-v2-6", "kling-v3", "kling-v2-master"]) {
      expect(paths({ prompt: "p", model_name: model, cfg_scale: 0.5 })).toEqual(["cfg_scale"]);
    }
    for (const model of ["kling-v1", "kling-v1-5", "kling-v1-6"]) expect(paths({ prompt: "p", model_name: model, cfg_scale: 0.5 })).toEqual([]);
  });
});

describe("multi-shot", () => {
  it("is kling-v3 only", () => {
    expect(paths({ model_name: "kling-v2-6", prompt: "p", multi_shot: true, shot_type: "intelligence" })).toEqual(["multi_shot"]);
  });
  it("needs a shot type, and a shot type or shots need multi_shot", () => {
    expect(paths({ model_name: "kling-v3", prompt: "p", multi_shot: true })).toEqual(["shot_type"]);
    expect(paths({ model_name: "kling-v3", prompt: "p", shot_type: "intelligence" })).toEqual(["shot_type"]);
    expect(paths({ model_name: "kling-v3", prompt: "p", multi_prompt: shots(5) })).toEqual(["multi_prompt"]);
  });
  it("takes 1 to 6 custom shots", () => {
    expect(paths(v3Custom(shots(12)))).toEqual([]);
    expect(paths(v3Custom(shots(2, 2, 2, 2, 2, 2)))).toEqual([]);
    expect(paths(v3Custom(shots(2, 2, 2, 2, 2, 1, 1)))).toEqual(["multi_prompt"]);
    expect(paths(v3Custom([]))).toEqual(["multi_prompt"]);
  });
  it("takes shot prompts of 1 to 512 characters", () => {
    const at = (n: number) => [{ index: 1, prompt: "x".repeat(n), duration: "12" }];
    expect(paths(v3Custom(at(512)))).toEqual([]);
    expect(issues(v3Custom(at(513)))).toEqual([expect.objectContaining({ path: "multi_prompt[0].prompt", code: "shots.promptLong" })]);
    expect(paths(v3Custom([{ index: 1, prompt: " ", duration: "12" }]))).toEqual(["multi_prompt[0].prompt"]);
  });
  it("takes whole-second shot durations, as strings, from 1 to the total", () => {
    expect(paths(v3Custom(shots(1, 11)))).toEqual([]);
    expect(paths(v3Custom(shots(0, 12)))).toEqual(["multi_prompt[0].duration"]);
    expect(paths(v3Custom(shots("1.5", "10.5")))).toEqual(["multi_prompt[0].duration", "multi_prompt[1].duration"]);
    expect(paths(v3Custom(shots(13), "12"))).toEqual(["multi_prompt[0].duration"]);
    expect(paths(v3Custom([{ index: 1, prompt: "a", duration: 12 }]))).toEqual(["multi_prompt[0].duration"]);
  });
  it("needs the shot durations to add up to the duration, and says both sums", () => {
    expect(paths(v3Custom(shots(4, 4, 4)))).toEqual([]);
    expect(issues(v3Custom(shots(4, 4, 3)))).toEqual([
      expect.objectContaining({ path: "multi_prompt", code: "shots.sum", params: { sum: 11, total: 12 } }),
    ]);
    expect(paths(v3Custom(shots(4, 4, 5)))).toEqual(["multi_prompt"]);
  });
  it("may be combined with first + last frame on kling-v3", () => {
    expect(paths({ ...v3Custom(shots(6, 6)), image_tail: IMG })).toEqual([]);
  });
});

describe("element_list", () => {
  const el = (n: number) => Array.from({ length: n }, (_, i) => ({ element_id: 100 + i }));
  it("takes at most 3 integer ids on kling-v3", () => {
    expect(paths({ model_name: "kling-v3", prompt: "p", element_list: el(3) })).toEqual([]);
    expect(paths({ model_name: "kling-v3", prompt: "p", element_list: el(4) })).toEqual(["element_list"]);
    expect(paths({ model_name: "kling-v3", prompt: "p", element_list: [{ element_id: "abc" }] })).toEqual(["element_list[0].element_id"]);
    expect(paths({ model_name: "kling-v2-6", prompt: "p", element_list: el(1) })).toEqual(["element_list"]);
  });
  it("is refused together with voices, and voices alone are fine", () => {
    const voices = { sound: "on", voice_list: [{ voice_id: "v1" }] };
    expect(paths({ model_name: "kling-v3", prompt: "p", ...voices })).toEqual([]);
    expect(issues({ model_name: "kling-v3", prompt: "p", ...voices, element_list: el(1) })).toEqual([
      expect.objectContaining({ path: "element_list", code: "elements.voices" }),
    ]);
  });
});

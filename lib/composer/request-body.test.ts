import { describe, expect, it } from "vitest";
import { image2videoBodySchema, multiImage2videoBodySchema } from "@/lib/kling/schemas";
import { setAxis } from "./camera";
import {
  buildImage2VideoBody,
  buildMultiImageBody,
  defaultImage2VideoDraft,
  defaultMultiImageDraft,
  fitDraftToModel,
  remainingSeconds,
  setAsideBySwitch,
  setAsideSettings,
  type Image2VideoDraft,
} from "./request-body";

const draft = (over: Partial<Image2VideoDraft> = {}): Image2VideoDraft => ({ ...defaultImage2VideoDraft("mb-1"), ...over });
const images = { image: "AAAA", image_tail: "BBBB", static_mask: "CCCC", dynamic_masks: [{ mask: "DDDD", trajectories: [{ x: 1, y: 2 }, { x: 3, y: 4 }] }] };
const none = { hasLastFrame: false, hasPainting: false };

describe("image2video body", () => {
  it("sends duration as a string, a mode, and the external id; omits blank prompts", () => {
    expect(buildImage2VideoBody(draft({ model: "kling-v2-5-turbo", prompt: "  " }), { image: "AAAA" })).toEqual({
      model_name: "kling-v2-5-turbo",
      image: "AAAA",
      mode: "std",
      duration: "5",
      external_task_id: "mb-1",
    });
  });

  it("sends only the chosen exclusive group, whatever else is loaded", () => {
    const groups = (d: Image2VideoDraft) => Object.keys(buildImage2VideoBody(d, images)).filter((k) => ["image_tail", "static_mask", "dynamic_masks", "camera_control"].includes(k));
    expect(groups(draft())).toEqual([]);
    expect(groups(draft({ group: "first_last_frame" }))).toEqual(["image_tail"]);
    expect(groups(draft({ group: "motion_brush" }))).toEqual(["static_mask", "dynamic_masks"]);
    expect(groups(draft({ group: "camera" }))).toEqual(["camera_control"]);
  });

  it("sends cfg_scale only to the kling-v1 family", () => {
    expect(buildImage2VideoBody(draft({ model: "kling-v1-6", cfgScale: 0.7 }), images)).toMatchObject({ cfg_scale: 0.7 });
    expect(buildImage2VideoBody(draft({ model: "kling-v2-1", cfgScale: 0.7 }), images)).not.toHaveProperty("cfg_scale");
  });

  it("sends no mode to models without std/pro", () => {
    expect(buildImage2VideoBody(draft({ model: "kling-v2-master" }), images)).not.toHaveProperty("mode");
  });

  it("sends sound to kling-v2-6 and kling-v3 only, and voices only with sound on", () => {
    const on = buildImage2VideoBody(draft({ model: "kling-v2-6", mode: "pro", prompt: "p", sound: "on", voices: [" v1 ", "v2"] }), { image: "AAAA" });
    expect(on).toMatchObject({ sound: "on", voice_list: [{ voice_id: "v1" }, { voice_id: "v2" }] });
    expect(image2videoBodySchema.safeParse(on).success).toBe(true);
    const off = buildImage2VideoBody(draft({ model: "kling-v2-6", sound: "off", voices: ["v1"] }), images);
    expect(off).toMatchObject({ sound: "off" });
    expect(off).not.toHaveProperty("voice_list");
    const other = buildImage2VideoBody(draft({ model: "kling-v2-1", sound: "on", voices: ["v1"] }), images);
    expect(other).not.toHaveProperty("sound");
    expect(other).not.toHaveProperty("voice_list");
  });

  it("sends watermark_info only when asked, and a trimmed callback URL", () => {
    const b = buildImage2VideoBody(draft({ watermark: true, callbackUrl: " https://example.com/hook " }), images);
    expect(b).toMatchObject({ watermark_info: { enabled: true }, callback_url: "https://example.com/hook" });
    expect(buildImage2VideoBody(draft(), images)).not.toHaveProperty("watermark_info");
  });

  it("builds a camera body the shared schema accepts", () => {
    const camera = setAxis(draft().camera, "zoom", 5).state;
    const b = buildImage2VideoBody(draft({ model: "kling-v1-5", mode: "pro", prompt: "p", group: "camera", camera }), { image: "AAAA" });
    expect(b.camera_control).toEqual({ type: "simple", config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 5 } });
    expect(image2videoBodySchema.safeParse(b).success).toBe(true);
  });
});

describe("set-aside settings", () => {
  it("lists settings that are kept but not sent, so nothing is dropped silently", () => {
    const d = draft({ model: "kling-v2-1", cfgScale: 0.8, sound: "on", voices: ["v"], camera: setAxis(draft().camera, "pan", 1).state });
    expect(setAsideSettings(d, { hasLastFrame: true, hasPainting: true }).map((s) => s.what)).toEqual([
      "cfg_scale",
      "sound",
      "voices",
      "last_frame",
      "motion_brush",
      "camera",
    ]);
    expect(setAsideSettings(draft(), none)).toEqual([]);
  });

  it("says what switching groups sets aside", () => {
    const d = draft({ group: "first_last_frame" });
    expect(setAsideBySwitch("first_last_frame", "camera", d, { hasLastFrame: true, hasPainting: false })).toEqual([
      { what: "last_frame", group: "camera" },
    ]);
    const withCamera = draft({ group: "camera", camera: setAxis(draft().camera, "zoom", 2).state });
    expect(setAsideBySwitch("camera", "motion_brush", withCamera, none).map((s) => s.what)).toEqual(["camera"]);
    expect(setAsideBySwitch("camera", "camera", withCamera, none)).toEqual([]);
  });

  it("mentions voices kept while sound is off on kling-v2-6", () => {
    expect(setAsideSettings(draft({ model: "kling-v2-6", voices: ["a"] }), none)).toEqual([{ what: "voices", reason: "soundOff", model: "kling-v2-6" }]);
  });
});

describe("multi-image body", () => {
  it("sends kling-v1-6 with the list, prompt, mode, duration and aspect ratio", () => {
    const b = buildMultiImageBody({ ...defaultMultiImageDraft("mb-2"), prompt: "a cat", aspectRatio: "1:1", duration: "10" }, ["AAAA", "BBBB"]);
    expect(b).toEqual({
      model_name: "kling-v1-6",
      image_list: [{ image: "AAAA" }, { image: "BBBB" }],
      prompt: "a cat",
      mode: "std",
      duration: "10",
      aspect_ratio: "1:1",
      external_task_id: "mb-2",
    });
    expect(multiImage2videoBodySchema.safeParse(b).success).toBe(true);
  });

  it("keeps an empty prompt so the schema names it as required", () => {
    const r = multiImage2videoBodySchema.safeParse(buildMultiImageBody(defaultMultiImageDraft("mb-3"), ["AAAA"]));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["prompt"]);
  });
});

describe("kling-v3 fields", () => {
  const shots = [
    { prompt: "a", seconds: 4 },
    { prompt: "b", seconds: 8 },
  ];
  it("sends custom shots with string durations and 1-based indexes, and leaves the ignored prompt out", () => {
    const b = buildImage2VideoBody(draft({ prompt: "ignored", duration: "12", mode: "4k", multiShot: "customize", shots }), { image: "AAAA" });
    expect(b).toMatchObject({ model_name: "kling-v3", mode: "4k", duration: "12", multi_shot: true, shot_type: "customize" });
    expect(b.multi_prompt).toEqual([
      { index: 1, prompt: "a", duration: "4" },
      { index: 2, prompt: "b", duration: "8" },
    ]);
    expect(b).not.toHaveProperty("prompt");
    expect(b).not.toHaveProperty("cfg_scale");
    expect(image2videoBodySchema.safeParse(b).success).toBe(true);
  });
  it("sends intelligent multi-shot with the prompt and no shots", () => {
    const b = buildImage2VideoBody(draft({ prompt: "p", multiShot: "intelligence", shots }), { image: "AAAA" });
    expect(b).toMatchObject({ prompt: "p", multi_shot: true, shot_type: "intelligence" });
    expect(b).not.toHaveProperty("multi_prompt");
  });
  it("sends no multi-shot or elements to a model that does not list them, and says they are set aside", () => {
    const d = draft({ model: "kling-v2-6", prompt: "p", multiShot: "customize", shots, elements: ["12"] });
    const b = buildImage2VideoBody(d, { image: "AAAA" });
    expect(Object.keys(b).filter((k) => ["multi_shot", "shot_type", "multi_prompt", "element_list"].includes(k))).toEqual([]);
    expect(setAsideSettings(d, none).map((s) => s.what)).toEqual(["multi_shot", "elements"]);
  });
  it("sends element ids as integers, and a typed non-number as it is so pre-flight names it", () => {
    expect(buildImage2VideoBody(draft({ prompt: "p", elements: ["12", " 7 "] }), { image: "AAAA" }).element_list).toEqual([{ element_id: 12 }, { element_id: 7 }]);
    expect(buildImage2VideoBody(draft({ prompt: "p", elements: ["abc"] }), { image: "AAAA" }).element_list).toEqual([{ element_id: "abc" }]);
  });
  it("moves a duration or mode the new model does not offer to the nearest one it does", () => {
    expect(fitDraftToModel(draft({ duration: "12", mode: "4k" }), "kling-v2-6")).toEqual({ model: "kling-v2-6", mode: "std", duration: "10" });
    expect(fitDraftToModel(draft({ duration: "3", mode: "pro" }), "kling-v2-5-turbo")).toEqual({ model: "kling-v2-5-turbo", mode: "pro", duration: "5" });
    expect(fitDraftToModel(draft({ duration: "7", mode: "pro" }), "kling-v3")).toEqual({ model: "kling-v3", mode: "pro", duration: "7" });
  });
  it("counts the seconds still to give to shots", () => {
    expect(remainingSeconds({ duration: "12", shots })).toBe(0);
    expect(remainingSeconds({ duration: "15", shots })).toBe(3);
    expect(remainingSeconds({ duration: "10", shots })).toBe(-2);
  });
});

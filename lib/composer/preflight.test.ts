import { describe, expect, it } from "vitest";
import { issuesAt, preflightImage2Video, preflightMultiImage, withPlaceholderImages } from "./preflight";

const big = Buffer.alloc(3000, 1).toString("base64");
const jpeg = (width: number, height: number, bytes = 100_000) => ({ type: "jpeg", width, height, bytes });

describe("pre-flight", () => {
  it("reports schema problems with the field's path, like the server", () => {
    const issues = preflightImage2Video(
      { model_name: "kling-v2-1", prompt: "p", image: big, cfg_scale: 0.5, duration: 5, external_task_id: "x" },
      { group: "first_frame", facts: {} },
    );
    expect(issues.map((i) => i.path)).toEqual(["duration", "cfg_scale"]);
    expect(issuesAt(issues, "cfg_scale")[0]).toMatch(/only accepted by kling-v1/);
  });

  it("names a chosen group that is missing its field", () => {
    expect(preflightImage2Video({ prompt: "p", image: big }, { group: "first_last_frame", facts: {} })).toMatchObject([
      { path: "image_tail", message: "is required for first + last frame: choose a last frame" },
    ]);
    expect(preflightImage2Video({ prompt: "p", image: big }, { group: "motion_brush", facts: {} })[0]?.path).toBe("dynamic_masks");
  });

  it("applies Kling's image rules to the frames as they will be sent", () => {
    const issues = preflightImage2Video({ prompt: "p", image: big, image_tail: big }, {
      group: "first_last_frame",
      facts: { image: jpeg(1280, 720), image_tail: jpeg(200, 720, 11 * 1024 * 1024) },
    });
    expect(issues.map((i) => i.path)).toEqual(["image_tail", "image_tail", "image_tail"]);
  });

  it("checks masks against the image size and trajectories against its bounds", () => {
    const body = {
      prompt: "p",
      image: big,
      static_mask: big,
      dynamic_masks: [{ mask: big, trajectories: [{ x: 0, y: 0 }, { x: 640, y: 10 }] }],
    };
    const issues = preflightImage2Video(body, {
      group: "motion_brush",
      facts: { image: jpeg(640, 360), static_mask: { type: "png", width: 640, height: 360, bytes: 1 }, "dynamic_masks[0].mask": { type: "png", width: 1280, height: 720, bytes: 1 } },
    });
    expect(issues.map((i) => i.path)).toEqual(["dynamic_masks[0].mask", "dynamic_masks[0].trajectories[1]"]);
  });

  it("replaces long base64 with a short valid placeholder only for the live check", () => {
    const body = { image: big, image_list: [{ image: big }], dynamic_masks: [{ mask: big, trajectories: [] }], prompt: "p" };
    expect(withPlaceholderImages(body)).toEqual({ image: "AAAA", image_list: [{ image: "AAAA" }], dynamic_masks: [{ mask: "AAAA", trajectories: [] }], prompt: "p" });
    expect(preflightImage2Video({ prompt: "p", image: `${big}!` }, { group: "first_frame", facts: {}, full: true })[0]?.path).toBe("image");
  });

  it("requires a prompt and 1 to 4 images for multi-image-to-video", () => {
    const none = preflightMultiImage({ image_list: [], prompt: "" }, { facts: {} });
    expect(none.map((i) => i.path)).toEqual(["image_list", "prompt"]);
    const five = preflightMultiImage({ image_list: Array.from({ length: 5 }, () => ({ image: big })), prompt: "p" }, { facts: {} });
    expect(five[0]?.message).toBe("must have 1 to 4 images");
    const small = preflightMultiImage({ image_list: [{ image: big }], prompt: "p" }, { facts: { "image_list[0].image": jpeg(100, 100) } });
    expect(small).toMatchObject([{ path: "image_list[0].image", message: "must be at least 300 px on each side (got 100x100)" }]);
  });
});

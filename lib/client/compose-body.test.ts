import { describe, expect, it } from "vitest";
import { buildImage2VideoBody, checkImage2VideoBody, modelTakesMode, type ComposerValues } from "./compose-body";

const values: ComposerValues = { image: "AAAA", prompt: "boats", negativePrompt: "", model: "kling-v2-1", mode: "pro", duration: "10" };

describe("compose-body", () => {
  it("sends duration as a string and omits empty prompts", () => {
    const body = buildImage2VideoBody(values, "mb-1");
    expect(body).toEqual({ model_name: "kling-v2-1", image: "AAAA", prompt: "boats", mode: "pro", duration: "10", external_task_id: "mb-1" });
  });

  it("sends no mode to a model that takes none", () => {
    expect(modelTakesMode("kling-v2-master")).toBe(false);
    expect(buildImage2VideoBody({ ...values, model: "kling-v2-master" }, "mb-1")).not.toHaveProperty("mode");
  });

  it("names the field that breaks the shared schema", () => {
    const r = checkImage2VideoBody(buildImage2VideoBody({ ...values, prompt: "x".repeat(2501) }, "mb-1"), 1_000_000);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([{ path: "prompt", message: "must be at most 2500 characters" }]);
  });

  it("refuses a body larger than the server accepts", () => {
    const r = checkImage2VideoBody(buildImage2VideoBody(values, "mb-1"), 50);
    expect(!r.ok && r.tooLarge?.limit).toBe(50);
  });

  it("adds the last frame or the motion brush fields when given", () => {
    const tail = buildImage2VideoBody({ ...values, imageTail: "BBBB" }, "mb-1");
    expect(tail.image_tail).toBe("BBBB");
    const brush = buildImage2VideoBody(
      { ...values, motionBrush: { static_mask: "CCCC", dynamic_masks: [{ mask: "DDDD", trajectories: [{ x: 1, y: 2 }, { x: 3, y: 4 }] }] } },
      "mb-1",
    );
    expect(brush).toMatchObject({ static_mask: "CCCC", dynamic_masks: [{ mask: "DDDD" }] });
    expect(checkImage2VideoBody(brush, 1_000_000).ok).toBe(true);
  });

  it("passes a valid body through with its external id", () => {
    const r = checkImage2VideoBody(buildImage2VideoBody(values, "mb-1"), 1_000_000);
    expect(r.ok && r.body.external_task_id).toBe("mb-1");
  });
});

// Coded messages: every code the shared rules can send has words in every language, and what the browser shows
// for an issue from the schemas, the image rules or the gateway is the catalogue's wording, not the English sentence.
import { describe, expect, it } from "vitest";
import { wordCode, wordIssueCode } from "@/components/composer/word-issue";
import { FIELD_CODES } from "@/lib/kling/field-codes";
import { imageRuleProblems } from "@/lib/kling/image-rules";
import { image2videoBodySchema, multiImage2videoBodySchema, toFieldIssues, type FieldIssue } from "@/lib/kling/schemas";
import { preflightImage2Video } from "@/lib/composer/preflight";
import { MESSAGES } from "./messages";

const SOURCE_CODES = ["cap.notListed", "cap.onlyAs", "cap.simpleOnly", "cap.soundPlainOnly", ...FIELD_CODES];

function issuesOf(schema: typeof image2videoBodySchema | typeof multiImage2videoBodySchema, body: unknown): FieldIssue[] {
  const parsed = schema.safeParse(body);
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

describe("codes sent from lib/", () => {
  it.each(Object.entries(MESSAGES))("%s words every field and capability code", (_locale, m) => {
    expect(SOURCE_CODES.filter((code) => typeof m.issueCodes[code] !== "function")).toEqual([]);
  });

  it("keeps the English sentence for scripts and adds the code and params", () => {
    const issues = issuesOf(image2videoBodySchema, {
      image: "data:image/png;base64,AAAA",
      prompt: 5,
      cfg_scale: 3,
      camera_control: { type: "simple", config: { pan: 2, zoom: 3 } },
      dynamic_masks: [{ mask: "AAAA", trajectories: [{ x: 1, y: 1 }] }],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]));
    expect(byPath.image).toMatchObject({ code: "image.dataPrefix", message: "must be raw base64 without the data:...;base64, prefix" });
    expect(issues.find((i) => i.path === "prompt" && i.code === "type.string")).toMatchObject({ message: "must be a string" });
    expect(byPath.cfg_scale).toMatchObject({ code: "range", params: { min: 0, max: 1 } });
    expect(byPath["camera_control.config"]).toMatchObject({ code: "camera.oneAxis", params: { set: "pan, zoom" } });
    expect(byPath["dynamic_masks[0].trajectories"]).toMatchObject({ code: "points.count", params: { min: 2, max: 77 } });
    expect(byPath.dynamic_masks ?? byPath.camera_control).toMatchObject({ code: "exclusive" });
    expect(issues.filter((i) => !i.code).map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });

  it("codes an unknown field and the multi-image rules", () => {
    const issues = issuesOf(multiImage2videoBodySchema, { image_list: [], prompt: "", colour: "red" });
    expect(issues.map((i) => i.code).sort()).toEqual(["field.unknown", "images.count", "prompt.requiredMulti"]);
  });

  it("words a schema issue in Chinese with its numbers", () => {
    const [issue] = issuesOf(image2videoBodySchema, { image: "AAAA", cfg_scale: 3 });
    expect(wordIssueCode(issue!, MESSAGES.zh.issueCodes).message).toBe("必须在 0 到 1 之间");
    expect(wordIssueCode(issue!, MESSAGES.en.issueCodes).message).toBe("must be between 0 and 1");
  });

  it("words the image rules with the image's own size, in each language", () => {
    const [side, aspect] = imageRuleProblems({ type: "png", width: 200, height: 1000, bytes: 10 });
    expect(wordCode(side!, MESSAGES.zh.issueCodes)).toBe("每边至少 300 px（这张为 200 × 1000 px）");
    expect(wordCode(aspect!, MESSAGES.en.issueCodes)).toBe("must have an aspect ratio between 1:2.5 and 2.5:1 (this one is 200 × 1000 px)");
    const [bytes] = imageRuleProblems({ type: "jpeg", width: 1000, height: 1000, bytes: 12 * 1024 * 1024 });
    expect(wordCode(bytes!, MESSAGES.zh.issueCodes)).toBe("最大 10.0 MB（这张为 12.0 MB）");
  });

  it("codes the pre-flight rules the browser adds", () => {
    const issues = preflightImage2Video(
      { image: "AAAA", dynamic_masks: [{ mask: "AAAA", trajectories: [{ x: 5000, y: 1 }, { x: 2, y: 2 }] }] },
      { group: "motion_brush", facts: { image: { type: "png", width: 1280, height: 720, bytes: 100 } } },
    );
    const outside = issues.find((i) => i.code === "trajectory.inside");
    expect(outside?.params).toEqual({ width: 1280, height: 720, x: 5000, y: 1 });
    expect(wordCode(outside!, MESSAGES.zh.issueCodes)).toBe("必须位于图片内（x 小于 1280，y 小于 720；此轨迹点位于 5000, 1）");
    expect(preflightImage2Video({ image: "AAAA" }, { group: "first_last_frame", facts: {} }).map((i) => i.code)).toContain("lastFrame.required");
  });

  it("falls back to the English sentence for a code no catalogue has", () => {
    expect(wordCode({ code: "nobody.knows", message: "is odd" }, MESSAGES.zh.issueCodes)).toBe("is odd");
  });
});

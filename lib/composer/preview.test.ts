import { describe, expect, it } from "vitest";
import { abbreviateBase64, abbreviateBody, curlCommand, previewJson } from "./preview";

const big = Buffer.alloc(30_000, 9).toString("base64");

describe("request preview", () => {
  it("abbreviates base64 images and masks but keeps every other value as sent", () => {
    const body = {
      model_name: "kling-v1",
      image: big,
      image_tail: "https://example.com/end.jpg",
      prompt: "a long prompt that is not base64 at all, with spaces",
      dynamic_masks: [{ mask: big, trajectories: [{ x: 1, y: 2 }] }],
      external_task_id: "mb-1",
    };
    const short = abbreviateBody(body) as typeof body;
    expect(short.image).toMatch(/^CQkJCQkJCQkJCQkJ…\[base64, 40,000 chars, 29\.3 KB\]$/);
    expect(short.image_tail).toBe(body.image_tail);
    expect(short.prompt).toBe(body.prompt);
    expect(short.dynamic_masks[0]?.mask).toMatch(/…\[base64/);
    expect(short.dynamic_masks[0]?.trajectories).toEqual([{ x: 1, y: 2 }]);
    expect(Object.keys(short)).toEqual(Object.keys(body));
    expect(JSON.parse(previewJson(body))).toEqual(short);
  });

  it("abbreviates multi-image lists", () => {
    expect(abbreviateBody({ image_list: [{ image: big }] })).toEqual({ image_list: [{ image: abbreviateBase64(big) }] });
  });

  it("leaves short strings alone", () => {
    expect(abbreviateBase64("AAAA")).toBe("AAAA");
  });

  it("builds a cURL command for the official API with a JWT placeholder and the exact body on stdin", () => {
    const body = { model_name: "kling-v1-6", image: big, prompt: "it's \"quoted\"" };
    const cmd = curlCommand("image2video", body);
    const lines = cmd.split("\n");
    expect(lines[0]).toBe('curl -sS -X POST "https://api-singapore.klingai.com/v1/videos/image2video" \\');
    expect(cmd).toContain('-H "Authorization: Bearer $KLING_JWT"');
    expect(lines.at(-2)).toBe(JSON.stringify(body));
    expect(lines.at(-1)).toBe("KLING_BODY");
    expect(curlCommand("multi-image2video", body, { abbreviate: true })).toContain("/v1/videos/multi-image2video");
    expect(curlCommand("image2video", body, { abbreviate: true })).not.toContain(big);
  });
});

import { describe, expect, it } from "vitest";
import { frameRefs, INLINE_LIMIT, joinBody, memoryFrameStore, sha256Hex, splitBody } from "./sent-body";

const photo = "A".repeat(INLINE_LIMIT * 2);
const mask = "B".repeat(INLINE_LIMIT);

describe("sent body storage", () => {
  it("replaces frames and masks by their content hash and restores the exact body", async () => {
    const body = {
      model_name: "kling-v1",
      image: photo,
      image_tail: "https://example.com/end.jpg",
      dynamic_masks: [{ mask, trajectories: [{ x: 1, y: 2 }] }],
      duration: "5",
    };
    const split = await splitBody(body);
    expect(split.body).toMatchObject({ image: { $frame: await sha256Hex(photo) }, image_tail: "https://example.com/end.jpg" });
    expect(JSON.stringify(split.body).length).toBeLessThan(400);
    const frames = memoryFrameStore();
    for (const [h, d] of split.frames) await frames.put(h, d);
    expect(await joinBody(split.body, frames)).toEqual(body);
  });

  it("stores one copy of a frame used twice", async () => {
    const split = await splitBody({ image: photo, image_list: [{ image: photo }] });
    expect(split.frames.size).toBe(1);
    expect(frameRefs(split.body)).toEqual([await sha256Hex(photo)]);
  });

  it("says the body cannot be restored when a frame is missing", async () => {
    const split = await splitBody({ image: photo });
    expect(await joinBody(split.body, memoryFrameStore())).toBeNull();
  });
});

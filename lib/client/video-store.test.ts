import { describe, expect, it } from "vitest";
import { daysLeft, mediaUrl, videoFileName } from "./video-store";

describe("kept videos", () => {
  it("names the download after the prompt and the task id", () => {
    expect(videoFileName("The boat drifts to the right!", "8a1b-2c")).toBe("the-boat-drifts-to-the-right-8a1b-2c.mp4");
    expect(videoFileName("", "t1")).toBe("t1.mp4");
    expect(videoFileName("小船 向右 漂", "t/../1")).toBe("小船-向右-漂-t1.mp4");
  });

  it("counts the days left before Kling deletes its copy, never below zero", () => {
    const day = 86_400_000;
    expect(daysLeft(0, 0)).toBe(30);
    expect(daysLeft(0, 29.5 * day)).toBe(1);
    expect(daysLeft(0, 31 * day)).toBe(0);
  });

  it("fetches through the app's own media route", () => {
    expect(mediaUrl("https://cdn.klingai.com/a b.mp4")).toBe("/api/media?url=https%3A%2F%2Fcdn.klingai.com%2Fa+b.mp4");
  });
});

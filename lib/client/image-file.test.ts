import { describe, expect, it } from "vitest";
import { bytesToBase64, readImageFile } from "./image-file";

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (extra = 8) => new Blob([new Uint8Array([...PNG_HEAD, ...new Array(extra).fill(0)])], { type: "image/png" });

describe("readImageFile", () => {
  it("returns raw base64 (no data: prefix) and the facts of a good image", async () => {
    const r = await readImageFile(png(), async () => ({ width: 1280, height: 720 }));
    expect(r.problems).toEqual([]);
    expect(r.facts).toEqual({ type: "png", width: 1280, height: 720, bytes: 16 });
    expect(r.base64).toBe(bytesToBase64(new Uint8Array([...PNG_HEAD, 0, 0, 0, 0, 0, 0, 0, 0])));
    expect(r.base64?.startsWith("data:")).toBe(false);
  });

  it("names the rule a small image breaks and gives no base64", async () => {
    const r = await readImageFile(png(), async () => ({ width: 200, height: 720 }));
    expect(r.problems.join(" ")).toMatch(/at least 300 px/);
    expect(r.base64).toBeNull();
  });

  it("trusts the bytes, not the claimed type", async () => {
    const gif = new Blob([new TextEncoder().encode("GIF89a........")], { type: "image/png" });
    const r = await readImageFile(gif, async () => ({ width: 1000, height: 1000 }));
    expect(r.facts.type).toBeNull();
    expect(r.problems.join(" ")).toMatch(/PNG or JPEG/);
  });

  it("names a webp by its claimed type", async () => {
    const webp = new Blob([new TextEncoder().encode("RIFF....WEBPVP8 ")], { type: "image/webp" });
    const r = await readImageFile(webp);
    expect(r.problems).toEqual(["must be a PNG or JPEG image (got webp)"]);
  });

  it("flags an image the browser cannot decode", async () => {
    const r = await readImageFile(png(), async () => {
      throw new Error("decode");
    });
    expect(r).toMatchObject({ undecodable: true, base64: null });
  });
});

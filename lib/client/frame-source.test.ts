import { describe, expect, it } from "vitest";
import { jpegBase64, pngBase64 } from "@/lib/testing/images";
import sharp from "sharp";
import { jpegOrientation, readFrameSource } from "./frame-source";

const blobOf = (b64: string, type = "image/jpeg") => new Blob([Buffer.from(b64, "base64")], { type });
const measure = (width: number, height: number) => async () => ({ width, height });

describe("readFrameSource", () => {
  it("gives a usable source for a valid JPEG, with its original base64", async () => {
    const b64 = await jpegBase64(640, 360);
    const r = await readFrameSource(blobOf(b64), measure(640, 360));
    expect(r.problems).toEqual([]);
    expect(r.source).toMatchObject({ base64: b64, width: 640, height: 360, type: "jpeg" });
  });

  it("accepts a file over 10 MB, marked to be shrunk, instead of refusing it", async () => {
    const big = new Blob([Buffer.from(await pngBase64(400, 400), "base64"), new Uint8Array(11 * 1024 * 1024)], { type: "image/png" });
    const r = await readFrameSource(big, measure(4000, 3000));
    expect(r.willShrink).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.source).not.toBeNull();
  });

  it("still refuses what re-encoding cannot fix: type, small sides, aspect ratio", async () => {
    const gif = await readFrameSource(new Blob(["GIF89a"], { type: "image/gif" }), measure(1, 1));
    expect(gif.problems[0]?.message).toMatch(/PNG or JPEG.*gif/);
    expect(gif.source).toBeNull();
    const small = await readFrameSource(blobOf(await jpegBase64(200, 200)), measure(200, 200));
    expect(small.problems[0]?.message).toMatch(/at least 300 px/);
    const wide = await readFrameSource(blobOf(await jpegBase64(300, 300)), measure(3000, 300));
    expect(wide.problems[0]?.message).toMatch(/aspect ratio/);
  });

  it("marks an image the browser cannot decode", async () => {
    const r = await readFrameSource(blobOf(await jpegBase64(400, 400)), async () => {
      throw new Error("no");
    });
    expect(r.undecodable).toBe(true);
    expect(r.source).toBeNull();
  });

  it("bakes an EXIF rotation into the pixels, so header readers see what the browser shows", async () => {
    const stored = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#456" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(jpegOrientation(stored)).toBe(6);
    const uprightB64 = await jpegBase64(400, 800);
    const calls: Blob[] = [];
    const upright = async (b: Blob) => {
      calls.push(b);
      return blobOf(uprightB64);
    };
    const r = await readFrameSource(new Blob([stored], { type: "image/jpeg" }), measure(400, 800), upright);
    expect(calls).toHaveLength(1);
    expect(r.source?.base64).toBe(uprightB64);
    expect(r.facts.bytes).toBe(Buffer.from(uprightB64, "base64").length);
  });

  it("leaves an upright JPEG and a PNG as they are", async () => {
    const never = async (): Promise<Blob> => {
      throw new Error("must not re-encode");
    };
    const plain = await jpegBase64(640, 360);
    expect((await readFrameSource(blobOf(plain), measure(640, 360), never)).source?.base64).toBe(plain);
    const one = (await sharp({ create: { width: 640, height: 360, channels: 3, background: "#456" } }).jpeg().withMetadata({ orientation: 1 }).toBuffer()).toString("base64");
    expect((await readFrameSource(blobOf(one), measure(640, 360), never)).source?.base64).toBe(one);
    const png = await pngBase64(640, 360);
    expect((await readFrameSource(blobOf(png, "image/png"), measure(640, 360), never)).source?.base64).toBe(png);
  });
});

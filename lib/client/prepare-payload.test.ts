import { describe, expect, it } from "vitest";
import { base64ByteLength } from "@/lib/kling/image-rules";
import type { Size } from "@/lib/composer/budget";
import { preparePayload, type ImageCodec, type MaskFields, type SourceImage } from "./prepare-payload";

const b64 = (bytes: number) => Buffer.alloc(bytes, 3).toString("base64");

/** A codec whose JPEG bytes are proportional to area and quality (a noisy photo). */
function fakeCodec(bytesPerPixel: number) {
  const encodes: { size: Size; quality: number }[] = [];
  let closed = 0;
  const codec: ImageCodec = {
    async open() {
      return {
        async encode(size, quality) {
          encodes.push({ size, quality });
          const bytes = Math.round(size.width * size.height * bytesPerPixel * quality);
          return { base64: b64(bytes), bytes, width: size.width, height: size.height, type: "jpeg" };
        },
        close: () => void closed++,
      };
    },
  };
  return { codec, encodes, closed: () => closed };
}

const source = (key: string, width: number, height: number, bytes: number): SourceImage => ({
  key,
  blob: new Blob([]),
  base64: b64(bytes),
  width,
  height,
  type: "jpeg",
});

const build = (images: Readonly<Record<string, string>>, masks: MaskFields | undefined) => ({
  model_name: "kling-v1",
  ...(images.image ? { image: images.image } : {}),
  ...(images.image_tail ? { image_tail: images.image_tail } : {}),
  ...(masks ?? {}),
  prompt: "boats",
  external_task_id: "mb-1",
});

/** Masks at the asked size, with a trajectory point at the bottom-right pixel to prove the scaling. */
function masks() {
  const asked: Size[] = [];
  const masksAt = async (size: Size): Promise<MaskFields> => {
    asked.push(size);
    return {
      static_mask: b64(size.width),
      dynamic_masks: [{ mask: b64(size.width), trajectories: [{ x: 0, y: 0 }, { x: size.width - 1, y: size.height - 1 }] }],
    };
  };
  return { asked, masksAt };
}

describe("preparePayload", () => {
  it("sends the frames untouched when the body fits, masks at the frame's own size", async () => {
    const { codec, encodes } = fakeCodec(0.5);
    const m = masks();
    const r = await preparePayload({ budget: 1_000_000, sources: [source("image", 1280, 720, 200_000)], masksAt: m.masksAt, build, codec });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.attempt).toBeNull();
    expect(r.images[0]?.changed).toBe(false);
    expect(encodes).toEqual([]);
    expect(m.asked).toEqual([{ width: 1280, height: 720 }]);
    expect(r.bodyBytes).toBe(Buffer.byteLength(JSON.stringify(r.body)));
  });

  it("shrinks an over-budget photo to fit, with masks and trajectories at exactly the new size", async () => {
    const { codec, closed } = fakeCodec(0.6);
    const m = masks();
    const budget = 600_000;
    const r = await preparePayload({ budget, sources: [source("image", 2000, 1500, 1_500_000)], masksAt: m.masksAt, build, codec });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const img = r.images[0]!;
    expect(img.changed).toBe(true);
    expect(img.width / img.height).toBe(4 / 3);
    expect(r.bodyBytes).toBeLessThanOrEqual(budget);
    expect(r.bodyBytes).toBe(Buffer.byteLength(JSON.stringify(r.body)));
    expect(r.maskSize).toEqual({ width: img.width, height: img.height });
    const sentMasks = r.body as unknown as Required<MaskFields>;
    expect(sentMasks.dynamic_masks[0]?.trajectories[1]).toEqual({ x: img.width - 1, y: img.height - 1 });
    expect(base64ByteLength(sentMasks.static_mask)).toBe(img.width);
    // The full-size masks were never made: the original could not fit anyway.
    expect(m.asked.some((s) => s.width === 2000)).toBe(false);
    await new Promise((res) => setTimeout(res, 0));
    expect(closed()).toBe(1);
  });

  it("scales every frame by the same factor, each at least 300 px a side", async () => {
    const { codec } = fakeCodec(0.6);
    const r = await preparePayload({
      budget: 400_000,
      sources: [source("image", 2000, 1500, 1_000_000), source("image_tail", 800, 400, 300_000)],
      build,
      codec,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = r.images;
    expect(Math.min(b!.width, b!.height)).toBeGreaterThanOrEqual(300);
    expect(a!.width).toBeLessThan(2000);
    expect(r.bodyBytes).toBeLessThanOrEqual(400_000);
  });

  it("says when even the smallest allowed images cannot fit", async () => {
    const { codec } = fakeCodec(40);
    const r = await preparePayload({ budget: 100_000, sources: [source("image", 1000, 1000, 5_000_000)], build, codec });
    expect(r).toMatchObject({ ok: false, reason: "cannotShrinkEnough" });
  });

  it("reuses an earlier fit when only the masks changed: no decode, no encode, masks at the fitted size", async () => {
    const first = fakeCodec(1);
    const sources = [source("image", 4000, 3000, 9_000_000)];
    const m = masks();
    const fit = await preparePayload({ budget: 4_718_592, sources, masksAt: m.masksAt, build, codec: first.codec });
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    const fitted = fit.images[0]!;
    expect(fitted.changed).toBe(true);

    const again = fakeCodec(1);
    const m2 = masks();
    const reused = await preparePayload({
      budget: 4_718_592,
      sources,
      masksAt: m2.masksAt,
      build,
      codec: again.codec,
      reuse: { images: fit.images, attempt: fit.attempt },
    });
    expect(reused).toMatchObject({ ok: true, attempts: 0, attempt: fit.attempt });
    expect(again.encodes).toEqual([]);
    expect(m2.asked).toEqual([{ width: fitted.width, height: fitted.height }]);
  });

  it("searches afresh when the earlier fit no longer fits the body", async () => {
    const sources = [source("image", 4000, 3000, 9_000_000)];
    const fit = await preparePayload({ budget: 4_718_592, sources, build, codec: fakeCodec(1).codec });
    if (!fit.ok) throw new Error("expected a fit");
    const again = fakeCodec(1);
    const bigMasks = async (): Promise<MaskFields> => ({ static_mask: b64(3_000_000) });
    const r = await preparePayload({
      budget: 4_718_592,
      sources,
      masksAt: bigMasks,
      build,
      codec: again.codec,
      reuse: { images: fit.images, attempt: fit.attempt },
    });
    expect(again.encodes.length).toBeGreaterThan(0);
    if (r.ok) expect(r.bodyBytes).toBeLessThanOrEqual(4_718_592);
  });
});

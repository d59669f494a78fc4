import { describe, expect, it } from "vitest";
import { base64Length, bodyBytesOf, bodyBytesWith, fitToBudget, jsonBytes, minScaleFor, scaledSize, type Attempt, type Measured } from "./budget";

const b64 = (n: number) => Buffer.alloc(n, 7).toString("base64");

describe("body arithmetic", () => {
  it("knows the base64 length of any byte count", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 4_718_592]) expect(base64Length(n)).toBe(b64(n).length);
  });

  it("computes the exact JSON body size from a skeleton and base64 lengths", () => {
    const image = b64(12345);
    const mask = b64(999);
    const body = { model_name: "kling-v1", image, prompt: "é “quotes” \"and\" \n", dynamic_masks: [{ mask, trajectories: [{ x: 1, y: 2 }] }] };
    const skeleton = { ...body, image: "", dynamic_masks: [{ mask: "", trajectories: [{ x: 1, y: 2 }] }] };
    expect(bodyBytesWith(skeleton, [base64Length(12345), base64Length(999)])).toBe(jsonBytes(body));
    expect(jsonBytes(body)).toBe(Buffer.byteLength(JSON.stringify(body), "utf8"));
  });
});

describe("scaled sizes", () => {
  it("keeps the exact aspect ratio when the sides share a fine common factor", () => {
    const s = scaledSize(4000, 3000, 0.47);
    expect(s.width / s.height).toBe(4 / 3);
    expect(s.width).toBeLessThanOrEqual(4000 * 0.47);
    const hd = scaledSize(1280, 720, 0.6);
    expect(hd.width * 9).toBe(hd.height * 16);
  });

  it("rounds otherwise, off by less than a pixel", () => {
    const s = scaledSize(1001, 997, 0.5);
    expect(Math.abs(s.width / s.height - 1001 / 997)).toBeLessThan(1 / 997);
  });

  it("never goes under 300 px on a side, nor above the original", () => {
    expect(scaledSize(4000, 3000, 0.01)).toEqual({ width: 400, height: 300 });
    expect(scaledSize(1000, 2500, 0.01)).toEqual({ width: 300, height: 750 });
    expect(scaledSize(1001, 997, 0.01).height).toBeGreaterThanOrEqual(300);
    expect(scaledSize(800, 600, 2)).toEqual({ width: 800, height: 600 });
    expect(minScaleFor(4000, 3000)).toBe(0.1);
    expect(minScaleFor(300, 900)).toBe(1);
  });
});

/** A fake encoder: a 4000x3000 photo whose JPEG bytes scale with the area and the quality. */
function photo(opts: { fixed: number; bytesPerPixelAt: (q: number) => number; width?: number; height?: number }) {
  const W = opts.width ?? 4000;
  const H = opts.height ?? 3000;
  const calls: Attempt[] = [];
  const measure = async (a: Attempt): Promise<Measured> => {
    calls.push(a);
    const { width, height } = scaledSize(W, H, a.scale);
    const bytes = Math.round(width * height * opts.bytesPerPixelAt(a.quality));
    const chars = base64Length(bytes);
    return { bodyBytes: opts.fixed + chars, imageChars: chars, largestImageBytes: bytes };
  };
  return { measure, calls, minScale: minScaleFor(W, H) };
}

describe("fitting the budget", () => {
  const budget = 4_718_592;

  it("sends the images as they are when the body already fits", async () => {
    const p = photo({ fixed: 500, bytesPerPixelAt: () => 0.1 });
    const original = { bodyBytes: 4_000_000, imageChars: 3_999_500, largestImageBytes: 3_000_000 };
    const r = await fitToBudget({ budget, minScale: p.minScale, original, measure: p.measure });
    expect(r).toMatchObject({ ok: true, attempt: null });
    expect(p.calls).toEqual([]);
  });

  it("shrinks a 10 MB 4000x3000 photo into 4.5 MB within a few attempts, using most of the budget", async () => {
    const p = photo({ fixed: 2_000, bytesPerPixelAt: (q) => 0.55 * q });
    const r = await fitToBudget({ budget, minScale: p.minScale, original: null, originalImageChars: base64Length(10_000_000), measure: p.measure });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.measured.bodyBytes).toBeLessThanOrEqual(budget);
    expect(r.measured.bodyBytes).toBeGreaterThan(budget * 0.85);
    expect(r.attempt?.quality).toBe(0.9);
    expect(r.tried.length).toBeLessThanOrEqual(4);
  });

  it("also shrinks an image that fits the body budget but breaks Kling's 10 MB rule", async () => {
    const p = photo({ fixed: 1_000, bytesPerPixelAt: (q) => 1.2 * q });
    const original = { bodyBytes: 16_000_000, imageChars: 15_999_000, largestImageBytes: 12_000_000 };
    const r = await fitToBudget({ budget: 64 * 1024 * 1024, minScale: p.minScale, original, measure: p.measure });
    expect(r.ok && r.measured.largestImageBytes).toBeLessThanOrEqual(10 * 1024 * 1024);
  });

  it("lowers the quality only once the image is at its 300 px floor", async () => {
    const p = photo({ fixed: 1_000, bytesPerPixelAt: (q) => 30 * q, width: 800, height: 600 });
    const r = await fitToBudget({ budget: 3_000_000, minScale: p.minScale, original: null, originalImageChars: 20_000_000, measure: p.measure });
    expect(r.ok).toBe(true);
    const floorCalls = p.calls.filter((c) => c.quality < 0.9);
    expect(floorCalls.length).toBeGreaterThan(0);
    for (const c of floorCalls) expect(c.scale).toBe(p.minScale);
  });

  it("gives up, saying why, when even 300 px at the lowest quality is too large", async () => {
    const p = photo({ fixed: 1_000, bytesPerPixelAt: () => 50 });
    const r = await fitToBudget({ budget: 1_000_000, minScale: p.minScale, original: null, originalImageChars: 1e9, measure: p.measure });
    expect(r).toMatchObject({ ok: false, reason: "cannotShrinkEnough" });
  });

  it("gives up at once when the fields other than images exceed the budget", async () => {
    const p = photo({ fixed: 2_000_000, bytesPerPixelAt: () => 0.1 });
    const r = await fitToBudget({ budget: 1_000_000, minScale: p.minScale, original: null, originalImageChars: 1e7, measure: p.measure });
    expect(r).toMatchObject({ ok: false, reason: "fixedPartTooLarge" });
    expect(r.tried).toHaveLength(1);
  });
});

describe("bodyBytesOf", () => {
  it("equals the encoded JSON size while counting the base64 strings by length", () => {
    const image = "QUJD".repeat(5000);
    const mask = "iVBORw0KGgo".repeat(40);
    const body = { prompt: "ünïcödé \"quoted\" ✓", image, dynamic_masks: [{ mask, trajectories: [{ x: 1, y: 2 }] }], n: 3 };
    expect(bodyBytesOf(body, new Set([image, mask]))).toBe(new TextEncoder().encode(JSON.stringify(body)).length);
  });

  it("encodes a string that is not in the set like any other", () => {
    const body = { prompt: "x".repeat(100) };
    expect(bodyBytesOf(body, new Set())).toBe(JSON.stringify(body).length);
  });
});

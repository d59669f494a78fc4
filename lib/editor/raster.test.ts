import { describe, expect, it } from "vitest";
import type { Stroke } from "./document";
import { addSpan, isPainted, paintedPixels, rasteriseLayer, resolvePrecedence, subtractSpan } from "./raster";

const size = { width: 100, height: 80 };
const brush = (points: number[], radius = 5): Stroke => ({ id: "b", tool: "brush", radius, points });
const eraser = (points: number[], radius = 5): Stroke => ({ id: "e", tool: "eraser", radius, points });

describe("span arithmetic", () => {
  it("merges overlapping and touching spans", () => {
    expect(addSpan([0, 5, 10, 15], 5, 10)).toEqual([0, 15]);
    expect(addSpan([0, 5, 20, 25], 8, 12)).toEqual([0, 5, 8, 12, 20, 25]);
  });
  it("cuts holes", () => {
    expect(subtractSpan([0, 20], 5, 10)).toEqual([0, 5, 10, 20]);
    expect(subtractSpan([0, 20], 0, 20)).toBeUndefined();
  });
});

describe("rasteriser", () => {
  it("paints a dot as the pixels whose centres are within the radius", () => {
    const m = rasteriseLayer([brush([50, 40], 3)], size);
    expect(isPainted(m, 50, 40)).toBe(true);
    expect(isPainted(m, 52, 40)).toBe(true);
    expect(isPainted(m, 53, 40)).toBe(false); // centre 53.5 is 3.5 away
    // Area close to pi r^2.
    expect(paintedPixels(m)).toBeGreaterThan(Math.PI * 9 * 0.7);
    expect(paintedPixels(m)).toBeLessThan(Math.PI * 9 * 1.3);
  });

  it("paints a segment as a capsule", () => {
    const m = rasteriseLayer([brush([10, 10, 60, 40], 4)], size);
    expect(isPainted(m, 35, 25)).toBe(true);
    expect(isPainted(m, 10, 10)).toBe(true);
    expect(isPainted(m, 60, 40)).toBe(true);
    expect(isPainted(m, 60, 10)).toBe(false);
  });

  it("erases what came before, not what comes after", () => {
    const m = rasteriseLayer([brush([50, 40], 10), eraser([50, 40], 4), brush([50, 40], 1)], size);
    expect(isPainted(m, 50, 40)).toBe(true);
    expect(isPainted(m, 52, 40)).toBe(false);
    expect(isPainted(m, 57, 40)).toBe(true);
  });

  it("scales strokes and radius with the target size", () => {
    const m = rasteriseLayer([brush([50, 40], 5)], size, { width: 200, height: 160 });
    expect(m.width).toBe(200);
    expect(isPainted(m, 100, 80)).toBe(true);
    expect(isPainted(m, 108, 80)).toBe(true);
    expect(isPainted(m, 112, 80)).toBe(false);
  });

  it("always marks the pixel a tiny stroke was drawn on", () => {
    const m = rasteriseLayer([brush([10.99, 20.99], 0.01)], size);
    expect(isPainted(m, 10, 20)).toBe(true);
  });

  it("clips to the frame", () => {
    const m = rasteriseLayer([brush([0, 0], 20)], size);
    expect(m.rows.length).toBe(80);
    expect(Math.max(...m.rows.flatMap((r) => r ?? []))).toBeLessThanOrEqual(100);
    expect(isPainted(m, 0, 0)).toBe(true);
  });

  it("gives each pixel to one layer only, first layer winning", () => {
    const a = rasteriseLayer([brush([40, 40], 10)], size);
    const b = rasteriseLayer([brush([50, 40], 10)], size);
    const [ownA, ownB] = resolvePrecedence([a, b]);
    expect(isPainted(ownA!, 45, 40)).toBe(true);
    expect(isPainted(ownB!, 45, 40)).toBe(false);
    expect(isPainted(ownB!, 58, 40)).toBe(true);
    expect(paintedPixels(ownA!) + paintedPixels(ownB!)).toBeLessThan(paintedPixels(a) + paintedPixels(b));
  });
});

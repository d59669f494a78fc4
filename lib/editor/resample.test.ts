import { describe, expect, it } from "vitest";
import { freehandToPath, limitPoints, pathLength, resampleByArcLength } from "./resample";

const spiral = Array.from({ length: 500 }, (_, i) => {
  const t = i / 40;
  return { x: 400 + Math.cos(t) * t * 20, y: 300 + Math.sin(t) * t * 20 };
});

describe("resampling by arc length", () => {
  it("keeps at most 77 points and both endpoints exactly", () => {
    const out = limitPoints(spiral);
    expect(out).toHaveLength(77);
    expect(out[0]).toEqual(spiral[0]);
    expect(out[76]).toEqual(spiral[499]);
  });

  it("keeps the drawing order: a path doubling back is not sorted", () => {
    const there = Array.from({ length: 60 }, (_, i) => ({ x: i * 10, y: 0 }));
    const back = Array.from({ length: 60 }, (_, i) => ({ x: 590 - i * 10, y: 50 }));
    const out = resampleByArcLength([...there, ...back], 20);
    const half = out.findIndex((p) => p.y > 0);
    expect(out.slice(0, half).every((p, i, a) => i === 0 || p.x >= a[i - 1]!.x)).toBe(true);
    expect(out.slice(half + 1).every((p, i, a) => i === 0 || p.x <= a[i - 1]!.x)).toBe(true);
    expect(out[out.length - 1]).toEqual({ x: 0, y: 50 });
  });

  it("spaces points evenly along the curve, whatever the input spacing", () => {
    // A gentle arc drawn with uneven input spacing (dense at the start, sparse at the end).
    const arc = Array.from({ length: 200 }, (_, i) => {
      const t = (i / 199) ** 2 * (Math.PI / 2);
      return { x: 1000 * Math.cos(t), y: 1000 * Math.sin(t) };
    });
    const out = resampleByArcLength(arc, 30);
    const step = pathLength(arc) / 29;
    for (let i = 1; i < out.length; i++) {
      const chord = Math.hypot(out[i]!.x - out[i - 1]!.x, out[i]!.y - out[i - 1]!.y);
      expect(chord).toBeLessThanOrEqual(step + 1e-6);
      expect(chord).toBeGreaterThan(step * 0.99);
    }
  });

  it("never goes below 2 points, even for a click or a zero-length drag", () => {
    expect(resampleByArcLength([{ x: 5, y: 5 }], 1)).toEqual([{ x: 5, y: 5 }, { x: 5, y: 5 }]);
    expect(freehandToPath([{ x: 1, y: 1 }, { x: 1, y: 1 }], 10)).toHaveLength(2);
    expect(freehandToPath([{ x: 0, y: 0 }, { x: 3, y: 0 }], 10)).toEqual([{ x: 0, y: 0 }, { x: 3, y: 0 }]);
  });

  it("leaves a short path untouched", () => {
    const pts = [{ x: 1, y: 2 }, { x: 30, y: 2 }, { x: 30, y: 90 }];
    expect(limitPoints(pts)).toEqual(pts);
  });

  it("turns a long freehand drag into about one point per spacing, capped at 77", () => {
    const line = Array.from({ length: 200 }, (_, i) => ({ x: i, y: 0 }));
    expect(freehandToPath(line, 20)).toHaveLength(11);
    expect(freehandToPath(spiral, 1)).toHaveLength(77);
  });
});

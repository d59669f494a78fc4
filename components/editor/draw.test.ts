import { describe, expect, it } from "vitest";
import { dragParts } from "./draw";

/** The path's segments (i, i+1) a set of runs draws. */
const segments = (runs: [number, number][]) => runs.flatMap(([from, to]) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));

describe("dragParts", () => {
  it("splits a path so the still and moving parts draw each segment once, the dragged point's two in the moving part", () => {
    for (const [n, k] of [
      [77, 38],
      [77, 0],
      [77, 1],
      [77, 76],
      [77, 74],
      [2, 0],
      [2, 1],
      [3, 1],
    ] as const) {
      const { still, moving, handles } = dragParts(n, k);
      const all = [...segments(still.runs), ...segments(moving.runs)].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: n - 1 }, (_, i) => i));
      for (const s of [k - 1, k]) if (s >= 0 && s < n - 1) expect(segments(moving.runs)).toContain(s);
      // The arrowhead and the start ring are drawn by exactly one part.
      expect(Number(still.arrow) + Number(moving.arrow)).toBe(1);
      expect(Number(still.start) + Number(moving.start)).toBe(1);
      // The moving handles: the dragged one and its neighbours, within the path.
      expect(handles).toEqual([Math.max(0, k - 1), Math.min(n - 1, k + 1)]);
    }
  });

  it("keeps the arrowhead and start ring still when the dragged point is far from both ends", () => {
    const { still, moving } = dragParts(77, 40);
    expect(still.arrow && still.start).toBe(true);
    expect(moving.arrow || moving.start).toBe(false);
    expect(segments(moving.runs)).toEqual([39, 40]);
  });
});

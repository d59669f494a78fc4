import { describe, expect, it } from "vitest";
import { shapeSpans } from "./shapes";

const area = (s: number[]) => {
  let n = 0;
  for (let i = 0; i < s.length; i += 3) n += s[i + 2]! - s[i + 1]!;
  return n;
};

describe("typed shapes", () => {
  it("covers every pixel of a rectangle and nothing else", () => {
    const s = shapeSpans("rectangle", { x: 10, y: 20, width: 30, height: 5 }, { width: 100, height: 100 });
    expect(area(s)).toBe(150);
    expect(s.slice(0, 3)).toEqual([20, 10, 40]);
  });

  it("covers about pi r^2 for an ellipse and is clipped to the image", () => {
    const s = shapeSpans("ellipse", { x: 0, y: 0, width: 100, height: 100 }, { width: 100, height: 100 });
    expect(Math.abs(area(s) - Math.PI * 2500)).toBeLessThan(100);
    const clipped = shapeSpans("rectangle", { x: 90, y: 90, width: 50, height: 50 }, { width: 100, height: 100 });
    expect(area(clipped)).toBe(100);
  });

  it("is empty for a shape of no size", () => {
    expect(shapeSpans("ellipse", { x: 5, y: 5, width: 0, height: 10 }, { width: 100, height: 100 })).toEqual([]);
  });
});

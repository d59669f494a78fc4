import { describe, expect, it } from "vitest";
import { rasteriseLayer, paintedPixels, isPainted } from "./raster";
import { maskToSpans, wandFill, wandOp, wandSpans, type Pixels } from "./wand";

/** A grey noise background (values 100..140, seeded) with a solid disc and an optional soft halo around it. */
function discOnNoise(size: number, r: number, halo = 0): Pixels {
  const data = new Uint8ClampedArray(size * size * 4);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const i = (y * size + x) * 4;
      const v = d <= r ? [230, 40, 40] : d <= r + halo ? [200, 60, 60] : [100 + rand() * 40, 100 + rand() * 40, 100 + rand() * 40];
      data[i] = v[0]!;
      data[i + 1] = v[1]!;
      data[i + 2] = v[2]!;
      data[i + 3] = 255;
    }
  }
  return { data, width: size, height: size };
}

function count(spans: number[]): number {
  let n = 0;
  for (let i = 0; i < spans.length; i += 3) n += spans[i + 2]! - spans[i + 1]!;
  return n;
}

describe("the magic wand", () => {
  it("selects exactly a solid disc on noise when clicked inside it", () => {
    const img = discOnNoise(200, 40);
    const spans = wandSpans(img, { x: 100, y: 100 }, 20);
    const disc = Array.from({ length: 200 * 200 }, (_, k) => Math.hypot((k % 200) + 0.5 - 100, Math.floor(k / 200) + 0.5 - 100) <= 40).filter(Boolean).length;
    expect(count(spans)).toBe(disc);
    const mask = rasteriseLayer([{ id: "f", tool: "fill", width: 200, height: 200, spans }], { width: 200, height: 200 });
    expect(isPainted(mask, 100, 100)).toBe(true);
    expect(isPainted(mask, 100, 100 - 39)).toBe(true);
    expect(isPainted(mask, 100, 100 - 42)).toBe(false);
    expect(isPainted(mask, 5, 5)).toBe(false);
  });

  it("widens the selection to the halo when the tolerance grows", () => {
    const img = discOnNoise(200, 30, 10);
    const tight = count(wandSpans(img, { x: 100, y: 100 }, 10));
    const wide = count(wandSpans(img, { x: 100, y: 100 }, 40));
    expect(wide).toBeGreaterThan(tight);
    expect(wide).toBeLessThan(200 * 200 / 4);
  });

  it("selects nothing for a click outside the image", () => {
    expect(wandSpans(discOnNoise(50, 10), { x: -1, y: 20 }, 20)).toEqual([]);
    expect(wandSpans(discOnNoise(50, 10), { x: 20, y: 50 }, 20)).toEqual([]);
  });

  it("maps Shift to add, Alt to subtract and a plain click to replace", () => {
    expect(wandOp({})).toBe("replace");
    expect(wandOp({ shift: true })).toBe("add");
    expect(wandOp({ alt: true })).toBe("subtract");
    expect(wandFill(discOnNoise(50, 10), { x: 25, y: 25 }, 20, "subtract", "c").tool).toBe("cut");
  });

  it("turns a 0/1 mask into row spans that end where the mask does", () => {
    const m = new Uint8Array([0, 1, 1, 0, 1, 1, 1, 1]);
    expect(maskToSpans(m, 4)).toEqual([0, 1, 3, 1, 0, 4]);
  });

  it("keeps a fill's pixels when rasterised at another size", () => {
    const spans = wandSpans(discOnNoise(100, 20), { x: 50, y: 50 }, 20);
    const half = rasteriseLayer([{ id: "f", tool: "fill", width: 100, height: 100, spans }], { width: 100, height: 100 }, { width: 50, height: 50 });
    expect(paintedPixels(half)).toBeGreaterThan(Math.PI * 10 * 10 * 0.9);
    expect(paintedPixels(half)).toBeLessThan(Math.PI * 10 * 10 * 1.1);
  });
});

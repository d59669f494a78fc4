import { describe, expect, it } from "vitest";
import { FRAME_CACHE_BUDGET, planAreaCache } from "./mask-cache";

const frame = { width: 4096, height: 4096 };
const view = { width: 600, height: 600 };
const fit = { scale: 600 / 4096, x: 0.3, y: 0 };

/** Where a frame point lands on the view canvas through the plan (bitmap transform, then placement). */
const through = (p: ReturnType<typeof planAreaCache>, x: number, y: number) => ({ x: p.scale * x + p.tx + p.at.x, y: p.scale * y + p.ty + p.at.y });

describe("planAreaCache", () => {
  it("keeps the whole frame at the view's scale when it fits the budget, placed on whole pixels", () => {
    const p = planAreaCache(frame, fit, 1, view, 100);
    expect(p.kind).toBe("frame");
    expect(Number.isInteger(p.at.x) && Number.isInteger(p.at.y)).toBe(true);
    expect(p.width * p.height).toBeLessThanOrEqual(FRAME_CACHE_BUDGET * view.width * view.height);
    // The margin holds the widest stroke's reach outside the frame.
    expect(p.tx).toBeGreaterThanOrEqual(100 * p.scale);
    expect(p.width).toBeGreaterThanOrEqual(4096 * p.scale + 2 * 100 * p.scale);
  });

  it("maps every frame point where the view's transform puts it", () => {
    for (const vp of [fit, { scale: 0.17, x: -12.625, y: 40.5 }, { scale: 2, x: -3000.25, y: -10 }]) {
      for (const dpr of [1, 2, 3]) {
        const p = planAreaCache(frame, vp, dpr, { width: 600 * dpr, height: 600 * dpr }, 20);
        for (const [x, y] of [[0, 0], [4096, 4096], [1234.5, 17]] as const) {
          const got = through(p, x, y);
          expect(got.x).toBeCloseTo((vp.scale * x + vp.x) * dpr, 2);
          expect(got.y).toBeCloseTo((vp.scale * y + vp.y) * dpr, 2);
        }
      }
    }
  });

  it("gives a pan by whole pixels the same key in frame mode, and a zoom a new one", () => {
    const a = planAreaCache(frame, fit, 1, view, 30);
    const b = planAreaCache(frame, { ...fit, x: fit.x + 25, y: fit.y - 7 }, 1, view, 30);
    expect(b.key).toBe(a.key);
    expect(b.at.x - a.at.x).toBe(25);
    expect(planAreaCache(frame, { ...fit, scale: fit.scale * 1.1 }, 1, view, 30).key).not.toBe(a.key);
    expect(planAreaCache(frame, fit, 1, view, 300).key).not.toBe(a.key);
  });

  it("falls back to a view-sized bitmap zoomed in past the budget, which a pan redraws", () => {
    const close = { scale: 1, x: -100, y: -100 };
    const a = planAreaCache(frame, close, 1, view, 30);
    expect(a.kind).toBe("view");
    expect([a.width, a.height, a.at.x, a.at.y]).toEqual([600, 600, 0, 0]);
    expect(planAreaCache(frame, { ...close, x: -101 }, 1, view, 30).key).not.toBe(a.key);
  });
});

import { describe, expect, it } from "vitest";
import { applyAffine, cameraTransform, nearestPathPoint, pointAlong, previewFrame, regionOffset } from "./motion-preview";

const size = { width: 1000, height: 500 };
const centre = { x: 500, y: 250 };

describe("the motion preview's frame", () => {
  const path = [
    { x: 100, y: 100 },
    { x: 300, y: 100 },
    { x: 300, y: 300 },
  ];

  it("moves a region by nothing at t=0, halfway along its path at 0.5 and to its end at 1", () => {
    expect(regionOffset(path, 0)).toEqual({ x: 0, y: 0 });
    expect(regionOffset(path, 0.5)).toEqual({ x: 200, y: 0 });
    expect(regionOffset(path, 1)).toEqual({ x: 200, y: 200 });
    expect(regionOffset(path, 0.75)).toEqual({ x: 200, y: 100 });
  });

  it("keeps a region with fewer than two points still", () => {
    expect(regionOffset([], 0.5)).toEqual({ x: 0, y: 0 });
    expect(regionOffset([{ x: 4, y: 4 }], 1)).toEqual({ x: 0, y: 0 });
    expect(pointAlong([], 0.3)).toBeNull();
  });

  it("leaves the frame in place with no camera and at t=0 for any camera", () => {
    expect(previewFrame({ size, paths: [path], camera: null }, 0.7).camera).toEqual([1, 0, 0, 1, 0, 0]);
    const m = cameraTransform({ type: "simple", config: { roll: 10 } }, size, 0);
    const p = applyAffine(m, { x: 10, y: 20 });
    expect(p.x).toBeCloseTo(10);
    expect(p.y).toBeCloseTo(20);
  });

  it("slides the scene against the camera's move on each axis", () => {
    const at = (config: Record<string, number>) => applyAffine(cameraTransform({ type: "simple", config }, size, 1), centre);
    expect(at({ horizontal: 10 }).x).toBeLessThan(500); // camera right: scene left
    expect(at({ horizontal: -10 }).x).toBeGreaterThan(500);
    expect(at({ vertical: 10 }).y).toBeGreaterThan(250); // camera up: scene down
    expect(at({ pan: 10 }).y).toBeGreaterThan(250);
    expect(at({ tilt: 10 }).x).toBeLessThan(500);
  });

  it("rolls the frame counter-clockwise for a clockwise roll and shrinks it for a wider zoom", () => {
    const corner = { x: 1000, y: 250 };
    const rolled = applyAffine(cameraTransform({ type: "simple", config: { roll: 10 } }, size, 1), corner);
    expect(rolled.y).toBeLessThan(250); // the right edge's middle turns upward on screen
    const wide = applyAffine(cameraTransform({ type: "simple", config: { zoom: 10 } }, size, 1), corner);
    expect(wide.x).toBeCloseTo(750);
    const narrow = applyAffine(cameraTransform({ type: "simple", config: { zoom: -10 } }, size, 1), corner);
    expect(narrow.x).toBeCloseTo(1000 + 500);
    const half = applyAffine(cameraTransform({ type: "simple", config: { zoom: 10 } }, size, 0.5), corner);
    expect(half.x).toBeGreaterThan(750);
    expect(half.x).toBeLessThan(1000);
  });

  it("gives each preset its own movement", () => {
    const c = (type: "down_back" | "forward_up" | "right_turn_forward" | "left_turn_forward") => applyAffine(cameraTransform({ type }, size, 1), { x: 1000, y: 500 });
    expect(c("down_back").x).toBeLessThan(1000); // backing away: the scene shrinks
    expect(c("forward_up").x).toBeGreaterThan(1000); // forward: it grows
    expect(c("right_turn_forward").x).toBeLessThan(c("left_turn_forward").x);
  });

  it("names the path point under the cursor within reach", () => {
    expect(nearestPathPoint([path], { x: 305, y: 98 }, 10)).toEqual({ region: 0, index: 1 });
    expect(nearestPathPoint([path], { x: 200, y: 200 }, 10)).toBeNull();
  });
});

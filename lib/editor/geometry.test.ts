import { describe, expect, it } from "vitest";
import {
  canShift,
  clientToStage,
  deviceToStage,
  fitViewport,
  frameToKling,
  frameToStage,
  klingToFrame,
  pinch,
  stageToClient,
  stageToDevice,
  stageToFrame,
  zoomAt,
  type Viewport,
} from "./geometry";

const frame = { width: 1280, height: 720 };
const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 9);
  expect(a.y).toBeCloseTo(b.y, 9);
};

describe("geometry", () => {
  it("round-trips screen to frame and back under zoom, pan and device pixel ratio", () => {
    const origin = { x: 37, y: 112 };
    for (const vp of [
      { scale: 0.4, x: 12, y: -30 },
      { scale: 3.7, x: -900.5, y: -411 },
      { scale: 1, x: 0, y: 0 },
    ] satisfies Viewport[]) {
      for (const dpr of [1, 1.5, 2, 3]) {
        const client = { x: 403.25, y: 288.75 };
        const device = stageToDevice(clientToStage(client, origin), dpr);
        const f = stageToFrame(deviceToStage(device, dpr), vp);
        close(stageToClient(deviceToStage(stageToDevice(frameToStage(f, vp), dpr), dpr), origin), client);
      }
    }
  });

  it("puts Kling's origin at the bottom-left pixel: y = H - 1 - row", () => {
    expect(frameToKling({ x: 0.5, y: 719.5 }, frame)).toEqual({ x: 0, y: 0, inside: true });
    expect(frameToKling({ x: 0.2, y: 0.2 }, frame)).toEqual({ x: 0, y: 719, inside: true });
    expect(frameToKling({ x: 1279.9, y: 0 }, frame)).toEqual({ x: 1279, y: 719, inside: true });
    expect(frameToKling({ x: 100.5, y: 200.5 }, frame)).toEqual({ x: 100, y: 519, inside: true });
  });

  it("clamps Kling coordinates outside the frame and says so", () => {
    expect(frameToKling({ x: -20, y: 900 }, frame)).toEqual({ x: 0, y: 0, inside: false });
    expect(frameToKling({ x: 5000, y: -3 }, frame)).toEqual({ x: 1279, y: 719, inside: false });
  });

  it("scales to a downscaled target before flipping", () => {
    expect(frameToKling({ x: 640.5, y: 360.5 }, frame, { width: 640, height: 360 })).toEqual({ x: 320, y: 179, inside: true });
    expect(frameToKling({ x: 1279.5, y: 719.5 }, frame, { width: 640, height: 360 })).toEqual({ x: 639, y: 0, inside: true });
  });

  it("round-trips Kling to frame to Kling", () => {
    for (const k of [{ x: 0, y: 0 }, { x: 1279, y: 719 }, { x: 17, y: 600 }]) {
      const f = klingToFrame(k, frame);
      expect(frameToKling(f, frame)).toEqual({ ...k, inside: true });
    }
  });

  it("maps a pointer on a zoomed, panned, high-DPI canvas to the Kling pixel under it", () => {
    const vp = zoomAt(fitViewport(frame, { width: 800, height: 600 }), 2, { x: 400, y: 300 });
    const target = { x: 250.5, y: 100.5 };
    const stage = frameToStage(target, vp);
    const device = stageToDevice(stage, 2);
    const back = stageToFrame(deviceToStage(device, 2), vp);
    expect(frameToKling(back, frame)).toEqual({ x: 250, y: 619, inside: true });
  });

  it("fits the frame centred in the view", () => {
    const vp = fitViewport(frame, { width: 800, height: 600 }, 0);
    expect(vp.scale).toBeCloseTo(800 / 1280);
    expect(vp.x).toBeCloseTo(0);
    expect(vp.y).toBeCloseTo((600 - 720 * vp.scale) / 2);
  });

  it("zooms about the anchor: the frame point under it stays put", () => {
    const vp: Viewport = { scale: 0.5, x: 10, y: 20 };
    const anchor = { x: 300, y: 200 };
    const before = stageToFrame(anchor, vp);
    const after = stageToFrame(anchor, zoomAt(vp, 4, anchor));
    close(after, before);
  });

  it("pinches: spread zooms, the midpoint carries the frame point", () => {
    const vp: Viewport = { scale: 1, x: 0, y: 0 };
    const next = pinch(vp, [{ x: 100, y: 100 }, { x: 200, y: 100 }], [{ x: 120, y: 150 }, { x: 320, y: 150 }]);
    expect(next.scale).toBeCloseTo(2);
    close(stageToFrame({ x: 220, y: 150 }, next), { x: 150, y: 100 });
  });

  it("lets a pan move the drawn canvases while the frame in view stays within them, not across a zoom", () => {
    const view = { width: 600, height: 400 };
    const frameSize = { width: 1200, height: 800 };
    // The whole frame in view (fitted): any pan keeps it within the moved canvases.
    const fitted = { scale: 0.5, x: 0, y: 0 };
    expect(canShift(fitted, { ...fitted, x: 80, y: -35 }, view, frameSize)).toBe(true);
    expect(canShift(fitted, { ...fitted, x: -590, y: 390 }, view, frameSize)).toBe(true);
    // A zoom is never a move.
    expect(canShift(fitted, { scale: 0.6, x: 0, y: 0 }, view, frameSize)).toBe(false);
    // Zoomed in past the view: a pan brings in frame that was never drawn.
    const zoomed = { scale: 2, x: -500, y: -300 };
    expect(canShift(zoomed, { ...zoomed, x: -490 }, view, frameSize)).toBe(false);
    expect(canShift(zoomed, { ...zoomed, y: -310 }, view, frameSize)).toBe(false);
    expect(canShift(zoomed, zoomed, view, frameSize)).toBe(true);
    // Zoomed in on one axis only: moves along the other stay within what was drawn.
    const wide = { scale: 0.5, x: 0, y: 0 };
    const tall = { width: 1000, height: 1600 };
    expect(canShift(wide, { ...wide, x: 40 }, view, tall)).toBe(true);
    expect(canShift(wide, { ...wide, y: -20 }, view, tall)).toBe(false);
    expect(canShift(fitted, { ...fitted, x: 10 }, view, null)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { CAMERA_AXES } from "@/lib/kling/limits";
import { cameraControlSchema } from "@/lib/kling/schemas";
import {
  activeAxis,
  AXIS_INFO,
  cameraControlOf,
  initialCamera,
  isCameraComplete,
  parseAxisInput,
  setAxis,
  setCameraType,
} from "./camera";

describe("camera", () => {
  it("starts with no movement, which the shared schema refuses until the user picks one", () => {
    const c = initialCamera();
    expect(isCameraComplete(c)).toBe(false);
    expect(cameraControlSchema.safeParse(cameraControlOf(c)).success).toBe(false);
  });

  it("setting one axis resets the others and reports which were reset", () => {
    const a = setAxis(initialCamera(), "pan", 4);
    expect(a.reset).toEqual([]);
    const b = setAxis(a.state, "zoom", -3);
    expect(b.reset).toEqual(["pan"]);
    expect(b.state.axes).toEqual({ horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: -3 });
    expect(activeAxis(b.state.axes)).toBe("zoom");
  });

  it("keeps exactly one non-zero axis after any sequence of changes", () => {
    let state = initialCamera();
    for (const [i, axis] of [...CAMERA_AXES, ...CAMERA_AXES].entries()) {
      state = setAxis(state, axis, (i % 2 ? 1 : -1) * (i + 1)).state;
      expect(CAMERA_AXES.filter((a) => state.axes[a] !== 0)).toHaveLength(1);
      expect(cameraControlSchema.safeParse(cameraControlOf(state)).success).toBe(true);
    }
  });

  it("moving the active axis back to 0 leaves no movement and resets nothing", () => {
    const a = setAxis(initialCamera(), "roll", 2).state;
    const b = setAxis(a, "roll", 0);
    expect(b.reset).toEqual([]);
    expect(activeAxis(b.state.axes)).toBeNull();
  });

  it("clamps slider values to [-10, 10]", () => {
    expect(setAxis(initialCamera(), "tilt", 25).state.axes.tilt).toBe(10);
    expect(setAxis(initialCamera(), "tilt", -25).state.axes.tilt).toBe(-10);
  });

  it("refuses typed values outside [-10, 10] or not numbers, and accepts decimals with a comma", () => {
    expect(parseAxisInput("11")).toEqual({ ok: false, reason: "outOfRange" });
    expect(parseAxisInput("abc")).toEqual({ ok: false, reason: "notNumber" });
    expect(parseAxisInput("-2,5")).toEqual({ ok: true, value: -2.5 });
    expect(parseAxisInput("")).toEqual({ ok: true, value: 0 });
  });

  it("sends a preset without config, and keeps the axes for going back to simple", () => {
    const withPan = setAxis(initialCamera(), "pan", 3).state;
    const preset = setCameraType(withPan, "down_back");
    expect(cameraControlOf(preset)).toEqual({ type: "down_back" });
    expect(cameraControlSchema.safeParse(cameraControlOf(preset)).success).toBe(true);
    expect(cameraControlOf(setCameraType(preset, "simple"))).toEqual({
      type: "simple",
      config: { horizontal: 0, vertical: 0, pan: 3, tilt: 0, roll: 0, zoom: 0 },
    });
  });

  it("describes every axis and what each sign means", () => {
    expect(AXIS_INFO.map((a) => a.axis)).toEqual([...CAMERA_AXES]);
    expect(AXIS_INFO.find((a) => a.axis === "roll")).toMatchObject({ negative: "counterClockwise", positive: "clockwise" });
    expect(AXIS_INFO.find((a) => a.axis === "zoom")).toMatchObject({ negative: "narrower", positive: "wider" });
    expect(AXIS_INFO.find((a) => a.axis === "vertical")).toMatchObject({ negative: "down", positive: "up" });
  });
});

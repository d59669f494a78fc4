// Camera control as the composer edits it: a preset, or the six `simple` axes with exactly one non-zero by construction.
import { CAMERA_AXES, CAMERA_MAX, CAMERA_MIN, CAMERA_PRESETS, type CameraAxis, type CameraPreset } from "@/lib/kling/limits";
import type { CameraControl } from "@/lib/kling/schemas";

export type CameraType = "simple" | CameraPreset;
export const CAMERA_TYPES: readonly CameraType[] = ["simple", ...CAMERA_PRESETS];

export type AxisValues = Record<CameraAxis, number>;

export interface CameraState {
  type: CameraType;
  /** Kept while a preset is chosen, so going back to `simple` restores the axis. */
  axes: AxisValues;
}

/** What the sign of each axis means (kling-api.md section 6), as tokens the messages turn into words. */
export type SignMeaning = "left" | "right" | "down" | "up" | "counterClockwise" | "clockwise" | "narrower" | "wider";
export type AxisMotion = "move" | "rotate" | "focal";

export interface AxisInfo {
  axis: CameraAxis;
  motion: AxisMotion;
  /** The axis moved along or rotated about; null for zoom. */
  about: "x" | "y" | "z" | null;
  negative: SignMeaning;
  positive: SignMeaning;
}

export const AXIS_INFO: readonly AxisInfo[] = [
  { axis: "horizontal", motion: "move", about: "x", negative: "left", positive: "right" },
  { axis: "vertical", motion: "move", about: "y", negative: "down", positive: "up" },
  { axis: "pan", motion: "rotate", about: "x", negative: "down", positive: "up" },
  { axis: "tilt", motion: "rotate", about: "y", negative: "left", positive: "right" },
  { axis: "roll", motion: "rotate", about: "z", negative: "counterClockwise", positive: "clockwise" },
  { axis: "zoom", motion: "focal", about: null, negative: "narrower", positive: "wider" },
];

export function zeroAxes(): AxisValues {
  return { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 };
}

/** Nothing chosen yet: pre-flight asks for a movement rather than sending one the user did not pick. */
export function initialCamera(): CameraState {
  return { type: "simple", axes: zeroAxes() };
}

export function activeAxis(axes: AxisValues): CameraAxis | null {
  return CAMERA_AXES.find((a) => axes[a] !== 0) ?? null;
}

export function clampAxis(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(CAMERA_MAX, Math.max(CAMERA_MIN, value));
}

/**
 * Sets one axis and zeroes the others (the API takes exactly one non-zero axis).
 * Returns the axes that were reset, so the panel can say so.
 */
export function setAxis(state: CameraState, axis: CameraAxis, value: number): { state: CameraState; reset: CameraAxis[] } {
  const v = clampAxis(value);
  const reset = v === 0 ? [] : CAMERA_AXES.filter((a) => a !== axis && state.axes[a] !== 0);
  const axes = v === 0 ? { ...state.axes, [axis]: 0 } : { ...zeroAxes(), [axis]: v };
  return { state: { type: "simple", axes }, reset };
}

export function setCameraType(state: CameraState, type: CameraType): CameraState {
  return { ...state, type };
}

export type AxisInput = { ok: true; value: number } | { ok: false; reason: "notNumber" | "outOfRange" };

/** Reads a typed value; out-of-range input is refused (with a reason), never silently clamped. */
export function parseAxisInput(text: string): AxisInput {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "" || trimmed === "-") return { ok: true, value: 0 };
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return { ok: false, reason: "notNumber" };
  if (n < CAMERA_MIN || n > CAMERA_MAX) return { ok: false, reason: "outOfRange" };
  return { ok: true, value: n };
}

/** The `camera_control` object to send. `simple` sends all six axes, as the official example does. */
export function cameraControlOf(state: CameraState): CameraControl {
  if (state.type !== "simple") return { type: state.type };
  return { type: "simple", config: { ...state.axes } };
}

/** True when the state would pass the shared schema (a preset, or exactly one non-zero axis). */
export function isCameraComplete(state: CameraState): boolean {
  return state.type !== "simple" || CAMERA_AXES.filter((a) => state.axes[a] !== 0).length === 1;
}

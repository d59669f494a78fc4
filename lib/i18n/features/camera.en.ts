// The `camera` words (English), loaded with the code that shows them: see lib/i18n/feature-messages.ts.
import type { AxisMotion, CameraType, SignMeaning } from "@/lib/composer/camera";
import type { CameraAxis } from "@/lib/kling/limits";

export const cameraEn = {
  legend: "Camera movement",
  typeLegend: "Movement",
  types: {
    simple: "One axis",
    down_back: "Down and back",
    forward_up: "Forward and up",
    right_turn_forward: "Right turn, forward",
    left_turn_forward: "Left turn, forward",
  } satisfies Record<CameraType, string>,
  typeHints: {
    simple: "six sliders",
    down_back: "preset",
    forward_up: "preset",
    right_turn_forward: "preset",
    left_turn_forward: "preset",
  } satisfies Record<CameraType, string>,
  presetNote: "A preset takes no axes. Your axis setting is kept for “One axis”.",
  axesIntro: "Only one axis can move at a time: moving one resets the others to 0.",
  turnNote: "Kling’s API calls the two turns pan and tilt; the names here say which way the picture turns.",
  axes: {
    horizontal: "Horizontal",
    vertical: "Vertical",
    // Named by what the picture does (Kling's pan turns up/down, its tilt left/right): see glossary.ts.
    pan: "Turn up or down",
    tilt: "Turn left or right",
    roll: "Roll",
    zoom: "Zoom",
  } satisfies Record<CameraAxis, string>,
  motion: (motion: AxisMotion, about: string | null) =>
    motion === "move" ? `moves along the ${about} axis` : motion === "rotate" ? `rotates about the ${about} axis` : "changes the focal length",
  sign: {
    left: "left",
    right: "right",
    down: "down",
    up: "up",
    counterClockwise: "counter-clockwise",
    clockwise: "clockwise",
    narrower: "narrower view",
    wider: "wider view",
  } satisfies Record<SignMeaning, string>,
  valueText: (value: number, meaning: string | null) => (meaning ? `${value}, ${meaning}` : "0, still"),
  numberLabel: (axis: string) => `${axis}, number from −10 to 10`,
  reset: (axes: string) => `${axes} reset to 0: only one axis can move at a time.`,
  notNumber: "Type a number from −10 to 10.",
  outOfRange: "Must be between −10 and 10.",
  none: "No axis is set yet: move one slider, type a value, or choose a preset.",
  active: (axis: string, value: number, meaning: string) => `Sends ${axis} ${value > 0 ? "+" : ""}${value} (${meaning}).`,
};

export type CameraMessages = typeof cameraEn;

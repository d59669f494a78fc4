// The `editor` words (English), loaded with the code that shows them: see lib/i18n/feature-messages.ts.
import { formatNumber } from "../format";

const TAG = "en";

export const editorEn = {
  heading: "Motion brush",
  intro: "Paint what must stay still and up to 6 areas that move, then draw where each area goes.",
  loading: "Loading the editor…",
  noFrame: "Choose a first frame above: the motion brush paints on it.",
  canvasLabel: "Motion brush canvas",
  canvasDescription:
    "Paint with a mouse, pen or finger. Two fingers or the wheel zoom. Every path point can also be edited in the table below the canvas.",
  saved: "Your painting is kept in this browser and comes back after a reload.",
  storageError: "This browser did not save the painting; it will be gone after a reload.",
  tools: {
    label: "Tools",
    brush: "Brush",
    eraser: "Eraser",
    wand: "Select",
    wandLabel: "Select by click (magic wand)",
    path: "Path",
    pan: "Hand",
    panLabel: "Hand: move the view",
  },
  hints: {
    brush: (area: string) => `Brush: paint ${area}.`,
    eraser: (area: string) => `Eraser: remove paint from ${area}.`,
    wand: (area: string) => `Select: click an object to make it ${area}. Shift+click adds, Alt+click removes.`,
    path: (region: string) =>
      `Path of ${region}: drag to draw it, or click to add points one by one. Drag a numbered point to move it; double-click the line to insert a point, double-click a point to delete it.`,
    pathNeedsRegion: "Path: choose a moving region in the list first.",
    pan: "Hand: drag to move the view. The wheel or two fingers zoom.",
    escape: "Escape cancels what you are drawing.",
  },
  size: {
    label: "Brush size",
    value: (px: number) => `${px} px`,
  },
  typedArea: {
    legend: (area: string) => `Add to ${area} without drawing`,
    intro: "Kling coordinates, as in the points table: x from the left, y from the bottom. x and y are the centre.",
    x: "Centre x",
    y: "Centre y",
    width: "Width",
    height: "Height",
    shape: "Shape",
    ellipse: "Ellipse",
    rectangle: "Rectangle",
    addShape: (area: string) => `Add the shape to ${area}`,
    wandAt: (area: string) => `Select the object at the centre point into ${area}`,
  },
  announce: {
    regionAdded: (name: string) => `${name} added and active. Select or paint it, then give it a path.`,
    regionDeleted: (name: string) => `${name} deleted.`,
    pointAdded: (n: number, region: string, x: number, y: number) => `Point ${n} added to ${region} at x ${x}, y ${y}.`,
    pointDeleted: (region: string, left: number) => `Point deleted from ${region}; ${left === 1 ? "1 point" : `${left} points`} left.`,
    pathDrawn: (region: string, points: number) => `Path of ${region} drawn with ${points} points.`,
    wand: (op: "replace" | "add" | "subtract", pixels: number) =>
      `${op === "subtract" ? "Removed" : op === "add" ? "Added" : "Selected"} ${formatNumber(TAG, pixels)} pixels.`,
    wandNothing: "Nothing selected there.",
    shapeAdded: (kind: string, region: string) => `${kind} added to ${region}.`,
  },
  tolerance: {
    label: "Tolerance",
    value: (n: number) => `${n}`,
    valueText: (n: number) => `${n}: ${n < 20 ? "only very close colours" : n < 60 ? "similar colours" : "broad colour range"}`,
  },
  zoom: {
    label: "Zoom",
    out: "Zoom out",
    in: "Zoom in",
    fit: "Fit",
    fitLabel: "Fit the frame in view",
    actual: "100%",
    actualLabel: "Zoom to 100%: one image pixel per screen pixel",
    level: (percent: number) => `${percent}%`,
    levelLabel: (percent: number) => `Zoom level ${percent}%`,
  },
  history: {
    undo: "Undo",
    redo: "Redo",
  },
  readout: {
    label: "Pointer, in Kling coordinates",
    value: (x: number, y: number) => `x ${x}, y ${y}`,
    outside: "(outside the frame)",
    none: "move the pointer over the frame",
    origin: "Origin (0, 0) is the bottom-left corner; y grows upward.",
  },
  canvasText: {
    origin: "0,0",
    x: "x",
    y: "y",
  },
  layers: {
    heading: "Areas",
    precedence:
      "Where areas overlap, each pixel goes to one area only: a moving region wins over the static area, and a region higher in this list wins over the ones below it. Hidden areas are still sent.",
    staticName: "Static area",
    staticHint: "keeps still",
    select: (name: string) => `Work on ${name}`,
    show: (name: string) => `Show ${name}`,
    hide: (name: string) => `Hide ${name}`,
    clear: (name: string) => `Clear ${name}`,
    remove: (name: string) => `Delete ${name}`,
    rename: (name: string) => `Name of ${name}`,
    pathPoints: (n: number) => (n === 0 ? "no path yet" : n === 1 ? "1 path point" : `${n} path points`),
    notPainted: "not painted yet",
    add: "Add a moving region",
    defaultName: (n: number) => `Region ${n}`,
    full: (max: number) =>
      `At most ${max} moving regions: Kling takes ${max} dynamic masks per request. Delete one to add another.`,
  },
  points: {
    caption: (name: string) => `Path of ${name}, in Kling coordinates (origin at the bottom-left, y upward)`,
    empty: (name: string) => `${name} has no path yet. Draw it on the canvas with the Path tool, or add points here.`,
    direction: "The area moves from point 1 to the last point.",
    number: "Point",
    x: "x",
    y: "y",
    actions: "Actions",
    xLabel: (i: number) => `Point ${i}, x`,
    yLabel: (i: number) => `Point ${i}, y`,
    insertAfter: (i: number) => `Insert a point after point ${i}`,
    remove: (i: number) => `Delete point ${i}`,
    add: "Add a point",
    clear: "Clear the path",
    full: (max: number) => `A path has at most ${max} points.`,
    tooShort: "A path needs at least 2 points.",
  },
  refusals: {
    noFrame: "Choose a first frame before painting.",
    pathNeedsRegion: "The static area has no path: choose or add a moving region first.",
    pathFull: (max: number) => `A path has at most ${max} points: drag or delete points instead.`,
  },
};

export type EditorMessages = typeof editorEn;

// Kling models and what each one takes, as data (kling-api.md sections 7, 13 and 14). The map changes
// faster than the app: the operator can replace or extend it (lib/kling/catalog.ts), and combinations
// outside it produce warnings, never errors, except where section 4 states a hard rule.

/** Ids are data: an operator's capability file may add models, so this is any string. */
export type Image2VideoModel = string;

export const MULTI_IMAGE2VIDEO_MODELS = ["kling-v1-6"] as const;
export type MultiImage2VideoModel = (typeof MULTI_IMAGE2VIDEO_MODELS)[number];

export const MODES = ["std", "pro", "4k"] as const;
export type Mode = (typeof MODES)[number];
/** Every duration Kling's contract allows, in seconds, sent as strings. Which a model lists: its data. */
export const MIN_DURATION = 3;
export const MAX_DURATION = 15;
export type Duration = string;
export const MULTI_IMAGE_DURATIONS = ["5", "10"] as const;
export const ASPECT_RATIOS = ["16:9", "9:16", "1:1"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

/** The feature a request uses; at most one of the three exclusive groups, or none. */
export type Feature = "plain" | "first_last_frame" | "motion_brush" | "camera" | "sound" | "multi_image";
export const FEATURES = ["plain", "first_last_frame", "motion_brush", "camera", "sound", "multi_image"] as const;

/** A supported (mode, duration) pair. `mode: null` means the model takes no mode at all. */
export interface Combo {
  mode: Mode | null;
  duration: Duration;
}

/** Modes and durations a feature is listed with; every pair of them is listed. `modes: []` = no mode is sent. */
export interface FeatureSupport {
  modes: Mode[];
  durations: Duration[];
}

/** `sourceCode` names a built-in source the browser words itself; `source` is the English (or operator) text. */
export type ModelStatus = { state: "live" } | { state: "retired"; since?: string; source: string; sourceCode?: "partnerDocs" | "reported" };

/** Units per second of output; `null` = not published (shown as unknown, never 0). */
export interface Rates {
  std: number | null;
  pro: number | null;
  "4k": number | null;
  /** With sound on; `null` = not published separately. */
  sound: number | null;
}

export interface ModelInfo {
  id: Image2VideoModel;
  label: string;
  status: ModelStatus;
  takesCfgScale: boolean;
  /** Voices need sound; both only where listed. */
  takesSound: boolean;
  takesVoices: boolean;
  multiShot: boolean;
  elements: boolean;
  relayOnly?: boolean;
  features: Partial<Record<Feature, FeatureSupport>>;
  /** Camera: whether only the `simple` type is listed. */
  cameraSimpleOnly?: boolean;
  /** Sound is listed only for plain image-to-video (no last frame, brush or camera). */
  soundPlainOnly?: boolean;
  rates: Rates;
  note?: string;
}

export const RETIRED_2026_09_15: ModelStatus = {
  state: "retired",
  since: "2026-09-15",
  source: "Kling's API partner docs (Comfy-Org/docs#1326)",
  sourceCode: "partnerDocs",
};
const REPORTED_RETIRED: ModelStatus = {
  state: "retired",
  since: "2026-09-15",
  source: "reported: Kling's retirement list of 2026-08-26; not in the enum on 2026-10-04",
  sourceCode: "reported",
};
const LIVE: ModelStatus = { state: "live" };

const range = (from: number, to: number): Duration[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const FIVE_TEN: Duration[] = ["5", "10"];
const STD_PRO: Mode[] = ["std", "pro"];
const UNKNOWN: Rates = { std: null, pro: null, "4k": null, sound: null };
const older = { takesSound: false, takesVoices: false, multiShot: false, elements: false, rates: UNKNOWN };

export const BUILTIN_MODELS: readonly ModelInfo[] = [
  {
    id: "kling-v3",
    label: "Kling 3.0",
    status: LIVE,
    takesCfgScale: false,
    takesSound: true,
    takesVoices: true,
    multiShot: true,
    elements: true,
    features: {
      plain: { modes: ["std", "pro", "4k"], durations: range(3, 15) },
      first_last_frame: { modes: ["std", "pro", "4k"], durations: range(3, 15) },
      sound: { modes: ["std", "pro", "4k"], durations: range(3, 15) },
    },
    rates: { std: 0.6, pro: 0.8, "4k": 3.0, sound: null },
  },
  {
    id: "kling-v2-6",
    label: "Kling 2.6",
    status: LIVE,
    takesCfgScale: false,
    takesSound: true,
    takesVoices: true,
    multiShot: false,
    elements: false,
    features: {
      plain: { modes: STD_PRO, durations: range(3, 10) },
      first_last_frame: { modes: ["pro"], durations: range(3, 10) },
      sound: { modes: ["pro"], durations: range(3, 10) },
    },
    rates: { std: 0.3, pro: 0.5, "4k": null, sound: 1.0 },
    soundPlainOnly: true,
    note: "std is silent; sound and voices need pro; first + last frame is silent",
  },
  {
    id: "kling-v2-5-turbo",
    label: "Kling 2.5 Turbo",
    status: LIVE,
    takesCfgScale: false,
    ...older,
    features: { plain: { modes: STD_PRO, durations: FIVE_TEN }, first_last_frame: { modes: ["pro"], durations: FIVE_TEN } },
    rates: { std: 0.3, pro: 0.5, "4k": null, sound: null },
  },
  {
    id: "kling-v2-1",
    label: "Kling 2.1",
    status: RETIRED_2026_09_15,
    takesCfgScale: false,
    ...older,
    features: { plain: { modes: STD_PRO, durations: FIVE_TEN }, first_last_frame: { modes: ["pro"], durations: FIVE_TEN } },
  },
  {
    id: "kling-v2-1-master",
    label: "Kling 2.1 Master",
    status: RETIRED_2026_09_15,
    takesCfgScale: false,
    ...older,
    features: { plain: { modes: [], durations: FIVE_TEN } },
  },
  {
    id: "kling-v2-master",
    label: "Kling 2.0 Master",
    status: REPORTED_RETIRED,
    takesCfgScale: false,
    ...older,
    features: { plain: { modes: [], durations: FIVE_TEN } },
  },
  {
    id: "kling-v1-6",
    label: "Kling 1.6",
    status: RETIRED_2026_09_15,
    takesCfgScale: true,
    ...older,
    features: {
      plain: { modes: STD_PRO, durations: FIVE_TEN },
      first_last_frame: { modes: ["pro"], durations: FIVE_TEN },
      multi_image: { modes: STD_PRO, durations: FIVE_TEN },
    },
  },
  {
    id: "kling-v1-5",
    label: "Kling 1.5",
    status: RETIRED_2026_09_15,
    takesCfgScale: true,
    ...older,
    features: {
      plain: { modes: STD_PRO, durations: FIVE_TEN },
      first_last_frame: { modes: ["pro"], durations: FIVE_TEN },
      motion_brush: { modes: ["pro"], durations: ["5"] },
      camera: { modes: ["pro"], durations: ["5"] },
    },
    cameraSimpleOnly: true,
  },
  {
    id: "kling-v1",
    label: "Kling 1.0",
    status: REPORTED_RETIRED,
    takesCfgScale: true,
    ...older,
    features: {
      plain: { modes: STD_PRO, durations: FIVE_TEN },
      first_last_frame: { modes: STD_PRO, durations: ["5"] },
      motion_brush: { modes: STD_PRO, durations: ["5"] },
    },
  },
  {
    id: "kling-v2-5",
    label: "Kling 2.5",
    status: LIVE,
    takesCfgScale: false,
    ...older,
    relayOnly: true,
    features: { plain: { modes: STD_PRO, durations: FIVE_TEN } },
    note: "listed by some relays only",
  },
];

/** About US$0.14 per unit in Kling's 2026 price list (section 14). */
export const BUILTIN_UNIT_PRICE_USD = 0.14;

/** Every listed (mode, duration) pair of a feature. */
export function combosOf(f: FeatureSupport | undefined): Combo[] {
  if (!f) return [];
  const modes: (Mode | null)[] = f.modes.length > 0 ? f.modes : [null];
  return modes.flatMap((mode) => f.durations.map((duration) => ({ mode, duration })));
}

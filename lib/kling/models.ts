// Kling models and what each one takes, as data. The map changes faster than the app:
// combinations outside it produce warnings, never errors (kling-api.md sections 7 and 12).

export const IMAGE2VIDEO_MODELS = [
  "kling-v1",
  "kling-v1-5",
  "kling-v1-6",
  "kling-v2-master",
  "kling-v2-1",
  "kling-v2-1-master",
  "kling-v2-5-turbo",
  "kling-v2-6",
  "kling-v2-5",
] as const;
export type Image2VideoModel = (typeof IMAGE2VIDEO_MODELS)[number];

export const MULTI_IMAGE2VIDEO_MODELS = ["kling-v1-6"] as const;
export type MultiImage2VideoModel = (typeof MULTI_IMAGE2VIDEO_MODELS)[number];

export const MODES = ["std", "pro"] as const;
export type Mode = (typeof MODES)[number];
export const DURATIONS = ["5", "10"] as const;
export type Duration = (typeof DURATIONS)[number];
export const ASPECT_RATIOS = ["16:9", "9:16", "1:1"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

/** The feature a request uses; at most one of the three exclusive groups, or none. */
export type Feature = "plain" | "first_last_frame" | "motion_brush" | "camera" | "sound";

/** A supported (mode, duration) pair. `mode: null` means the model takes no mode at all. */
export interface Combo {
  mode: Mode | null;
  duration: Duration;
}

export interface ModelInfo {
  id: Image2VideoModel;
  label: string;
  takesCfgScale: boolean;
  takesSound: boolean;
  relayOnly?: boolean;
  /** Combinations per feature; a missing feature means the model does not list it. */
  features: Partial<Record<Feature, Combo[]>>;
  /** Camera: whether only the `simple` type is listed. */
  cameraSimpleOnly?: boolean;
  note?: string;
}

const all = (modes: (Mode | null)[], durations: Duration[]): Combo[] =>
  modes.flatMap((mode) => durations.map((duration) => ({ mode, duration })));

export const MODEL_CAPABILITIES: readonly ModelInfo[] = [
  {
    id: "kling-v1",
    label: "Kling 1.0",
    takesCfgScale: true,
    takesSound: false,
    features: {
      plain: all(["std", "pro"], ["5", "10"]),
      first_last_frame: all(["std", "pro"], ["5"]),
      motion_brush: all(["std", "pro"], ["5"]),
    },
  },
  {
    id: "kling-v1-5",
    label: "Kling 1.5",
    takesCfgScale: true,
    takesSound: false,
    features: {
      plain: all(["std", "pro"], ["5", "10"]),
      first_last_frame: all(["pro"], ["5", "10"]),
      motion_brush: all(["pro"], ["5"]),
      camera: all(["pro"], ["5"]),
    },
    cameraSimpleOnly: true,
  },
  {
    id: "kling-v1-6",
    label: "Kling 1.6",
    takesCfgScale: true,
    takesSound: false,
    features: {
      plain: all(["std", "pro"], ["5", "10"]),
      first_last_frame: all(["pro"], ["5", "10"]),
    },
  },
  {
    id: "kling-v2-master",
    label: "Kling 2.0 Master",
    takesCfgScale: false,
    takesSound: false,
    features: { plain: all([null], ["5", "10"]) },
  },
  {
    id: "kling-v2-1",
    label: "Kling 2.1",
    takesCfgScale: false,
    takesSound: false,
    features: {
      plain: all(["std", "pro"], ["5", "10"]),
      first_last_frame: all(["pro"], ["5", "10"]),
    },
  },
  {
    id: "kling-v2-1-master",
    label: "Kling 2.1 Master",
    takesCfgScale: false,
    takesSound: false,
    features: { plain: all([null], ["5", "10"]) },
  },
  {
    id: "kling-v2-5-turbo",
    label: "Kling 2.5 Turbo",
    takesCfgScale: false,
    takesSound: false,
    features: {
      plain: all(["pro"], ["5", "10"]),
      first_last_frame: all(["pro"], ["5", "10"]),
    },
    note: "std mode is uncertain for this model",
  },
  {
    id: "kling-v2-6",
    label: "Kling 2.6",
    takesCfgScale: false,
    takesSound: true,
    features: {
      plain: all(["std", "pro"], ["5", "10"]),
      first_last_frame: all(["pro"], ["5", "10"]),
      sound: all(["pro"], ["5", "10"]),
    },
    note: "std is silent; audio needs pro",
  },
  {
    id: "kling-v2-5",
    label: "Kling 2.5 (relays)",
    takesCfgScale: false,
    takesSound: false,
    relayOnly: true,
    features: { plain: all(["std", "pro"], ["5", "10"]) },
    note: "listed by some relays only",
  },
];

export const CFG_SCALE_MODELS: readonly Image2VideoModel[] = MODEL_CAPABILITIES.filter((m) => m.takesCfgScale).map(
  (m) => m.id,
);
export const SOUND_MODELS: readonly Image2VideoModel[] = MODEL_CAPABILITIES.filter((m) => m.takesSound).map((m) => m.id);

export function modelInfo(id: string): ModelInfo | undefined {
  return MODEL_CAPABILITIES.find((m) => m.id === id);
}

// Warnings (never errors) for combinations outside the capability map, with the combos that are listed.
import { modelInfo, MODEL_CAPABILITIES, type Combo, type Feature, type Image2VideoModel, type Mode, type Duration } from "./models";

export interface CapabilityQuery {
  model: string;
  mode?: Mode;
  duration?: Duration;
  feature: Feature;
  /** For camera: the type in use (presets are outside the map for models that list `simple` only). */
  cameraType?: string;
}

export interface CapabilityWarning {
  field: "model_name" | "mode" | "duration" | "camera_control";
  message: string;
  /** Combinations of this model that are listed for the feature. */
  supported: Combo[];
  /** Other models listing this feature. */
  otherModels: Image2VideoModel[];
}

const FEATURE_NAMES: Record<Feature, string> = {
  plain: "plain image-to-video",
  first_last_frame: "first + last frame",
  motion_brush: "the motion brush",
  camera: "camera control",
  sound: "sound",
};

export function describeCombo(c: Combo): string {
  return c.mode ? `${c.mode} ${c.duration}s` : `${c.duration}s (no mode)`;
}

export function capabilityWarnings(q: CapabilityQuery): CapabilityWarning[] {
  const info = modelInfo(q.model);
  const otherModels = MODEL_CAPABILITIES.filter((m) => m.id !== q.model && m.features[q.feature]).map((m) => m.id);
  if (!info) return [];
  const combos = info.features[q.feature];
  const feature = FEATURE_NAMES[q.feature];
  if (!combos) {
    return [{ field: "model_name", message: `${info.id} does not list ${feature}`, supported: [], otherModels }];
  }
  const warnings: CapabilityWarning[] = [];
  const modeless = combos.every((c) => c.mode === null);
  const mode = modeless ? null : (q.mode ?? "std");
  const duration = q.duration ?? "5";
  const listed = combos.some((c) => c.mode === mode && c.duration === duration);
  if (!listed) {
    const field = combos.some((c) => c.mode === mode) ? "duration" : "mode";
    warnings.push({
      field,
      message: `${info.id} lists ${feature} only as ${combos.map(describeCombo).join(", ")}`,
      supported: combos,
      otherModels,
    });
  }
  if (q.feature === "camera" && info.cameraSimpleOnly && q.cameraType && q.cameraType !== "simple") {
    warnings.push({
      field: "camera_control",
      message: `${info.id} lists only the "simple" camera type, not the preset "${q.cameraType}"`,
      supported: combos,
      otherModels,
    });
  }
  return warnings;
}

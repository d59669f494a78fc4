// Warnings (never errors) for combinations outside the capability map, with the combos that are listed.
import { BUILTIN_CATALOG, findModel, type Catalog } from "./builtin-catalog";
import { combosOf, type Combo, type Duration, type Feature, type Image2VideoModel, type Mode } from "./models";

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
  /** The browser words the warning from these (lib/i18n `issueCodes`); `message` is the English fallback. */
  code: "cap.notListed" | "cap.onlyAs" | "cap.simpleOnly";
  params: { model: string; feature: Feature; preset?: string };
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
  multi_image: "multi-image-to-video",
};

export function describeCombo(c: Combo): string {
  return c.mode ? `${c.mode} ${c.duration}s` : `${c.duration}s (no mode)`;
}

/** "std, pro 3-15s" rather than 39 pairs. */
function describeCombos(combos: Combo[]): string {
  const modes = [...new Set(combos.map((c) => c.mode))];
  const durations = [...new Set(combos.map((c) => Number(c.duration)))].sort((a, b) => a - b);
  const full = combos.length === modes.length * durations.length;
  const contiguous = durations.length > 2 && durations.every((d, i) => i === 0 || d === durations[i - 1]! + 1);
  if (!full || !contiguous) return combos.map(describeCombo).join(", ");
  const secs = `${durations[0]}-${durations[durations.length - 1]}s`;
  return modes[0] === null ? `${secs} (no mode)` : `${modes.join(", ")} ${secs}`;
}

export function capabilityWarnings(q: CapabilityQuery, catalog: Catalog = BUILTIN_CATALOG): CapabilityWarning[] {
  const info = findModel(catalog, q.model);
  const otherModels = catalog.models.filter((m) => m.id !== q.model && m.features[q.feature]).map((m) => m.id);
  if (!info) return [];
  const combos = combosOf(info.features[q.feature]);
  const feature = FEATURE_NAMES[q.feature];
  if (combos.length === 0) {
    const params = { model: info.id, feature: q.feature };
    return [{ field: "model_name", code: "cap.notListed", params, message: `${info.id} does not list ${feature}`, supported: [], otherModels }];
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
      code: "cap.onlyAs",
      params: { model: info.id, feature: q.feature },
      message: `${info.id} lists ${feature} only as ${describeCombos(combos)}`,
      supported: combos,
      otherModels,
    });
  }
  if (q.feature === "camera" && info.cameraSimpleOnly && q.cameraType && q.cameraType !== "simple") {
    warnings.push({
      field: "camera_control",
      code: "cap.simpleOnly",
      params: { model: info.id, feature: q.feature, preset: q.cameraType },
      message: `${info.id} lists only the "simple" camera type, not the preset "${q.cameraType}"`,
      supported: combos,
      otherModels,
    });
  }
  return warnings;
}

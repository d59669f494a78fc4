// Capability advice: each warning from the capability map with the one-click switches that would clear it.
import { capabilityWarnings, type CapabilityWarning } from "@/lib/kling/capabilities";
import { MODEL_CAPABILITIES, modelInfo, type Combo, type Duration, type Feature, type Image2VideoModel, type Mode } from "@/lib/kling/models";
import type { CameraType } from "./camera";
import { modelTakesMode, modelTakesSound, type ExclusiveGroup } from "./request-body";

export interface CapabilityContext {
  model: Image2VideoModel;
  mode: Mode;
  duration: Duration;
  group: ExclusiveGroup;
  cameraType: CameraType;
  sound: "on" | "off";
}

export type Switch =
  | { kind: "combo"; mode?: Mode; duration?: Duration }
  | { kind: "model"; model: Image2VideoModel; mode?: Mode; duration?: Duration }
  | { kind: "cameraSimple" }
  | { kind: "soundOff" };

export interface Advice {
  field: CapabilityWarning["field"] | "sound";
  message: string;
  switches: Switch[];
}

const GROUP_FEATURE: Record<ExclusiveGroup, Feature | null> = {
  first_frame: null,
  first_last_frame: "first_last_frame",
  motion_brush: "motion_brush",
  camera: "camera",
};

export function featureFor(ctx: CapabilityContext): Feature {
  const byGroup = GROUP_FEATURE[ctx.group];
  if (byGroup) return byGroup;
  return ctx.sound === "on" && modelTakesSound(ctx.model) ? "sound" : "plain";
}

function warningsFor(ctx: CapabilityContext): CapabilityWarning[] {
  return capabilityWarnings({
    model: ctx.model,
    mode: modelTakesMode(ctx.model) ? ctx.mode : undefined,
    duration: ctx.duration,
    feature: featureFor(ctx),
    cameraType: ctx.group === "camera" ? ctx.cameraType : undefined,
  });
}

export function applySwitch(ctx: CapabilityContext, s: Switch): CapabilityContext {
  switch (s.kind) {
    case "combo":
      return { ...ctx, ...(s.mode ? { mode: s.mode } : {}), ...(s.duration ? { duration: s.duration } : {}) };
    case "model":
      return { ...ctx, model: s.model, ...(s.mode ? { mode: s.mode } : {}), ...(s.duration ? { duration: s.duration } : {}) };
    case "cameraSimple":
      return { ...ctx, cameraType: "simple" };
    case "soundOff":
      return { ...ctx, sound: "off" };
  }
}

/** The change a combo needs from the current settings (empty when it is the current one). */
function comboChange(ctx: CapabilityContext, c: Combo): { mode?: Mode; duration?: Duration } {
  const change: { mode?: Mode; duration?: Duration } = {};
  if (c.mode !== null && c.mode !== ctx.mode) change.mode = c.mode;
  if (c.duration !== ctx.duration) change.duration = c.duration;
  return change;
}

const changes = (c: { mode?: Mode; duration?: Duration }) => Number(c.mode !== undefined) + Number(c.duration !== undefined);

/** Listed combos ordered by how little they change; only the smallest changes are offered. */
function closestCombos(ctx: CapabilityContext, combos: Combo[]): { mode?: Mode; duration?: Duration }[] {
  const options = combos.map((c) => comboChange(ctx, c));
  const fewest = Math.min(...options.map(changes));
  const seen = new Set<string>();
  return options
    .filter((o) => changes(o) === fewest)
    .filter((o) => {
      const key = `${o.mode}/${o.duration}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const MAX_MODEL_SWITCHES = 4;

function switchesFor(ctx: CapabilityContext, w: CapabilityWarning, feature: Feature): Switch[] {
  if (w.field === "camera_control") return [{ kind: "cameraSimple" }];
  if (w.field === "model_name") {
    return w.otherModels
      .filter((id) => !modelInfo(id)?.relayOnly)
      .slice(0, MAX_MODEL_SWITCHES)
      .flatMap((id): Switch[] => {
        const combos = modelInfo(id)?.features[feature] ?? [];
        const best = closestCombos({ ...ctx, model: id }, combos)[0];
        return best ? [{ kind: "model", model: id, ...best }] : [];
      });
  }
  return closestCombos(ctx, w.supported).map((c): Switch => ({ kind: "combo", ...c }));
}

/** Every warning for the current settings, each with switches that clear it (checked against the map). */
export function capabilityAdvice(ctx: CapabilityContext): Advice[] {
  const feature = featureFor(ctx);
  const advice: Advice[] = warningsFor(ctx).map((w) => ({
    field: w.field,
    message: w.message,
    // Only switches that really clear this warning are offered.
    switches: switchesFor(ctx, w, feature).filter((s) => !warningsFor(applySwitch(ctx, s)).some((x) => x.field === w.field)),
  }));
  // kling-v2-6 lists sound only for plain image-to-video ("first + last frame: no audio").
  if (ctx.sound === "on" && modelTakesSound(ctx.model) && ctx.group !== "first_frame") {
    advice.push({
      field: "sound",
      message: `${ctx.model} lists sound only without a last frame, motion brush or camera control`,
      switches: [{ kind: "soundOff" }],
    });
  }
  return advice;
}

/** Models that list a feature at all, for "which models do" hints. */
export function modelsListing(feature: Feature): Image2VideoModel[] {
  return MODEL_CAPABILITIES.filter((m) => m.features[feature]).map((m) => m.id);
}

// Capability advice: each warning from the capability map with the one-click switches that would clear it.
import { capabilityWarnings, type CapabilityWarning } from "@/lib/kling/capabilities";
import { BUILTIN_CATALOG, findModel, type Catalog } from "@/lib/kling/builtin-catalog";
import { combosOf, type Combo, type Duration, type Feature, type Image2VideoModel, type Mode } from "@/lib/kling/models";
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
  /** Set where the browser words the advice itself (lib/i18n); `message` is the English fallback. */
  code?: "retired" | CapabilityWarning["code"] | "cap.soundPlainOnly";
  params?: { model: string; since?: string; source?: string; sourceCode?: "partnerDocs" | "reported"; feature?: Feature; preset?: string };
  /** For "cap.onlyAs": the listed combinations, worded in the browser. */
  supported?: Combo[];
  switches: Switch[];
}

/** A retired model is outside the live map: said plainly, with the live models that list the feature. */
function retiredAdvice(ctx: CapabilityContext, feature: Feature, catalog: Catalog): Advice[] {
  const info = findModel(catalog, ctx.model);
  if (info?.status.state !== "retired") return [];
  const { since = "", source, sourceCode } = info.status;
  const live = catalog.models.filter((m) => m.status.state === "live" && !m.relayOnly && m.features[feature]);
  const switches = live.slice(0, MAX_MODEL_SWITCHES).flatMap((m): Switch[] => {
    const best = closestCombos({ ...ctx, model: m.id }, combosOf(m.features[feature]))[0];
    return best ? [{ kind: "model", model: m.id, ...best }] : [];
  });
  return [
    {
      field: "model_name",
      code: "retired",
      params: { model: info.id, since, source, ...(sourceCode ? { sourceCode } : {}) },
      message: `${info.id} is retired on the official Kling API${since ? ` since ${since}` : ""} (${source}); only a relay or deployment that still serves it will run it`,
      switches,
    },
  ];
}

const GROUP_FEATURE: Record<ExclusiveGroup, Feature | null> = {
  first_frame: null,
  first_last_frame: "first_last_frame",
  motion_brush: "motion_brush",
  camera: "camera",
};

export function featureFor(ctx: CapabilityContext, catalog: Catalog = BUILTIN_CATALOG): Feature {
  const byGroup = GROUP_FEATURE[ctx.group];
  if (byGroup) return byGroup;
  return ctx.sound === "on" && modelTakesSound(ctx.model, catalog) ? "sound" : "plain";
}

function warningsFor(ctx: CapabilityContext, catalog: Catalog): CapabilityWarning[] {
  return capabilityWarnings(
    {
      model: ctx.model,
      mode: modelTakesMode(ctx.model, catalog) ? ctx.mode : undefined,
      duration: ctx.duration,
      feature: featureFor(ctx, catalog),
      cameraType: ctx.group === "camera" ? ctx.cameraType : undefined,
    },
    catalog,
  );
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

function switchesFor(ctx: CapabilityContext, w: CapabilityWarning, feature: Feature, catalog: Catalog): Switch[] {
  if (w.field === "camera_control") return [{ kind: "cameraSimple" }];
  if (w.field === "model_name") {
    return w.otherModels
      .filter((id) => !findModel(catalog, id)?.relayOnly)
      .slice(0, MAX_MODEL_SWITCHES)
      .flatMap((id): Switch[] => {
        const combos = combosOf(findModel(catalog, id)?.features[feature]);
        const best = closestCombos({ ...ctx, model: id }, combos)[0];
        return best ? [{ kind: "model", model: id, ...best }] : [];
      });
  }
  return closestCombos(ctx, w.supported).map((c): Switch => ({ kind: "combo", ...c }));
}

/** Every warning for the current settings, each with switches that clear it (checked against the map). */
export function capabilityAdvice(ctx: CapabilityContext, catalog: Catalog = BUILTIN_CATALOG): Advice[] {
  const feature = featureFor(ctx, catalog);
  const advice: Advice[] = warningsFor(ctx, catalog).map((w) => ({
    field: w.field,
    message: w.message,
    code: w.code,
    params: w.params,
    supported: w.supported,
    // Only switches that really clear this warning are offered.
    switches: switchesFor(ctx, w, feature, catalog).filter(
      (s) => !warningsFor(applySwitch(ctx, s), catalog).some((x) => x.field === w.field),
    ),
  }));
  advice.push(...retiredAdvice(ctx, feature, catalog));
  // kling-v2-6 lists sound only for plain image-to-video ("first + last frame: no audio").
  if (ctx.sound === "on" && modelTakesSound(ctx.model, catalog) && findModel(catalog, ctx.model)?.soundPlainOnly && ctx.group !== "first_frame") {
    advice.push({
      field: "sound",
      code: "cap.soundPlainOnly",
      params: { model: ctx.model },
      message: `${ctx.model} lists sound only without a last frame, motion brush or camera control`,
      switches: [{ kind: "soundOff" }],
    });
  }
  return advice;
}

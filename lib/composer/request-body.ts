// Which composer settings become which Kling fields, for both task kinds. Pure: images arrive as strings.
import { BUILTIN_CATALOG, findModel, type Catalog } from "@/lib/kling/builtin-catalog";
import { MULTI_IMAGE2VIDEO_MODELS, type AspectRatio, type Duration, type Image2VideoModel, type Mode } from "@/lib/kling/models";
import type { DynamicMask } from "@/lib/kling/schemas";
import { cameraControlOf, initialCamera, isCameraComplete, type CameraState } from "./camera";

/** The three exclusive groups, plus "first frame only". At most one group is ever sent. */
export const EXCLUSIVE_GROUPS = ["first_frame", "first_last_frame", "motion_brush", "camera"] as const;
export type ExclusiveGroup = (typeof EXCLUSIVE_GROUPS)[number];

export const DEFAULT_CFG_SCALE = 0.5;

export interface Image2VideoDraft {
  model: Image2VideoModel;
  mode: Mode;
  duration: Duration;
  prompt: string;
  negativePrompt: string;
  /** Sent only to models that take it (kling-v1, v1-5, v1-6). */
  cfgScale: number;
  group: ExclusiveGroup;
  camera: CameraState;
  /** Sent only to models that take sound (kling-v2-6). */
  sound: "on" | "off";
  /** Voice ids; sent only with sound on. Blank rows are sent as they are so pre-flight names them. */
  voices: string[];
  /** Multi-shot (models that list it): off, Kling plans the shots, or the user's own shots. */
  multiShot: MultiShotChoice;
  /** Custom shots: a prompt and whole seconds each; sent as multi_prompt with string durations. */
  shots: Shot[];
  /** Element ids from the account's element library, as typed; sent as integers. */
  elements: string[];
  /** When true `watermark_info: {enabled: true}` is sent; otherwise the field is left out. */
  watermark: boolean;
  callbackUrl: string;
  externalTaskId: string;
}

export type MultiShotChoice = "off" | "intelligence" | "customize";
export interface Shot {
  prompt: string;
  seconds: number;
}

/** The image-carrying fields, already encoded for sending (raw base64 or URLs). */
export interface Image2VideoImages {
  image?: string;
  image_tail?: string;
  static_mask?: string;
  dynamic_masks?: DynamicMask[];
}

export function defaultImage2VideoDraft(externalTaskId: string, model: Image2VideoModel = "kling-v3"): Image2VideoDraft {
  return {
    model,
    mode: "std",
    duration: "5",
    prompt: "",
    negativePrompt: "",
    cfgScale: DEFAULT_CFG_SCALE,
    group: "first_frame",
    camera: initialCamera(),
    sound: "off",
    voices: [],
    multiShot: "off",
    shots: [],
    elements: [],
    watermark: false,
    callbackUrl: "",
    externalTaskId,
  };
}

/** Models such as kling-v2-master list no std/pro at all: no mode is sent to them. */
export function modelTakesMode(model: string, catalog: Catalog = BUILTIN_CATALOG): boolean {
  const plain = findModel(catalog, model)?.features.plain;
  return !plain || plain.modes.length > 0;
}

export const modelTakesCfgScale = (model: string, catalog: Catalog = BUILTIN_CATALOG) => findModel(catalog, model)?.takesCfgScale === true;
export const modelTakesSound = (model: string, catalog: Catalog = BUILTIN_CATALOG) => findModel(catalog, model)?.takesSound === true;
export const modelTakesVoices = (model: string, catalog: Catalog = BUILTIN_CATALOG) => findModel(catalog, model)?.takesVoices === true;
export const modelTakesMultiShot = (model: string, catalog: Catalog = BUILTIN_CATALOG) => findModel(catalog, model)?.multiShot === true;
export const modelTakesElements = (model: string, catalog: Catalog = BUILTIN_CATALOG) => findModel(catalog, model)?.elements === true;

/** The durations and modes the model lists for plain image-to-video (what its fields offer). */
export function modelChoices(model: string, catalog: Catalog = BUILTIN_CATALOG): { modes: Mode[]; durations: Duration[] } {
  const plain = findModel(catalog, model)?.features.plain;
  return { modes: plain?.modes ?? ["std", "pro"], durations: plain?.durations ?? ["5", "10"] };
}

/** After a model change: a duration or mode the new model does not offer becomes the nearest one it does. */
export function fitDraftToModel(d: Image2VideoDraft, model: string, catalog: Catalog = BUILTIN_CATALOG): Pick<Image2VideoDraft, "model" | "mode" | "duration"> {
  const { modes, durations } = modelChoices(model, catalog);
  const want = Number(d.duration);
  const duration = durations.includes(d.duration)
    ? d.duration
    : (durations.reduce<Duration | undefined>((best, x) => (best === undefined || Math.abs(Number(x) - want) < Math.abs(Number(best) - want) ? x : best), undefined) ?? d.duration);
  const mode = modes.length === 0 || modes.includes(d.mode) ? d.mode : (modes[0] ?? d.mode);
  return { model, mode, duration };
}

/** Seconds not yet given to a shot (negative when the shots run over). */
export const remainingSeconds = (d: Pick<Image2VideoDraft, "duration" | "shots">) =>
  Number(d.duration) - d.shots.reduce((sum, s) => sum + s.seconds, 0);

/** The native image2video body, in a stable field order (the preview shows it as sent). */
export function buildImage2VideoBody(d: Image2VideoDraft, images: Image2VideoImages, catalog: Catalog = BUILTIN_CATALOG): Record<string, unknown> {
  const body: Record<string, unknown> = { model_name: d.model };
  const multiShot = modelTakesMultiShot(d.model, catalog) ? d.multiShot : "off";
  if (images.image !== undefined) body.image = images.image;
  if (d.group === "first_last_frame" && images.image_tail !== undefined) body.image_tail = images.image_tail;
  // With custom shots Kling ignores prompt: it is left out rather than sent to be ignored.
  if (multiShot !== "customize" && d.prompt.trim()) body.prompt = d.prompt;
  if (d.negativePrompt.trim()) body.negative_prompt = d.negativePrompt;
  if (modelTakesCfgScale(d.model, catalog)) body.cfg_scale = d.cfgScale;
  if (modelTakesMode(d.model, catalog)) body.mode = d.mode;
  body.duration = d.duration;
  if (d.group === "motion_brush") {
    if (images.static_mask !== undefined) body.static_mask = images.static_mask;
    if (images.dynamic_masks !== undefined && images.dynamic_masks.length > 0) body.dynamic_masks = images.dynamic_masks;
  }
  if (d.group === "camera") body.camera_control = cameraControlOf(d.camera);
  if (multiShot !== "off") {
    body.multi_shot = true;
    body.shot_type = multiShot === "customize" ? "customize" : "intelligence";
    if (multiShot === "customize") {
      body.multi_prompt = d.shots.map((s, i) => ({ index: i + 1, prompt: s.prompt, duration: String(s.seconds) }));
    }
  }
  if (modelTakesSound(d.model, catalog)) {
    body.sound = d.sound;
    if (modelTakesVoices(d.model, catalog) && d.sound === "on" && d.voices.length > 0) {
      body.voice_list = d.voices.map((voice_id) => ({ voice_id: voice_id.trim() }));
    }
  }
  if (modelTakesElements(d.model, catalog) && d.elements.length > 0) {
    // A typed id that is not a whole number is sent as it is, so pre-flight names it instead of hiding it.
    body.element_list = d.elements.map((e) => ({ element_id: /^\d+$/.test(e.trim()) ? Number(e.trim()) : e.trim() }));
  }
  if (d.watermark) body.watermark_info = { enabled: true };
  if (d.callbackUrl.trim()) body.callback_url = d.callbackUrl.trim();
  body.external_task_id = d.externalTaskId;
  return body;
}

export interface MultiImageDraft {
  prompt: string;
  negativePrompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  callbackUrl: string;
  externalTaskId: string;
}

export function defaultMultiImageDraft(externalTaskId: string): MultiImageDraft {
  return { prompt: "", negativePrompt: "", mode: "std", duration: "5", aspectRatio: "16:9", callbackUrl: "", externalTaskId };
}

export const MULTI_IMAGE_MODEL = MULTI_IMAGE2VIDEO_MODELS[0];

export function buildMultiImageBody(d: MultiImageDraft, images: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model_name: MULTI_IMAGE_MODEL,
    image_list: images.map((image) => ({ image })),
    // Sent even when empty so pre-flight (the shared schema) names it as required.
    prompt: d.prompt,
  };
  if (d.negativePrompt.trim()) body.negative_prompt = d.negativePrompt;
  body.mode = d.mode;
  body.duration = d.duration;
  body.aspect_ratio = d.aspectRatio;
  if (d.callbackUrl.trim()) body.callback_url = d.callbackUrl.trim();
  body.external_task_id = d.externalTaskId;
  return body;
}

/** A setting the user made that the current request will not carry: kept, shown, never silently dropped. */
export type SetAside =
  | { what: "cfg_scale"; model: string }
  | { what: "multi_shot" | "elements"; model: string }
  | { what: "sound"; model: string }
  | { what: "voices"; reason: "model" | "soundOff"; model: string }
  | { what: "last_frame" | "motion_brush" | "camera"; group: ExclusiveGroup };

export interface DraftExtras {
  hasLastFrame: boolean;
  hasPainting: boolean;
}

export function setAsideSettings(d: Image2VideoDraft, extras: DraftExtras, catalog: Catalog = BUILTIN_CATALOG): SetAside[] {
  const out: SetAside[] = [];
  if (!modelTakesCfgScale(d.model, catalog) && d.cfgScale !== DEFAULT_CFG_SCALE) out.push({ what: "cfg_scale", model: d.model });
  if (!modelTakesMultiShot(d.model, catalog) && d.multiShot !== "off") out.push({ what: "multi_shot", model: d.model });
  if (!modelTakesElements(d.model, catalog) && d.elements.length > 0) out.push({ what: "elements", model: d.model });
  if (!modelTakesSound(d.model, catalog)) {
    if (d.sound === "on") out.push({ what: "sound", model: d.model });
    if (d.voices.length > 0) out.push({ what: "voices", reason: "model", model: d.model });
  } else if (d.sound === "off" && d.voices.length > 0) {
    out.push({ what: "voices", reason: "soundOff", model: d.model });
  }
  if (d.group !== "first_last_frame" && extras.hasLastFrame) out.push({ what: "last_frame", group: d.group });
  if (d.group !== "motion_brush" && extras.hasPainting) out.push({ what: "motion_brush", group: d.group });
  if (d.group !== "camera" && !isCameraUntouched(d.camera)) out.push({ what: "camera", group: d.group });
  return out;
}

export function isCameraUntouched(c: CameraState): boolean {
  return c.type === "simple" && !isCameraComplete(c);
}

/** What switching from one group to another will set aside (kept, not sent), for the confirmation text. */
export function setAsideBySwitch(from: ExclusiveGroup, to: ExclusiveGroup, d: Image2VideoDraft, extras: DraftExtras, catalog: Catalog = BUILTIN_CATALOG): SetAside[] {
  if (from === to) return [];
  const next = setAsideSettings({ ...d, group: to }, extras, catalog).filter((s) => "group" in s);
  const before = new Set(setAsideSettings(d, extras, catalog).map((s) => s.what));
  return next.filter((s) => !before.has(s.what));
}

// Which composer settings become which Kling fields, for both task kinds. Pure: images arrive as strings.
import { MULTI_IMAGE2VIDEO_MODELS, modelInfo, type AspectRatio, type Duration, type Image2VideoModel, type Mode } from "@/lib/kling/models";
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
  /** When true `watermark_info: {enabled: true}` is sent; otherwise the field is left out. */
  watermark: boolean;
  callbackUrl: string;
  externalTaskId: string;
}

/** The image-carrying fields, already encoded for sending (raw base64 or URLs). */
export interface Image2VideoImages {
  image?: string;
  image_tail?: string;
  static_mask?: string;
  dynamic_masks?: DynamicMask[];
}

export function defaultImage2VideoDraft(externalTaskId: string, model: Image2VideoModel = "kling-v2-1"): Image2VideoDraft {
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
    watermark: false,
    callbackUrl: "",
    externalTaskId,
  };
}

/** Models such as kling-v2-master list no std/pro at all: no mode is sent to them. */
export function modelTakesMode(model: string): boolean {
  const plain = modelInfo(model)?.features.plain;
  return !plain || plain.some((c) => c.mode !== null);
}

export const modelTakesCfgScale = (model: string) => modelInfo(model)?.takesCfgScale === true;
export const modelTakesSound = (model: string) => modelInfo(model)?.takesSound === true;

/** The native image2video body, in a stable field order (the preview shows it as sent). */
export function buildImage2VideoBody(d: Image2VideoDraft, images: Image2VideoImages): Record<string, unknown> {
  const body: Record<string, unknown> = { model_name: d.model };
  if (images.image !== undefined) body.image = images.image;
  if (d.group === "first_last_frame" && images.image_tail !== undefined) body.image_tail = images.image_tail;
  if (d.prompt.trim()) body.prompt = d.prompt;
  if (d.negativePrompt.trim()) body.negative_prompt = d.negativePrompt;
  if (modelTakesCfgScale(d.model)) body.cfg_scale = d.cfgScale;
  if (modelTakesMode(d.model)) body.mode = d.mode;
  body.duration = d.duration;
  if (d.group === "motion_brush") {
    if (images.static_mask !== undefined) body.static_mask = images.static_mask;
    if (images.dynamic_masks !== undefined && images.dynamic_masks.length > 0) body.dynamic_masks = images.dynamic_masks;
  }
  if (d.group === "camera") body.camera_control = cameraControlOf(d.camera);
  if (modelTakesSound(d.model)) {
    body.sound = d.sound;
    if (d.sound === "on" && d.voices.length > 0) body.voice_list = d.voices.map((voice_id) => ({ voice_id: voice_id.trim() }));
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
  | { what: "sound"; model: string }
  | { what: "voices"; reason: "model" | "soundOff"; model: string }
  | { what: "last_frame" | "motion_brush" | "camera"; group: ExclusiveGroup };

export interface DraftExtras {
  hasLastFrame: boolean;
  hasPainting: boolean;
}

export function setAsideSettings(d: Image2VideoDraft, extras: DraftExtras): SetAside[] {
  const out: SetAside[] = [];
  if (!modelTakesCfgScale(d.model) && d.cfgScale !== DEFAULT_CFG_SCALE) out.push({ what: "cfg_scale", model: d.model });
  if (!modelTakesSound(d.model)) {
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
export function setAsideBySwitch(from: ExclusiveGroup, to: ExclusiveGroup, d: Image2VideoDraft, extras: DraftExtras): SetAside[] {
  if (from === to) return [];
  const next = setAsideSettings({ ...d, group: to }, extras).filter((s) => "group" in s);
  const before = new Set(setAsideSettings(d, extras).map((s) => s.what));
  return next.filter((s) => !before.has(s.what));
}

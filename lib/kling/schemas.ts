// Zod schemas for every Kling body and answer. One set serves the browser, the gateway and the simulator.
import * as z from "@/lib/kling/zod";
import { modelRules, ruleBodyOf } from "./body-rules";
import { codeOfMessage, coded, said, type CodedMessage } from "./field-codes";
import { BUILTIN_CATALOG, type Catalog } from "./builtin-catalog";
import { ASPECT_RATIOS, MAX_DURATION, MIN_DURATION, MODES, MULTI_IMAGE_DURATIONS, MULTI_IMAGE2VIDEO_MODELS } from "./models";
import {
  CAMERA_AXES,
  CAMERA_MAX,
  CAMERA_MIN,
  CAMERA_PRESETS,
  MAX_DYNAMIC_MASKS,
  MAX_ELEMENTS,
  MAX_MULTI_IMAGES,
  MAX_PAGE_NUM,
  MAX_PAGE_SIZE,
  MAX_PROMPT_CHARS,
  MAX_TRAJECTORY_POINTS,
  MAX_VOICES,
  MIN_MULTI_IMAGES,
  MIN_TRAJECTORY_POINTS,
  TASK_STATUSES,
} from "./limits";


const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const oneOf = (values: readonly string[]) => said("oneOf", { values: quoted(values) });

/** A custom issue that carries its code, as `withCode` reads it back. */
const issueOf = (c: CodedMessage) => ({ message: c.message, params: { code: c.code, ...c.params } });

export {
  codePointLength,
  hasControlChars,
  isHttpUrl,
  isRawBase64,
  isRawBase64ByRegex,
  MAX_URL_CHARS,
  withDecodedBase64,
} from "./value-checks";
import { codePointLength, hasControlChars, isHttpUrl, isRawBase64, MAX_URL_CHARS } from "./value-checks";

/** An image: a public http(s) URL, or raw base64 without a `data:...;base64,` prefix. */
export const imageSchema = z.string({ error: said("image.type") }).superRefine((s, ctx) => {
  if (s.length === 0) {
    ctx.addIssue({ code: "custom", ...issueOf(coded("empty")) });
  } else if (s.startsWith("data:")) {
    ctx.addIssue({ code: "custom", ...issueOf(coded("image.dataPrefix")) });
  } else if (/^[a-z]+:\/\//i.test(s)) {
    if (!isHttpUrl(s)) ctx.addIssue({ code: "custom", ...issueOf(coded("url.http")) });
  } else if (!isRawBase64(s)) {
    ctx.addIssue({ code: "custom", ...issueOf(coded("image.urlOrBase64")) });
  }
});

const promptSchema = z
  .string({ error: said("type.string") })
  .refine((p) => codePointLength(p) <= MAX_PROMPT_CHARS, { error: said("chars.max", { max: MAX_PROMPT_CHARS }) });

const durationRange = said("duration.range", { min: MIN_DURATION, max: MAX_DURATION });
/** Any whole second 3..15 as a string; which of them a model lists is capability data (a warning). */
const durationSchema = z
  .string({ error: (iss) => (typeof iss.input === "number" ? said("type.stringNotNumber", { example: "5" }) : durationRange) })
  .refine((s) => /^\d+$/.test(s) && Number(s) >= MIN_DURATION && Number(s) <= MAX_DURATION, { error: durationRange });
const multiDurationSchema = z.enum(MULTI_IMAGE_DURATIONS, {
  error: (iss) =>
    typeof iss.input === "number" ? said("type.stringOneOfNotNumber", { values: quoted(MULTI_IMAGE_DURATIONS) }) : oneOf(MULTI_IMAGE_DURATIONS),
});
const modeSchema = z.enum(MODES, { error: oneOf(MODES) });
const urlSchema = z
  .string({ error: said("type.string") })
  .refine(isHttpUrl, { error: said("url.valid", { max: MAX_URL_CHARS }) });
const externalTaskIdSchema = z
  .string({ error: said("type.string") })
  .min(1, { error: said("empty") })
  .max(256, { error: said("chars.max", { max: 256 }) })
  .refine((id) => !hasControlChars(id), { error: said("controlChars") });

export const trajectoryPointSchema = z.strictObject({
  x: z.number({ error: said("type.number") }).int({ error: said("int.pixel") }).min(0, { error: said("min.zero") }),
  y: z.number({ error: said("type.number") }).int({ error: said("int.pixel") }).min(0, { error: said("min.zero") }),
});
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;

export const dynamicMaskSchema = z.strictObject({
  mask: imageSchema,
  trajectories: z
    .array(trajectoryPointSchema, { error: said("type.arrayOf", { shape: "x, y" }) })
    .min(MIN_TRAJECTORY_POINTS, { error: said("points.count", { min: MIN_TRAJECTORY_POINTS, max: MAX_TRAJECTORY_POINTS }) })
    .max(MAX_TRAJECTORY_POINTS, { error: said("points.count", { min: MIN_TRAJECTORY_POINTS, max: MAX_TRAJECTORY_POINTS }) }),
});
export type DynamicMask = z.infer<typeof dynamicMaskSchema>;

const axisSchema = z
  .number({ error: said("type.number") })
  .min(CAMERA_MIN, { error: said("range", { min: CAMERA_MIN, max: CAMERA_MAX }) })
  .max(CAMERA_MAX, { error: said("range", { min: CAMERA_MIN, max: CAMERA_MAX }) });

export const cameraConfigSchema = z.strictObject({
  horizontal: axisSchema.optional(),
  vertical: axisSchema.optional(),
  pan: axisSchema.optional(),
  tilt: axisSchema.optional(),
  roll: axisSchema.optional(),
  zoom: axisSchema.optional(),
});
export type CameraConfig = z.infer<typeof cameraConfigSchema>;

export const cameraControlSchema = z
  .strictObject({
    type: z.enum(["simple", ...CAMERA_PRESETS], { error: oneOf(["simple", ...CAMERA_PRESETS]) }),
    config: cameraConfigSchema.optional(),
  })
  .superRefine((cc, ctx) => {
    if (cc.type === "simple") {
      if (!cc.config) {
        ctx.addIssue({ code: "custom", path: ["config"], ...issueOf(coded("camera.configRequired")) });
        return;
      }
      const nonZero = CAMERA_AXES.filter((axis) => (cc.config?.[axis] ?? 0) !== 0);
      if (nonZero.length !== 1) {
        ctx.addIssue({
          code: "custom",
          path: ["config"],
          ...issueOf(coded("camera.oneAxis", { set: nonZero.join(", ") })),
        });
      }
    } else if (cc.config !== undefined) {
      ctx.addIssue({ code: "custom", path: ["config"], ...issueOf(coded("camera.presetNoConfig", { preset: cc.type })) });
    }
  });
export type CameraControl = z.infer<typeof cameraControlSchema>;

const shotSchema = z.strictObject({
  index: z.number({ error: said("type.number") }).int({ error: said("type.integer") }),
  prompt: z.string({ error: said("type.string") }),
  duration: z.string({ error: (iss) => (typeof iss.input === "number" ? said("type.stringNotNumber", { example: "4" }) : said("type.string")) }),
});

const image2videoFields = {
  image: imageSchema.optional(),
  image_tail: imageSchema.optional(),
  prompt: promptSchema.optional(),
  negative_prompt: promptSchema.optional(),
  cfg_scale: z
    .number({ error: said("type.number") })
    .min(0, { error: said("range", { min: 0, max: 1 }) })
    .max(1, { error: said("range", { min: 0, max: 1 }) })
    .optional(),
  mode: modeSchema.optional(),
  duration: durationSchema.optional(),
  static_mask: imageSchema.optional(),
  dynamic_masks: z
    .array(dynamicMaskSchema, { error: said("type.array") })
    .min(1, { error: said("groups.min") })
    .max(MAX_DYNAMIC_MASKS, { error: said("groups.max", { max: MAX_DYNAMIC_MASKS }) })
    .optional(),
  camera_control: cameraControlSchema.optional(),
  sound: z.enum(["on", "off"], { error: oneOf(["on", "off"]) }).optional(),
  voice_list: z
    .array(z.strictObject({ voice_id: z.string({ error: said("type.string") }).min(1, { error: said("empty") }) }), {
      error: said("type.arrayOf", { shape: "voice_id" }),
    })
    .max(MAX_VOICES, { error: said("voices.max", { max: MAX_VOICES }) })
    .optional(),
  watermark_info: z.strictObject({ enabled: z.boolean({ error: said("type.boolean") }) }).optional(),
  callback_url: urlSchema.optional(),
  external_task_id: externalTaskIdSchema.optional(),
  // Not an official field (output follows the image); accepted only when the user sets it explicitly.
  aspect_ratio: z.enum(ASPECT_RATIOS, { error: oneOf(ASPECT_RATIOS) }).optional(),
  multi_shot: z.boolean({ error: said("type.boolean") }).optional(),
  shot_type: z.enum(["customize", "intelligence"], { error: oneOf(["customize", "intelligence"]) }).optional(),
  multi_prompt: z.array(shotSchema, { error: said("type.arrayOf", { shape: "index, prompt, duration" }) }).optional(),
  element_list: z
    .array(z.strictObject({ element_id: z.number({ error: said("type.number") }).int({ error: said("int.id") }).positive({ error: said("positive.id") }) }), {
      error: said("type.arrayOf", { shape: "element_id" }),
    })
    .max(MAX_ELEMENTS, { error: said("elements.max", { max: MAX_ELEMENTS }) })
    .optional(),
};

const image2videoShapeFor = (models: readonly string[]) =>
  z.strictObject({
    model_name: z.enum(models as [string, ...string[]], { error: oneOf(models) }).optional(),
    ...image2videoFields,
  });

type Image2VideoShape = z.infer<ReturnType<typeof image2videoShapeFor>>;

/** The exclusive groups a body uses: first+last frame, motion brush, camera. */
export function exclusiveGroups(body: Pick<Image2VideoShape, "image_tail" | "static_mask" | "dynamic_masks" | "camera_control">) {
  const groups: ("image_tail" | "motion_brush" | "camera_control")[] = [];
  if (body.image_tail !== undefined) groups.push("image_tail");
  if (body.static_mask !== undefined || body.dynamic_masks !== undefined) groups.push("motion_brush");
  if (body.camera_control !== undefined) groups.push("camera_control");
  return groups;
}

const GROUP_NAMES = {
  image_tail: "image_tail (first + last frame)",
  motion_brush: "static_mask/dynamic_masks (motion brush)",
  camera_control: "camera_control",
} as const;

const isPlainObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

// Cross-field rules run even when a single field is already wrong, so every problem is named at once.
function makeImage2videoBodySchema(catalog: Catalog) {
  return image2videoShapeFor(catalog.models.map((m) => m.id)).superRefine((body, ctx) => {
    if (body.image === undefined && body.image_tail === undefined) {
      ctx.addIssue({ code: "custom", path: ["image"], ...issueOf(coded("frame.required")) });
    }
    const groups = exclusiveGroups(body);
    if (groups.length > 1) {
      const second = groups[1]!;
      const path = second === "motion_brush" ? (body.static_mask !== undefined ? "static_mask" : "dynamic_masks") : second;
      const others = groups.filter((g) => g !== second);
      ctx.addIssue({
        code: "custom",
        path: [path],
        ...issueOf(coded("exclusive", { with: others.map((g) => GROUP_NAMES[g]).join(" or "), groups: others.join(",") })),
      });
    }
    for (const issue of modelRules(ruleBodyOf(body as Record<string, unknown>), catalog)) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { code: issue.code, ...issue.params } });
    }
  }, { when: (payload) => isPlainObject(payload.value) });
}

const schemas = new WeakMap<Catalog, ReturnType<typeof makeImage2videoBodySchema>>();
/** The image2video body schema for a capability catalog (the model list and per-model rules are its data). */
export function image2videoBodySchemaFor(catalog: Catalog) {
  let schema = schemas.get(catalog);
  if (!schema) {
    schema = makeImage2videoBodySchema(catalog);
    schemas.set(catalog, schema);
  }
  return schema;
}

export const image2videoBodySchema = image2videoBodySchemaFor(BUILTIN_CATALOG);
export type Image2VideoBody = z.infer<typeof image2videoBodySchema>;

export const multiImage2videoBodySchema = z.strictObject({
  model_name: z.enum(MULTI_IMAGE2VIDEO_MODELS, { error: oneOf(MULTI_IMAGE2VIDEO_MODELS) }).optional(),
  image_list: z
    .array(z.strictObject({ image: imageSchema }), { error: said("type.arrayOf", { shape: "image" }) })
    .min(MIN_MULTI_IMAGES, { error: said("images.count", { min: MIN_MULTI_IMAGES, max: MAX_MULTI_IMAGES }) })
    .max(MAX_MULTI_IMAGES, { error: said("images.count", { min: MIN_MULTI_IMAGES, max: MAX_MULTI_IMAGES }) }),
  prompt: promptSchema.min(1, { error: said("prompt.requiredMulti") }),
  negative_prompt: promptSchema.optional(),
  mode: z.enum(["std", "pro"], { error: oneOf(["std", "pro"]) }).optional(),
  duration: multiDurationSchema.optional(),
  aspect_ratio: z.enum(ASPECT_RATIOS, { error: oneOf(ASPECT_RATIOS) }).optional(),
  callback_url: urlSchema.optional(),
  external_task_id: externalTaskIdSchema.optional(),
});
export type MultiImage2VideoBody = z.infer<typeof multiImage2videoBodySchema>;

// ---- Answers -------------------------------------------------------------------------

export const videoSchema = z.looseObject({
  id: z.string(),
  url: z.string(),
  duration: z.string(),
  watermark_url: z.string().optional(),
});
export type Video = z.infer<typeof videoSchema>;

export const taskSchema = z.looseObject({
  task_id: z.string().min(1),
  task_status: z.enum(TASK_STATUSES),
  task_status_msg: z.string().nullable().optional(),
  task_info: z.looseObject({ external_task_id: z.string().optional() }).optional(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  task_result: z.looseObject({ videos: z.array(videoSchema) }).optional(),
  watermark_info: z.looseObject({ enabled: z.boolean() }).optional(),
  final_unit_deduction: z.string().optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.object({
    code: z.number().int(),
    message: z.string(),
    request_id: z.string(),
    data: data.optional(),
  });

export const taskEnvelopeSchema = envelopeSchema(taskSchema);
export const taskListEnvelopeSchema = envelopeSchema(z.array(taskSchema));

/** One problem with a request, for machines: where and what. */
export interface FieldIssue {
  path: string;
  message: string;
  /** Set on rules the browser words itself (lib/i18n); `message` stays the English fallback. */
  code?: string;
  params?: Record<string, string | number>;
}

/** The envelope every gateway answer uses; errors carry no data, our own 400s add `errors`. */
export interface Envelope<T = unknown> {
  code: number;
  message: string;
  request_id: string;
  data?: T;
  errors?: FieldIssue[];
}

export const listQuerySchema = z.object({
  pageNum: z.coerce
    .number({ error: "must be a number" })
    .int({ error: said("type.integer") })
    .min(1, { error: `must be between 1 and ${MAX_PAGE_NUM}` })
    .max(MAX_PAGE_NUM, { error: `must be between 1 and ${MAX_PAGE_NUM}` })
    .default(1),
  pageSize: z.coerce
    .number({ error: "must be a number" })
    .int({ error: said("type.integer") })
    .min(1, { error: `must be between 1 and ${MAX_PAGE_SIZE}` })
    .max(MAX_PAGE_SIZE, { error: `must be between 1 and ${MAX_PAGE_SIZE}` })
    .default(30),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const taskIdSchema = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(1100, { error: "must be at most 1100 characters" })
  .regex(/^[A-Za-z0-9_\-.=]+$/, { error: "must contain only letters, digits and - _ . =" });

// ---- Issue formatting ------------------------------------------------------------------

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(body)";
}

function withCode(out: FieldIssue, issue: z.core.$ZodIssue): FieldIssue {
  const params = issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
  if (!params || typeof params.code !== "string") {
    const known = codeOfMessage(issue.message);
    return known ? { ...out, ...known } : out;
  }
  const { code, ...rest } = params;
  return { ...out, code, ...(Object.keys(rest).length ? { params: rest } : {}) };
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), ...coded("field.unknown") }))
      : [withCode({ path: formatPath(issue.path), message: issue.message }, issue)],
  );
}

/** "image: must ...; prompt: must ..." — a message that names every offending field. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join("; ");
}

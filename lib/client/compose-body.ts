// Turns the composer's fields into a native image2video body and checks it with the shared schema before sending.
// The field rules live in one place, lib/composer/request-body; this adapter keeps the simple values form.
import { buildImage2VideoBody as buildBody, defaultImage2VideoDraft, modelTakesMode } from "@/lib/composer/request-body";
import type { Duration, Image2VideoModel, Mode } from "@/lib/kling/models";
import { image2videoBodySchema, toFieldIssues, type FieldIssue, type Image2VideoBody } from "@/lib/kling/schemas";

export { modelTakesMode };

export interface ComposerValues {
  image: string | null;
  /** The last frame, sent only when "first + last frame" is chosen. */
  imageTail?: string;
  /** The motion brush's fields (from `exportMotionBrush`), sent only when the motion brush is chosen. */
  motionBrush?: { static_mask?: string; dynamic_masks?: { mask: string; trajectories: { x: number; y: number }[] }[] };
  prompt: string;
  negativePrompt: string;
  model: Image2VideoModel;
  mode: Mode;
  duration: Duration;
}

export function buildImage2VideoBody(v: ComposerValues, externalTaskId: string): Record<string, unknown> {
  const group = v.imageTail !== undefined ? "first_last_frame" : v.motionBrush ? "motion_brush" : "first_frame";
  const draft = { ...defaultImage2VideoDraft(externalTaskId, v.model), prompt: v.prompt, negativePrompt: v.negativePrompt, mode: v.mode, duration: v.duration, group } as const;
  return buildBody(draft, {
    ...(v.image !== null ? { image: v.image } : {}),
    ...(v.imageTail !== undefined ? { image_tail: v.imageTail } : {}),
    ...v.motionBrush,
  });
}

export function bodyBytes(body: unknown): number {
  return new TextEncoder().encode(JSON.stringify(body)).length;
}

export type BodyCheck =
  | { ok: true; body: Image2VideoBody & { external_task_id: string } }
  | { ok: false; issues: FieldIssue[]; tooLarge?: { bytes: number; limit: number } };

export function checkImage2VideoBody(body: Record<string, unknown>, bodyLimitBytes: number): BodyCheck {
  const parsed = image2videoBodySchema.safeParse(body);
  const issues = parsed.success ? [] : toFieldIssues(parsed.error);
  const bytes = bodyBytes(body);
  const tooLarge = bytes > bodyLimitBytes ? { bytes, limit: bodyLimitBytes } : undefined;
  if (!parsed.success || tooLarge) return { ok: false, issues, ...(tooLarge ? { tooLarge } : {}) };
  const externalTaskId = parsed.data.external_task_id;
  if (externalTaskId === undefined) return { ok: false, issues: [{ path: "external_task_id", message: "is required" }] };
  return { ok: true, body: { ...parsed.data, external_task_id: externalTaskId } };
}

// Turns the composer's fields into a native image2video body and checks it with the shared schema before sending.
import { modelInfo, type Duration, type Image2VideoModel, type Mode } from "@/lib/kling/models";
import { image2videoBodySchema, toFieldIssues, type FieldIssue, type Image2VideoBody } from "@/lib/kling/schemas";

export interface ComposerValues {
  image: string | null;
  prompt: string;
  negativePrompt: string;
  model: Image2VideoModel;
  mode: Mode;
  duration: Duration;
}

/** Models such as kling-v2-master list no std/pro at all: no mode is sent to them. */
export function modelTakesMode(model: string): boolean {
  const plain = modelInfo(model)?.features.plain;
  return !plain || plain.some((c) => c.mode !== null);
}

export function buildImage2VideoBody(v: ComposerValues, externalTaskId: string): Record<string, unknown> {
  const body: Record<string, unknown> = { model_name: v.model };
  if (v.image !== null) body.image = v.image;
  if (v.prompt.trim()) body.prompt = v.prompt;
  if (v.negativePrompt.trim()) body.negative_prompt = v.negativePrompt;
  if (modelTakesMode(v.model)) body.mode = v.mode;
  body.duration = v.duration;
  body.external_task_id = externalTaskId;
  return body;
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

/** Smallest request an image can make (base64 plus the other short fields); the exact size is checked on send. */
export function estimatedRequestBytes(base64Length: number): number {
  return base64Length + 1024;
}

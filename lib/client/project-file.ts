// Project files: one self-contained JSON file per job (`motionbrush-project`, version 1) holding the recipe,
// the exact body sent with every frame and mask inlined, and the original frames when this browser still
// has them. Importing validates everything before anything is changed, and says what is wrong.
//
// Also the DRAWING export: each area's mask as a PNG and each region's path, both in Kling's form (integer
// pixels, bottom-left origin, y = H - 1 - row) and as point tracks with a top-left origin in image pixels.
import * as z from "@/lib/kling/zod";
import { TASK_KINDS } from "@/lib/kling/limits";
import type { JobRecord, NewJob } from "./jobs-store";
import { recipeSchema, type Recipe } from "./recipe";
import { frameRefs, joinBody, type FrameStore, type Json } from "./sent-body";

export const PROJECT_FORMAT = "motionbrush-project";
export const PROJECT_VERSION = 1;
export const PROJECT_EXTENSION = ".motionbrush.json";
/** Larger files are refused before they are read (a project holds at most a few frames and masks). */
export const MAX_PROJECT_BYTES = 64 * 1024 * 1024;

const base64 = z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: "must be base64" });

/** An original frame, as picked (before any shrinking for the request). */
export const originalFrameSchema = z.object({
  name: z.string(),
  /** The image's MIME type, e.g. image/png. */
  type: z.string().regex(/^image\/[a-z0-9.+-]+$/i, { error: "must be an image MIME type" }),
  data: base64,
});
export type OriginalFrame = z.infer<typeof originalFrameSchema>;

export const projectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  /** ISO 8601 time of the export. */
  exportedAt: z.string(),
  /** The job as the list showed it. */
  job: z.object({
    externalTaskId: z.string().min(1),
    taskId: z.string().optional(),
    kind: z.enum(TASK_KINDS),
    prompt: z.string(),
    model: z.string(),
    mode: z.string().optional(),
    duration: z.string().optional(),
    createdAt: z.number(),
    thumbnail: z.string().startsWith("data:image/").optional(),
  }),
  recipe: recipeSchema,
  /** The exact body sent, every frame and mask inlined (no `$frame` references). */
  sentBody: z.record(z.string(), z.json()),
  /** Original frames by the editor document's frame id (recipe.editor.frames), when they were kept. */
  frames: z.record(z.string(), originalFrameSchema).optional(),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

export type ProjectErrorCode = "too-large" | "not-json" | "foreign" | "version" | "invalid" | "missing-image";
export interface ProjectError {
  code: ProjectErrorCode;
  /** Where it is wrong (a dotted path) or the version found. */
  detail?: string;
}
export type ProjectReading = { ok: true; project: ProjectFile } | { ok: false; error: ProjectError };

export type ProjectBuild = { ok: true; project: ProjectFile } | { ok: false; reason: "no-recipe" | "no-body" | "missing-frames" };

/** The original frames a job kept, joined back from the frame store; those whose bytes are gone are left out. */
export async function jobOriginals(job: Pick<JobRecord, "originals">, frames: Pick<FrameStore, "get">): Promise<Record<string, OriginalFrame>> {
  const out: Record<string, OriginalFrame> = {};
  for (const [id, kept] of Object.entries(job.originals ?? {})) {
    const joined = await joinBody(kept, frames);
    const parsed = originalFrameSchema.safeParse(joined);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

/**
 * The project of a job, or why there is none (no recipe, no body kept, a stored frame gone). Original frames
 * come from the job record, then from `more` (e.g. the editor session), only for frames the recipe names.
 */
export async function buildProject(
  job: JobRecord,
  frames: Pick<FrameStore, "get">,
  more: Record<string, OriginalFrame> = {},
  now: () => Date = () => new Date(),
): Promise<ProjectBuild> {
  if (!job.recipe) return { ok: false, reason: "no-recipe" };
  if (job.sentBody === undefined) return { ok: false, reason: "no-body" };
  const body = await joinBody(job.sentBody, frames);
  if (body === null) return { ok: false, reason: "missing-frames" };
  if (typeof body !== "object" || Array.isArray(body)) return { ok: false, reason: "no-body" };
  const named = new Set(Object.keys(job.recipe.editor?.frames ?? {}));
  const originals = { ...more, ...(await jobOriginals(job, frames)) };
  const kept = Object.fromEntries(Object.entries(originals).filter(([id]) => named.has(id)));
  const project: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    exportedAt: now().toISOString(),
    job: {
      externalTaskId: job.externalTaskId,
      ...(job.taskId ? { taskId: job.taskId } : {}),
      kind: job.kind,
      prompt: job.prompt,
      model: job.model,
      ...(job.mode !== undefined ? { mode: job.mode } : {}),
      ...(job.duration !== undefined ? { duration: job.duration } : {}),
      createdAt: job.createdAt,
      ...(job.thumbnail ? { thumbnail: job.thumbnail } : {}),
    },
    recipe: job.recipe,
    sentBody: body,
    ...(Object.keys(kept).length > 0 ? { frames: kept } : {}),
  };
  return { ok: true, project };
}

export function serializeProject(project: ProjectFile): string {
  return JSON.stringify(project);
}

/** A file-system-safe slug of the prompt (letters of any script kept), at most `max` characters. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return [...s].slice(0, max).join("").replace(/-+$/, "");
}

/** `<prompt>-<task id>` (or the external id when Kling gave no task id), then the suffix. */
export function exportFileName(job: Pick<JobRecord, "prompt" | "taskId" | "externalTaskId">, suffix: string): string {
  const id = (job.taskId ?? job.externalTaskId).replace(/[^A-Za-z0-9_-]+/g, "-");
  const words = slug(job.prompt);
  return `${words ? `${words}-` : ""}${id}${suffix}`;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".") || "(root)";

/** Every image the body must carry for its kind, as [path, value]. */
function requiredImages(kind: Recipe["kind"], body: Record<string, Json>): [string, Json | undefined][] {
  if (kind === "image2video") return [["sentBody.image", body.image]];
  const list = body.image_list;
  if (!Array.isArray(list) || list.length === 0) return [["sentBody.image_list", undefined]];
  return list.map((item, i) => [
    `sentBody.image_list.${i}.image`,
    typeof item === "object" && item !== null && !Array.isArray(item) ? item.image : undefined,
  ]);
}

/** Reads a project file's text. Never throws: a damaged or foreign file gets a code naming what is wrong. */
export function parseProject(text: string): ProjectReading {
  if (text.length > MAX_PROJECT_BYTES) return { ok: false, error: { code: "too-large" } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: "not-json" } };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== PROJECT_FORMAT) {
    return { ok: false, error: { code: "foreign" } };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== PROJECT_VERSION) return { ok: false, error: { code: "version", detail: String(version) } };
  const parsed = projectFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, error: { code: "invalid", detail: first ? pathOf(first.path) : undefined } };
  }
  const project = parsed.data;
  if (project.recipe.kind !== project.job.kind) return { ok: false, error: { code: "invalid", detail: "recipe.kind" } };
  if (frameRefs(project.sentBody).length > 0) return { ok: false, error: { code: "missing-image", detail: "sentBody" } };
  for (const [path, value] of requiredImages(project.job.kind, project.sentBody)) {
    if (typeof value !== "string" || value.length === 0) return { ok: false, error: { code: "missing-image", detail: path } };
  }
  return { ok: true, project };
}

/** The sent body of an imported project, exactly as exported. */
export function projectBody(project: ProjectFile): Record<string, Json> {
  return project.sentBody;
}

/** The job to add to the list (as "imported", never polled): the body kept exactly as it was sent. */
export function importedJob(project: ProjectFile): NewJob & { taskId?: string } {
  const { job } = project;
  return {
    externalTaskId: job.externalTaskId,
    kind: job.kind,
    prompt: job.prompt,
    model: job.model,
    ...(job.taskId ? { taskId: job.taskId } : {}),
    ...(job.mode !== undefined ? { mode: job.mode } : {}),
    ...(job.duration !== undefined ? { duration: job.duration } : {}),
    ...(job.thumbnail ? { thumbnail: job.thumbnail } : {}),
    recipe: project.recipe,
    body: project.sentBody,
    ...(project.frames ? { originals: project.frames } : {}),
  };
}

// Send one create request with the history written first: record "sending" (with the exact body, its frames
// stored by content hash, and the composer's recipe), POST, then record the outcome.
import type { TaskKind } from "@/lib/kling/limits";
import { KLING_CODES } from "@/lib/kling/errors";
import { DuplicateJobError, type JobRecord, type JobsStore } from "./jobs-store";
import type { KlingClient, TaskResult } from "./kling-api";
import type { Recipe } from "./recipe";
import { withSendLock } from "./send-lock";

export interface SubmitInput {
  kind: TaskKind;
  body: { external_task_id: string; prompt?: string; model_name?: string; mode?: string; duration?: string };
  defaultModel: string;
  recipe?: Recipe;
  /** The original frames (as picked) by editor frame id, kept with the job for Reopen and project files. */
  originals?: Record<string, { name: string; type: string; data: string }>;
  /** A small data URL of the first frame, for the job card. */
  thumbnail?: string;
}

export async function submitJob(
  store: JobsStore,
  client: KlingClient,
  { kind, body, defaultModel, recipe, originals, thumbnail }: SubmitInput,
): Promise<{ job: JobRecord | undefined; result: TaskResult }> {
  const externalTaskId = body.external_task_id;
  try {
    await store.begin({
      externalTaskId,
      kind,
      prompt: body.prompt ?? "",
      model: body.model_name ?? defaultModel,
      ...(typeof body.mode === "string" ? { mode: body.mode } : {}),
      ...(typeof body.duration === "string" ? { duration: body.duration } : {}),
      body,
      ...(recipe ? { recipe } : {}),
      ...(originals ? { originals } : {}),
      ...(thumbnail ? { thumbnail } : {}),
    });
  } catch (error) {
    if (!(error instanceof DuplicateJobError)) throw error;
    // Kling wants external ids unique per account: refuse here, before paying, and keep the old job intact.
    const message = "is already used by a job in your list: make a new id";
    return {
      job: undefined,
      result: {
        ok: false,
        status: 400,
        code: KLING_CODES.invalidParamValue,
        message: `external_task_id: ${message}`,
        errors: [{ path: "external_task_id", message }],
        reason: "http",
        notSent: true,
      },
    };
  }
  return withSendLock(externalTaskId, async () => {
    const result = await client.createTask(kind, body);
    const job = await store.settle(externalTaskId, result);
    return { job, result };
  });
}

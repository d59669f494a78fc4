// Send one create request with the history written first: record "sending", POST, then record the outcome.
import type { TaskKind } from "@/lib/kling/limits";
import type { JobRecord, JobsStore } from "./jobs-store";
import type { KlingClient, TaskResult } from "./kling-api";

export interface SubmitInput {
  kind: TaskKind;
  body: { external_task_id: string; prompt?: string; model_name?: string };
  defaultModel: string;
}

export async function submitJob(
  store: JobsStore,
  client: KlingClient,
  { kind, body, defaultModel }: SubmitInput,
): Promise<{ job: JobRecord | undefined; result: TaskResult }> {
  const externalTaskId = body.external_task_id;
  await store.begin({ externalTaskId, kind, prompt: body.prompt ?? "", model: body.model_name ?? defaultModel });
  const result = await client.createTask(kind, body);
  const job = await store.settle(externalTaskId, result);
  return { job, result };
}

// "Look for it": find a task whose create answer was lost, by the external id we sent with it.
import { RECOVERY_SEARCH, type TaskKind } from "@/lib/kling/limits";
import type { Task } from "@/lib/kling/schemas";
import type { KlingClient, KlingFailure } from "./kling-api";

export type FindTaskResult = { ok: true; task: Task | null; searched: number } | KlingFailure;

export async function findTaskByExternalId(
  client: KlingClient,
  kind: TaskKind,
  externalTaskId: string,
  { pageSize = RECOVERY_SEARCH.pageSize, maxPages = RECOVERY_SEARCH.maxPages }: { pageSize?: number; maxPages?: number } = {},
): Promise<FindTaskResult> {
  let searched = 0;
  for (let pageNum = 1; pageNum <= maxPages; pageNum++) {
    const page = await client.listTasks(kind, { pageNum, pageSize });
    if (!page.ok) return page;
    searched += page.tasks.length;
    const task = page.tasks.find((t) => t.task_info?.external_task_id === externalTaskId);
    if (task) return { ok: true, task, searched };
    if (page.tasks.length < pageSize) break;
  }
  return { ok: true, task: null, searched };
}

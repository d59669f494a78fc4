// "Find tasks made elsewhere": pages through the account's tasks of both kinds on the upstream.
import { TASK_KINDS, type TaskKind } from "@/lib/kling/limits";
import type { Task } from "@/lib/kling/schemas";
import type { KlingClient, KlingFailure } from "./kling-api";

export interface ListedTasks {
  tasks: { kind: TaskKind; task: Task }[];
  /** Kinds the upstream could not list (a new-api relay has no list route), with why. */
  failures: { kind: TaskKind; failure: KlingFailure }[];
}

export async function listAccountTasks(
  client: KlingClient,
  { pageSize = 100, maxPages = 10 }: { pageSize?: number; maxPages?: number } = {},
): Promise<ListedTasks> {
  const out: ListedTasks = { tasks: [], failures: [] };
  for (const kind of TASK_KINDS) {
    for (let pageNum = 1; pageNum <= maxPages; pageNum++) {
      const page = await client.listTasks(kind, { pageNum, pageSize });
      if (!page.ok) {
        out.failures.push({ kind, failure: page });
        break;
      }
      out.tasks.push(...page.tasks.map((task) => ({ kind, task })));
      if (page.tasks.length < pageSize) break;
    }
  }
  return out;
}

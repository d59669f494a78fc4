// A worker thread of the create-check pool (create-pool.ts): runs checkCreateBytes on the bytes it is handed and
// hands them back with the verdict (both transferred, never copied). The body leaves as a skeleton (no images).
import { parentPort } from "node:worker_threads";
import type { Catalog } from "@/lib/kling/catalog";
import type { TaskKind } from "@/lib/kling/limits";
import { checkCreateBytes, skeletonOf, type CreateVerdict } from "./create-check";
import { lowerThisThreadsPriority } from "./thread-priority";

export interface CheckRequest {
  id: number;
  kind: TaskKind;
  bytes: Uint8Array;
  catalog?: Catalog;
}

export type CheckReply = { id: number; bytes: Uint8Array } & ({ verdict: CreateVerdict } | { error: string });

// A large body's checks yield the CPU to the main thread's short requests when both want it.
if (parentPort) lowerThisThreadsPriority();

parentPort?.on("message", async (req: CheckRequest) => {
  let reply: CheckReply;
  try {
    const verdict = await checkCreateBytes(req.kind, req.bytes, req.catalog);
    reply = { id: req.id, bytes: req.bytes, verdict: verdict.ok ? { ...verdict, body: skeletonOf(verdict.body) as Record<string, unknown> } : verdict };
  } catch (error) {
    reply = { id: req.id, bytes: req.bytes, error: (error as Error)?.name ?? "Error" };
  }
  // The bytes go back as they came (moved); a re-serialised body, when there is one, is copied.
  parentPort!.postMessage(reply, [req.bytes.buffer as ArrayBuffer]);
});

import "server-only";
// A small pool of worker threads for the checks of large create bodies (JSON.parse, schema, pixel data), so one big
// job never holds up other requests. The bytes are moved to a worker and back, never copied. Started lazily and
// unref'd (an idle pool keeps no process alive); a worker that dies fails its job and is replaced on the next one.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Catalog } from "@/lib/kling/catalog";
import type { TaskKind } from "@/lib/kling/limits";
import type { CreateVerdict } from "./create-check";
import type { CheckReply, CheckRequest } from "./create-check.worker";

/** Bodies at least this large are checked in the pool; smaller ones inline (a worker hop is not worth it). */
export const POOL_MIN_BYTES = 256 * 1024;

export interface PoolAnswer {
  verdict: CreateVerdict;
  /** The same bytes that went in, handed back. */
  bytes: Uint8Array;
}

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (a: PoolAnswer) => void; reject: (e: Error) => void } | null;
}

interface Job {
  req: CheckRequest;
  resolve: (a: PoolAnswer) => void;
  reject: (e: Error) => void;
}

function spawn(): Worker {
  // Run from source (vitest, tsx: no NEXT_RUNTIME) the worker is TypeScript: Node 20 runs it through tsx's loader,
  // with the server condition that `server-only` needs. The string keeps the bundler away from it. (In Next's
  // bundle import.meta.url still names the source file, so only the runtime tells the two apart.)
  if (!process.env.NEXT_RUNTIME) {
    const entry = import.meta.url.replace(/create-pool\.ts$/, "create-check.worker.ts");
    const boot = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
    return new Worker(boot, { eval: true, execArgv: ["--conditions=react-server"] });
  }
  // Built by Next (Turbopack bundles the worker as its own entry from exactly this form).
  return new Worker(new URL("./create-check.worker.ts", import.meta.url));
}

export function createPool(size = Math.max(1, Math.min(2, availableParallelism() - 1))) {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;

  function start(): Slot {
    const slot: Slot = { worker: spawn(), busy: null };
    slot.worker.unref();
    slot.worker.on("message", (reply: CheckReply) => {
      const job = slot.busy;
      if (!job || job.id !== reply.id) return;
      slot.busy = null;
      slot.worker.unref();
      if ("error" in reply) job.reject(new Error(`create check failed in the pool: ${reply.error}`));
      else job.resolve({ verdict: reply.verdict, bytes: reply.bytes });
      pump();
    });
    const die = (error: Error) => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      slot.busy?.reject(error);
      slot.busy = null;
      pump();
    };
    slot.worker.on("error", die);
    slot.worker.on("exit", (code) => die(new Error(`a create-check worker exited (${code})`)));
    slots.push(slot);
    return slot;
  }

  function pump() {
    while (queue.length) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < size ? start() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.busy = { id: job.req.id, resolve: job.resolve, reject: job.reject };
      // Busy, the worker keeps the process alive until it answers.
      slot.worker.ref();
      const bytes = job.req.bytes;
      slot.worker.postMessage(job.req, [bytes.buffer as ArrayBuffer]);
    }
  }

  return {
    check(kind: TaskKind, bytes: Uint8Array, catalog?: Catalog): Promise<PoolAnswer> {
      // Only a view of a whole buffer of its own can be moved; anything else is copied once.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
      return new Promise<PoolAnswer>((resolve, reject) => {
        queue.push({ req: { id: nextId++, kind, bytes: own, ...(catalog ? { catalog } : {}) }, resolve, reject });
        pump();
      });
    },
    async close() {
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

export type CreatePool = ReturnType<typeof createPool>;

let shared: CreatePool | undefined;
/** The process's pool, started on first use. */
export function getCreatePool(): CreatePool {
  shared ??= createPool();
  return shared;
}

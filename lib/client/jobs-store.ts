// Job history that survives reloads. The record is written *before* the POST, so no paid task is ever forgotten.
import { z } from "@/lib/kling/zod";
import { TASK_KINDS, TASK_STATUSES, type TaskKind, type TaskStatus } from "@/lib/kling/limits";
import type { Task } from "@/lib/kling/schemas";
import type { KlingFailure, TaskResult } from "./kling-api";

export const JOB_STATES = ["sending", "created", "refused", "unconfirmed"] as const;
export type JobState = (typeof JOB_STATES)[number];

const failureSchema = z.object({
  status: z.number(),
  code: z.number(),
  message: z.string(),
  reason: z.enum(["http", "network", "timeout", "bad-answer", "interrupted"]),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type JobFailure = z.infer<typeof failureSchema>;

const taskSummarySchema = z.object({
  status: z.enum(TASK_STATUSES),
  statusMsg: z.string().optional(),
  videoUrl: z.string().optional(),
  updatedAt: z.number(),
});
export type TaskSummary = z.infer<typeof taskSummarySchema>;

export const jobRecordSchema = z.object({
  externalTaskId: z.string().min(1),
  kind: z.enum(TASK_KINDS),
  createdAt: z.number(),
  state: z.enum(JOB_STATES),
  prompt: z.string(),
  model: z.string(),
  taskId: z.string().optional(),
  failure: failureSchema.optional(),
  /** The last task status seen, so the history shows it after a reload. */
  task: taskSummarySchema.optional(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** Where records live. IndexedDB in the browser, a Map in tests. */
export interface JobPersistence {
  getAll(): Promise<unknown[]>;
  put(record: JobRecord): Promise<void>;
  remove(externalTaskId: string): Promise<void>;
}

export interface JobsSnapshot {
  loaded: boolean;
  jobs: readonly JobRecord[];
  /** The persistence layer failed at least once: the history may not survive a reload. */
  storageError: boolean;
}

export interface NewJob {
  externalTaskId: string;
  kind: TaskKind;
  prompt: string;
  model: string;
}

export function isFinalStatus(status: TaskStatus | undefined): boolean {
  return status === "succeed" || status === "failed";
}

export function summarizeTask(task: Task): TaskSummary {
  const url = task.task_result?.videos[0]?.url;
  return {
    status: task.task_status,
    ...(task.task_status_msg ? { statusMsg: task.task_status_msg } : {}),
    ...(url ? { videoUrl: url } : {}),
    updatedAt: task.updated_at,
  };
}

/**
 * What a create answer means for the job. A 4xx is a definite "no": nothing was created.
 * No answer, a timeout, 5xx or a garbled 2xx leave it open: the task may exist (408 is a timeout too).
 */
export function outcomeOf(result: TaskResult): "created" | "refused" | "unconfirmed" {
  if (result.ok) return "created";
  if (result.reason === "http" && result.status >= 400 && result.status < 500 && result.status !== 408) return "refused";
  return "unconfirmed";
}

function toFailure(f: KlingFailure): JobFailure {
  return {
    status: f.status,
    code: f.code,
    message: f.message,
    reason: f.reason,
    ...(f.errors ? { errors: f.errors } : {}),
  };
}

function withoutFailure(record: JobRecord): JobRecord {
  const copy = { ...record };
  delete copy.failure;
  return copy;
}

const newestFirst = (a: JobRecord, b: JobRecord) => b.createdAt - a.createdAt;

export interface JobsStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): JobsSnapshot;
  load(): Promise<void>;
  /** Saves the "sending" record; resolves once it is persisted (or persisting failed). */
  begin(job: NewJob): Promise<JobRecord>;
  /** Applies the create answer. */
  settle(externalTaskId: string, result: TaskResult): Promise<JobRecord | undefined>;
  /** Remembers the latest status seen while polling (no write when nothing changed). */
  recordTask(externalTaskId: string, task: Task): Promise<void>;
  /** Attaches a task found by "Look for it". */
  attachTask(externalTaskId: string, task: Task): Promise<void>;
  remove(externalTaskId: string): Promise<void>;
}

/** A job with this external_task_id is already in the history. */
export class DuplicateJobError extends Error {
  constructor(readonly externalTaskId: string) {
    super(`external_task_id "${externalTaskId}" is already used by a job in the list`);
    this.name = "DuplicateJobError";
  }
}

export function createJobsStore(persistence: JobPersistence, now: () => number = Date.now): JobsStore {
  let snapshot: JobsSnapshot = { loaded: false, jobs: [], storageError: false };
  const listeners = new Set<() => void>();
  // Writes go out one at a time, in order, so a late "sending" never overwrites "created".
  let writes: Promise<unknown> = Promise.resolve();

  const emit = (next: Partial<JobsSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    listeners.forEach((l) => l());
  };
  const persist = (op: () => Promise<void>): Promise<void> => {
    const p = writes.then(op).catch(() => emit({ storageError: true }));
    writes = p;
    return p;
  };
  const find = (id: string) => snapshot.jobs.find((j) => j.externalTaskId === id);
  const replace = (record: JobRecord) => {
    emit({ jobs: snapshot.jobs.map((j) => (j.externalTaskId === record.externalTaskId ? record : j)) });
    return persist(() => persistence.put(record));
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,

    async load() {
      let stored: unknown[] = [];
      try {
        stored = await persistence.getAll();
      } catch {
        emit({ loaded: true, storageError: true });
        return;
      }
      const interrupted: JobRecord[] = [];
      const records = stored.flatMap((raw) => {
        const parsed = jobRecordSchema.safeParse(raw);
        if (!parsed.success) return [];
        // A "sending" record on load means the page closed mid-request: the task may exist.
        if (parsed.data.state === "sending") {
          const r: JobRecord = {
            ...parsed.data,
            state: "unconfirmed",
            failure: { status: 0, code: 0, message: "", reason: "interrupted" },
          };
          interrupted.push(r);
          return [r];
        }
        return [parsed.data];
      });
      // Jobs started before the history finished loading win over their stored copies.
      const live = new Set(snapshot.jobs.map((j) => j.externalTaskId));
      const merged = [...snapshot.jobs, ...records.filter((r) => !live.has(r.externalTaskId))].sort(newestFirst);
      emit({ loaded: true, jobs: merged });
      await Promise.all(interrupted.filter((r) => !live.has(r.externalTaskId)).map((r) => persist(() => persistence.put(r))));
    },

    async begin(job) {
      // Never overwrite a job: its record may hold the id of a task that was paid for.
      if (find(job.externalTaskId)) throw new DuplicateJobError(job.externalTaskId);
      const record: JobRecord = { ...job, createdAt: now(), state: "sending" };
      emit({ jobs: [record, ...snapshot.jobs].sort(newestFirst) });
      await persist(() => persistence.put(record));
      return record;
    },

    async settle(externalTaskId, result) {
      const current = find(externalTaskId);
      if (!current) return undefined;
      const next: JobRecord = result.ok
        ? { ...withoutFailure(current), state: "created", taskId: result.task.task_id, task: summarizeTask(result.task) }
        : { ...current, state: outcomeOf(result), failure: toFailure(result) };
      await replace(next);
      return next;
    },

    async recordTask(externalTaskId, task) {
      const current = find(externalTaskId);
      if (!current) return;
      const summary = summarizeTask(task);
      const prev = current.task;
      if (prev && prev.status === summary.status && prev.statusMsg === summary.statusMsg && prev.videoUrl === summary.videoUrl) return;
      await replace({ ...current, task: summary });
    },

    async attachTask(externalTaskId, task) {
      const current = find(externalTaskId);
      if (!current) return;
      await replace({ ...withoutFailure(current), state: "created", taskId: task.task_id, task: summarizeTask(task) });
    },

    async remove(externalTaskId) {
      // A job still sending has no answer yet: removing it would drop the task id the answer brings.
      if (find(externalTaskId)?.state === "sending") return;
      emit({ jobs: snapshot.jobs.filter((j) => j.externalTaskId !== externalTaskId) });
      await persist(() => persistence.remove(externalTaskId));
    },
  };
}

export function memoryPersistence(initial: JobRecord[] = []): JobPersistence & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>(initial.map((r) => [r.externalTaskId, r]));
  return {
    records,
    getAll: async () => [...records.values()].map((r) => structuredClone(r)),
    put: async (r) => void records.set(r.externalTaskId, structuredClone(r)),
    remove: async (id) => void records.delete(id),
  };
}

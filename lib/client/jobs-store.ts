// Job history that survives reloads. The record is written *before* the POST, so no paid task is ever forgotten.
import type { TaskKind, TaskStatus } from "@/lib/kling/limits";
import type { Task } from "@/lib/kling/schemas";
import type { KlingFailure, TaskResult } from "./kling-api";
import { estimateFrom } from "./poll-schedule";
import type { Recipe } from "./recipe";
import { frameRefs, splitBody, type FrameStore, type Json } from "./sent-body";

export { JOB_STATES, type JobState } from "./job-states";
import type { JobState } from "./job-states";

export type { JobFailure, JobRecord, TaskSummary } from "./job-record";
import type { JobFailure, JobRecord, TaskSummary } from "./job-record";
type RecordSchemas = typeof import("./job-record");

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
  mode?: string;
  duration?: string;
  /** The exact body about to be sent; its frames go to the frame store once per content hash. */
  body?: unknown;
  recipe?: Recipe;
  /** Original frames by editor frame id (base64 `data`), kept by content hash like the body's frames. */
  originals?: Record<string, { name: string; type: string; data: string }>;
  thumbnail?: string;
}

export function isFinalStatus(status: TaskStatus | undefined): boolean {
  return status === "succeed" || status === "failed";
}

export function summarizeTask(task: Task, prev?: TaskSummary): TaskSummary {
  const url = task.task_result?.videos[0]?.url;
  const startedAt = prev?.startedAt ?? (task.task_status === "processing" ? task.updated_at : undefined);
  return {
    status: task.task_status,
    ...(task.task_status_msg ? { statusMsg: task.task_status_msg } : {}),
    ...(url ? { videoUrl: url } : {}),
    ...(task.final_unit_deduction ? { unitsCharged: task.final_unit_deduction.slice(0, 16) } : {}),
    updatedAt: task.updated_at,
    ...(task.created_at ? { createdAt: task.created_at } : {}),
    ...(startedAt !== undefined ? { startedAt } : {}),
  };
}

/** Typical total time of this browser's finished jobs like this one (same kind, model, mode, duration). */
export function estimateDuration(jobs: readonly JobRecord[], like: Pick<JobRecord, "kind" | "model" | "mode" | "duration">): number | undefined {
  const durations = jobs.flatMap((j) =>
    j.kind === like.kind && j.model === like.model && j.mode === like.mode && j.duration === like.duration &&
    j.task?.status === "succeed" && j.task.createdAt !== undefined
      ? [j.task.updatedAt - j.task.createdAt]
      : [],
  );
  return estimateFrom(durations);
}

/**
 * What a create answer means for the job. A 4xx is a definite "no": nothing was created.
 * No answer, a timeout, 5xx or a garbled 2xx leave it open: the task may exist (408 is a timeout too).
 */
export function outcomeOf(result: TaskResult): "created" | "refused" | "unconfirmed" {
  if (result.ok) return "created";
  if (result.notSent) return "refused";
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
    ...(f.refusal ? { refusal: f.refusal } : {}),
    ...(f.notSent ? { notSent: true } : {}),
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
  /** Adds a job read from a project file (state "imported"); throws DuplicateJobError when its id is taken. */
  importJob(job: NewJob & { taskId?: string }): Promise<JobRecord>;
  /** Applies the create answer. */
  settle(externalTaskId: string, result: TaskResult): Promise<JobRecord | undefined>;
  /** Remembers the latest status seen while polling (no write when nothing changed). */
  recordTask(externalTaskId: string, task: Task): Promise<void>;
  /** Attaches a task found by "Look for it". */
  attachTask(externalTaskId: string, task: Task): Promise<void>;
  /** Adds tasks of the account that this history lacks; returns how many were added. */
  adopt(tasks: readonly { kind: TaskKind; task: Task }[]): Promise<number>;
  remove(externalTaskId: string): Promise<void>;
}

/** How tabs tell each other about record changes (BroadcastChannel in the browser). */
export interface JobsChannel {
  post(message: JobsMessage): void;
  listen(handler: (message: JobsMessage) => void): () => void;
}
export type JobsMessage = { type: "put"; record: unknown } | { type: "remove"; externalTaskId: string };

export interface JobsStoreOptions {
  frames?: FrameStore;
  channel?: JobsChannel;
  /** External ids another tab is sending right now (their "sending" records are alive). */
  sendingElsewhere?: () => Promise<Set<string>>;
}

/** A job with this external_task_id is already in the history. */
export class DuplicateJobError extends Error {
  constructor(readonly externalTaskId: string) {
    super(`external_task_id "${externalTaskId}" is already used by a job in the list`);
    this.name = "DuplicateJobError";
  }
}

export function createJobsStore(
  persistence: JobPersistence,
  now: () => number = Date.now,
  { frames, channel, sendingElsewhere }: JobsStoreOptions = {},
): JobsStore {
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
    channel?.post({ type: "put", record });
    return persist(() => persistence.put(record));
  };
  // The record schema (and zod) loads with the history or the first message from another tab, not with the page.
  let schemas: RecordSchemas | null = null;
  const loadSchemas = async () => (schemas ??= await import("./job-record"));
  const receive = (message: JobsMessage, { jobRecordSchema }: RecordSchemas) => {
    if (message.type === "remove") {
      emit({ jobs: snapshot.jobs.filter((j) => j.externalTaskId !== message.externalTaskId) });
      return;
    }
    const parsed = jobRecordSchema.safeParse(message.record);
    if (!parsed.success) return;
    const r = parsed.data;
    const others = snapshot.jobs.filter((j) => j.externalTaskId !== r.externalTaskId);
    emit({ jobs: [...others, r].sort(newestFirst) });
  };
  // Another tab changed a record: show it here too. That tab wrote it; this one does not write again. Messages that
  // arrive before the schema wait for it, in order; once it is here (and none wait) they apply at once.
  let inbox: Promise<void> | null = null;
  channel?.listen((message) => {
    if (schemas && !inbox) return receive(message, schemas);
    const queued: Promise<void> = (inbox ?? Promise.resolve())
      .then(loadSchemas)
      .then((s) => receive(message, s), () => undefined)
      .finally(() => {
        if (inbox === queued) inbox = null;
      });
    inbox = queued;
  });
  /** Frames no remaining record refers to are deleted with the last job that used them. */
  const collectFrames = async (removed: JobRecord) => {
    if (!frames || removed.sentBody === undefined) return;
    const kept = new Set(snapshot.jobs.flatMap((j) => [...frameRefs(j.sentBody), ...frameRefs(j.originals)]));
    for (const hash of [...frameRefs(removed.sentBody), ...frameRefs(removed.originals)]) if (!kept.has(hash)) await frames.remove(hash);
  };

const add = async (job: NewJob, state: JobState, origin: "here" | "file", taskId?: string): Promise<JobRecord> => {
    // Never overwrite a job: its record may hold the id of a task that was paid for.
    if (find(job.externalTaskId)) throw new DuplicateJobError(job.externalTaskId);
    const { body, recipe, thumbnail, mode, duration, originals: originalFrames, ...rest } = job;
    const keep = async (value: unknown): Promise<Json> => {
      const split = await splitBody(value);
      if (frames) {
        const store = frames;
        await persist(async () => {
          const have = new Set(await store.keys());
          for (const [hash, data] of split.frames) if (!have.has(hash)) await store.put(hash, data);
        });
      }
      return split.body;
    };
    const sentBody = body !== undefined ? await keep(body) : undefined;
    const originals =
      originalFrames && Object.keys(originalFrames).length > 0 ? ((await keep(originalFrames)) as JobRecord["originals"]) : undefined;
    const record: JobRecord = {
      ...rest,
      createdAt: now(),
      state,
      origin,
      ...(taskId ? { taskId } : {}),
      ...(mode !== undefined ? { mode } : {}),
      ...(duration !== undefined ? { duration } : {}),
      ...(sentBody !== undefined ? { sentBody } : {}),
      ...(recipe ? { recipe } : {}),
      ...(originals ? { originals } : {}),
      ...(thumbnail ? { thumbnail } : {}),
    };
    if (find(job.externalTaskId)) throw new DuplicateJobError(job.externalTaskId);
    emit({ jobs: [record, ...snapshot.jobs].sort(newestFirst) });
    channel?.post({ type: "put", record });
    await persist(() => persistence.put(record));
    return record;
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
      // An empty history has nothing to parse: a first visit never fetches the schema (and zod) for it.
      if (stored.length === 0) {
        emit({ loaded: true });
        return;
      }
      let jobRecordSchema: RecordSchemas["jobRecordSchema"];
      try {
        ({ jobRecordSchema } = await loadSchemas());
      } catch {
        emit({ loaded: true, storageError: true });
        return;
      }
      const interrupted: JobRecord[] = [];
      const busy = (await sendingElsewhere?.().catch(() => undefined)) ?? new Set<string>();
      const records = stored.flatMap((raw) => {
        const parsed = jobRecordSchema.safeParse(raw);
        if (!parsed.success) return [];
        if (parsed.data.state === "sending" && busy.has(parsed.data.externalTaskId)) return [parsed.data];
        // A "sending" record on load means the page closed mid-request: the task may exist. Another tab may
        // still be sending it: that tab's "created" write arrives over the channel and wins.
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

    begin: (job) => add(job, "sending", "here"),
    importJob: ({ taskId, ...job }) => add(job, "imported", "file", taskId),

    async settle(externalTaskId, result) {
      const current = find(externalTaskId);
      if (!current) return undefined;
      const next: JobRecord = result.ok
        ? { ...withoutFailure(current), state: "created", taskId: result.task.task_id, task: summarizeTask(result.task, current.task) }
        : { ...current, state: outcomeOf(result), failure: toFailure(result) };
      await replace(next);
      return next;
    },

    async recordTask(externalTaskId, task) {
      const current = find(externalTaskId);
      if (!current) return;
      const prev = current.task;
      const summary = summarizeTask(task, prev);
      if (
        prev &&
        prev.status === summary.status &&
        prev.statusMsg === summary.statusMsg &&
        prev.videoUrl === summary.videoUrl &&
        prev.startedAt === summary.startedAt &&
        prev.unitsCharged === summary.unitsCharged
      )
        return;
      await replace({ ...current, task: summary });
    },

    async attachTask(externalTaskId, task) {
      const current = find(externalTaskId);
      if (!current) return;
      await replace({ ...withoutFailure(current), state: "created", taskId: task.task_id, task: summarizeTask(task, current.task) });
    },

    async adopt(found) {
      const known = new Set(snapshot.jobs.flatMap((j) => [j.externalTaskId, ...(j.taskId ? [`task:${j.taskId}`] : [])]));
      const added: JobRecord[] = [];
      for (const { kind, task } of found) {
        const ext = task.task_info?.external_task_id || `upstream-${task.task_id}`;
        if (known.has(ext) || known.has(`task:${task.task_id}`)) continue;
        known.add(ext);
        added.push({
          externalTaskId: ext,
          kind,
          createdAt: task.created_at,
          state: "created",
          prompt: "",
          model: "",
          taskId: task.task_id,
          task: summarizeTask(task),
          origin: "upstream",
        });
      }
      if (added.length === 0) return 0;
      emit({ jobs: [...snapshot.jobs, ...added].sort(newestFirst) });
      for (const r of added) {
        channel?.post({ type: "put", record: r });
        await persist(() => persistence.put(r));
      }
      return added.length;
    },

    async remove(externalTaskId) {
      // A job still sending has no answer yet: removing it would drop the task id the answer brings.
      const removed = find(externalTaskId);
      if (!removed || removed.state === "sending") return;
      emit({ jobs: snapshot.jobs.filter((j) => j.externalTaskId !== externalTaskId) });
      channel?.post({ type: "remove", externalTaskId });
      await persist(() => persistence.remove(externalTaskId));
      await persist(() => collectFrames(removed));
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

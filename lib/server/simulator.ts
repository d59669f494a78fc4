import "server-only";
// The built-in Kling simulator: same validation, envelope and task lifecycle as Kling, no keys.
// Stateless: a task id carries everything a poll needs, so any instance answers any id.
// All methods are synchronous and never throw; each returns { status, envelope }.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { KLING_CODES, statusForCode } from "@/lib/kling/errors";
import { TASK_KINDS, type TaskKind, type TaskStatus } from "@/lib/kling/limits";
import {
  describeIssues,
  listQuerySchema,
  toFieldIssues,
  type Envelope,
  type FieldIssue,
  type Task,
  type Image2VideoBody,
} from "@/lib/kling/schemas";
import { BUILTIN_CATALOG, findModel, type Catalog } from "@/lib/kling/catalog";
import { estimateCost } from "@/lib/kling/cost";
import { MODES, type Mode } from "@/lib/kling/models";
import { validateCreateBody } from "./image-check";

/** Tokens a person can type into the prompt to pick a scenario; shown in the README. */
export const SIMULATOR_SCENARIOS = [
  { token: "[sim:fail]", description: "the task runs, then ends failed with a content-check reason (message still SUCCEED)" },
  { token: "[sim:429]", description: "the create call is refused: HTTP 429, code 1303 (parallel task over resource pack limit)" },
  { token: "[sim:5xx]", description: "polls answer HTTP 503, code 5001 during the first half of the task, then normally" },
  { token: "[sim:content]", description: "the create call is refused: HTTP 400, code 1301 (content-safety policy)" },
] as const;
export type SimulatorScenarioToken = (typeof SIMULATOR_SCENARIOS)[number]["token"];

export const SIMULATED_FAILURE_MSG = "Simulated failure: the image did not pass the content check";
/** Fraction of the task's life spent `submitted` before `processing`. */
export const SUBMITTED_FRACTION = 0.15;
/** How many of its own tasks an instance lists (its only memory, bounded). */
export const LIST_CAPACITY = 500;

export interface SimulatorOptions {
  /** Time from create to the final state, in ms. */
  taskMs: number;
  /** Clock in Unix ms; defaults to Date.now. */
  now?: () => number;
  /** URL of the finished video for a kind. */
  videoUrl: (kind: TaskKind) => string;
  /** The capability data it validates against (the operator's file merged in); built-in by default. */
  catalog?: Catalog;
  /**
   * Behave like today's official API (kling-api.md section 9): a model the data marks retired is answered
   * HTTP 404, code 1203, instead of being served as a relay might still serve it.
   */
  retireModels?: boolean;
}

export interface SimulatorAnswer<T> {
  status: number;
  envelope: Envelope<T>;
}

export interface Simulator {
  /** `validated`: the caller (the embedded gateway) has already run validateCreateBody on this very body. */
  create(kind: TaskKind, body: unknown, validated?: boolean): SimulatorAnswer<Task>;
  get(kind: TaskKind, taskId: string): SimulatorAnswer<Task>;
  /** Lists the tasks created by THIS instance only (the last 500), newest first. */
  list(kind: TaskKind, query: unknown): SimulatorAnswer<Task[]>;
}

/** Everything a task id encodes. */
export interface SimTaskFacts {
  kind: TaskKind;
  createdAt: number;
  taskMs: number;
  duration: string;
  /** Units Kling would deduct, in tenths (final_unit_deduction), when the rate is known. */
  unitTenths?: number;
  fail: boolean;
  flaky5xx: boolean;
  externalTaskId?: string;
}

// ---- Task ids ---------------------------------------------------------------------------
// base64url of: version(1) kind(1) flags(1) duration(1) createdAt(6, ms) taskMs(4) nonce(6)
// unitTenths(2, 0xffff = unknown) externalTaskId(utf-8, rest) check(4). The check rejects garbage and typos; it is not a secret.

const ID_VERSION = 2;
const HEAD_BYTES = 22;
const UNKNOWN_UNITS = 0xffff;
const CHECK_BYTES = 4;
const FLAG_FAIL = 1;
const FLAG_5XX = 2;
// external_task_id is at most 256 UTF-16 units, so at most 768 UTF-8 bytes: ceil((26 + 768) * 4 / 3) = 1059.
const MAX_ID_CHARS = 1059;

function checksum(bytes: Uint8Array): Buffer {
  return createHash("sha256").update("motionbrush-sim").update(bytes).digest().subarray(0, CHECK_BYTES);
}

export function encodeTaskId(facts: SimTaskFacts): string {
  const ext = Buffer.from(facts.externalTaskId ?? "", "utf8");
  const body = Buffer.alloc(HEAD_BYTES + ext.length);
  body.writeUInt8(ID_VERSION, 0);
  body.writeUInt8(TASK_KINDS.indexOf(facts.kind), 1);
  body.writeUInt8((facts.fail ? FLAG_FAIL : 0) | (facts.flaky5xx ? FLAG_5XX : 0), 2);
  body.writeUInt8(Number(facts.duration), 3);
  body.writeUIntBE(facts.createdAt, 4, 6);
  body.writeUInt32BE(facts.taskMs, 10);
  randomBytes(6).copy(body, 14);
  body.writeUInt16BE(facts.unitTenths === undefined ? UNKNOWN_UNITS : Math.min(facts.unitTenths, UNKNOWN_UNITS - 1), 20);
  ext.copy(body, HEAD_BYTES);
  return Buffer.concat([body, checksum(body)]).toString("base64url");
}

/** The facts behind a simulator task id, or null for anything that is not one. */
export function decodeTaskId(id: string): SimTaskFacts | null {
  if (typeof id !== "string" || id.length > MAX_ID_CHARS || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const buf = Buffer.from(id, "base64url");
  if (buf.length < HEAD_BYTES + CHECK_BYTES || buf.toString("base64url") !== id) return null;
  const body = buf.subarray(0, buf.length - CHECK_BYTES);
  if (!checksum(body).equals(buf.subarray(buf.length - CHECK_BYTES))) return null;
  const kind = TASK_KINDS[body.readUInt8(1)];
  const flags = body.readUInt8(2);
  const seconds = body.readUInt8(3);
  const duration = String(seconds);
  if (body.readUInt8(0) !== ID_VERSION || !kind || seconds < 1 || seconds > 15) return null;
  const unitTenths = body.readUInt16BE(20);
  let externalTaskId: string | undefined;
  if (body.length > HEAD_BYTES) {
    try {
      externalTaskId = new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(HEAD_BYTES));
    } catch {
      return null;
    }
  }
  return {
    kind,
    createdAt: body.readUIntBE(4, 6),
    taskMs: body.readUInt32BE(10),
    duration,
    ...(unitTenths !== UNKNOWN_UNITS ? { unitTenths } : {}),
    fail: (flags & FLAG_FAIL) !== 0,
    flaky5xx: (flags & FLAG_5XX) !== 0,
    ...(externalTaskId !== undefined ? { externalTaskId } : {}),
  };
}

// ---- Lifecycle --------------------------------------------------------------------------

/** The status of a task at `now`, and when it last changed. */
export function taskPhase(facts: SimTaskFacts, now: number): { status: TaskStatus; changedAt: number } {
  const elapsed = now - facts.createdAt;
  const submittedMs = Math.round(facts.taskMs * SUBMITTED_FRACTION);
  // A task is always submitted at its creation instant, as Kling's create answer is, even with taskMs 0.
  if (elapsed <= 0) return { status: "submitted", changedAt: facts.createdAt };
  if (elapsed >= facts.taskMs) return { status: facts.fail ? "failed" : "succeed", changedAt: facts.createdAt + facts.taskMs };
  if (elapsed >= submittedMs) return { status: "processing", changedAt: facts.createdAt + submittedMs };
  return { status: "submitted", changedAt: facts.createdAt };
}

function videoId(taskId: string): string {
  const h = createHash("sha256").update(taskId).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function hasToken(prompt: unknown, token: SimulatorScenarioToken): boolean {
  return typeof prompt === "string" && prompt.toLowerCase().includes(token);
}

// ---- The simulator ----------------------------------------------------------------------

function ok<T>(data: T): SimulatorAnswer<T> {
  return { status: 200, envelope: { code: KLING_CODES.ok, message: "SUCCEED", request_id: randomUUID(), data } };
}

function refuse<T>(code: number, message: string, errors?: FieldIssue[]): SimulatorAnswer<T> {
  const envelope: Envelope<T> = { code, message, request_id: randomUUID() };
  if (errors) envelope.errors = errors;
  return { status: statusForCode(code), envelope };
}

const invalid = <T>(issues: FieldIssue[]) =>
  refuse<T>(KLING_CODES.invalidParamValue, `Invalid request: ${describeIssues(issues)}`, issues);

const isKind = (kind: unknown): kind is TaskKind => (TASK_KINDS as readonly unknown[]).includes(kind);

const unknownKind = <T>(kind: unknown) =>
  refuse<T>(KLING_CODES.wrongMethod, `Unknown task kind "${String(kind).slice(0, 40)}": use ${TASK_KINDS.join(" or ")}`);

/** What the official API is expected to answer for a model past its end of life (section 9). */
export const RETIRED_MODEL_MESSAGE = (model: string) => `Resource not found: model ${model} is not available`;

/** The units a job would cost at the data's rate, in tenths; undefined when the rate is unknown. */
function unitTenthsFor(body: { model_name?: string; mode?: string; duration?: string; sound?: string }, catalog: Catalog): number | undefined {
  const model = body.model_name ?? "kling-v1";
  const takesMode = (findModel(catalog, model)?.features.plain?.modes.length ?? 1) > 0;
  const mode = (MODES as readonly string[]).includes(body.mode ?? "std") ? ((body.mode ?? "std") as Mode) : "std";
  const cost = estimateCost({ model, mode: takesMode ? mode : null, duration: body.duration ?? "5", sound: body.sound === "on" }, catalog);
  return cost.known ? Math.round(cost.units * 10) : undefined;
}

const notFound = <T>(kind: TaskKind) => refuse<T>(KLING_CODES.notFound, `Task not found: no ${kind} task has this id`);

/** Wraps a handler so that a bug answers 500/5000 instead of throwing into the caller. */
function guarded<A extends unknown[], T>(fn: (...args: A) => SimulatorAnswer<T>) {
  return (...args: A): SimulatorAnswer<T> => {
    try {
      return fn(...args);
    } catch {
      return refuse<T>(KLING_CODES.serverError, "Simulator internal error");
    }
  };
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const taskMs = Math.min(Math.max(0, Math.round(options.taskMs)), 0xffffffff);
  const now = () => Math.floor((options.now ?? Date.now)());
  const recent: string[] = [];
  const catalog = options.catalog ?? BUILTIN_CATALOG;

  function taskAt(id: string, facts: SimTaskFacts, at: number): Task {
    const phase = taskPhase(facts, at);
    const task: Task = {
      task_id: id,
      task_status: phase.status,
      task_status_msg: phase.status === "failed" ? SIMULATED_FAILURE_MSG : "",
      task_info: facts.externalTaskId !== undefined ? { external_task_id: facts.externalTaskId } : {},
      created_at: facts.createdAt,
      updated_at: phase.changedAt,
    };
    if (phase.status === "succeed") {
      task.task_result = { videos: [{ id: videoId(id), url: options.videoUrl(facts.kind), duration: facts.duration }] };
      // Kling reports the charge on finished tasks; an unknown rate is simulated as 1 unit per second.
      task.final_unit_deduction = String((facts.unitTenths ?? Number(facts.duration) * 10) / 10);
    }
    return task;
  }

  const create = (kind: TaskKind, body: unknown, validated = false): SimulatorAnswer<Task> => {
    if (!isKind(kind)) return unknownKind(kind);
    // Validating twice doubles the event-loop time a large body costs; the gateway's pass is the same function.
    const checked = validated ? { ok: true as const, data: body as Image2VideoBody } : validateCreateBody(kind, body, catalog);
    if (!checked.ok) return invalid(checked.issues);
    const valid = checked.data;
    const model = valid.model_name ?? "kling-v1";
    if (options.retireModels && findModel(catalog, model)?.status.state === "retired") {
      return refuse(KLING_CODES.notFound, RETIRED_MODEL_MESSAGE(model));
    }
    if (hasToken(valid.prompt, "[sim:429]")) return refuse(KLING_CODES.tooManyTasks, "parallel task over resource pack limit");
    if (hasToken(valid.prompt, "[sim:content]")) {
      return refuse(KLING_CODES.contentPolicy, "Simulated refusal: the prompt or image did not pass the content-safety check");
    }
    const facts: SimTaskFacts = {
      kind,
      createdAt: now(),
      taskMs,
      duration: valid.duration ?? "5",
      ...(kind === "image2video" ? { unitTenths: unitTenthsFor(valid, catalog) } : {}),
      fail: hasToken(valid.prompt, "[sim:fail]"),
      flaky5xx: hasToken(valid.prompt, "[sim:5xx]"),
      ...(valid.external_task_id !== undefined ? { externalTaskId: valid.external_task_id } : {}),
    };
    const id = encodeTaskId(facts);
    recent.push(id);
    if (recent.length > LIST_CAPACITY) recent.shift();
    return ok(taskAt(id, facts, facts.createdAt));
  };

  const get = (kind: TaskKind, taskId: string): SimulatorAnswer<Task> => {
    if (!isKind(kind)) return unknownKind(kind);
    const facts = decodeTaskId(taskId);
    if (!facts || facts.kind !== kind) return notFound(kind);
    const at = now();
    if (facts.flaky5xx && at - facts.createdAt < facts.taskMs / 2) {
      return refuse(KLING_CODES.unavailable, "Service temporarily unavailable (simulated maintenance), retry later");
    }
    return ok(taskAt(taskId, facts, at));
  };

  const list = (kind: TaskKind, query: unknown): SimulatorAnswer<Task[]> => {
    if (!isKind(kind)) return unknownKind(kind);
    const parsed = listQuerySchema.safeParse(query ?? {});
    if (!parsed.success) return invalid(toFieldIssues(parsed.error));
    const { pageNum, pageSize } = parsed.data;
    const at = now();
    const mine = recent.flatMap((id) => {
      const facts = decodeTaskId(id);
      return facts && facts.kind === kind ? [taskAt(id, facts, at)] : [];
    });
    // Newest first; ties keep the reverse creation order (sort is stable).
    mine.reverse().sort((a, b) => b.created_at - a.created_at);
    return ok(mine.slice((pageNum - 1) * pageSize, pageNum * pageSize));
  };

  return { create: guarded(create), get: guarded(get), list: guarded(list) };
}

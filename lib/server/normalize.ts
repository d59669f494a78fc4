import "server-only";
// Turns any upstream answer (official Kling, pass-through relay, new-api relay) into the native
// Kling envelope, so the browser speaks one vocabulary (kling-api.md sections 3, 9, 10).
import { codeForStatus, klingErrorInfo, statusForCode, KLING_CODES } from "@/lib/kling/errors";
import type { TaskStatus } from "@/lib/kling/limits";
import { isHttpUrl, taskSchema, type Envelope, type Task } from "@/lib/kling/schemas";

export type UpstreamCall = "create" | "get" | "list";

/** An HTTP status and the native envelope to answer with. */
export interface NormalizedAnswer<T> {
  status: number;
  envelope: Envelope<T>;
  /** The request certainly never reached Kling; the browser is told so with `x-motionbrush-sent: no`. */
  notSent?: boolean;
}

export interface NormalizeOptions {
  /** Milliseconds; used when a relay gives no timestamps. */
  now?: () => number;
  requestId?: () => string;
}

const MESSAGE_MAX_CHARS = 200;
const STATUS_MSG_MAX_CHARS = 500;
const SCRUB_INPUT_MAX_CHARS = 2000;
const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

export const NOT_UNDERSTOOD_MESSAGE = "The upstream answer was not understood";

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

const SECRET_PATTERNS: [RegExp, string | ((match: string) => string)][] = [
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 [redacted]"],
  [/\b([A-Za-z_-]*(?:key|token|secret|password|signature|authorization))(["']?\s*[:=]\s*["']?)[^\s"',;&}]+/gi, "$1$2[redacted]"],
  // JWTs: three base64url segments.
  [/[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, "[redacted]"],
  [/\bsk[-_][A-Za-z0-9_-]{8,}/g, "[redacted]"],
  // Standard base64 may contain "/", so only mixed-case-and-digit runs count (paths stay readable).
  [/[A-Za-z0-9+/]{40,}={0,2}/g, (m) => (/[A-Z]/.test(m) && /[a-z]/.test(m) && /\d/.test(m) ? "[redacted]" : m)],
  // Long hex or base64url runs: keys, hashes, signatures.
  [/[A-Za-z0-9_-]{32,}/g, "[redacted]"],
];

/** An upstream text made safe to show: credentials redacted, one line, at most `max` characters. */
export function scrubMessage(text: string, max = MESSAGE_MAX_CHARS): string {
  let s = text;
  if (s.length > SCRUB_INPUT_MAX_CHARS) {
    // Drop the token cut in half at the boundary: a partial secret would escape the patterns.
    s = s.slice(0, SCRUB_INPUT_MAX_CHARS).replace(/\S*$/, "");
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) {
    s = typeof replacement === "string" ? s.replace(pattern, replacement) : s.replace(pattern, replacement);
  }
  s = s.replace(/[\p{Cc}\s]+/gu, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function errorAnswer(status: number, code: number, message: string, requestId: string = newRequestId()): NormalizedAnswer<never> {
  return { status, envelope: { code, message, request_id: requestId } };
}

/** A number or a string of digits, else undefined. */
function asInteger(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\d{1,9}$/.test(v)) return Number(v);
  return undefined;
}

/** Seconds, milliseconds or an ISO date, as Unix milliseconds. */
function toMillis(v: unknown): number | undefined {
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) n = Number(v);
  else if (typeof v === "string" && v) n = Date.parse(v);
  if (n === undefined || !Number.isFinite(n) || n <= 0) return undefined;
  // 1e12 ms is September 2001; any real timestamp below it is in seconds.
  return Math.round(n < 1e12 ? n * 1000 : n);
}

const RELAY_STATUSES: Record<string, TaskStatus> = {
  not_start: "submitted",
  submitted: "submitted",
  queued: "submitted",
  in_progress: "processing",
  unknown: "processing",
  processing: "processing",
  success: "succeed",
  succeed: "succeed",
  succeeded: "succeed",
  completed: "succeed",
  failure: "failed",
  failed: "failed",
};

function relayStatus(v: unknown): TaskStatus | undefined {
  return typeof v === "string" ? RELAY_STATUSES[v.toLowerCase()] : undefined;
}

const isTerminal = (s: TaskStatus) => s === "succeed" || s === "failed";

/**
 * A task that is almost Kling's shape (missing times, numeric ids or durations, a malformed optional field)
 * made into the native one. Only an answer with a task id qualifies: that id may stand for a paid task.
 * `defaultStatus` is for creates, whose 2xx answer means the task exists even when it names no status.
 */
function coerceTask(candidate: unknown, now: number, defaultStatus?: TaskStatus): unknown {
  if (!isRecord(candidate)) return candidate;
  const rawId = candidate.task_id;
  const taskId = typeof rawId === "number" ? String(rawId) : rawId;
  if (typeof taskId !== "string" || !taskId) return candidate;
  const createdAt = toMillis(candidate.created_at) ?? now;
  const out: Json = {
    ...candidate,
    task_id: taskId,
    task_status: relayStatus(candidate.task_status) ?? relayStatus(candidate.status) ?? defaultStatus,
    created_at: createdAt,
    updated_at: Math.max(toMillis(candidate.updated_at) ?? createdAt, createdAt),
  };
  if (typeof out.task_status_msg !== "string") delete out.task_status_msg;
  if (!isRecord(out.task_info)) delete out.task_info;
  if (!isRecord(out.watermark_info) || typeof out.watermark_info.enabled !== "boolean") delete out.watermark_info;
  if (typeof out.final_unit_deduction === "number") out.final_unit_deduction = String(out.final_unit_deduction);
  else if (typeof out.final_unit_deduction !== "string") delete out.final_unit_deduction;
  const result = isRecord(out.task_result) ? out.task_result : undefined;
  const videos = result && Array.isArray(result.videos) ? result.videos : undefined;
  if (videos) {
    out.task_result = {
      ...result,
      videos: videos.filter(isRecord).flatMap((v) =>
        typeof v.url === "string" ? [{ ...v, id: String(v.id ?? taskId), url: v.url, duration: String(v.duration ?? "") }] : [],
      ),
    };
  } else delete out.task_result;
  return out;
}

/** Final pass over every task: scrub the status text and keep only http(s) video links. */
function finishTask(candidate: unknown, lenient?: { now: number; defaultStatus?: TaskStatus }): Task | undefined {
  let parsed = taskSchema.safeParse(candidate);
  if (!parsed.success && lenient) parsed = taskSchema.safeParse(coerceTask(candidate, lenient.now, lenient.defaultStatus));
  if (!parsed.success) return undefined;
  const task = { ...parsed.data };
  if (typeof task.task_status_msg === "string") task.task_status_msg = scrubMessage(task.task_status_msg, STATUS_MSG_MAX_CHARS);
  if (task.task_result) {
    const videos = task.task_result.videos
      .filter((v) => isHttpUrl(v.url))
      .map((v) => (v.watermark_url !== undefined && !isHttpUrl(v.watermark_url) ? { ...v, watermark_url: undefined } : v));
    task.task_result = { ...task.task_result, videos };
  }
  return task;
}

/** The raw Kling task a new-api relay embeds: a bare task, or the whole Kling envelope. */
function embeddedKlingTask(raw: unknown): Task | undefined {
  let v = raw;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const direct = taskSchema.safeParse(v);
  if (direct.success) return direct.data;
  if (isRecord(v) && (v.code === undefined || v.code === 0)) {
    const inner = taskSchema.safeParse(v.data);
    if (inner.success) return inner.data;
  }
  return undefined;
}

function resultVideos(taskId: string, url: unknown) {
  return typeof url === "string" && isHttpUrl(url) ? { videos: [{ id: taskId, url, duration: "" }] } : undefined;
}

/** new-api query: `{code: "success", data: {task_id, status, fail_reason, result_url, ..., data}}`. */
function fromRelayQuery(d: Json, now: number): Task | undefined {
  const taskId = typeof d.task_id === "string" && d.task_id ? d.task_id : undefined;
  const status = relayStatus(d.status);
  const failReason = typeof d.fail_reason === "string" ? d.fail_reason : "";
  const raw = embeddedKlingTask(d.data);
  if (raw) {
    // The relay's own id is the one it can be polled with; Kling's id inside means nothing to it.
    const task: Task = { ...raw, task_id: taskId ?? raw.task_id };
    // The relay stops polling Kling at a terminal state, so its verdict beats a stale raw task.
    if (status && isTerminal(status) && !isTerminal(raw.task_status)) {
      task.task_status = status;
      if (status === "failed" && failReason) task.task_status_msg = failReason;
      if (status === "succeed" && !task.task_result?.videos.length) task.task_result = resultVideos(task.task_id, d.result_url);
    }
    return finishTask(task);
  }
  if (!taskId || !status) return undefined;
  const createdAt = toMillis(d.submit_time) ?? toMillis(d.created_at) ?? now;
  const updatedAt = toMillis(d.finish_time) ?? toMillis(d.start_time) ?? toMillis(d.updated_at) ?? createdAt;
  return finishTask({
    task_id: taskId,
    task_status: status,
    task_status_msg: failReason,
    created_at: createdAt,
    updated_at: Math.max(updatedAt, createdAt),
    task_result: resultVideos(taskId, d.result_url),
  });
}

/** new-api create (an OpenAI-style video object): `{id, task_id, object, status: "queued", created_at: <s>}`. */
function fromRelayCreate(b: Json, now: number): Task | undefined {
  const taskId = [b.task_id, b.id].find((v): v is string => typeof v === "string" && v.length > 0);
  const status = relayStatus(b.status);
  if (!taskId || !status) return undefined;
  const createdAt = toMillis(b.created_at) ?? now;
  const errorMessage = isRecord(b.error) && typeof b.error.message === "string" ? b.error.message : "";
  return finishTask({
    task_id: taskId,
    task_status: status,
    task_status_msg: errorMessage,
    created_at: createdAt,
    updated_at: Math.max(toMillis(b.completed_at) ?? createdAt, createdAt),
  });
}

type Extracted = { ok: true; data: Task | Task[] } | { ok: false };

function extractSuccess(body: Json, call: UpstreamCall, now: number): Extracted {
  const code = body.code;
  const nativeOk = asInteger(code) === 0;
  const relayOk = typeof code === "string" && code.toLowerCase() === "success";
  if (call === "list") {
    if (!(nativeOk || relayOk) || !Array.isArray(body.data)) return { ok: false };
    // One malformed old task should not hide the whole history; an all-malformed page is an error.
    const tasks = body.data.map((t) => finishTask(t, { now })).filter((t): t is Task => t !== undefined);
    return tasks.length > 0 || body.data.length === 0 ? { ok: true, data: tasks } : { ok: false };
  }
  // A 2xx create answer with a task id means the task exists (and is paid for): never drop it for its shape.
  const createStatus: TaskStatus | undefined = call === "create" ? "submitted" : undefined;
  let task: Task | undefined;
  const lenient = { now, defaultStatus: createStatus };
  if (nativeOk) task = finishTask(body.data, lenient);
  else if (relayOk) {
    task = finishTask(body.data) ?? (isRecord(body.data) ? fromRelayQuery(body.data, now) : undefined) ?? finishTask(body.data, lenient);
  } else if (code === undefined) task = finishTask(body) ?? fromRelayCreate(body, now) ?? finishTask(body, lenient);
  return task ? { ok: true, data: task } : { ok: false };
}

interface UpstreamError {
  /** A Kling code the upstream named, if any. */
  code?: number;
  message?: string;
}

/** The error an answer states, whatever its shape; undefined when it does not state one. */
function statedError(body: Json): UpstreamError | undefined {
  const message = typeof body.message === "string" ? body.message : undefined;
  const hasTaskId = typeof body.task_id === "string" || typeof body.id === "string";
  if (isRecord(body.error) && !hasTaskId) {
    const e = body.error;
    const code = asInteger(e.code);
    return {
      code: code !== undefined && klingErrorInfo(code) ? code : undefined,
      message: typeof e.message === "string" ? e.message : message,
    };
  }
  const numeric = asInteger(body.code);
  if (numeric !== undefined) return numeric === 0 ? undefined : { code: numeric, message };
  if (typeof body.code === "string" && body.code.toLowerCase() !== "success") return { message };
  return undefined;
}

function fallbackMessage(status: number, code: number): string {
  const meaning = klingErrorInfo(code)?.meaning;
  return meaning ? `${meaning} (Kling answered HTTP ${status})` : `Kling answered HTTP ${status}`;
}

export function normalizeUpstream(status: number, body: unknown, call: "list", options?: NormalizeOptions): NormalizedAnswer<Task[]>;
export function normalizeUpstream(status: number, body: unknown, call: "create" | "get", options?: NormalizeOptions): NormalizedAnswer<Task>;
export function normalizeUpstream(status: number, body: unknown, call: UpstreamCall, options?: NormalizeOptions): NormalizedAnswer<Task | Task[]>;
/**
 * One upstream answer (HTTP status and parsed JSON, or null when the body was not JSON) as the
 * native envelope. Upstream texts are scrubbed; nothing else of an error body is copied.
 */
export function normalizeUpstream(
  status: number,
  body: unknown,
  call: UpstreamCall,
  options: NormalizeOptions = {},
): NormalizedAnswer<Task | Task[]> {
  const now = (options.now ?? Date.now)();
  const upstreamId = isRecord(body) ? body.request_id : undefined;
  const requestId = typeof upstreamId === "string" && REQUEST_ID_RE.test(upstreamId) ? upstreamId : (options.requestId ?? newRequestId)();
  const errorStatus = status >= 400 ? status : 502;

  if (!isRecord(body)) {
    return errorAnswer(errorStatus, codeForStatus(errorStatus), `Kling answered HTTP ${status} with a body that is not a JSON object`, requestId);
  }

  const stated = statedError(body);
  if (stated || status >= 400) {
    let code: number;
    let httpStatus: number;
    if (stated?.code !== undefined) {
      code = stated.code;
      httpStatus = klingErrorInfo(code) ? statusForCode(code) : errorStatus;
    } else {
      httpStatus = errorStatus;
      code = codeForStatus(httpStatus);
    }
    const message = stated?.message ? scrubMessage(stated.message) : "";
    return errorAnswer(httpStatus, code, message || fallbackMessage(httpStatus, code), requestId);
  }

  const extracted = extractSuccess(body, call, now);
  if (!extracted.ok) {
    return errorAnswer(502, KLING_CODES.serverError, `${NOT_UNDERSTOOD_MESSAGE} (HTTP ${status})`, requestId);
  }
  return { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: requestId, data: extracted.data } };
}

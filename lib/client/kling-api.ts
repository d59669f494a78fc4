// Browser client for the gateway's native Kling routes. Never throws on an HTTP error: callers branch on `ok`.
import { codeForStatus, KLING_CODES, NOT_SENT_HEADER } from "@/lib/kling/errors";
import type { TaskKind } from "@/lib/kling/limits";
import type { FieldIssue, Task } from "@/lib/kling/schemas";

/** Why a call failed: an error answer, no answer at all, or an answer that is not a Kling envelope. */
export type FailureReason = "http" | "network" | "timeout" | "bad-answer";

export interface KlingFailure {
  ok: false;
  /** HTTP status; 0 when no answer arrived. */
  status: number;
  code: number;
  message: string;
  errors?: FieldIssue[];
  /** The gateway's refusal code (`reason` in its envelope: "sign-in-required", "limit-create"…). */
  refusal?: string;
  reason: FailureReason;
  requestId?: string;
  /** Certainly never reached Kling: the gateway says so (`x-motionbrush-sent: no`) or the browser was offline. */
  notSent?: boolean;
}


export type TaskResult = { ok: true; task: Task; requestId: string } | KlingFailure;
export type TaskListResult = { ok: true; tasks: Task[]; requestId: string } | KlingFailure;

export interface KlingClientOptions {
  /** Injected for tests; defaults to the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  baseUrl?: string;
  createTimeoutMs?: number;
  queryTimeoutMs?: number;
}

export interface KlingClient {
  createTask(kind: TaskKind, body: object): Promise<TaskResult>;
  getTask(kind: TaskKind, taskId: string): Promise<TaskResult>;
  listTasks(kind: TaskKind, page: { pageNum: number; pageSize: number }): Promise<TaskListResult>;
}

type Envelope<T> = { code: number; message: string; request_id: string; data?: T };
type Parser<T> = (json: unknown) => { success: true; data: Envelope<T> } | { success: false };
type AnswerSchemas = typeof import("./answer-schemas");

/** The answer schemas (and zod), fetched once, alongside the first call; a failed fetch is tried again next call. */
let answerSchemas: Promise<AnswerSchemas | null> | null = null;
const schemas = () =>
  (answerSchemas ??= import("./answer-schemas").catch(() => {
    answerSchemas = null;
    return null;
  }));

async function call<T>(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  parserOf: (s: AnswerSchemas) => Parser<T>,
): Promise<{ ok: true; data: T; requestId: string } | KlingFailure> {
  const checks = schemas();
  let res: Response;
  let text: string;
  try {
    res = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await res.text();
  } catch (e) {
    const timeout = e instanceof Error && e.name === "TimeoutError";
    const offline = !timeout && typeof navigator !== "undefined" && navigator.onLine === false;
    return {
      ok: false,
      status: 0,
      code: timeout ? KLING_CODES.timeout : KLING_CODES.serverError,
      message: e instanceof Error ? e.message : String(e),
      reason: timeout ? "timeout" : "network",
      ...(offline ? { notSent: true } : {}),
    };
  }
  const notSent = res.headers.get(NOT_SENT_HEADER) === "no" ? { notSent: true } : {};
  const answers = await checks;
  // The answer arrived but this page cannot check it (its script chunk failed to load): not a known answer.
  if (!answers) return { ok: false, status: res.status, code: KLING_CODES.serverError, message: "the answer could not be checked", reason: "bad-answer", ...notSent };
  const parse = parserOf(answers);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (res.ok) {
    const env = parse(json);
    if (env.success && env.data.code === 0 && env.data.data !== undefined) {
      return { ok: true, data: env.data.data, requestId: env.data.request_id };
    }
    if (env.success && env.data.code !== 0) {
      return { ok: false, status: res.status, code: env.data.code, message: env.data.message, reason: "http", requestId: env.data.request_id, ...notSent };
    }
    return { ok: false, status: res.status, code: KLING_CODES.serverError, message: "the answer is not a Kling task envelope", reason: "bad-answer" };
  }
  const err = answers.errorEnvelopeSchema.safeParse(json);
  if (err.success) {
    return {
      ok: false,
      status: res.status,
      code: err.data.code,
      message: err.data.message,
      ...(err.data.errors ? { errors: err.data.errors } : {}),
      ...(err.data.reason ? { refusal: err.data.reason } : {}),
      reason: "http",
      ...(err.data.request_id ? { requestId: err.data.request_id } : {}),
      ...notSent,
    };
  }
  return {
    ok: false,
    status: res.status,
    code: codeForStatus(res.status),
    message: res.statusText || "the answer is not a Kling envelope",
    reason: "http",
    ...notSent,
  };
}

export function createKlingClient(options: KlingClientOptions = {}): KlingClient {
  const base = (options.baseUrl ?? "/api/kling/v1/videos").replace(/\/+$/, "");
  const fetchImpl: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  const createTimeoutMs = options.createTimeoutMs ?? 90_000;
  const queryTimeoutMs = options.queryTimeoutMs ?? 30_000;
  const taskParser = (s: AnswerSchemas): Parser<Task> => (json) => s.taskEnvelopeSchema.safeParse(json);
  const listParser = (s: AnswerSchemas): Parser<Task[]> => (json) => s.taskListEnvelopeSchema.safeParse(json);

  return {
    async createTask(kind, body) {
      const r = await call(
        fetchImpl,
        `${base}/${kind}`,
        { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) },
        createTimeoutMs,
        taskParser,
      );
      return r.ok ? { ok: true, task: r.data, requestId: r.requestId } : r;
    },
    async getTask(kind, taskId) {
      const r = await call(fetchImpl, `${base}/${kind}/${encodeURIComponent(taskId)}`, { headers: { accept: "application/json" } }, queryTimeoutMs, taskParser);
      return r.ok ? { ok: true, task: r.data, requestId: r.requestId } : r;
    },
    async listTasks(kind, page) {
      const q = new URLSearchParams({ pageNum: String(page.pageNum), pageSize: String(page.pageSize) });
      const r = await call(fetchImpl, `${base}/${kind}?${q}`, { headers: { accept: "application/json" } }, queryTimeoutMs, listParser);
      return r.ok ? { ok: true, tasks: r.data, requestId: r.requestId } : r;
    },
  };
}

/** True when retrying the same query later may succeed (no answer, 408, 429, 5xx, a garbled answer). */
export function isTransientFailure(f: KlingFailure): boolean {
  return f.status === 0 || f.status === 408 || f.status === 429 || f.status >= 500 || f.reason === "bad-answer";
}

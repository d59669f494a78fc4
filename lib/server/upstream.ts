import "server-only";
// The one place that talks to Kling or a relay: auth, timeouts, retries, and normalised answers.
import { KLING_CODES } from "@/lib/kling/errors";
import type { TaskKind } from "@/lib/kling/limits";
import { isHttpUrl, type Task } from "@/lib/kling/schemas";
import { createJwtSigner, type JwtSigner } from "./jwt";
import { errorAnswer, normalizeUpstream, type NormalizedAnswer, type UpstreamCall } from "./normalize";
import { adviceFor } from "./upstream-advice";
import { fetchTransport, undiciTransport } from "./upstream-transport";

export type UpstreamAuth = { kind: "jwt"; accessKey: string; secretKey: string } | { kind: "bearer"; apiKey: string };

export interface UpstreamClientOptions {
  /** e.g. https://api-singapore.klingai.com, or a relay base that already ends in /kling. */
  baseUrl: string;
  auth: UpstreamAuth;
  /** Instead of the default transport (undici over a keep-alive pool): tests and other runtimes. */
  fetch?: typeof fetch;
  /** Per attempt, for queries (default 20 000 ms). */
  timeoutMs?: number;
  /** For a create, which is never retried (default 60 000 ms). */
  createTimeoutMs?: number;
  /** Extra attempts for a query (default 3). */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Milliseconds. */
  now?: () => number;
  /** One line per attempt; never carries headers, bodies, tokens or keys. */
  log?: (line: Record<string, unknown>) => void;
}

export type UpstreamResult<T> = NormalizedAnswer<T>;

export interface ListPage {
  pageNum: number;
  pageSize: number;
}

export interface UpstreamClient {
  /** Sends `raw` when given (the exact bytes the gateway validated), else `body` serialised. */
  createTask(kind: TaskKind, body: unknown, raw?: Uint8Array): Promise<UpstreamResult<Task>>;
  getTask(kind: TaskKind, taskId: string): Promise<UpstreamResult<Task>>;
  listTasks(kind: TaskKind, page: ListPage): Promise<UpstreamResult<Task[]>>;
}

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4000;
const RETRY_AFTER_CAP_MS = 10_000;
// 429s that waiting does not cure: account in arrears, resource pack used up, IP allow-list.
const PERMANENT_429_CODES = new Set([1100, 1101, 1102, 1304]);
// Connection errors raised before any byte was sent: a create that hit them certainly did not happen.
const NOT_SENT_ERRORS = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "ENETUNREACH", "EHOSTUNREACH"]);
const EXTERNAL_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

type Outcome =
  | { kind: "answer"; upstreamStatus: number; json: unknown; retryAfterMs?: number }
  | { kind: "timeout" }
  | { kind: "network"; notSent: boolean }
  | { kind: "local"; result: NormalizedAnswer<never> };

interface Request {
  method: "GET" | "POST";
  path: string;
  query?: string;
  body?: string | Uint8Array;
  call: UpstreamCall;
  timeoutMs: number;
  retry: boolean;
  externalTaskId?: string;
  /** The model of a create, for advice when the upstream does not serve it. */
  model?: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `Retry-After` (seconds or an HTTP date) in ms, capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return undefined;
    ms = at - nowMs;
  }
  return Math.min(Math.max(0, Math.round(ms)), RETRY_AFTER_CAP_MS);
}

function errorCode(err: unknown): string | undefined {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code ?? (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

const duration = (ms: number) => (ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`);

function mayExistHint(externalTaskId: string | undefined): string {
  const id = externalTaskId ? ` "${externalTaskId}"` : "";
  return ` The task may still have been created: find it by its external_task_id${id} in the task list before creating it again.`;
}

export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  if (!isHttpUrl(baseUrl)) throw new TypeError("Kling baseUrl must be an http(s) URL");
  const send1 = options.fetch ? fetchTransport(options.fetch) : undiciTransport;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const createTimeoutMs = options.createTimeoutMs ?? 60_000;
  const maxRetries = Math.max(0, options.maxRetries ?? 3);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const auth = options.auth;
  const signer: JwtSigner | undefined =
    auth.kind === "jwt" ? createJwtSigner({ accessKey: auth.accessKey, secretKey: auth.secretKey, now }) : undefined;

  function log(line: Record<string, unknown>) {
    try {
      options.log?.(line);
    } catch {
      // A broken logger must not break the call.
    }
  }

  async function credential(): Promise<string | undefined> {
    if (auth.kind === "bearer") return auth.apiKey;
    try {
      return await signer?.token();
    } catch {
      return undefined;
    }
  }

  async function attemptOnce(req: Request): Promise<Outcome> {
    const token = await credential();
    if (!token) {
      return { kind: "local", result: errorAnswer(500, KLING_CODES.authFailed, "The server could not sign its Kling token: check the access and secret keys") };
    }
    const headers: Record<string, string> = { Accept: "application/json", Authorization: `Bearer ${token}` };
    if (req.body !== undefined) headers["Content-Type"] = "application/json";
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs);
    try {
      const res = await send1(`${baseUrl}${req.path}${req.query ?? ""}`, { method: req.method, headers, body: req.body, signal: controller.signal });
      // The body is read inside the timeout too: a stalled body is as bad as no answer.
      const text = await res.text();
      return {
        kind: "answer",
        upstreamStatus: res.status,
        json: text ? parseJson(text) : null,
        retryAfterMs: parseRetryAfter(res.header("retry-after"), now()),
      };
    } catch (err) {
      if (controller.signal.aborted) return { kind: "timeout" };
      const code = errorCode(err);
      return { kind: "network", notSent: code !== undefined && NOT_SENT_ERRORS.has(code) };
    } finally {
      clearTimeout(timer);
    }
  }

  function resultOf(req: Request, outcome: Outcome): NormalizedAnswer<Task | Task[]> {
    const isCreate = req.call === "create";
    switch (outcome.kind) {
      case "answer": {
        const result = normalizeUpstream(outcome.upstreamStatus, outcome.json, req.call, { now });
        const advice = result.envelope.code === 0 ? null : adviceFor(result.envelope, { call: req.call, auth: auth.kind, model: req.model });
        if (advice) {
          log({ level: "warn", advice: result.envelope.code === KLING_CODES.invalidToken ? "api-key-needed" : "model-not-served" });
          return { ...result, envelope: { ...result.envelope, message: advice } };
        }
        // A 2xx create we could not read most likely created (and charged for) a task.
        if (isCreate && outcome.upstreamStatus < 300 && result.status >= 500) {
          return errorAnswer(result.status, result.envelope.code, `${result.envelope.message}${mayExistHint(req.externalTaskId)}`);
        }
        return result;
      }
      case "local":
        return { ...outcome.result, notSent: true };
      case "timeout":
        return errorAnswer(
          504,
          KLING_CODES.timeout,
          `Kling did not answer within ${duration(req.timeoutMs)}.${isCreate ? mayExistHint(req.externalTaskId) : ""}`,
        );
      case "network": {
        const answer = errorAnswer(
          502,
          KLING_CODES.serverError,
          `Could not reach Kling (connection failed).${isCreate && !outcome.notSent ? mayExistHint(req.externalTaskId) : ""}`,
        );
        return outcome.notSent ? { ...answer, notSent: true } : answer;
      }
    }
  }

  function isRetryable(outcome: Outcome, result: NormalizedAnswer<unknown>): boolean {
    if (outcome.kind === "timeout" || outcome.kind === "network") return true;
    if (outcome.kind !== "answer") return false;
    if (result.status === 429) return !PERMANENT_429_CODES.has(result.envelope.code);
    // 502 from a 2xx is an answer we did not understand: asking again would not help.
    return outcome.upstreamStatus >= 500 || (result.status >= 500 && result.status !== 502);
  }

  function delayFor(retry: number, outcome: Outcome): number {
    if (outcome.kind === "answer" && outcome.retryAfterMs !== undefined) return outcome.retryAfterMs;
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)));
  }

  async function send(req: Request): Promise<NormalizedAnswer<Task | Task[]>> {
    let attempt = 0;
    let retries = 0;
    let reSigned = false;
    for (;;) {
      attempt += 1;
      const started = now();
      const outcome = await attemptOnce(req);
      const result = resultOf(req, outcome);
      log({
        method: req.method,
        path: req.path,
        outcome: outcome.kind,
        upstream_status: outcome.kind === "answer" ? outcome.upstreamStatus : null,
        status: result.status,
        code: result.envelope.code,
        attempt,
        ms: now() - started,
      });
      // An auth refusal means nothing was done, so even a create may be sent once more with a fresh token.
      if (signer && !reSigned && outcome.kind === "answer" && result.status === 401) {
        reSigned = true;
        signer.invalidate();
        continue;
      }
      if (!req.retry || retries >= maxRetries || !isRetryable(outcome, result)) return result;
      retries += 1;
      await sleep(delayFor(retries, outcome));
    }
  }

  async function safely<T>(run: () => Promise<NormalizedAnswer<Task | Task[]>>): Promise<NormalizedAnswer<T>> {
    try {
      return (await run()) as NormalizedAnswer<T>;
    } catch {
      return errorAnswer(500, KLING_CODES.serverError, "Unexpected error while talking to Kling");
    }
  }

  const kindPath = (kind: TaskKind) => `/v1/videos/${kind}`;

  return {
    createTask(kind, body, raw) {
      return safely<Task>(async () => {
        let json: string | Uint8Array | undefined = raw;
        if (json === undefined) {
          try {
            json = JSON.stringify(body);
          } catch {
            json = undefined;
          }
        }
        if (json === undefined) return { ...errorAnswer(500, KLING_CODES.serverError, "The request body could not be serialised"), notSent: true };
        const ext = typeof body === "object" && body !== null ? (body as { external_task_id?: unknown }).external_task_id : undefined;
        const model = typeof body === "object" && body !== null ? (body as { model_name?: unknown }).model_name : undefined;
        return send({
          method: "POST",
          path: kindPath(kind),
          body: json,
          call: "create",
          timeoutMs: createTimeoutMs,
          // Never retried: a create costs money and may have happened even when no answer came.
          retry: false,
          externalTaskId: typeof ext === "string" && EXTERNAL_ID_RE.test(ext) ? ext : undefined,
          model: typeof model === "string" ? model.slice(0, 64) : undefined,
        });
      });
    },
    getTask(kind, taskId) {
      return safely<Task>(() =>
        send({ method: "GET", path: `${kindPath(kind)}/${encodeURIComponent(taskId)}`, call: "get", timeoutMs, retry: true }),
      );
    },
    listTasks(kind, page) {
      const query = `?${new URLSearchParams({ pageNum: String(page.pageNum), pageSize: String(page.pageSize) })}`;
      return safely<Task[]>(() => send({ method: "GET", path: kindPath(kind), query, call: "list", timeoutMs, retry: true }));
    },
  };
}

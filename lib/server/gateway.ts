import "server-only";
// The gateway: validates with the shared schemas, then forwards to the upstream or the simulator,
// and always answers the native Kling envelope. Thin route handlers call these functions.
import { randomUUID } from "node:crypto";
import type { Catalog } from "@/lib/kling/catalog";
import { KLING_CODES } from "@/lib/kling/errors";
import { RECOVERY_SEARCH, TASK_KINDS, type TaskKind } from "@/lib/kling/limits";
import {
  describeIssues,
  listQuerySchema,
  taskIdSchema,
  toFieldIssues,
  type Envelope,
  type FieldIssue,
  type Task,
} from "@/lib/kling/schemas";
import { checkCreateBytes, type CreateVerdict } from "./create-check";
import { getCreatePool, POOL_MIN_BYTES, type CreatePool } from "./create-pool";
import type { ServerConfig } from "./env";
import { LIMIT_KEY_HEADER, limitRefusal } from "./guard";
import type { LimitOutcome, Limiters } from "./rate-limits";

export interface GatewayResult {
  status: number;
  /** `reason`: a code the browser words itself (guard.ts RefusalReason), on refusals that have one. */
  envelope: Envelope & { reason?: string };
  /** Extra response headers (Retry-After on a 429). */
  headers?: Record<string, string>;
  /** Certainly never passed on to Kling (answered with `x-motionbrush-sent: no`). */
  notSent?: boolean;
}

/** What the gateway forwards to: the upstream client or the simulator share this shape. */
export interface TaskBackend {
  /**
   * `body` is the parsed, validated body; `raw`, when given, is what to send: the exact bytes that arrived (when
   * they parse to `body` alone: no repeated key, valid UTF-8) or the validated body serialised again. With `raw`,
   * `body` may be a skeleton whose long strings (the images) are stand-ins: read its fields, never send it.
   */
  createTask(kind: TaskKind, body: unknown, raw?: Uint8Array): Promise<GatewayResult>;
  getTask(kind: TaskKind, taskId: string): Promise<GatewayResult>;
  listTasks(kind: TaskKind, query: { pageNum: number; pageSize: number }): Promise<GatewayResult>;
}

export interface GatewayDeps {
  config: Pick<ServerConfig, "bodyLimitBytes" | "problems">;
  backend: TaskBackend;
  /** The capability data in force (the operator's file merged in); built-in when absent. */
  catalog?: Catalog;
  log?: (line: Record<string, unknown>) => void;
  /** Where large bodies are checked; the process's pool when absent. `null` checks every body inline. */
  pool?: CreatePool | null;
  /**
   * The owner's create limits, counted under the key proxy.ts put in LIMIT_KEY_HEADER: refused early when already
   * full, and counted only when a create passed validation and is about to be forwarded.
   */
  limits?: Pick<Limiters, "peek" | "consume">;
}

export function errorResult(status: number, code: number, message: string, errors?: FieldIssue[]): GatewayResult {
  const envelope: Envelope = { code, message, request_id: randomUUID() };
  if (errors) envelope.errors = errors;
  return { status, envelope };
}

function invalid(issues: FieldIssue[]): GatewayResult {
  return errorResult(400, KLING_CODES.invalidParamValue, `Invalid request: ${describeIssues(issues)}`, issues);
}

export function parseKind(kind: string): TaskKind | null {
  return (TASK_KINDS as readonly string[]).includes(kind) ? (kind as TaskKind) : null;
}

export function unknownKind(kind: string): GatewayResult {
  return errorResult(
    404,
    KLING_CODES.wrongMethod,
    `Unknown task kind "${kind.slice(0, 40)}": use ${TASK_KINDS.join(" or ")}`,
  );
}

const MB = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** A view of the whole of a plain ArrayBuffer: what can be moved to a worker without a copy. */
const ownsItsBuffer = (b: Uint8Array) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;

/** Reads at most `limit` bytes; a larger body is refused without buffering the rest. */
async function readBody(request: Request, limit: number): Promise<Buffer | GatewayResult> {
  const tooLarge = (size: string) =>
    errorResult(
      413,
      KLING_CODES.invalidParams,
      `body: the request is ${size}; this server accepts at most ${MB(limit)}. Use smaller images or image URLs.`,
      [{ path: "(body)", message: `must be at most ${MB(limit)}` }],
    );
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return tooLarge(MB(declared));
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  // Next hands over a body it buffered (for proxy.ts) as one chunk that owns its memory: kept as it is, no copy. A
  // body that arrives in pieces is copied into one buffer of the declared length as they come (its own memory, so
  // it can move to a worker thread), or, with no length, joined once at the end.
  const declaredLength = Number.isFinite(declared) && declared > 0 ? declared : 0;
  let whole: Buffer | null = null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > limit) {
      await reader.cancel();
      return tooLarge(`over ${MB(limit)}`);
    }
    if (whole && total + value.byteLength <= whole.length) whole.set(value, total);
    else if (!whole && chunks.length === 0 && total === 0 && ownsItsBuffer(value)) chunks.push(value);
    else if (!whole && declaredLength > 0 && total + value.byteLength <= declaredLength) {
      whole = Buffer.allocUnsafeSlow(declaredLength);
      for (const c of chunks.splice(0)) whole.set(c, 0);
      whole.set(value, total);
    } else chunks.push(value);
    total += value.byteLength;
  }
  if (!whole && chunks.length === 1 && ownsItsBuffer(chunks[0]!)) {
    const only = chunks[0]!;
    return Buffer.from(only.buffer, only.byteOffset, only.byteLength);
  }
  if (whole && chunks.length === 0) return total === whole.length ? whole : whole.subarray(0, total);
  // No length, or more than it said: joined once (the part already copied first).
  const copied = total - chunks.reduce((n, c) => n + c.byteLength, 0);
  return Buffer.concat(whole ? [whole.subarray(0, copied), ...chunks] : chunks, total);
}

/** Lets other requests run between the expensive steps of validating a large body. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function misconfigured(deps: GatewayDeps): GatewayResult | null {
  if (deps.config.problems.length === 0) return null;
  return {
    ...errorResult(
      500,
      KLING_CODES.authFailed,
      "The server's Kling configuration is incomplete; the operator must fix it (see the server log). This is not your fault.",
    ),
    notSent: true,
  };
}

/** If a create's outcome is unknown, look for the task by its external id so a paid task is not lost. */
async function recoverByExternalId(
  deps: GatewayDeps,
  kind: TaskKind,
  externalTaskId: string,
): Promise<Task | undefined> {
  // As deep as the browser's "Look for it", so neither gives up before the other.
  for (let pageNum = 1; pageNum <= RECOVERY_SEARCH.maxPages; pageNum++) {
    const page = await deps.backend.listTasks(kind, { pageNum, pageSize: RECOVERY_SEARCH.pageSize });
    if (page.envelope.code !== 0 || !Array.isArray(page.envelope.data)) return undefined;
    const tasks = page.envelope.data as Task[];
    const found = tasks.find((t) => t.task_info?.external_task_id === externalTaskId);
    if (found || tasks.length < RECOVERY_SEARCH.pageSize) return found;
  }
  return undefined;
}

/** Checks the body inline (small) or in the worker pool (large); the bytes come back with the verdict. */
async function check(deps: GatewayDeps, kind: TaskKind, bytes: Buffer): Promise<{ verdict: CreateVerdict; bytes: Uint8Array }> {
  const pool = deps.pool === undefined ? getCreatePool() : deps.pool;
  if (pool && bytes.byteLength >= POOL_MIN_BYTES) return pool.check(kind, bytes, deps.catalog);
  return { verdict: await checkCreateBytes(kind, bytes, deps.catalog, tick), bytes };
}

function limited(outcome: LimitOutcome & { ok: false }): GatewayResult {
  const r = limitRefusal(outcome.limit, outcome.retryAfterSeconds);
  return {
    status: r.status,
    envelope: { code: r.code, message: r.message, request_id: randomUUID(), reason: r.reason },
    headers: r.headers,
    notSent: true,
  };
}

export async function createTask(deps: GatewayDeps, kind: TaskKind, request: Request): Promise<GatewayResult> {
  const limitKey = deps.limits ? request.headers.get(LIMIT_KEY_HEADER) : null;
  if (limitKey && deps.limits) {
    const full = await deps.limits.peek("create", limitKey);
    if (!full.ok) return limited(full);
  }
  const read = await readBody(request, deps.config.bodyLimitBytes);
  if (!Buffer.isBuffer(read)) return read;
  const { verdict, bytes } = await check(deps, kind, read);
  if (!verdict.ok) return errorResult(400, verdict.code, verdict.message, verdict.errors);
  const json = verdict.body;
  const bad = misconfigured(deps);
  if (bad) return bad;
  // Counted now, valid and about to be forwarded: a body refused above used no slot of the rate or the daily cap.
  if (limitKey && deps.limits) {
    const slot = await deps.limits.consume("create", limitKey);
    if (!slot.ok) return limited(slot);
  }

  // Forwarded as the bytes that arrived (the gateway adds and reorders nothing), unless they could be read two ways.
  const result = await deps.backend.createTask(kind, json, verdict.forwardable ? bytes : verdict.canonical);
  const externalTaskId = (json as { external_task_id?: string }).external_task_id;
  if (result.status >= 500 && externalTaskId) {
    const found = await recoverByExternalId(deps, kind, externalTaskId).catch(() => undefined);
    if (found) return { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: randomUUID(), data: found } };
  }
  return result;
}

export async function getTask(deps: GatewayDeps, kind: TaskKind, taskId: string): Promise<GatewayResult> {
  const id = taskIdSchema.safeParse(taskId);
  if (!id.success) return invalid(toFieldIssues(id.error).map((i) => ({ ...i, path: "task_id" })));
  return misconfigured(deps) ?? deps.backend.getTask(kind, id.data);
}

export async function listTasks(deps: GatewayDeps, kind: TaskKind, search: URLSearchParams): Promise<GatewayResult> {
  const query = listQuerySchema.safeParse({
    pageNum: search.get("pageNum") ?? undefined,
    pageSize: search.get("pageSize") ?? undefined,
  });
  if (!query.success) return invalid(toFieldIssues(query.error));
  return misconfigured(deps) ?? deps.backend.listTasks(kind, query.data);
}

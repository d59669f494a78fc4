import "server-only";
// The one gate in front of every /api route, called from proxy.ts: path, method, origin, content type,
// identity, limits. A route added under /api is gated by default (as a read); see lib/server/api-routes.ts.
import { randomUUID } from "node:crypto";
import { KLING_CODES } from "@/lib/kling/errors";
import { clientAddress, decideAccess, gateMode, type GateMode } from "./access";
import { apiRoute, limitKind } from "./api-routes";
import { getServerConfig, type ServerConfig } from "./env";
import { isCrossOrigin, isJsonContentType } from "./origin";
import { createLimiters, type LimitOutcome, type Limiters, type LimitName } from "./rate-limits";

/** Codes the browser words itself (lib/i18n/en.ts `access.reasons`); `message` is for scripts and operators. */
export type RefusalReason =
  | "no-gate"
  | "no-session-secret"
  | "sign-in-required"
  | "bad-token"
  | "cross-origin"
  | "not-json"
  | "bad-path"
  | "method"
  | "too-large"
  | "wrong-password"
  | "unavailable"
  | "bad-body"
  | `limit-${LimitName}`;

export function envelopeResponse(
  status: number,
  code: number,
  message: string,
  reason: RefusalReason,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { code, message, request_id: randomUUID(), reason },
    { status, headers: { "Cache-Control": "no-store, no-transform", ...headers } },
  );
}

const LIMIT_TEXT: Record<LimitName, string> = {
  create: "Too many jobs in a short time from you; wait and try again.",
  daily: "You have reached today's job limit on this server.",
  poll: "Too many requests to this server in a short time; wait a moment.",
  signIn: "Too many failed sign-ins; wait and try again.",
};

export function limitResponse(limit: LimitName, retryAfterSeconds: number): Response {
  return envelopeResponse(429, KLING_CODES.tooFast, LIMIT_TEXT[limit], `limit-${limit}`, { "Retry-After": String(retryAfterSeconds) });
}

/** The same refusal as parts, for the gateway, which answers it after validating a create. */
export function limitRefusal(limit: LimitName, retryAfterSeconds: number) {
  return { status: 429, code: KLING_CODES.tooFast, message: LIMIT_TEXT[limit], reason: `limit-${limit}` as RefusalReason, headers: { "Retry-After": String(retryAfterSeconds) } };
}

/**
 * The request header that carries a create's identity from proxy.ts to the create route, which counts the create
 * once it has passed validation (a refused body uses no slot). proxy.ts sets or removes it on every create, so a
 * client cannot choose it.
 */
export const LIMIT_KEY_HEADER = "x-motionbrush-limit-key";

/** A request let through; a create also carries the key its limits count under. */
export interface GuardPass {
  createLimitKey?: string;
}

export interface GuardState {
  config: ServerConfig;
  mode: GateMode;
  limiters: Limiters;
}

// One per process, shared by proxy.ts and the route handlers (Next bundles them apart, so a module-level variable
// would be one per bundle, each with its own counts).
const STATE = Symbol.for("motionbrush.guard-state");
type Holder = { [STATE]?: GuardState };
export function getGuardState(): GuardState {
  const holder = globalThis as Holder;
  if (!holder[STATE]) {
    const config = getServerConfig();
    holder[STATE] = { config, mode: gateMode(config.upstream.kind, config.access), limiters: createLimiters(config.access) };
  }
  return holder[STATE];
}

/** `null` lets the request through to its route handler; otherwise the refusal to send. */
export async function guardApi(request: Request, s: GuardState = getGuardState()): Promise<Response | null> {
  const decision = await checkApi(request, s);
  return decision instanceof Response ? decision : null;
}

/** The refusal to send, or what the route handler needs to know of a request let through. */
export async function checkApi(request: Request, s: GuardState = getGuardState()): Promise<Response | GuardPass> {
  const url = new URL(request.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return envelopeResponse(400, KLING_CODES.invalidParams, "The request path has a malformed % sequence.", "bad-path");
  }
  const route = apiRoute(path);
  const method = request.method.toUpperCase();
  const allowed = route.methods.includes("GET") ? [...route.methods, "HEAD"] : [...route.methods];
  if (!allowed.includes(method)) {
    return envelopeResponse(405, KLING_CODES.wrongMethod, `Method ${method.slice(0, 16)} is not allowed here; use ${route.methods.join(" or ")}.`, "method", {
      Allow: allowed.join(", "),
    });
  }
  const unsafe = method !== "GET" && method !== "HEAD";
  if (unsafe && isCrossOrigin(url, request.headers)) {
    return envelopeResponse(403, KLING_CODES.noPermission, "Cross-site requests are refused: send this from Motionbrush's own page.", "cross-origin");
  }
  if (route.cls === "health") return {};
  if (route.cls === "session") return {}; // the sign-in route counts failed attempts itself
  const kind = limitKind(route, method);
  if (kind === "create") {
    if (!isJsonContentType(request.headers)) {
      return envelopeResponse(415, KLING_CODES.invalidParams, "A create must be sent as Content-Type: application/json.", "not-json");
    }
    const declared = Number(request.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > s.config.bodyLimitBytes) {
      return envelopeResponse(413, KLING_CODES.invalidParams, `The body is larger than this server accepts (${s.config.bodyLimitBytes} bytes).`, "too-large");
    }
  }
  const decision = await decideAccess(s.mode, s.config.access, {
    cookie: request.headers.get("cookie"),
    authorization: request.headers.get("authorization"),
    clientAddress: clientAddress(request.headers),
  });
  if (!decision.ok) {
    const code = decision.reason === "sign-in-required" ? 1001 : decision.reason === "bad-token" ? 1002 : KLING_CODES.authFailed;
    return envelopeResponse(401, code, decision.message, decision.reason, { "WWW-Authenticate": 'Bearer realm="motionbrush"' });
  }
  const key = `${decision.identity.kind}:${decision.identity.id}`;
  // A create is refused here only when its limits are already full; it is counted once it passes validation. Every
  // create request, valid or not, also counts against the generous request limit, so refused bodies are bounded too.
  const outcome =
    kind === "create"
      ? await firstRefusal(() => s.limiters.consume("poll", key), () => s.limiters.peek("create", key))
      : kind
        ? await s.limiters.consume(kind, key)
        : ({ ok: true } as const);
  if (!outcome.ok) return limitResponse(outcome.limit, outcome.retryAfterSeconds);
  return kind === "create" ? { createLimitKey: key } : {};
}

async function firstRefusal(...checks: (() => Promise<LimitOutcome>)[]): Promise<LimitOutcome> {
  for (const check of checks) {
    const outcome = await check();
    if (!outcome.ok) return outcome;
  }
  return { ok: true };
}

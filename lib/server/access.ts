import "server-only";
// Who may use the gateway. One decision per request, from the access configuration and the request's headers.
import { createHash, timingSafeEqual } from "node:crypto";
import type { AccessConfig, Upstream } from "./env";
import { readCookie, SESSION_COOKIE, verifySession } from "./session";

/** How the gateway is opened: decided once from the configuration. */
export type GateMode =
  | { kind: "open-simulator" }
  | { kind: "anonymous" }
  | { kind: "gated"; password: boolean; tokens: boolean }
  /** Keys configured but nothing chosen (or the password lacks its secret): every gateway call is refused. */
  | { kind: "closed"; reason: "no-gate" | "no-session-secret" };

export function gateMode(upstream: Upstream["kind"], access: AccessConfig): GateMode {
  if (upstream === "simulator") return { kind: "open-simulator" };
  const password = access.password != null;
  const tokens = access.tokens.length > 0;
  if (password || tokens) return { kind: "gated", password, tokens };
  if (access.password === null) return { kind: "closed", reason: "no-session-secret" };
  if (access.allowAnonymous) return { kind: "anonymous" };
  return { kind: "closed", reason: "no-gate" };
}

export type Identity = { kind: "session" | "token" | "address"; id: string };

export type AccessDecision =
  | { ok: true; identity: Identity }
  | { ok: false; status: 401; reason: "no-gate" | "no-session-secret" | "sign-in-required" | "bad-token"; message: string };

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time string equality (hashing first makes the lengths equal). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

export const GATE_MESSAGES = {
  "no-gate":
    "This Motionbrush server has Kling keys but no access control, so it refuses every job. The operator must set MOTIONBRUSH_PASSWORD and MOTIONBRUSH_SESSION_SECRET, or MOTIONBRUSH_API_TOKENS, or MOTIONBRUSH_ALLOW_ANONYMOUS=true.",
  "no-session-secret":
    "MOTIONBRUSH_PASSWORD is set without a MOTIONBRUSH_SESSION_SECRET of at least 32 characters, so the server refuses every job until the operator sets one.",
  "sign-in-required": "Sign in first: this Motionbrush server needs a session or an API token.",
  "bad-token": "The bearer token is not one this server accepts.",
} as const;

export interface AccessInput {
  cookie: string | null;
  authorization: string | null;
  clientAddress: string;
}

export async function decideAccess(mode: GateMode, access: AccessConfig, input: AccessInput, now = Date.now()): Promise<AccessDecision> {
  const refuse = (reason: keyof typeof GATE_MESSAGES): AccessDecision => ({ ok: false, status: 401, reason, message: GATE_MESSAGES[reason] });
  if (mode.kind === "closed") return refuse(mode.reason);
  if (mode.kind === "open-simulator" || mode.kind === "anonymous") return { ok: true, identity: { kind: "address", id: input.clientAddress } };
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(input.authorization ?? "")?.[1];
  if (bearer !== undefined) {
    // Compare against every token so the time does not say which one nearly matched.
    let matched = -1;
    access.tokens.forEach((t, i) => {
      if (safeEqual(bearer, t) && matched < 0) matched = i;
    });
    if (matched < 0) return refuse("bad-token");
    return { ok: true, identity: { kind: "token", id: digest(bearer).toString("hex").slice(0, 16) } };
  }
  if (access.password) {
    const sid = await verifySession(access.password.secret, readCookie(input.cookie, SESSION_COOKIE), now);
    if (sid) return { ok: true, identity: { kind: "session", id: sid } };
  }
  return refuse("sign-in-required");
}

/**
 * The client's address: the rightmost X-Forwarded-For entry, which the nearest proxy (Vercel, or nginx with
 * $proxy_add_x_forwarded_for) writes; a client can prepend entries but not change the last one.
 */
export function clientAddress(headers: Headers): string {
  const xff = headers.get("x-forwarded-for");
  const last = xff?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return (last ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}

// Runs before every page and route (Next 16 "proxy", Node runtime) but those its matcher leaves out. Two jobs:
// 1. the gate for every /api route (lib/server/guard.ts): a new route under /api is covered with no extra line;
// 2. security headers, with a per-request CSP nonce that Next puts on its own scripts.
// The create/list route (/api/kling/v1/videos/<kind>) is left out so Next does not buffer a 30 MiB body for this
// function: its route file runs the same gate itself (lib/server/api-gate.ts `gated`), which
// app/api/gate-coverage.test.ts holds for every route file outside the matcher.
import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, withSecurityHeaders as withHeaders } from "@/lib/server/api-gate";
import { checkApi, getGuardState } from "@/lib/server/guard";
import { isDevelopment } from "@/lib/server/env";
import { isHttps } from "@/lib/server/origin";
import { contentSecurityPolicy } from "@/lib/server/security-headers";
import { readCookie, SESSION_COOKIE, verifySession } from "@/lib/server/session";

async function signedIn(request: NextRequest, secret: string): Promise<boolean> {
  return (await verifySession(secret, readCookie(request.headers.get("cookie"), SESSION_COOKIE))) !== null;
}

export async function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl, request.headers);
  const path = request.nextUrl.pathname;
  if (path === "/api" || path.startsWith("/api/")) {
    const decision = await checkApi(request);
    // A create reaches this only on a path the create route's own gate also sees (an encoded one): that gate
    // decides its limit key, so nothing is handed on here.
    return withHeaders(decision instanceof Response ? decision : NextResponse.next(), API_CSP, https);
  }

  const { mode, config } = getGuardState();
  const password = config.access.password;
  if (mode.kind === "gated" && password) {
    const ok = await signedIn(request, password.secret);
    if (path === "/" && !ok) return withHeaders(NextResponse.redirect(new URL("/sign-in", request.url)), API_CSP, https);
    if (path === "/sign-in" && ok) return withHeaders(NextResponse.redirect(new URL("/", request.url)), API_CSP, https);
  } else if (path === "/sign-in") {
    return withHeaders(NextResponse.redirect(new URL("/", request.url)), API_CSP, https);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, https, dev: isDevelopment });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

export const config = {
  // Everything but Next's hashed build assets (they get the static headers from next.config.ts) and the
  // create/list path, /api/kling/v1/videos/<one segment>, whose route gates itself. A literal: Next reads it at build.
  matcher: [{ source: "/((?!_next/static|_next/image|api/kling/v1/videos/[^/]+/?$).*)" }],
};

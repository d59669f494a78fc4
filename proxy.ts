// Runs before every page and route (Next 16 "proxy", Node runtime). Two jobs:
// 1. the gate for every /api route (lib/server/guard.ts): a new route under /api is covered with no extra line;
// 2. security headers, with a per-request CSP nonce that Next puts on its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { checkApi, getGuardState, LIMIT_KEY_HEADER } from "@/lib/server/guard";
import { isDevelopment } from "@/lib/server/env";
import { isHttps } from "@/lib/server/origin";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/server/security-headers";
import { readCookie, SESSION_COOKIE, verifySession } from "@/lib/server/session";

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

function withHeaders(res: Response, csp: string, https: boolean): Response {
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(staticSecurityHeaders(https))) res.headers.set(k, v);
  return res;
}

async function signedIn(request: NextRequest, secret: string): Promise<boolean> {
  return (await verifySession(secret, readCookie(request.headers.get("cookie"), SESSION_COOKIE))) !== null;
}

export async function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl, request.headers);
  const path = request.nextUrl.pathname;
  if (path === "/api" || path.startsWith("/api/")) {
    const decision = await checkApi(request);
    if (decision instanceof Response) return withHeaders(decision, API_CSP, https);
    if (decision.createLimitKey === undefined) return withHeaders(NextResponse.next(), API_CSP, https);
    // The create route counts this identity once the body passed validation; the client's own header never reaches it.
    const headers = new Headers(request.headers);
    headers.set(LIMIT_KEY_HEADER, decision.createLimitKey);
    return withHeaders(NextResponse.next({ request: { headers } }), API_CSP, https);
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
  // Everything but Next's hashed build assets (they get the static headers from next.config.ts).
  // Leaving the create path out (its route gating itself) was tried and measured: it saved no CPU on a 30 MiB create
  // (Next replays the body it buffered for this function as one chunk; without it the route reads 64 KB pieces
  // through a web stream instead), and polls stalled longer while a 50 MB create was refused (BENCH_SECTIONS=stall).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};

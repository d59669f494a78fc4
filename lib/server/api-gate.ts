import "server-only";
// The gate in front of /api as one step: checkApi (guard.ts) and the API's security headers. proxy.ts runs it for
// every /api route but those it leaves out of its matcher (PROXY_SKIPS in proxy.ts): those route files export their
// handlers through `gated`, which runs the very same step itself. app/api/gate-coverage.test.ts fails when a route
// file outside the matcher answers anything but the gate's refusal to a request the gate refuses.
//
// Why a route would skip proxy.ts: Next buffers a request's whole body for a proxy to read and replays it to the
// route: a second copy of a 30 MiB create in memory, made on the main thread while other requests wait.
import { checkApi, type GuardPass } from "./guard";
import { isHttps } from "./origin";
import { staticSecurityHeaders } from "./security-headers";

/** An API answer is JSON for scripts, never a document: nothing may load or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function withSecurityHeaders(res: Response, csp: string, https: boolean): Response {
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(staticSecurityHeaders(https))) res.headers.set(k, v);
  return res;
}

/** A route handler that runs once the gate let its request through; `pass` is what the gate decided. */
export type GatedHandler<C> = (request: Request, context: C, pass: GuardPass) => Promise<Response>;

/**
 * The handler as the route file exports it: the gate first (a refusal is answered here, the handler never runs),
 * the API security headers on every answer. A create's limit key comes from the gate's own decision, never from a
 * request header.
 */
export function gated<C>(handler: GatedHandler<C>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    const https = isHttps(new URL(request.url), request.headers);
    const decision = await checkApi(request);
    const res = decision instanceof Response ? decision : await handler(request, context, decision);
    return withSecurityHeaders(res, API_CSP, https);
  };
}

// Every route file under app/api is behind the gate (lib/server/guard.ts checkApi): either proxy.ts's matcher
// covers it (proxy.ts gates every /api path it runs for), or the route runs the gate itself
// (lib/server/api-gate.ts `gated`) and so answers exactly the gate's refusal, with the API's security headers.
// A route file added outside the matcher without `gated` fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const API_DIR = fileURLToPath(new URL(".", import.meta.url));
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const GUARD_STATE = Symbol.for("motionbrush.guard-state");
const SAMPLE: Record<string, string> = { kind: "image2video", taskId: "task-1" };

/** Route files under app/api, relative to it (posix separators). */
function routeFiles(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [path.relative(API_DIR, full).split(path.sep).join("/")] : [];
  });
}

/** A URL the route file answers, and the params Next would hand its handlers for it. */
function sampleFor(file: string): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path.posix.dirname(file) === "." ? [] : path.posix.dirname(file).split("/");
  const parts = segments.map((s) => {
    const all = /^\[\[?\.\.\.(\w+)\]\]?$/.exec(s);
    if (all) {
      params[all[1]!] = ["some", "path"];
      return "some/path";
    }
    const one = /^\[(\w+)\]$/.exec(s);
    if (one) return (params[one[1]!] = SAMPLE[one[1]!] ?? "x1");
    return s;
  });
  return { url: `http://127.0.0.1:3000/api/${parts.join("/")}`, params };
}

let proxyMatches: (url: string) => boolean;
beforeAll(async () => {
  // Next's own matcher, as its build compiles proxy.ts's `config` (its testing helper needs this global).
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import("node:async_hooks")).AsyncLocalStorage;
  const { unstable_doesMiddlewareMatch } = await import("next/experimental/testing/server");
  const { config } = await import("@/proxy");
  proxyMatches = (url) => unstable_doesMiddlewareMatch({ config, url });
});

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<symbol, unknown>)[GUARD_STATE];
});

describe("the gate covers every /api route file", () => {
  const files = routeFiles();

  it("finds the route files, and leaves the create/list route (large bodies) out of proxy.ts", () => {
    expect(files).toContain("kling/v1/videos/[kind]/route.ts");
    expect(files).toContain("health/route.ts");
    expect(proxyMatches(sampleFor("kling/v1/videos/[kind]/route.ts").url)).toBe(false);
    expect(proxyMatches(sampleFor("kling/v1/videos/[kind]/[taskId]/route.ts").url)).toBe(true);
    expect(proxyMatches(sampleFor("health/route.ts").url)).toBe(true);
  });

  it.each(files)("%s: behind proxy.ts, or answers the gate's refusal itself", async (file) => {
    const { url, params } = sampleFor(file);
    if (proxyMatches(url)) return;
    // Kling keys and no way in: the gate refuses every identity (and unknown methods) before any handler runs.
    vi.stubEnv("KLING_API_KEY", "sk-test");
    vi.stubEnv("KLING_API_BASE_URL", "http://127.0.0.1:9/never-called");
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[GUARD_STATE];
    const { checkApi } = await import("@/lib/server/guard");
    const { API_CSP } = await import("@/lib/server/api-gate");
    const route = (await import(/* @vite-ignore */ path.join(API_DIR, file))) as Record<string, unknown>;
    const handlers = METHODS.filter((m) => typeof route[m] === "function");
    expect(handlers.length).toBeGreaterThan(0);
    for (const method of handlers) {
      const make = () =>
        new Request(url, {
          method,
          headers: { host: "127.0.0.1:3000", "content-type": "application/json" },
          ...(method === "GET" || method === "HEAD" ? {} : { body: "{}" }),
        });
      const refusal = await checkApi(make());
      expect(refusal, `${method} ${file}: the gate should refuse this request`).toBeInstanceOf(Response);
      const want = (await (refusal as Response).json()) as { code: number; reason: string };
      const handler = route[method] as (r: Request, c: { params: Promise<unknown> }) => Promise<Response>;
      const res = await handler(make(), { params: Promise.resolve(params) });
      expect([method, res.status], `${method} ${file} answered without the gate`).toEqual([method, (refusal as Response).status]);
      expect(await res.json()).toMatchObject({ code: want.code, reason: want.reason });
      expect(res.headers.get("content-security-policy")).toBe(API_CSP);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

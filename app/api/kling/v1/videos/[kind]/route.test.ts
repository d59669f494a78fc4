// The create/list route runs outside proxy.ts (no buffered body), so it gates itself: these go through its exported
// handlers as Next calls them, with Kling keys set and a real upstream (the standalone simulator on a free port).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startSimulatorServer, type SimulatorServer } from "@/lib/server/simulator-server";
import { pngBase64 } from "@/lib/testing/images";

const KEY = "sk-route-test";
const GUARD_STATE = Symbol.for("motionbrush.guard-state");
const URL_CREATE = "http://127.0.0.1:3000/api/kling/v1/videos/image2video";
const context = { params: Promise.resolve({ kind: "image2video" }) };

let sim: SimulatorServer;
const upstreamPosts: string[] = [];
let frame: string;
beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, taskMs: 60_000, auth: { apiKey: KEY }, log: (l) => void (/POST/.test(l) && upstreamPosts.push(l)) });
  frame = await pngBase64(640, 360);
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<symbol, unknown>)[GUARD_STATE];
});

/** The route as a fresh server process with this environment would load it. */
async function route(env: Record<string, string>) {
  for (const [k, v] of Object.entries({ KLING_API_KEY: KEY, KLING_API_BASE_URL: sim.url, MOTIONBRUSH_API_TOKENS: "tok-1,tok-2", ...env })) vi.stubEnv(k, v);
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[GUARD_STATE];
  upstreamPosts.length = 0;
  return import("./route");
}

const create = (headers: Record<string, string>, body: unknown = { model_name: "kling-v1", image: frame, prompt: "a boat", duration: "5" }) =>
  new Request(URL_CREATE, { method: "POST", headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const list = (headers: Record<string, string>) => new Request(`${URL_CREATE}?pageSize=5`, { headers: { host: "127.0.0.1:3000", ...headers } });
const token = (t: string) => ({ authorization: `Bearer ${t}` });

describe("the create route's own gate", () => {
  it("refuses an unauthenticated create and list with 401 and sends nothing upstream; answers carry the API headers", async () => {
    const { POST, GET } = await route({});
    for (const res of [await POST(create({ "x-forwarded-proto": "https" }), context), await GET(list({ "x-forwarded-proto": "https" }), context)]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: expect.any(Number), reason: expect.any(String), request_id: expect.any(String) });
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    }
    expect((await POST(create(token("not-a-token")), context)).status).toBe(401);
    expect(upstreamPosts).toEqual([]);
  });

  it("lets a token create, with the security headers on the answer", async () => {
    const { POST } = await route({});
    const res = await POST(create(token("tok-1")), context);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ code: 0, data: { task_id: expect.any(String) } });
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(upstreamPosts).toHaveLength(1);
  });

  it("counts a create under the identity the gate saw, whatever limit key the request claims", async () => {
    const { POST } = await route({ MOTIONBRUSH_CREATE_RATE: "1/minute" });
    const spoof = (key: string) => ({ "x-motionbrush-limit-key": key });
    expect((await POST(create({ ...token("tok-1"), ...spoof("token:someone-else") }), context)).status).toBe(200);
    const second = await POST(create({ ...token("tok-1"), ...spoof("address:203.0.113.77") }), context);
    expect(second.status).toBe(429);
    expect(await second.json()).toMatchObject({ code: 1302, reason: "limit-create" });
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token has its own count.
    expect((await POST(create(token("tok-2")), context)).status).toBe(200);
    expect(upstreamPosts).toHaveLength(2);
  });

  it("holds the request limit on lists and creates alike", async () => {
    const { POST, GET } = await route({ MOTIONBRUSH_POLL_RATE: "2/minute" });
    expect((await GET(list(token("tok-1")), context)).status).toBe(200);
    expect((await POST(create(token("tok-1"), {}), context)).status).toBe(400);
    const third = await GET(list(token("tok-1")), context);
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ reason: "limit-poll" });
    expect((await POST(create(token("tok-1")), context)).status).toBe(429);
    expect(upstreamPosts).toEqual([]);
  });

  it("refuses a cross-site create with a valid token, and a method the route has no use for, in the envelope", async () => {
    const { POST, PUT } = await route({});
    const hostile = await POST(create({ ...token("tok-1"), origin: "https://evil.example", "sec-fetch-site": "cross-site" }), context);
    expect([hostile.status, ((await hostile.json()) as { reason: string }).reason]).toEqual([403, "cross-origin"]);
    const put = await PUT(new Request(URL_CREATE, { method: "PUT", headers: token("tok-1"), body: "{}" }), context);
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toContain("POST");
    expect(upstreamPosts).toEqual([]);
  });
});

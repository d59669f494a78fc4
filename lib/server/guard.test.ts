import { describe, expect, it } from "vitest";
import { gateMode } from "./access";
import { readServerConfig } from "./env";
import { checkApi, guardApi, type GuardState } from "./guard";
import { createLimiters } from "./rate-limits";

const KEYS = { KLING_API_KEY: "sk-test", KLING_API_BASE_URL: "https://relay.example.com/kling" };
function state(env: Record<string, string>): GuardState {
  const config = readServerConfig(env);
  return { config, mode: gateMode(config.upstream.kind, config.access), limiters: createLimiters(config.access) };
}
const BASE = "http://127.0.0.1:3000";
const CREATE = `${BASE}/api/kling/v1/videos/image2video`;
const req = (url: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  new Request(url, { ...init, headers: { host: "127.0.0.1:3000", ...init.headers } });
const json = { "content-type": "application/json" };

async function envelopeOf(res: Response | null) {
  expect(res).not.toBeNull();
  const body = (await res!.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code: expect.any(Number), message: expect.any(String), request_id: expect.any(String) });
  return { status: res!.status, body, headers: res!.headers };
}

describe("the /api guard", () => {
  it("lets the simulator through with no set-up", async () => {
    expect(await guardApi(req(CREATE, { method: "POST", headers: json, body: "{}" }), state({}))).toBeNull();
    expect(await guardApi(req(`${CREATE}/abc`), state({}))).toBeNull();
  });
  it("refuses create, poll and list when keys are set and no gate is chosen", async () => {
    const s = state(KEYS);
    for (const r of [req(CREATE, { method: "POST", headers: json, body: "{}" }), req(`${CREATE}/abc`), req(`${CREATE}?pageSize=500`)]) {
      const e = await envelopeOf(await guardApi(r, s));
      expect(e.status).toBe(401);
      expect(e.body.reason).toBe("no-gate");
    }
  });
  it("lets a listed token create, poll and list, and refuses a wrong one", async () => {
    const s = state({ ...KEYS, MOTIONBRUSH_API_TOKENS: "tok-1" });
    const auth = { authorization: "Bearer tok-1" };
    expect(await guardApi(req(CREATE, { method: "POST", headers: { ...json, ...auth }, body: "{}" }), s)).toBeNull();
    expect(await guardApi(req(`${CREATE}/abc`, { headers: auth }), s)).toBeNull();
    expect(await guardApi(req(CREATE, { headers: auth }), s)).toBeNull();
    expect((await envelopeOf(await guardApi(req(CREATE, { headers: { authorization: "Bearer nope" } }), s))).status).toBe(401);
  });
  it("refuses a cross-site create even with a valid session or token, with 403", async () => {
    const s = state({ ...KEYS, MOTIONBRUSH_API_TOKENS: "tok-1" });
    const hostile = { ...json, authorization: "Bearer tok-1", origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const e = await envelopeOf(await guardApi(req(CREATE, { method: "POST", headers: hostile, body: "{}" }), s));
    expect([e.status, e.body.reason]).toEqual([403, "cross-origin"]);
    const signIn = await envelopeOf(await guardApi(req(`${BASE}/api/session`, { method: "POST", headers: { origin: "https://evil.example" }, body: "{}" }), s));
    expect(signIn.status).toBe(403);
  });
  it("refuses a text/plain create (the cross-site 'simple request') with 415", async () => {
    const e = await envelopeOf(await guardApi(req(CREATE, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }), state({})));
    expect([e.status, e.body.reason]).toEqual([415, "not-json"]);
  });
  it("answers 429 with Retry-After once the creates counted for an identity fill the rate, and counts none itself", async () => {
    const s = state({ ...KEYS, MOTIONBRUSH_ALLOW_ANONYMOUS: "true", MOTIONBRUSH_CREATE_RATE: "2/minute" });
    const create = () => checkApi(req(CREATE, { method: "POST", headers: { ...json, "x-forwarded-for": "198.51.100.1" }, body: "{}" }), s);
    // Let through any number of times: the gateway counts a create only once it passed validation.
    for (let i = 0; i < 4; i++) expect(await create()).toEqual({ createLimitKey: "address:198.51.100.1" });
    await s.limiters.consume("create", "address:198.51.100.1");
    await s.limiters.consume("create", "address:198.51.100.1");
    const e = await envelopeOf(await guardApi(req(CREATE, { method: "POST", headers: { ...json, "x-forwarded-for": "198.51.100.1" }, body: "{}" }), s));
    expect([e.status, e.body.code, e.body.reason]).toEqual([429, 1302, "limit-create"]);
    expect(Number(e.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address has its own count; a poll is counted separately.
    expect(await guardApi(req(CREATE, { method: "POST", headers: { ...json, "x-forwarded-for": "198.51.100.2" }, body: "{}" }), s)).toBeNull();
    expect(await guardApi(req(`${CREATE}/abc`, { headers: { "x-forwarded-for": "198.51.100.1" } }), s)).toBeNull();
  });
  it("counts every create request, valid or not, against the request limit, so refused bodies are bounded too", async () => {
    const s = state({ ...KEYS, MOTIONBRUSH_ALLOW_ANONYMOUS: "true", MOTIONBRUSH_CREATE_RATE: "100/minute", MOTIONBRUSH_POLL_RATE: "3/minute" });
    const create = () => guardApi(req(CREATE, { method: "POST", headers: { ...json, "x-forwarded-for": "198.51.100.7" }, body: "{}" }), s);
    for (let i = 0; i < 3; i++) expect(await create()).toBeNull();
    const e = await envelopeOf(await create());
    expect([e.status, e.body.reason]).toEqual([429, "limit-poll"]);
    // The create rate itself was only peeked at: no create slot is used by any of them.
    expect(await s.limiters.peek("create", "address:198.51.100.7")).toEqual({ ok: true });
  });
  it("answers an unknown method and a malformed % sequence in the envelope", async () => {
    const put = await envelopeOf(await guardApi(req(CREATE, { method: "PUT", body: "{}" }), state({})));
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toContain("POST");
    const bad = await envelopeOf(await guardApi(req(`${BASE}/api/kling/v1/videos/%E0%A4%A`), state({})));
    expect(bad.status).toBe(400);
    expect((await envelopeOf(await guardApi(req(`${BASE}/api/health`, { method: "OPTIONS" }), state({})))).status).toBe(405);
  });
  it("refuses a declared body over the limit before reading it", async () => {
    const s = state({ MOTIONBRUSH_BODY_LIMIT_BYTES: "2048" });
    const r = req(CREATE, { method: "POST", headers: { ...json, "content-length": "999999" }, body: "{}" });
    expect((await envelopeOf(await guardApi(r, s))).status).toBe(413);
  });
  it("leaves the health route open even when the gate is closed", async () => {
    expect(await guardApi(req(`${BASE}/api/health`), state(KEYS))).toBeNull();
  });
  it("gates a route nobody listed (such as a future /api/media) as a read", async () => {
    const e = await envelopeOf(await guardApi(req(`${BASE}/api/media?url=x`), state(KEYS)));
    expect(e.status).toBe(401);
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress, decideAccess, gateMode } from "./access";
import { readAccessConfig } from "./env";
import { signSession } from "./session";

const SECRET = "x".repeat(32);
const access = (env: Record<string, string>, keyed = true) => readAccessConfig(env, keyed, []);
const input = (over: Partial<{ cookie: string; authorization: string }> = {}) => ({
  cookie: over.cookie ?? null,
  authorization: over.authorization ?? null,
  clientAddress: "203.0.113.9",
});
async function decide(env: Record<string, string>, over?: Partial<{ cookie: string; authorization: string }>, upstream: "official" | "simulator" = "official") {
  const a = access(env, upstream !== "simulator");
  return decideAccess(gateMode(upstream, a), a, input(over));
}

describe("gate decisions", () => {
  it("lets everyone use the simulator when no keys are set", async () => {
    expect(gateMode("simulator", access({}, false))).toEqual({ kind: "open-simulator" });
    expect(await decide({}, {}, "simulator")).toEqual({ ok: true, identity: { kind: "address", id: "203.0.113.9" } });
  });
  it("refuses everything when keys are set and no gate is chosen, naming the variables for the operator", async () => {
    const d = await decide({});
    expect(d).toMatchObject({ ok: false, status: 401, reason: "no-gate" });
    expect(!d.ok && d.message).toMatch(/MOTIONBRUSH_PASSWORD.*MOTIONBRUSH_API_TOKENS.*MOTIONBRUSH_ALLOW_ANONYMOUS=true/);
  });
  it("refuses to start the password gate with a session secret under 32 characters", async () => {
    const problems: string[] = [];
    const a = readAccessConfig({ MOTIONBRUSH_PASSWORD: "pw", MOTIONBRUSH_SESSION_SECRET: "tiny-value" }, true, problems);
    expect(a.password).toBeNull();
    expect(gateMode("official", a)).toEqual({ kind: "closed", reason: "no-session-secret" });
    expect(problems[0]).toMatch(/MOTIONBRUSH_SESSION_SECRET/);
    expect(problems.join()).not.toContain("tiny-value");
  });
  it("with a password, lets in a valid session cookie and refuses no cookie or a forged one", async () => {
    const env = { MOTIONBRUSH_PASSWORD: "pw", MOTIONBRUSH_SESSION_SECRET: SECRET };
    const { token, sid } = await signSession(SECRET, 1);
    expect(await decide(env, { cookie: `motionbrush_session=${token}` })).toEqual({ ok: true, identity: { kind: "session", id: sid } });
    expect(await decide(env)).toMatchObject({ ok: false, reason: "sign-in-required" });
    const forged = (await signSession("y".repeat(32), 1)).token;
    expect(await decide(env, { cookie: `motionbrush_session=${forged}` })).toMatchObject({ ok: false, reason: "sign-in-required" });
  });
  it("with tokens, lets in a listed bearer token and refuses others", async () => {
    const env = { MOTIONBRUSH_API_TOKENS: " tok-one , tok-two " };
    const ok = await decide(env, { authorization: "Bearer tok-two" });
    expect(ok).toMatchObject({ ok: true, identity: { kind: "token" } });
    expect(ok.ok && ok.identity.id).not.toContain("tok-two");
    expect(await decide(env, { authorization: "Bearer tok-three" })).toMatchObject({ ok: false, reason: "bad-token" });
    expect(await decide(env, { authorization: "Bearer tok-on" })).toMatchObject({ ok: false, reason: "bad-token" });
    expect(await decide(env)).toMatchObject({ ok: false, reason: "sign-in-required" });
  });
  it("opens to anonymous callers only when asked, identified by address", async () => {
    expect(gateMode("official", access({ MOTIONBRUSH_ALLOW_ANONYMOUS: "true" }))).toEqual({ kind: "anonymous" });
    expect(await decide({ MOTIONBRUSH_ALLOW_ANONYMOUS: "true" })).toEqual({ ok: true, identity: { kind: "address", id: "203.0.113.9" } });
    expect(gateMode("relay", access({ MOTIONBRUSH_ALLOW_ANONYMOUS: "false" }))).toEqual({ kind: "closed", reason: "no-gate" });
  });
  it("prefers a configured gate over the anonymous switch", () => {
    expect(gateMode("official", access({ MOTIONBRUSH_ALLOW_ANONYMOUS: "true", MOTIONBRUSH_API_TOKENS: "t" }))).toMatchObject({ kind: "gated" });
  });
});

describe("limits configuration", () => {
  it("parses rates, defaults them only when keys are set, and reports bad values per variable", () => {
    expect(access({ MOTIONBRUSH_CREATE_RATE: "3/hour" }).createRate).toEqual({ points: 3, seconds: 3600 });
    expect(access({}).createRate).toEqual({ points: 10, seconds: 60 });
    expect(access({}, false).createRate).toBeNull();
    expect(access({ MOTIONBRUSH_CREATE_RATE: "off" }).createRate).toBeNull();
    const problems: string[] = [];
    const a = readAccessConfig({ MOTIONBRUSH_CREATE_RATE: "lots", MOTIONBRUSH_API_TOKENS: "t" }, true, problems);
    expect(problems[0]).toMatch(/MOTIONBRUSH_CREATE_RATE must look like/);
    expect(a.tokens).toEqual(["t"]);
  });
});

describe("client address", () => {
  it("takes the entry the nearest proxy appended, not one the client wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

import { describe, expect, it } from "vitest";
import { gateMode } from "./access";
import { readServerConfig } from "./env";
import type { GuardState } from "./guard";
import { readCookie, SESSION_COOKIE, verifySession } from "./session";
import { signIn, signOut } from "./sign-in";
import { createLimiters } from "./rate-limits";

const SECRET = "z".repeat(48);
function state(): GuardState {
  const config = readServerConfig({ KLING_API_KEY: "sk", MOTIONBRUSH_PASSWORD: "open sesame", MOTIONBRUSH_SESSION_SECRET: SECRET });
  return { config, mode: gateMode(config.upstream.kind, config.access), limiters: createLimitersFor(config) };
}
const createLimitersFor = (c: ReturnType<typeof readServerConfig>) => createLimiters(c.access);

const attempt = (s: GuardState, password: string, proto = "http") =>
  signIn(new Request("http://127.0.0.1/api/session", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.5", "x-forwarded-proto": proto },
    body: JSON.stringify({ password }),
  }), s);

describe("sign-in", () => {
  it("sets a verifiable HttpOnly session cookie for the right password, Secure over https", async () => {
    const res = await attempt(state(), "open sesame", "https");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Lax; Max-Age=43200; Secure/);
    expect(await verifySession(SECRET, readCookie(cookie.split(";")[0]!, SESSION_COOKIE))).not.toBeNull();
  });
  it("refuses a wrong password without a cookie, and after five failures refuses even the right one", async () => {
    const s = state();
    for (let i = 0; i < 5; i++) {
      const res = await attempt(s, "guess");
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.json()).toMatchObject({ reason: "wrong-password" });
    }
    const locked = await attempt(s, "open sesame");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
  it("signs out by clearing the cookie", () => {
    expect(signOut(new Request("http://127.0.0.1/api/session", { method: "DELETE" })).headers.get("set-cookie")).toMatch(/motionbrush_session=; .*Max-Age=0/);
  });
});

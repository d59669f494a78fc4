import { describe, expect, it } from "vitest";
import { readCookie, sessionCookie, signSession, verifySession } from "./session";

const SECRET = "s".repeat(40);

describe("session cookie", () => {
  it("verifies a session it signed and returns its id", async () => {
    const { token, sid } = await signSession(SECRET, 1);
    expect(await verifySession(SECRET, token)).toBe(sid);
  });
  it("refuses a token whose payload was changed", async () => {
    const { token } = await signSession(SECRET, 1);
    const [h, p, sig] = token.split(".");
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, sid: "someone-else" })).toString("base64url");
    expect(await verifySession(SECRET, `${h}.${forged}.${sig}`)).toBeNull();
  });
  it("refuses a token signed with another secret, an unsigned token and garbage", async () => {
    const { token } = await signSession("o".repeat(40), 1);
    expect(await verifySession(SECRET, token)).toBeNull();
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${token.split(".")[1]}.`;
    expect(await verifySession(SECRET, none)).toBeNull();
    expect(await verifySession(SECRET, "not-a-jwt")).toBeNull();
    expect(await verifySession(SECRET, undefined)).toBeNull();
  });
  it("refuses a session after its expiry", async () => {
    const now = Date.UTC(2026, 0, 1);
    const { token } = await signSession(SECRET, 2, now);
    expect(await verifySession(SECRET, token, now + 3600_000)).not.toBeNull();
    expect(await verifySession(SECRET, token, now + 2 * 3600_000 + 1000)).toBeNull();
  });
  it("sets HttpOnly and SameSite=Lax always, and Secure only over https", () => {
    expect(sessionCookie("t", 60, false)).toBe("motionbrush_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
    expect(sessionCookie("t", 60, true)).toMatch(/; Secure$/);
  });
  it("reads one cookie out of a Cookie header", () => {
    expect(readCookie("a=1; motionbrush_session=abc.def; b=2", "motionbrush_session")).toBe("abc.def");
    expect(readCookie("a=1", "motionbrush_session")).toBeUndefined();
  });
});

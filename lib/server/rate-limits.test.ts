import { afterAll, describe, expect, it } from "vitest";
import { createLimiters, type Limiters } from "./rate-limits";

const rates = { createRate: { points: 2, seconds: 60 }, dailyCreateCap: 3, pollRate: { points: 5, seconds: 60 } };

async function exercise(make: (prefix: string) => Limiters) {
  const a = make("one");
  try {
    expect(await a.consume("create", "session:a")).toEqual({ ok: true });
    expect(await a.consume("create", "session:a")).toEqual({ ok: true });
    const third = await a.consume("create", "session:a");
    expect(third).toMatchObject({ ok: false, limit: "create" });
    expect(!third.ok && third.retryAfterSeconds).toBeGreaterThan(0);
    expect(await a.consume("create", "session:b")).toEqual({ ok: true });
    for (let i = 0; i < 5; i++) expect(await a.consume("poll", "session:a")).toEqual({ ok: true });
    expect(await a.consume("poll", "session:a")).toMatchObject({ ok: false, limit: "poll" });
  } finally {
    await a.close();
  }
}

describe("limits in memory", () => {
  it("refuses the create over the rate for that identity only, and polls on their own count", async () => {
    await exercise(() => createLimiters({ ...rates, redisUrl: undefined }));
  });
  it("holds the daily cap even when the short-window rate allows more", async () => {
    const l = createLimiters({ createRate: { points: 100, seconds: 1 }, dailyCreateCap: 2, pollRate: null, redisUrl: undefined });
    await l.consume("create", "k");
    await l.consume("create", "k");
    expect(await l.consume("create", "k")).toMatchObject({ ok: false, limit: "daily" });
  });
  it("limits failed sign-ins and forgives after a success", async () => {
    const l = createLimiters({ createRate: null, dailyCreateCap: null, pollRate: null, redisUrl: undefined });
    for (let i = 0; i < 5; i++) expect((await l.consume("signIn", "ip")).ok).toBe(true);
    expect(await l.consume("signIn", "ip")).toMatchObject({ ok: false, limit: "signIn" });
    await l.forgiveSignIn("ip");
    expect((await l.consume("signIn", "ip")).ok).toBe(true);
  });
});

describe("limits with Redis unreachable", () => {
  it("keeps limiting in this instance instead of letting everything through", async () => {
    await exercise(() => createLimiters({ ...rates, redisUrl: "redis://127.0.0.1:1" }));
  });
});

// CI (.ci/run) starts a Redis server from Debian's packages and exports REDIS_URL; without one these are skipped.
const REDIS_URL = process.env.REDIS_URL;
describe.skipIf(!REDIS_URL)("limits in Redis", () => {
  const prefix = `test:${process.pid}:${Date.now()}:`;
  const open: Limiters[] = [];
  afterAll(async () => Promise.all(open.map((l) => l.close())));
  const make = () => {
    const l = createLimiters({ ...rates, redisUrl: REDIS_URL }, prefix);
    open.push(l);
    return l;
  };
  it("counts the same way as in memory", async () => {
    await exercise(() => createLimiters({ ...rates, redisUrl: REDIS_URL }, `${prefix}solo:`));
  });
  it("shares one count between two instances", async () => {
    const a = make();
    const b = make();
    expect(await a.consume("create", "token:x")).toEqual({ ok: true });
    expect(await b.consume("create", "token:x")).toEqual({ ok: true });
    expect(await a.consume("create", "token:x")).toMatchObject({ ok: false, limit: "create" });
    expect(await b.consume("create", "token:x")).toMatchObject({ ok: false, limit: "create" });
  });
});

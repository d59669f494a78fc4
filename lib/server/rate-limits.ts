import "server-only";
// The owner's limits, per identity: creates per window, creates per day, polls per window, failed sign-ins.
// rate-limiter-flexible counts in memory by default, or in Redis (REDIS_URL) so every instance shares one count.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { SIGN_IN_RATE, type AccessConfig, type Rate } from "./env";

export type LimitName = "create" | "daily" | "poll" | "signIn";

export type LimitOutcome = { ok: true } | { ok: false; limit: LimitName; retryAfterSeconds: number };

export interface Limiters {
  /**
   * Counts one request of `kind` for `key`; a create counts against both the rate and the daily cap. Creates are
   * counted only once they passed validation and are about to be forwarded (gateway.ts): a refused body costs no slot.
   */
  consume(kind: "create" | "poll" | "signIn", key: string): Promise<LimitOutcome>;
  /** Whether a create by `key` would be refused now, without counting it (to refuse before reading a body). */
  peek(kind: "create", key: string): Promise<LimitOutcome>;
  /** Clears the failed sign-in count after a success. */
  forgiveSignIn(key: string): Promise<void>;
  close(): Promise<void>;
}

type Make = (name: LimitName, rate: Rate) => RateLimiterAbstract;

function memory(): Make {
  return (name, rate) => new RateLimiterMemory({ keyPrefix: `mb-${name}`, points: rate.points, duration: rate.seconds });
}

function redis(client: Redis, prefix: string): Make {
  return (name, rate) =>
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${prefix}${name}`,
      points: rate.points,
      duration: rate.seconds,
      // Redis down: each instance keeps counting on its own rather than letting everything through.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `mb-${name}`, points: rate.points, duration: rate.seconds }),
    });
}

export function createLimiters(access: Pick<AccessConfig, "createRate" | "dailyCreateCap" | "pollRate" | "redisUrl">, prefix = "motionbrush:"): Limiters {
  const client = access.redisUrl
    ? new Redis(access.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 1000,
        commandTimeout: 1000,
        retryStrategy: (times) => Math.min(times * 200, 2000),
      })
    : undefined;
  // An unreachable Redis must not crash the server; the insurance limiter answers meanwhile.
  client?.on("error", () => {});
  const make = client ? redis(client, prefix) : memory();
  const limiters: Partial<Record<LimitName, RateLimiterAbstract>> = {
    signIn: make("signIn", SIGN_IN_RATE),
  };
  if (access.createRate) limiters.create = make("create", access.createRate);
  if (access.dailyCreateCap) limiters.daily = make("daily", { points: access.dailyCreateCap, seconds: 86_400 });
  if (access.pollRate) limiters.poll = make("poll", access.pollRate);

  // The first requests after start wait (briefly) for the connection rather than count on their own.
  const firstConnect = client
    ? new Promise<void>((resolve) => {
        client.once("ready", resolve);
        client.once("error", () => resolve());
        setTimeout(resolve, 1500).unref();
      })
    : Promise.resolve();

  async function one(name: LimitName, key: string): Promise<LimitOutcome> {
    const limiter = limiters[name];
    if (!limiter) return { ok: true };
    await firstConnect;
    try {
      await limiter.consume(key);
      return { ok: true };
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return { ok: false, limit: name, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
      throw error;
    }
  }

  async function full(name: LimitName, key: string): Promise<LimitOutcome> {
    const limiter = limiters[name];
    if (!limiter) return { ok: true };
    await firstConnect;
    try {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) {
        return { ok: false, limit: name, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      }
    } catch {
      // Unknown (Redis down): the count when the create is forwarded decides.
    }
    return { ok: true };
  }

  return {
    async peek(_kind, key) {
      const rate = await full("create", key);
      return rate.ok ? full("daily", key) : rate;
    },
    async consume(kind, key) {
      if (kind !== "create") return one(kind, key);
      const rate = await one("create", key);
      if (!rate.ok) return rate;
      const daily = await one("daily", key);
      // Refused by the cap, the create is not forwarded: it gives its short-window slot back.
      if (!daily.ok) await limiters.create?.reward(key, 1).catch(() => undefined);
      return daily;
    },
    async forgiveSignIn(key) {
      await limiters.signIn?.delete(key).catch(() => false);
    },
    async close() {
      client?.disconnect();
    },
  };
}

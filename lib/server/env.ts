import "server-only";
// The one place that reads process.env. Everything else receives plain values.
import { z } from "zod";
import { isHttpUrl } from "@/lib/kling/schemas";
import type { ConfigNotice } from "./config-notice";

const MB = 1024 * 1024;
/** Vercel refuses function bodies over 4.5 MB; a Node server can take much more. */
export const VERCEL_BODY_LIMIT = Math.floor(4.5 * MB);
/** The largest real job: a 10 MB first frame and a 10 MB last frame (13.4 MB each as base64) plus masks. */
export const NODE_BODY_LIMIT = 32 * MB;
export const MIN_SESSION_SECRET = 32;
/** The largest MOTIONBRUSH_BODY_LIMIT_BYTES allowed; next.config.ts lets bodies this large through proxy.ts. */
export const MAX_BODY_LIMIT = 128 * MB;
/** Where Kling serves result videos from; the media route fetches from nowhere else. */
export const DEFAULT_MEDIA_HOSTS = ["*.klingai.com", "*.kling.ai"] as const;
const MEDIA_HOST_RE = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

const optionalSecret = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const intFrom = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === "") return fallback;
      const n = Number(s);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  KLING_API_BASE_URL: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const value = (s?.trim() || "https://api-singapore.klingai.com").replace(/\/+$/, "");
      if (!isHttpUrl(value)) {
        ctx.addIssue({ code: "custom", message: "must be an http(s) URL" });
        return z.NEVER;
      }
      return value;
    }),
  KLING_ACCESS_KEY: optionalSecret,
  KLING_SECRET_KEY: optionalSecret,
  KLING_API_KEY: optionalSecret,
  KLING_SIMULATOR_TASK_MS: intFrom(0, 3_600_000, 8000),
  KLING_UPSTREAM_TIMEOUT_MS: intFrom(100, 600_000, 20_000),
  KLING_UPSTREAM_CREATE_TIMEOUT_MS: intFrom(100, 600_000, 60_000),
  MOTIONBRUSH_BODY_LIMIT_BYTES: intFrom(1024, MAX_BODY_LIMIT, -1),
  MOTIONBRUSH_CAPABILITIES_FILE: optionalSecret,
  KLING_SIMULATOR_OFFICIAL_TODAY: z.string().optional().transform((s) => /^(1|true|yes)$/i.test(s?.trim() ?? "")),
  MOTIONBRUSH_MEDIA_HOSTS: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const hosts = (s?.trim() ? s : DEFAULT_MEDIA_HOSTS.join(","))
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      if (!hosts.every((h) => MEDIA_HOST_RE.test(h))) {
        ctx.addIssue({ code: "custom", message: "must be a comma-separated list of host names, each optionally starting with *." });
        return z.NEVER;
      }
      return hosts;
    }),
  MOTIONBRUSH_MEDIA_MAX_BYTES: intFrom(1024 * 1024, 4096 * MB, 300 * MB),
  VERCEL: z.string().optional(),
});

const rateSchema = z
  .string()
  .optional()
  .transform((s, ctx): Rate | null | undefined => {
    const v = s?.trim().toLowerCase();
    if (!v) return undefined;
    if (v === "off") return null;
    const m = /^(\d{1,7})\s*\/\s*(second|minute|hour|day)$/.exec(v);
    if (!m || Number(m[1]) < 1) {
      ctx.addIssue({ code: "custom", message: 'must look like "10/minute" (per second, minute, hour or day) or "off"' });
      return z.NEVER;
    }
    return { points: Number(m[1]), seconds: { second: 1, minute: 60, hour: 3600, day: 86_400 }[m[2] as "second"] };
  });

const accessSchema = z.object({
  MOTIONBRUSH_PASSWORD: optionalSecret,
  MOTIONBRUSH_SESSION_SECRET: optionalSecret,
  MOTIONBRUSH_SESSION_HOURS: intFrom(1, 24 * 90, 12),
  MOTIONBRUSH_API_TOKENS: z
    .string()
    .optional()
    .transform((s) => (s ?? "").split(",").map((t) => t.trim()).filter(Boolean)),
  MOTIONBRUSH_ALLOW_ANONYMOUS: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const v = s?.trim().toLowerCase() ?? "";
      if (v === "" || v === "false" || v === "0") return false;
      if (v === "true" || v === "1") return true;
      ctx.addIssue({ code: "custom", message: 'must be "true" or "false"' });
      return z.NEVER;
    }),
  MOTIONBRUSH_CREATE_RATE: rateSchema,
  MOTIONBRUSH_DAILY_CREATE_CAP: intFrom(0, 10_000_000, -1),
  MOTIONBRUSH_POLL_RATE: rateSchema,
  REDIS_URL: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const v = s?.trim();
      if (!v) return undefined;
      if (!/^rediss?:\/\//i.test(v)) {
        ctx.addIssue({ code: "custom", message: "must be a redis:// or rediss:// URL" });
        return z.NEVER;
      }
      return v;
    }),
});

/** `points` per `seconds`. */
export interface Rate {
  points: number;
  seconds: number;
}

export interface AccessConfig {
  /** Set when the sign-in page is on; `null` with a password but no usable session secret (the gate refuses). */
  password: { value: string; secret: string; hours: number } | null | undefined;
  tokens: string[];
  allowAnonymous: boolean;
  createRate: Rate | null;
  dailyCreateCap: number | null;
  pollRate: Rate | null;
  redisUrl: string | undefined;
}

/** Defaults apply only when real keys are set: the simulator costs nothing, so it is not limited unless asked. */
const DEFAULT_CREATE_RATE: Rate = { points: 10, seconds: 60 };
const DEFAULT_DAILY_CAP = 200;
const DEFAULT_POLL_RATE: Rate = { points: 600, seconds: 60 };
/** Failed sign-ins allowed per client address per quarter hour. */
export const SIGN_IN_RATE: Rate = { points: 5, seconds: 15 * 60 };

export function readAccessConfig(
  env: Record<string, string | undefined>,
  keyed: boolean,
  problems: string[],
  notices: ConfigNotice[] = [],
): AccessConfig {
  const shape = accessSchema.shape;
  const field = <K extends keyof typeof shape>(key: K): z.output<(typeof shape)[K]> => {
    // Per variable, so one bad value never discards the others.
    const r = shape[key].safeParse(env[key]);
    if (r.success) return r.data as z.output<(typeof shape)[K]>;
    for (const issue of r.error.issues) problems.push(`${key} ${issue.message}`);
    notices.push({ code: "env-invalid", name: key });
    return shape[key].parse(undefined) as z.output<(typeof shape)[K]>;
  };
  const pw = field("MOTIONBRUSH_PASSWORD");
  const secret = field("MOTIONBRUSH_SESSION_SECRET");
  let password: AccessConfig["password"];
  if (pw) {
    if (secret && secret.length >= MIN_SESSION_SECRET) password = { value: pw, secret, hours: field("MOTIONBRUSH_SESSION_HOURS") };
    else {
      password = null;
      notices.push({ code: secret ? "session-secret-short" : "session-secret-missing", min: MIN_SESSION_SECRET });
      problems.push(`MOTIONBRUSH_PASSWORD is set but MOTIONBRUSH_SESSION_SECRET is ${secret ? "shorter than" : "missing; it needs"} ${MIN_SESSION_SECRET} characters; sign-in is off until it is set`);
    }
  }
  const createRate = field("MOTIONBRUSH_CREATE_RATE");
  const cap = field("MOTIONBRUSH_DAILY_CREATE_CAP");
  const pollRate = field("MOTIONBRUSH_POLL_RATE");
  return {
    password,
    tokens: field("MOTIONBRUSH_API_TOKENS"),
    allowAnonymous: field("MOTIONBRUSH_ALLOW_ANONYMOUS"),
    createRate: createRate === undefined ? (keyed ? DEFAULT_CREATE_RATE : null) : createRate,
    dailyCreateCap: cap > 0 ? cap : cap === 0 ? null : keyed ? DEFAULT_DAILY_CAP : null,
    pollRate: pollRate === undefined ? (keyed ? DEFAULT_POLL_RATE : null) : pollRate,
    redisUrl: field("REDIS_URL"),
  };
}

export type Upstream =
  | { kind: "simulator" }
  | { kind: "official"; baseUrl: string; accessKey: string; secretKey: string }
  | { kind: "official-key"; baseUrl: string; apiKey: string }
  | { kind: "relay"; baseUrl: string; apiKey: string };

/** Kling's own hosts: a bearer key sent there is an official API key, not a relay's. */
export const isOfficialBase = (url: string) => /^https:\/\/api(-[a-z]+)?\.klingai\.com$/i.test(url);

export interface ServerConfig {
  upstream: Upstream;
  simulatorTaskMs: number;
  /** The simulator answers retired models as today's official API does. */
  simulatorRetiresModels: boolean;
  timeoutMs: number;
  createTimeoutMs: number;
  bodyLimitBytes: number;
  /** Path of the operator's capability JSON (lib/server/catalog.ts), if any. */
  capabilitiesFile?: string;
  /** Hosts the media route may fetch result videos from (`*.` = any subdomain). */
  mediaHosts: string[];
  mediaMaxBytes: number;
  access: AccessConfig;
  /** Configuration mistakes, phrased for the operator (logs, health JSON); never contains a secret value. */
  problems: string[];
  /** The same mistakes as codes, worded on the page in its language. */
  notices: ConfigNotice[];
}

export function readServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  const notices: ConfigNotice[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join(".")} ${issue.message}`);
    for (const name of new Set(parsed.error.issues.map((i) => i.path.join(".")))) notices.push({ code: "env-invalid", name });
  }
  const e = parsed.success ? parsed.data : envSchema.parse({});
  let upstream: Upstream = { kind: "simulator" };
  if (e.KLING_ACCESS_KEY && e.KLING_SECRET_KEY) {
    upstream = { kind: "official", baseUrl: e.KLING_API_BASE_URL, accessKey: e.KLING_ACCESS_KEY, secretKey: e.KLING_SECRET_KEY };
  } else if (e.KLING_ACCESS_KEY || e.KLING_SECRET_KEY) {
    const [set, missing] = e.KLING_ACCESS_KEY ? ["KLING_ACCESS_KEY", "KLING_SECRET_KEY"] : ["KLING_SECRET_KEY", "KLING_ACCESS_KEY"];
    notices.push({ code: "keys-half", set, missing });
    problems.push(
      `${e.KLING_ACCESS_KEY ? "KLING_ACCESS_KEY" : "KLING_SECRET_KEY"} is set without ${e.KLING_ACCESS_KEY ? "KLING_SECRET_KEY" : "KLING_ACCESS_KEY"}; both are needed for the official API`,
    );
  }
  if (upstream.kind === "simulator" && e.KLING_API_KEY) {
    const kind = isOfficialBase(e.KLING_API_BASE_URL) ? "official-key" : "relay";
    upstream = { kind, baseUrl: e.KLING_API_BASE_URL, apiKey: e.KLING_API_KEY };
  }
  const bodyLimitBytes =
    e.MOTIONBRUSH_BODY_LIMIT_BYTES > 0 ? e.MOTIONBRUSH_BODY_LIMIT_BYTES : e.VERCEL ? VERCEL_BODY_LIMIT : NODE_BODY_LIMIT;
  const access = readAccessConfig(env, upstream.kind !== "simulator", problems, notices);
  return {
    upstream,
    access,
    simulatorTaskMs: e.KLING_SIMULATOR_TASK_MS,
    simulatorRetiresModels: e.KLING_SIMULATOR_OFFICIAL_TODAY,
    timeoutMs: e.KLING_UPSTREAM_TIMEOUT_MS,
    createTimeoutMs: e.KLING_UPSTREAM_CREATE_TIMEOUT_MS,
    bodyLimitBytes,
    ...(e.MOTIONBRUSH_CAPABILITIES_FILE ? { capabilitiesFile: e.MOTIONBRUSH_CAPABILITIES_FILE } : {}),
    mediaHosts: e.MOTIONBRUSH_MEDIA_HOSTS,
    mediaMaxBytes: e.MOTIONBRUSH_MEDIA_MAX_BYTES,
    problems,
    notices,
  };
}

/** React's development build needs a looser CSP (eval); `next build` always inlines "production". */
export const isDevelopment = process.env.NODE_ENV === "development";

let cached: ServerConfig | undefined;
export function getServerConfig(): ServerConfig {
  cached ??= readServerConfig(process.env);
  return cached;
}

/** What the browser may know: no key, no base URL. */
export interface PublicConfig {
  upstream: Upstream["kind"];
  bodyLimitBytes: number;
  simulatorTaskMs: number;
  problems: string[];
  notices: ConfigNotice[];
}

export function getPublicConfig(): PublicConfig {
  const c = getServerConfig();
  return { upstream: c.upstream.kind, bodyLimitBytes: c.bodyLimitBytes, simulatorTaskMs: c.simulatorTaskMs, problems: c.problems, notices: c.notices };
}

import "server-only";
// The one place that reads process.env. Everything else receives plain values.
import { z } from "zod";
import { isHttpUrl } from "@/lib/kling/schemas";

const MB = 1024 * 1024;
/** Vercel refuses function bodies over 4.5 MB; a Node server can take much more. */
export const VERCEL_BODY_LIMIT = Math.floor(4.5 * MB);
export const NODE_BODY_LIMIT = 64 * MB;
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
  MOTIONBRUSH_BODY_LIMIT_BYTES: intFrom(1024, 512 * MB, -1),
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
  /** Configuration mistakes, phrased for the operator; never contains a secret value. */
  problems: string[];
}

export function readServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join(".")} ${issue.message}`);
  }
  const e = parsed.success ? parsed.data : envSchema.parse({});
  let upstream: Upstream = { kind: "simulator" };
  if (e.KLING_ACCESS_KEY && e.KLING_SECRET_KEY) {
    upstream = { kind: "official", baseUrl: e.KLING_API_BASE_URL, accessKey: e.KLING_ACCESS_KEY, secretKey: e.KLING_SECRET_KEY };
  } else if (e.KLING_ACCESS_KEY || e.KLING_SECRET_KEY) {
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
  return {
    upstream,
    simulatorTaskMs: e.KLING_SIMULATOR_TASK_MS,
    simulatorRetiresModels: e.KLING_SIMULATOR_OFFICIAL_TODAY,
    timeoutMs: e.KLING_UPSTREAM_TIMEOUT_MS,
    createTimeoutMs: e.KLING_UPSTREAM_CREATE_TIMEOUT_MS,
    bodyLimitBytes,
    ...(e.MOTIONBRUSH_CAPABILITIES_FILE ? { capabilitiesFile: e.MOTIONBRUSH_CAPABILITIES_FILE } : {}),
    mediaHosts: e.MOTIONBRUSH_MEDIA_HOSTS,
    mediaMaxBytes: e.MOTIONBRUSH_MEDIA_MAX_BYTES,
    problems,
  };
}

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
}

export function getPublicConfig(): PublicConfig {
  const c = getServerConfig();
  return { upstream: c.upstream.kind, bodyLimitBytes: c.bodyLimitBytes, simulatorTaskMs: c.simulatorTaskMs, problems: c.problems };
}

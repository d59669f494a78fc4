import "server-only";
// The simulator as its own HTTP server (node:http): Kling's native paths, the /kling relay prefix,
// optional JWT or bearer-key auth, relay flavors, and the sample video with Range support.
// Logs one line per request (method, path, status, ms); never headers or bodies.
import { randomUUID, timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { errors as joseErrors, jwtVerify } from "jose";
import { KLING_CODES } from "@/lib/kling/errors";
import { TASK_KINDS, type TaskKind } from "@/lib/kling/limits";
import type { Envelope, Task } from "@/lib/kling/schemas";
import { createSimulator, decodeTaskId, SUBMITTED_FRACTION, type SimulatorAnswer } from "./simulator";

export const SIMULATOR_FLAVORS = ["native", "passthrough", "new-api"] as const;
export type SimulatorFlavor = (typeof SIMULATOR_FLAVORS)[number];

/** Access + secret key: Kling's JWT. API key: a relay's `Bearer sk-...`. Either may be set; none = open. */
export interface SimulatorAuth {
  accessKey?: string;
  secretKey?: string;
  apiKey?: string;
}

export interface SimulatorServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8000. */
  taskMs?: number;
  /** Default native. */
  flavor?: SimulatorFlavor;
  auth?: SimulatorAuth;
  /** Append `{method, path, body}` per API request to this JSONL file (never headers). */
  recordFile?: string;
  /** Default `<cwd>/public/simulator/sample.mp4`. */
  videoFile?: string;
  /** Default 64 MB. */
  bodyLimitBytes?: number;
  /** Answer retired models as today's official API would (HTTP 404, code 1203). */
  retireModels?: boolean;
  /** Clock in Unix ms, for the task lifecycle and token times. */
  now?: () => number;
  /** One line per request; default console.log. */
  log?: (line: string) => void;
}

export interface SimulatorServer {
  url: string;
  close(): Promise<void>;
}

export const VIDEO_PATH = "/videos/sample.mp4";
const API_RE = /^(?:\/kling)?\/v1\/videos\/([^/]+)(?:\/([^/]+))?\/?$/;
const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

type Json = Record<string, unknown>;
interface Reply {
  status: number;
  body: Json;
}

function envelopeError(code: number, message: string): Envelope {
  return { code, message, request_id: randomUUID() };
}

// ---- Flavors ----------------------------------------------------------------------------

const NEW_API_CODES: Record<number, string> = {
  1000: "unauthorized",
  1001: "unauthorized",
  1002: "unauthorized",
  1003: "unauthorized",
  1004: "unauthorized",
  1200: "invalid_request",
  1201: "invalid_request",
  1202: "not_found",
  1203: "task_not_exist",
  1301: "content_policy_violation",
  1303: "rate_limit_exceeded",
  5000: "upstream_error",
  5001: "upstream_unavailable",
};

const NEW_API_STATUS = { submitted: "QUEUED", processing: "IN_PROGRESS", succeed: "SUCCESS", failed: "FAILURE" } as const;

function newApiError(status: number, envelope: Envelope): Reply {
  return { status, body: { code: NEW_API_CODES[envelope.code] ?? String(envelope.code), message: envelope.message, data: null } };
}

function newApiQuery(task: Task, now: number): Json {
  const facts = decodeTaskId(task.task_id);
  let progress = 10;
  if (task.task_status === "succeed" || task.task_status === "failed") progress = 100;
  else if (task.task_status === "processing" && facts && facts.taskMs > 0) {
    const fraction = (now - facts.createdAt) / facts.taskMs;
    progress = Math.round(10 + 80 * Math.min(1, Math.max(0, (fraction - SUBMITTED_FRACTION) / (1 - SUBMITTED_FRACTION))));
  }
  const done = progress === 100;
  return {
    code: "success",
    message: "",
    data: {
      task_id: task.task_id,
      status: NEW_API_STATUS[task.task_status],
      progress: `${progress}%`,
      fail_reason: task.task_status === "failed" ? (task.task_status_msg ?? "") : "",
      result_url: task.task_result?.videos[0]?.url ?? "",
      submit_time: Math.floor(task.created_at / 1000),
      finish_time: done ? Math.floor(task.updated_at / 1000) : 0,
      data: task,
    },
  };
}

function shape(flavor: SimulatorFlavor, op: "create" | "get" | "list", answer: SimulatorAnswer<Task | Task[]>, ctx: { model: string; now: number }): Reply {
  const { status, envelope } = answer;
  if (flavor === "native") return { status, body: { ...envelope } };
  if (flavor === "passthrough") return { status, body: { ...envelope, ...(envelope.code === 0 ? { message: "success" } : {}) } };
  if (envelope.code !== 0 || !envelope.data || Array.isArray(envelope.data)) return newApiError(status, envelope);
  const task = envelope.data;
  if (op === "get") return { status, body: newApiQuery(task, ctx.now) };
  return {
    status,
    body: {
      id: task.task_id,
      task_id: task.task_id,
      object: "video",
      model: ctx.model,
      status: "queued",
      progress: 0,
      created_at: Math.floor(task.created_at / 1000),
    },
  };
}

// ---- Auth -------------------------------------------------------------------------------

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authProblem(header: string | undefined, auth: SimulatorAuth, now: number): Promise<Envelope | null> {
  const jwt = auth.accessKey && auth.secretKey ? { accessKey: auth.accessKey, secretKey: auth.secretKey } : null;
  if (!jwt && !auth.apiKey) return null;
  if (!header?.trim()) return envelopeError(1001, "Authorization header is missing");
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) return envelopeError(1002, "Authorization header is invalid: expected Bearer <token>");
  if (auth.apiKey && sameSecret(token, auth.apiKey)) return null;
  if (!jwt) return envelopeError(1002, "Authorization is invalid: unknown API key");
  try {
    await jwtVerify(token, new TextEncoder().encode(jwt.secretKey), {
      issuer: jwt.accessKey,
      algorithms: ["HS256"],
      currentDate: new Date(now),
    });
    return null;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return envelopeError(1004, "Authorization token has expired");
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "nbf") {
      return envelopeError(1003, "Authorization token is not yet valid");
    }
    return envelopeError(1002, "Authorization token is invalid");
  }
}

// ---- Transport --------------------------------------------------------------------------

function send(res: http.ServerResponse, status: number, body: Json) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

/** The body, or null when it is larger than `limit` (the rest is drained, not buffered). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        req.off("data", onData);
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Serves the sample video, honouring a single `bytes=` range. */
async function sendVideo(req: http.IncomingMessage, res: http.ServerResponse, file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(res, 404, { ...envelopeError(KLING_CODES.notFound, "The sample video is not there yet") });
  const size = info.size;
  const headers: http.OutgoingHttpHeaders = { "Content-Type": "video/mp4", "Accept-Ranges": "bytes", "Cache-Control": "no-cache" };
  let start = 0;
  let end = size - 1;
  let status = 200;
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range?.trim() ?? "");
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(Number(range[2]), size - 1);
    } else {
      start = Math.max(0, size - Number(range[2]));
    }
    if (start >= size || start > end) {
      res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}` });
      res.end();
      return;
    }
    status = 206;
    headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  }
  res.writeHead(status, { ...headers, "Content-Length": end - start + 1 });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file, { start, end }).on("error", () => res.destroy()).pipe(res);
}

function publicHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const flavor = options.flavor ?? "native";
  const auth = options.auth ?? {};
  if (Boolean(auth.accessKey) !== Boolean(auth.secretKey)) {
    throw new Error("Simulator auth: set both the access key and the secret key, or neither");
  }
  const host = options.host ?? "127.0.0.1";
  const now = options.now ?? Date.now;
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const videoFile = options.videoFile ?? path.join(process.cwd(), "public", "simulator", "sample.mp4");
  const log = options.log ?? ((line: string) => console.log(line));
  let baseUrl = "";
  const sim = createSimulator({
    taskMs: options.taskMs ?? 8000,
    now,
    videoUrl: () => `${baseUrl}${VIDEO_PATH}`,
    retireModels: options.retireModels === true,
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? "GET";
    if (url.pathname === VIDEO_PATH && (method === "GET" || method === "HEAD")) return sendVideo(req, res, videoFile);
    const route = API_RE.exec(url.pathname);
    const kind = route && (TASK_KINDS as readonly string[]).includes(route[1] ?? "") ? (route[1] as TaskKind) : null;
    const raw = await readBody(req, limit);
    if (raw === null) {
      return send(res, 413, { ...envelopeError(KLING_CODES.invalidParams, `Request body larger than ${Math.round(limit / 1024 / 1024)} MB`) });
    }
    let body: unknown = undefined;
    let badJson = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        badJson = true;
      }
    }
    if (options.recordFile) {
      await appendFile(options.recordFile, JSON.stringify({ method, path: url.pathname + url.search, body: body ?? null }) + "\n");
    }
    const reply = (status: number, envelope: Envelope) =>
      flavor === "new-api" ? newApiError(status, envelope) : { status, body: { ...envelope } };
    const notFound = () => reply(404, envelopeError(KLING_CODES.wrongMethod, `No route for ${method} ${url.pathname}`));
    let out: Reply;
    const id = route?.[2];
    if (!route || !kind) out = notFound();
    else {
      const denied = await authProblem(req.headers.authorization, auth, now());
      if (denied) out = reply(401, denied);
      else if (flavor === "new-api" && (kind === "multi-image2video" || (method === "GET" && id === undefined))) out = notFound();
      else if (method === "POST" && id === undefined) {
        if (badJson || raw.length === 0) out = reply(400, envelopeError(KLING_CODES.invalidParams, "Request body is not valid JSON"));
        else {
          const model = (body as { model_name?: unknown } | null)?.model_name;
          out = shape(flavor, "create", sim.create(kind, body), { model: typeof model === "string" ? model : "kling-v1", now: now() });
        }
      } else if (method === "GET" && id !== undefined) {
        out = shape(flavor, "get", sim.get(kind, safeDecode(id)), { model: "", now: now() });
      } else if (method === "GET") {
        out = shape(flavor, "list", sim.list(kind, Object.fromEntries(url.searchParams)), { model: "", now: now() });
      } else out = notFound();
    }
    send(res, out.status, out.body);
  }

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://simulator.local");
    res.on("close", () => log(`${req.method} ${url.pathname} ${res.statusCode} ${Math.round(performance.now() - started)}ms`));
    handle(req, res, url).catch(() => {
      if (!res.headersSent) send(res, 500, { ...envelopeError(KLING_CODES.serverError, "Simulator internal error") });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  baseUrl = `http://${publicHost(host)}:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

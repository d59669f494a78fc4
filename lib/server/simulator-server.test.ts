import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "./simulator-server";

const dir = mkdtempSync(path.join(tmpdir(), "sim-server-"));
const videoFile = path.join(dir, "sample.mp4");
const videoBytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
writeFileSync(videoFile, videoBytes);

let image: string;
beforeAll(async () => {
  const buf = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#336699" } }).png().toBuffer();
  image = buf.toString("base64");
});

const servers: SimulatorServer[] = [];
const logs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(options: SimulatorServerOptions = {}) {
  const server = await startSimulatorServer({ port: 0, taskMs: 200, videoFile, log: (l) => logs.push(l), ...options });
  servers.push(server);
  return server;
}

async function call(url: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    ...(json !== undefined ? { method: "POST", body: JSON.stringify(json), headers: { "Content-Type": "application/json", ...rest.headers } } : {}),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

// Answers are checked with matchers; `any` keeps reading nested fields short.
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A clock the test moves by hand. */
function manualClock() {
  const clock = { t: Date.now(), now: () => clock.t };
  return clock;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function jwt(secret: string, iss: string, claims: { exp?: number; nbf?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(iss)
    .setExpirationTime(claims.exp ?? now + 1800)
    .setNotBefore(claims.nbf ?? now - 5)
    .sign(new TextEncoder().encode(secret));
}

describe("simulator server, native", () => {
  it("creates a task over real HTTP and polls it to succeed with a playable video URL", async () => {
    const { url } = await start();
    const created = await call(`${url}/v1/videos/image2video`, { json: { image, prompt: "boat", external_task_id: "e-1" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ code: 0, message: "SUCCEED", data: { task_status: "submitted" } });
    const id = created.body.data.task_id as string;
    let polled = await call(`${url}/v1/videos/image2video/${id}`);
    for (let i = 0; i < 50 && polled.body.data?.task_status !== "succeed"; i++) {
      await sleep(20);
      polled = await call(`${url}/v1/videos/image2video/${id}`);
    }
    expect(polled.body.data).toMatchObject({ task_status: "succeed", task_info: { external_task_id: "e-1" } });
    const videoUrl = polled.body.data.task_result.videos[0].url as string;
    expect(videoUrl).toBe(`${url}/videos/sample.mp4`);
    const video = await fetch(videoUrl);
    expect(video.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await video.arrayBuffer()).equals(videoBytes)).toBe(true);
  });

  it("serves the same routes under the /kling relay prefix, and lists this server's tasks", async () => {
    const { url } = await start();
    const created = await call(`${url}/kling/v1/videos/multi-image2video`, { json: { image_list: [{ image }], prompt: "x" } });
    expect(created.status).toBe(200);
    const id = created.body.data.task_id;
    expect((await call(`${url}/kling/v1/videos/multi-image2video/${id}`)).body.data.task_id).toBe(id);
    const list = await call(`${url}/kling/v1/videos/multi-image2video?pageNum=1&pageSize=10`);
    expect(list.body.data.map((t: { task_id: string }) => t.task_id)).toEqual([id]);
    expect((await call(`${url}/v1/videos/image2video/${id}`)).body.code).toBe(1203);
  });

  it("answers validation, bad JSON, unknown paths and oversized bodies in the native envelope", async () => {
    const { url } = await start({ bodyLimitBytes: 1024 });
    const invalid = await call(`${url}/v1/videos/image2video`, { json: { prompt: "no image" } });
    expect(invalid).toMatchObject({ status: 400, body: { code: 1201, errors: [{ path: "image" }] } });
    const badJson = await call(`${url}/v1/videos/image2video`, { method: "POST", body: "{nope" });
    expect(badJson).toMatchObject({ status: 400, body: { code: 1200 } });
    expect(await call(`${url}/v2/whatever`)).toMatchObject({ status: 404, body: { code: 1202 } });
    expect(await call(`${url}/v1/videos/text2video`)).toMatchObject({ status: 404, body: { code: 1202 } });
    expect(await call(`${url}/v1/videos/image2video/abc`, { method: "DELETE" })).toMatchObject({ status: 404, body: { code: 1202 } });
    const big = await call(`${url}/v1/videos/image2video`, { json: { prompt: "p", image: "A".repeat(4096) } });
    expect(big.status).toBe(413);
  });

  it("answers the scenarios with Kling's statuses over HTTP", async () => {
    const clock = manualClock();
    const { url } = await start({ taskMs: 1000, now: clock.now });
    expect(await call(`${url}/v1/videos/image2video`, { json: { image, prompt: "[sim:429]" } })).toMatchObject({ status: 429, body: { code: 1303 } });
    expect(await call(`${url}/v1/videos/image2video`, { json: { image, prompt: "[sim:content]" } })).toMatchObject({ status: 400, body: { code: 1301 } });
    const flaky = await call(`${url}/v1/videos/image2video`, { json: { image, prompt: "[sim:5xx] [sim:fail]" } });
    const poll = () => call(`${url}/v1/videos/image2video/${flaky.body.data.task_id}`);
    expect(await poll()).toMatchObject({ status: 503, body: { code: 5001 } });
    clock.t += 500;
    expect(await poll()).toMatchObject({ status: 200, body: { data: { task_status: "processing" } } });
    clock.t += 500;
    expect(await poll()).toMatchObject({ status: 200, body: { message: "SUCCEED", data: { task_status: "failed", task_status_msg: expect.stringMatching(/^Simulated failure/) } } });
  });

  it("records each request's method, path and JSON body, and logs one line without headers or bodies", async () => {
    const recordFile = path.join(dir, "record.jsonl");
    const { url } = await start({ recordFile, auth: { apiKey: "sk-secret-key" } });
    await call(`${url}/v1/videos/image2video`, { json: { image, prompt: "recorded" }, headers: { Authorization: "Bearer sk-secret-key" } });
    await call(`${url}/v1/videos/image2video?pageNum=2`, { headers: { Authorization: "Bearer sk-secret-key" } });
    const lines = readFileSync(recordFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { method: "POST", path: "/v1/videos/image2video", body: { image, prompt: "recorded" } },
      { method: "GET", path: "/v1/videos/image2video?pageNum=2", body: null },
    ]);
    expect(JSON.stringify(lines)).not.toContain("sk-secret-key");
    await sleep(10);
    expect(logs.some((l) => /^POST \/v1\/videos\/image2video 200 \d+ms$/.test(l))).toBe(true);
    expect(logs.join("\n")).not.toMatch(/sk-secret-key|recorded/);
  });
});

describe("simulator server, auth", () => {
  const auth = { accessKey: "ak-test", secretKey: "sk-test-secret" };

  it("accepts a valid HS256 JWT whose iss is the access key", async () => {
    const { url } = await start({ auth });
    const token = await jwt(auth.secretKey, auth.accessKey);
    const res = await call(`${url}/v1/videos/image2video`, { json: { prompt: "p", image }, headers: { Authorization: `Bearer ${token}` } });
    expect(res).toMatchObject({ status: 200, body: { code: 0 } });
  });

  it("refuses missing, invalid, not-yet-valid and expired tokens with 401 and codes 1001-1004", async () => {
    const { url } = await start({ auth });
    const now = Math.floor(Date.now() / 1000);
    const poll = (authorization?: string) =>
      call(`${url}/v1/videos/image2video?pageNum=1`, authorization ? { headers: { Authorization: authorization } } : {});
    expect(await poll()).toMatchObject({ status: 401, body: { code: 1001 } });
    expect(await poll(`Bearer ${await jwt("wrong-secret", auth.accessKey)}`)).toMatchObject({ status: 401, body: { code: 1002 } });
    expect(await poll(`Bearer ${await jwt(auth.secretKey, "someone-else")}`)).toMatchObject({ status: 401, body: { code: 1002 } });
    expect(await poll("Basic abc")).toMatchObject({ status: 401, body: { code: 1002 } });
    expect(await poll(`Bearer ${await jwt(auth.secretKey, auth.accessKey, { nbf: now + 600 })}`)).toMatchObject({ status: 401, body: { code: 1003 } });
    const expired = await jwt(auth.secretKey, auth.accessKey, { exp: now - 60, nbf: now - 3600 });
    expect(await poll(`Bearer ${expired}`)).toMatchObject({ status: 401, body: { code: 1004 } });
  });

  it("accepts only the configured bearer API key", async () => {
    const { url } = await start({ auth: { apiKey: "sk-relay" } });
    const list = (authorization?: string) => call(`${url}/kling/v1/videos/image2video`, authorization ? { headers: { Authorization: authorization } } : {});
    expect(await list("Bearer sk-relay")).toMatchObject({ status: 200, body: { code: 0, data: [] } });
    expect(await list("Bearer sk-other")).toMatchObject({ status: 401, body: { code: 1002 } });
    expect(await list()).toMatchObject({ status: 401, body: { code: 1001 } });
  });

  it("refuses to start with only half of a JWT key pair", async () => {
    await expect(startSimulatorServer({ port: 0, auth: { accessKey: "ak" } })).rejects.toThrow(/both/);
  });
});

describe("simulator server, relay flavors", () => {
  it("passthrough answers native envelopes with message success", async () => {
    const { url } = await start({ flavor: "passthrough" });
    const res = await call(`${url}/kling/v1/videos/image2video`, { json: { prompt: "p", image } });
    expect(res.body).toMatchObject({ code: 0, message: "success", data: { task_status: "submitted" } });
  });

  it("new-api answers create, query and errors in its own shapes", async () => {
    const clock = manualClock();
    const { url } = await start({ flavor: "new-api", taskMs: 1000, now: clock.now });
    const created = await call(`${url}/kling/v1/videos/image2video`, { json: { prompt: "p", image, model_name: "kling-v1-6" } });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.any(String),
      task_id: created.body.id,
      object: "video",
      model: "kling-v1-6",
      status: "queued",
      progress: 0,
      created_at: expect.any(Number),
    });
    expect(created.body.created_at).toBeLessThan(1e11); // seconds, not ms
    const queried = await call(`${url}/kling/v1/videos/image2video/${created.body.id}`);
    expect(queried.body).toMatchObject({ code: "success", message: "", data: { task_id: created.body.id, status: "QUEUED", progress: "10%", result_url: "", finish_time: 0 } });
    expect(queried.body.data.data).toMatchObject({ task_id: created.body.id, task_status: "submitted" });
    clock.t += 500;
    const running = await call(`${url}/kling/v1/videos/image2video/${created.body.id}`);
    expect(running.body.data).toMatchObject({ status: "IN_PROGRESS", progress: "43%" });
    clock.t += 500;
    const done = await call(`${url}/kling/v1/videos/image2video/${created.body.id}`);
    expect(done.body.data).toMatchObject({ status: "SUCCESS", progress: "100%", fail_reason: "", result_url: `${url}/videos/sample.mp4` });
    const invalid = await call(`${url}/kling/v1/videos/image2video`, { json: { prompt: "no image" } });
    expect(invalid).toMatchObject({ status: 400, body: { code: "invalid_request", message: expect.stringContaining("image:"), data: null } });
    expect(await call(`${url}/kling/v1/videos/image2video/garbage`)).toMatchObject({ status: 404, body: { code: "task_not_exist", data: null } });
  });

  it("new-api has no multi-image2video and no list route", async () => {
    const { url } = await start({ flavor: "new-api" });
    expect((await call(`${url}/kling/v1/videos/multi-image2video`, { json: { image_list: [{ image }], prompt: "x" } })).status).toBe(404);
    expect(await call(`${url}/kling/v1/videos/image2video?pageNum=1`)).toMatchObject({ status: 404, body: { data: null } });
  });
});

describe("simulator server, video", () => {
  it("serves byte ranges with 206 and Content-Range", async () => {
    const { url } = await start();
    const res = await fetch(`${url}/videos/sample.mp4`, { headers: { Range: "bytes=10-19" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 10-19/1000");
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await res.arrayBuffer()).equals(videoBytes.subarray(10, 20))).toBe(true);
    const tail = await fetch(`${url}/videos/sample.mp4`, { headers: { Range: "bytes=-100" } });
    expect(tail.headers.get("content-range")).toBe("bytes 900-999/1000");
    await tail.arrayBuffer();
    const open = await fetch(`${url}/videos/sample.mp4`, { headers: { Range: "bytes=990-" } });
    expect((await open.arrayBuffer()).byteLength).toBe(10);
    const past = await fetch(`${url}/videos/sample.mp4`, { headers: { Range: "bytes=5000-" } });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe("bytes */1000");
  });

  it("answers 404 for the video until the file exists", async () => {
    const { url } = await start({ videoFile: path.join(dir, "missing.mp4") });
    expect((await fetch(`${url}/videos/sample.mp4`)).status).toBe(404);
  });
});

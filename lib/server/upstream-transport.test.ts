import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstreamClient } from "./upstream";

// The default transport (undici over a keep-alive pool), against a real HTTP server on loopback.
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
const seen: Seen[] = [];
let mode: "ok" | "busy" | "hang" = "ok";
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(parts) });
      if (mode === "hang") return; // never answers: the client's timeout must end the call
      const task = { task_id: "t-1", task_status: "processing", created_at: 1, updated_at: 2 };
      if (mode === "busy") {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "2" });
        res.end(JSON.stringify({ code: 1303, message: "busy", request_id: "r" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: 0, message: "SUCCEED", request_id: "r", data: task }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const client = (over: Partial<Parameters<typeof createUpstreamClient>[0]> = {}) =>
  createUpstreamClient({ baseUrl: base, auth: { kind: "bearer", apiKey: "sk-transport-test" }, sleep: async () => {}, ...over });

describe("the default upstream transport", () => {
  it("polls over real HTTP with the key in the header and reads the answer", async () => {
    mode = "ok";
    seen.length = 0;
    const answer = await client().getTask("image2video", "t-1");
    expect(answer.status).toBe(200);
    expect(answer.envelope.data).toMatchObject({ task_id: "t-1", task_status: "processing" });
    expect(seen[0]).toMatchObject({ method: "GET", url: "/v1/videos/image2video/t-1" });
    expect(seen[0]!.headers.authorization).toBe("Bearer sk-transport-test");
  });

  it("forwards a create's bytes exactly, with their length", async () => {
    mode = "ok";
    seen.length = 0;
    const raw = Buffer.from(JSON.stringify({ model_name: "kling-v1", image: "A".repeat(300_000), prompt: "é" }));
    const answer = await client().createTask("image2video", {}, raw);
    expect(answer.status).toBe(200);
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.headers["content-length"]).toBe(String(raw.byteLength));
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(seen[0]!.body.equals(raw)).toBe(true);
  });

  it("reads Retry-After from a refusal and retries a poll after it", async () => {
    mode = "busy";
    seen.length = 0;
    const waits: number[] = [];
    const answer = await client({ maxRetries: 1, sleep: async (ms) => void waits.push(ms) }).getTask("image2video", "t-1");
    expect(answer.status).toBe(429);
    expect(waits).toEqual([2000]);
    expect(seen).toHaveLength(2);
  });

  it("ends a call that gets no answer at its timeout, as a timeout", async () => {
    mode = "hang";
    const answer = await client({ timeoutMs: 150, maxRetries: 0 }).getTask("image2video", "t-1");
    expect(answer.status).toBe(504);
    mode = "ok";
  });

  it("says a create certainly did not happen when the connection was refused", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const answer = await client({ baseUrl: `http://127.0.0.1:${port}` }).createTask("image2video", {}, Buffer.from("{}"));
    expect(answer.status).toBe(502);
    expect(answer.notSent).toBe(true);
  });
});

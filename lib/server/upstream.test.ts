import { decodeJwt, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { createUpstreamClient, parseRetryAfter, type UpstreamClientOptions } from "./upstream";

const ACCESS_KEY = "AkTestAccessKey0123456789abcdef";
const SECRET_KEY = "SkTestSecretKey0123456789abcdef";
const API_KEY = "sk-relayKey0123456789abcdefABCDEF";
const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

type Reply =
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  | "hang"
  | "reset"
  | "refused";

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that answers from a script and records every request; "hang" waits for the abort signal. */
function fakeFetch(replies: Reply[]) {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === "string" ? init.body : undefined,
    });
    const reply = replies.shift();
    if (reply === undefined) throw new Error("fake fetch: no reply scripted");
    if (reply === "hang") {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    }
    if (reply === "reset" || reply === "refused") {
      const code = reply === "reset" ? "ECONNRESET" : "ECONNREFUSED";
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
    }
    const text = reply.text ?? JSON.stringify(reply.body);
    return new Response(text, { status: reply.status, headers: reply.headers });
  };
  return { fetch: fn as typeof fetch, calls };
}

const task = (id = "781234567890123456", status = "submitted") => ({
  task_id: id,
  task_status: status,
  task_info: { external_task_id: "mb-42" },
  created_at: T0,
  updated_at: T0,
});
const ok = (data: unknown) => ({ status: 200, body: { code: 0, message: "SUCCEED", request_id: "req-1", data } });
const err = (status: number, code: number, message = "error", headers?: Record<string, string>) => ({
  status,
  body: { code, message, request_id: "req-err" },
  headers,
});

function setup(replies: Reply[], overrides: Partial<UpstreamClientOptions> = {}) {
  const fake = fakeFetch(replies);
  const sleeps: number[] = [];
  const lines: Record<string, unknown>[] = [];
  let clock = T0;
  const client = createUpstreamClient({
    baseUrl: "https://api-singapore.klingai.com",
    auth: { kind: "jwt", accessKey: ACCESS_KEY, secretKey: SECRET_KEY },
    fetch: fake.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => clock,
    log: (line) => lines.push(line),
    ...overrides,
  });
  return {
    client,
    calls: fake.calls,
    sleeps,
    lines,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const bearer = { auth: { kind: "bearer", apiKey: API_KEY }, baseUrl: "https://relay.example.com/kling/" } as const;
const body = { model_name: "kling-v1-6", image: "https://example.com/a.png", duration: "5", external_task_id: "mb-42" };

describe("createUpstreamClient: requests", () => {
  it("posts a create to /v1/videos/{kind} with a Kling JWT and JSON headers", async () => {
    const { client, calls } = setup([ok(task())]);
    const out = await client.createTask("image2video", body);

    expect(out).toEqual({ status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "req-1", data: task() } });
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.url).toBe("https://api-singapore.klingai.com/v1/videos/image2video");
    expect(call.method).toBe("POST");
    expect(JSON.parse(call.body ?? "")).toEqual(body);
    expect(call.headers["Content-Type"]).toBe("application/json");
    expect(call.headers.Accept).toBe("application/json");
    const jwt = call.headers.Authorization?.replace(/^Bearer /, "") ?? "";
    const { payload } = await jwtVerify(jwt, new TextEncoder().encode(SECRET_KEY), { currentDate: new Date(T0) });
    expect(payload).toEqual({ iss: ACCESS_KEY, exp: T0 / 1000 + 1800, nbf: T0 / 1000 - 5 });
  });

  it("sends the relay key as a bearer token under a base URL that ends in /kling", async () => {
    const { client, calls } = setup([ok(task())], bearer);
    await client.createTask("multi-image2video", { prompt: "x", image_list: [] });
    expect(calls[0]?.url).toBe("https://relay.example.com/kling/v1/videos/multi-image2video");
    expect(calls[0]?.headers.Authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("gets one task by its encoded id, without a body or Content-Type", async () => {
    const { client, calls } = setup([ok(task("a/b c"))], bearer);
    const out = await client.getTask("image2video", "a/b c");
    expect(out.envelope.data?.task_id).toBe("a/b c");
    expect(calls[0]).toEqual({
      url: "https://relay.example.com/kling/v1/videos/image2video/a%2Fb%20c",
      method: "GET",
      headers: { Accept: "application/json", Authorization: `Bearer ${API_KEY}` },
      body: undefined,
    });
  });

  it("lists tasks with pageNum and pageSize in the query", async () => {
    const { client, calls } = setup([ok([task("1"), task("2", "succeed")])]);
    const out = await client.listTasks("multi-image2video", { pageNum: 2, pageSize: 50 });
    expect(calls[0]?.url).toBe("https://api-singapore.klingai.com/v1/videos/multi-image2video?pageNum=2&pageSize=50");
    expect(out.status).toBe(200);
    expect(out.envelope.data?.map((t) => t.task_id)).toEqual(["1", "2"]);
  });

  it("normalises a new-api create answer into a native task", async () => {
    const created = { id: "task_01JGQX4Z", task_id: "task_01JGQX4Z", object: "video", model: "kling-v1-6", status: "queued", progress: 0, created_at: T0 / 1000 };
    const { client } = setup([{ status: 200, body: created }], bearer);
    const out = await client.createTask("image2video", body);
    expect(out.envelope.data).toEqual({ task_id: "task_01JGQX4Z", task_status: "submitted", task_status_msg: "", created_at: T0, updated_at: T0 });
  });
});

describe("createUpstreamClient: creates are never retried", () => {
  it("answers a create's 503 at once, without a second request", async () => {
    const { client, calls, sleeps } = setup([err(503, 5001, "Service maintenance"), ok(task())]);
    const out = await client.createTask("image2video", body);
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(out.status).toBe(503);
    expect(out.envelope.code).toBe(5001);
  });

  it("answers a create's 429 at once", async () => {
    const { client, calls } = setup([err(429, 1303, "parallel task over resource pack limit"), ok(task())]);
    const out = await client.createTask("image2video", body);
    expect(calls).toHaveLength(1);
    expect(out).toMatchObject({ status: 429, envelope: { code: 1303 } });
  });

  it("maps a create timeout to 504 / 5002 and says the task may exist under its external_task_id", async () => {
    const { client, calls } = setup(["hang", ok(task())], { createTimeoutMs: 30 });
    const out = await client.createTask("image2video", body);
    expect(calls).toHaveLength(1);
    expect(out.status).toBe(504);
    expect(out.envelope.code).toBe(5002);
    expect(out.envelope.message).toMatch(/^Kling did not answer within 30 ms\./);
    expect(out.envelope.message).toContain("may still have been created");
    expect(out.envelope.message).toContain('external_task_id "mb-42"');
  });

  it("maps a connection reset during a create to 502 / 5000 with the may-exist hint", async () => {
    const { client, calls } = setup(["reset", ok(task())]);
    const out = await client.createTask("image2video", body);
    expect(calls).toHaveLength(1);
    expect(out).toMatchObject({ status: 502, envelope: { code: 5000 } });
    expect(out.envelope.message).toContain("may still have been created");
  });

  it("leaves the hint out when the connection was refused, so nothing was sent", async () => {
    const { client } = setup(["refused"]);
    const out = await client.createTask("image2video", body);
    expect(out.status).toBe(502);
    expect(out.envelope.message).toBe("Could not reach Kling (connection failed).");
  });
});

describe("createUpstreamClient: query retries", () => {
  it("retries a GET after a 503 and answers the success", async () => {
    const { client, calls, sleeps } = setup([err(503, 5001), ok(task())]);
    const out = await client.getTask("image2video", "781234567890123456");
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([125]); // full jitter: 0.5 * 250
    expect(out.status).toBe(200);
  });

  it("backs off exponentially and answers the last error when retries run out", async () => {
    const { client, calls, sleeps } = setup([err(500, 5000), err(502, 5000), err(504, 5002), err(503, 5001, "still down")]);
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([125, 250, 500]);
    expect(out).toMatchObject({ status: 503, envelope: { code: 5001, message: "still down" } });
  });

  it("caps the backoff at 4 s", async () => {
    const replies = Array.from({ length: 7 }, () => err(500, 5000));
    const { client, sleeps } = setup(replies, { maxRetries: 6, random: () => 1 });
    await client.getTask("image2video", "1");
    expect(sleeps).toEqual([250, 500, 1000, 2000, 4000, 4000]);
  });

  it("waits for Retry-After given in seconds", async () => {
    const { client, sleeps } = setup([err(429, 1302, "too fast", { "Retry-After": "3" }), ok(task())]);
    const out = await client.getTask("image2video", "1");
    expect(sleeps).toEqual([3000]);
    expect(out.status).toBe(200);
  });

  it("waits for Retry-After given as an HTTP date", async () => {
    const at = new Date(T0 + 5000).toUTCString();
    const { client, sleeps } = setup([err(503, 5001, "maintenance", { "Retry-After": at }), ok(task())]);
    await client.getTask("image2video", "1");
    expect(sleeps).toEqual([5000]);
  });

  it("caps Retry-After at 10 s", async () => {
    const { client, sleeps } = setup([err(429, 1302, "too fast", { "Retry-After": "120" }), ok(task())]);
    await client.getTask("image2video", "1");
    expect(sleeps).toEqual([10_000]);
  });

  it("keeps a 429 and its Kling code once the retries are exhausted", async () => {
    const replies = Array.from({ length: 4 }, () => err(429, 1303, "parallel task over resource pack limit"));
    const { client, calls, sleeps } = setup(replies);
    const out = await client.listTasks("image2video", { pageNum: 1, pageSize: 30 });
    expect(calls).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
    expect(out).toMatchObject({ status: 429, envelope: { code: 1303, message: "parallel task over resource pack limit" } });
  });

  it("does not retry a 429 that waiting cannot cure, such as a used-up resource pack", async () => {
    const { client, calls } = setup([err(429, 1102, "resource pack exhausted"), ok(task())]);
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(1);
    expect(out.envelope.code).toBe(1102);
  });

  it("does not retry a 4xx such as a missing task", async () => {
    const { client, calls } = setup([err(404, 1203, "task not found"), ok(task())]);
    expect((await client.getTask("image2video", "1")).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it("does not retry a 2xx answer it cannot understand", async () => {
    const { client, calls } = setup([{ status: 200, text: "<html>hello</html>" }, ok(task())]);
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(1);
    expect(out).toMatchObject({ status: 502, envelope: { code: 5000 } });
  });

  it("retries an HTML 502 from a proxy and answers a message naming the status only", async () => {
    const html = { status: 502, text: "<html><body>Bad Gateway nginx</body></html>" };
    const { client, calls } = setup([html, html], { maxRetries: 1 });
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(2);
    expect(out.envelope).toMatchObject({ code: 5000, message: "Kling answered HTTP 502 with a body that is not a JSON object" });
  });

  it("retries a GET after a connection error", async () => {
    const { client, calls } = setup(["reset", ok(task())]);
    expect((await client.getTask("image2video", "1")).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it("maps GET timeouts to 504 / 5002 after its retries, without the create hint", async () => {
    const { client, calls } = setup(["hang", "hang", "hang"], { timeoutMs: 20, maxRetries: 2 });
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(3);
    expect(out).toEqual({
      status: 504,
      envelope: { code: 5002, message: "Kling did not answer within 20 ms.", request_id: expect.any(String) },
    });
  });

  it("states a timeout of a second or more in seconds", async () => {
    const { client } = setup(["hang"], { maxRetries: 0, timeoutMs: 1000 });
    expect((await client.getTask("image2video", "1")).envelope.message).toBe("Kling did not answer within 1 s.");
  });
});

describe("createUpstreamClient: auth refusals", () => {
  it("re-signs the JWT once after a 401 / 1004 and sends the create again", async () => {
    const { client, calls, advance } = setup([ok(task()), err(401, 1004, "token expired"), ok(task())]);
    await client.getTask("image2video", "warm-up"); // caches a token signed at T0
    advance(100_000);
    const out = await client.createTask("image2video", body);

    expect(out.status).toBe(200);
    const posts = calls.filter((c) => c.method === "POST");
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((c) => c.headers.Authorization?.replace(/^Bearer /, "") ?? "");
    expect(decodeJwt(first ?? "").exp).toBe(T0 / 1000 + 1800);
    expect(decodeJwt(second ?? "").exp).toBe((T0 + 100_000) / 1000 + 1800);
    expect(posts[1]?.body).toBe(posts[0]?.body);
  });

  it("answers the second 401 instead of looping", async () => {
    const { client, calls } = setup([err(401, 1004, "token expired"), err(401, 1004, "token expired"), ok(task())]);
    const out = await client.createTask("image2video", body);
    expect(calls).toHaveLength(2);
    expect(out).toMatchObject({ status: 401, envelope: { code: 1004 } });
  });

  it("does not retry a 401 with a bearer key, which re-signing cannot fix", async () => {
    const { client, calls } = setup([{ status: 401, body: { error: { message: "invalid token", type: "new_api_error", code: "" } } }, ok(task())], bearer);
    const out = await client.getTask("image2video", "1");
    expect(calls).toHaveLength(1);
    expect(out).toMatchObject({ status: 401, envelope: { code: 1000 } });
  });
});

describe("createUpstreamClient: logging and robustness", () => {
  it("logs one line per attempt with method, path, status, code, attempt and ms", async () => {
    const { client, lines } = setup([err(503, 5001), ok([task()])]);
    await client.listTasks("image2video", { pageNum: 1, pageSize: 30 });
    expect(lines).toEqual([
      { method: "GET", path: "/v1/videos/image2video", outcome: "answer", upstream_status: 503, status: 503, code: 5001, attempt: 1, ms: 0 },
      { method: "GET", path: "/v1/videos/image2video", outcome: "answer", upstream_status: 200, status: 200, code: 0, attempt: 2, ms: 0 },
    ]);
  });

  it("never logs the API key, the JWT or the secret", async () => {
    const jwtRun = setup([err(401, 1004, `bad token Bearer ${API_KEY}`), err(500, 5000), ok(task())]);
    await jwtRun.client.createTask("image2video", body);
    await jwtRun.client.getTask("image2video", "1").catch(() => undefined);
    const relayRun = setup(["hang", ok(task())], { ...bearer, timeoutMs: 10 });
    await relayRun.client.getTask("image2video", "1");

    const tokens = jwtRun.calls.map((c) => c.headers.Authorization?.replace(/^Bearer /, "") ?? "");
    expect(tokens.length).toBeGreaterThan(0);
    const logged = JSON.stringify([...jwtRun.lines, ...relayRun.lines]);
    expect(jwtRun.lines.length + relayRun.lines.length).toBeGreaterThan(3);
    for (const secret of [API_KEY, SECRET_KEY, ACCESS_KEY, ...tokens]) expect(logged).not.toContain(secret);
    expect(logged).not.toContain("Authorization");
    expect(logged).not.toContain("image2video?");
  });

  it("never throws, even when fetch throws something odd or the logger throws", async () => {
    const client = createUpstreamClient({
      ...bearer,
      fetch: (() => {
        throw "boom";
      }) as unknown as typeof fetch,
      sleep: async () => {},
      log: () => {
        throw new Error("logger down");
      },
    });
    const out = await client.getTask("image2video", "1");
    expect(out).toMatchObject({ status: 502, envelope: { code: 5000 } });
  });

  it("answers 500 for a body that cannot be serialised, without calling Kling", async () => {
    const { client, calls } = setup([ok(task())]);
    const out = await client.createTask("image2video", { n: BigInt(1) });
    expect(calls).toHaveLength(0);
    expect(out.status).toBe(500);
  });

  it("refuses a base URL that is not http(s)", () => {
    expect(() => createUpstreamClient({ ...bearer, baseUrl: "ftp://x" })).toThrow(TypeError);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, dates, and ignores nonsense", () => {
    expect(parseRetryAfter("2", T0)).toBe(2000);
    expect(parseRetryAfter("0", T0)).toBe(0);
    expect(parseRetryAfter(new Date(T0 - 60_000).toUTCString(), T0)).toBe(0);
    expect(parseRetryAfter("soon", T0)).toBeUndefined();
    expect(parseRetryAfter(null, T0)).toBeUndefined();
  });
});

describe("advice for answers of the 2026 official API", () => {
  it("turns an AK/SK refusal into advice to configure an API key", async () => {
    const refusal = err(401, 1002, "The current API does not support AK/SK");
    const { client } = setup([refusal, refusal]);
    const res = await client.createTask("image2video", { model_name: "kling-v3", image: "x", prompt: "p" });
    expect(res.envelope.code).toBe(1002);
    expect(res.envelope.message).toMatch(/KLING_API_KEY/);
  });
  it("says a model the upstream does not serve is not served here", async () => {
    const { client } = setup([err(404, 1203, "resource not found")]);
    const res = await client.createTask("image2video", { model_name: "kling-v1-5", image: "x", prompt: "p" });
    expect(res.envelope.message).toMatch(/^kling-v1-5 is not served by this upstream/);
  });
  it("keeps Kling's own text for other auth errors", async () => {
    const { client } = setup([err(401, 1002, "api key not found")], { auth: { kind: "bearer", apiKey: "k" } });
    const res = await client.createTask("image2video", { model_name: "kling-v3", image: "x", prompt: "p" });
    expect(res.envelope.message).not.toMatch(/KLING_API_KEY/);
  });
});

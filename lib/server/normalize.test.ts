import { describe, expect, it } from "vitest";
import { taskEnvelopeSchema, taskListEnvelopeSchema } from "@/lib/kling/schemas";
import { normalizeUpstream, scrubMessage } from "./normalize";

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const opts = { now: () => NOW, requestId: () => "generated-id" };

const SUBMIT_S = 1735689600; // 2025-01-01T00:00:00Z
const SUBMIT_MS = SUBMIT_S * 1000;
const JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJBa1Rlc3QiLCJleHAiOjE3MzU2OTEzMDAsIm5iZiI6MTczNTY4OTU5NX0.Qm2vO1c8yY7h0zLkQe3JtN0v5bq9WcXyZr4sT6uV8wA";
const API_KEY = "sk-Zx81kLmQ2wErTy7uIoP0aSdFgHjK3lZx";

const nativeTask = {
  task_id: "781234567890123456",
  task_status: "succeed",
  task_status_msg: "",
  task_info: { external_task_id: "mb-42" },
  created_at: SUBMIT_MS,
  updated_at: SUBMIT_MS + 95_000,
  task_result: {
    videos: [{ id: "v-1", url: "https://cdn.klingai.com/bs2/upload-kling-api/v-1.mp4", duration: "5.1", watermark_url: "https://cdn.klingai.com/wm/v-1.mp4" }],
  },
  watermark_info: { enabled: false },
  final_unit_deduction: "1",
};

const nativeEnvelope = (data: unknown) => ({ code: 0, message: "SUCCEED", request_id: "CjikY2gu8dEAAAAAAA5Nhw", data });

describe("normalizeUpstream: native envelopes", () => {
  it("passes an official create answer through as a native envelope", () => {
    const created = { task_id: "781234567890123456", task_status: "submitted", task_info: { external_task_id: "mb-42" }, created_at: SUBMIT_MS, updated_at: SUBMIT_MS };
    const out = normalizeUpstream(200, nativeEnvelope(created), "create", opts);
    expect(out).toEqual({ status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "CjikY2gu8dEAAAAAAA5Nhw", data: created } });
    expect(taskEnvelopeSchema.safeParse(out.envelope).success).toBe(true);
  });

  it("keeps the task's newer optional fields such as watermark_url and final_unit_deduction", () => {
    const out = normalizeUpstream(200, nativeEnvelope(nativeTask), "get", opts);
    expect(out.status).toBe(200);
    expect(out.envelope.data).toEqual(nativeTask);
  });

  it('answers "SUCCEED" when a pass-through relay says "success"', () => {
    const out = normalizeUpstream(200, { ...nativeEnvelope(nativeTask), message: "success" }, "get", opts);
    expect(out.envelope.message).toBe("SUCCEED");
    expect(out.envelope.code).toBe(0);
  });

  it("returns a list answer's tasks as an array", () => {
    const second = { ...nativeTask, task_id: "781234567890123457", task_status: "processing", task_result: undefined };
    const out = normalizeUpstream(200, nativeEnvelope([nativeTask, second]), "list", opts);
    expect(out.status).toBe(200);
    expect(out.envelope.data?.map((t) => t.task_id)).toEqual(["781234567890123456", "781234567890123457"]);
    expect(taskListEnvelopeSchema.safeParse(out.envelope).success).toBe(true);
  });

  it("accepts an empty list page", () => {
    expect(normalizeUpstream(200, nativeEnvelope([]), "list", opts).envelope.data).toEqual([]);
  });

  it("drops a malformed task from a list but keeps the valid ones", () => {
    const out = normalizeUpstream(200, nativeEnvelope([nativeTask, { task_id: "x", task_status: "weird" }]), "list", opts);
    expect(out.envelope.data).toHaveLength(1);
  });

  it("turns a list whose every task is malformed into a 502", () => {
    const out = normalizeUpstream(200, nativeEnvelope([{ task_id: "x" }]), "list", opts);
    expect(out.status).toBe(502);
    expect(out.envelope.code).toBe(5000);
  });

  it("turns a list answer whose data is not an array into a 502", () => {
    expect(normalizeUpstream(200, nativeEnvelope(nativeTask), "list", opts).status).toBe(502);
  });

  it("turns a success that carries no valid task into a 502 saying the answer was not understood", () => {
    for (const data of [null, undefined, { task_id: "1" }, { task_status: "succeed", created_at: 1 }, [nativeTask]]) {
      const out = normalizeUpstream(200, nativeEnvelope(data), "get", opts);
      expect(out.status).toBe(502);
      expect(out.envelope.code).toBe(5000);
      expect(out.envelope.message).toMatch(/not understood/);
      expect(out.envelope.data).toBeUndefined();
    }
  });

  it("keeps a create answer that has a task id but not Kling's exact shape: the task exists and is paid for", () => {
    const out = normalizeUpstream(200, nativeEnvelope({ task_id: 781234567890, task_info: "x", final_unit_deduction: 2 }), "create", opts);
    expect(out.status).toBe(200);
    expect(out.envelope.data).toMatchObject({
      task_id: "781234567890",
      task_status: "submitted",
      created_at: NOW,
      updated_at: NOW,
      final_unit_deduction: "2",
    });
    expect(out.envelope.data).not.toHaveProperty("task_info");
  });

  it("accepts an almost-native polled task: unreadable times fall back, numeric durations become strings", () => {
    const almost = {
      ...nativeTask,
      created_at: "yesterday",
      updated_at: undefined,
      task_result: { videos: [{ id: 7, url: "https://cdn.example.com/v.mp4", duration: 5.1 }, { url: 3 }] },
    };
    const out = normalizeUpstream(200, nativeEnvelope(almost), "get", opts);
    expect(out.status).toBe(200);
    expect(out.envelope.data).toMatchObject({
      task_status: "succeed",
      created_at: NOW,
      updated_at: NOW,
      task_result: { videos: [{ id: "7", url: "https://cdn.example.com/v.mp4", duration: "5.1" }] },
    });
  });

  it("still refuses a polled task with no status it can read", () => {
    const out = normalizeUpstream(200, nativeEnvelope({ task_id: "1", task_status: "weird" }), "get", opts);
    expect(out.status).toBe(502);
  });

  it("maps a Kling error code to its own HTTP status and keeps the request id", () => {
    const out = normalizeUpstream(
      429,
      { code: 1303, message: "parallel task over resource pack limit", request_id: "CjMqEGdKEmcAAAAAAEgZ4w" },
      "create",
      opts,
    );
    expect(out).toEqual({
      status: 429,
      envelope: { code: 1303, message: "parallel task over resource pack limit", request_id: "CjMqEGdKEmcAAAAAAEgZ4w" },
    });
  });

  it("uses the Kling code's status even when a relay wraps the error in HTTP 200", () => {
    const out = normalizeUpstream(200, { code: 1301, message: "Failure to pass the risk control system", request_id: "r1" }, "create", opts);
    expect(out.status).toBe(400);
    expect(out.envelope.code).toBe(1301);
  });

  it("keeps the HTTP status for a Kling code this app does not know", () => {
    const out = normalizeUpstream(400, { code: 1250, message: "some new rule", request_id: "r1" }, "create", opts);
    expect(out.status).toBe(400);
    expect(out.envelope.code).toBe(1250);
  });

  it("names the code's meaning when the upstream error has no message", () => {
    const out = normalizeUpstream(401, { code: 1004, request_id: "r1" }, "get", opts);
    expect(out.status).toBe(401);
    expect(out.envelope.message).toBe("Authentication failed (Kling answered HTTP 401)");
  });
});

describe("normalizeUpstream: new-api create", () => {
  const created = { id: "task_01JGQX4Z", task_id: "task_01JGQX4Z", object: "video", model: "kling-v1-6", status: "queued", progress: 0, created_at: SUBMIT_S };

  it("maps the OpenAI-style video object to a submitted task with millisecond times", () => {
    const out = normalizeUpstream(200, created, "create", opts);
    expect(out).toEqual({
      status: 200,
      envelope: {
        code: 0,
        message: "SUCCEED",
        request_id: "generated-id",
        data: { task_id: "task_01JGQX4Z", task_status: "submitted", task_status_msg: "", created_at: SUBMIT_MS, updated_at: SUBMIT_MS },
      },
    });
  });

  it("falls back to id when task_id is missing, and to now when created_at is missing", () => {
    const { task_id: _omit, created_at: _omit2, ...rest } = created;
    void _omit;
    void _omit2;
    const out = normalizeUpstream(200, rest, "create", opts);
    expect(out.envelope.data).toMatchObject({ task_id: "task_01JGQX4Z", created_at: NOW, updated_at: NOW });
  });

  it("generates a request id with the default generator", () => {
    const out = normalizeUpstream(200, created, "create");
    expect(out.envelope.request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("normalizeUpstream: new-api query", () => {
  const query = (data: Record<string, unknown>) => ({
    code: "success",
    message: "",
    data: {
      task_id: "task_01JGQX4Z",
      status: "IN_PROGRESS",
      progress: "40%",
      fail_reason: "",
      submit_time: SUBMIT_S,
      start_time: SUBMIT_S + 3,
      finish_time: 0,
      data: null,
      ...data,
    },
  });

  it.each([
    ["NOT_START", "submitted"],
    ["SUBMITTED", "submitted"],
    ["QUEUED", "submitted"],
    ["IN_PROGRESS", "processing"],
    ["UNKNOWN", "processing"],
    ["SUCCESS", "succeed"],
    ["FAILURE", "failed"],
  ])("maps relay status %s to task_status %s", (status, expected) => {
    const out = normalizeUpstream(200, query({ status }), "get", opts);
    expect(out.status).toBe(200);
    expect(out.envelope.data?.task_status).toBe(expected);
  });

  it("turns submit_time and start_time in seconds into created_at and updated_at in ms", () => {
    const out = normalizeUpstream(200, query({}), "get", opts);
    expect(out.envelope).toEqual({
      code: 0,
      message: "SUCCEED",
      request_id: "generated-id",
      data: { task_id: "task_01JGQX4Z", task_status: "processing", task_status_msg: "", created_at: SUBMIT_MS, updated_at: SUBMIT_MS + 3000 },
    });
  });

  it("detects times already in milliseconds", () => {
    const out = normalizeUpstream(200, query({ submit_time: SUBMIT_MS, finish_time: SUBMIT_MS + 60_000, status: "SUCCESS" }), "get", opts);
    expect(out.envelope.data).toMatchObject({ created_at: SUBMIT_MS, updated_at: SUBMIT_MS + 60_000 });
  });

  it("puts result_url into task_result.videos[0] with an empty duration", () => {
    const url = "https://cdn.klingai.com/bs2/upload-kling-api/out.mp4";
    const out = normalizeUpstream(200, query({ status: "SUCCESS", result_url: url, finish_time: SUBMIT_S + 90 }), "get", opts);
    expect(out.envelope.data).toEqual({
      task_id: "task_01JGQX4Z",
      task_status: "succeed",
      task_status_msg: "",
      created_at: SUBMIT_MS,
      updated_at: SUBMIT_MS + 90_000,
      task_result: { videos: [{ id: "task_01JGQX4Z", url, duration: "" }] },
    });
  });

  it("drops a result_url that is not http(s)", () => {
    const out = normalizeUpstream(200, query({ status: "SUCCESS", result_url: "javascript:alert(1)" }), "get", opts);
    expect(out.envelope.data?.task_result).toBeUndefined();
  });

  it("carries fail_reason into task_status_msg", () => {
    const out = normalizeUpstream(200, query({ status: "FAILURE", fail_reason: "Failure to pass the risk control system" }), "get", opts);
    expect(out.envelope.data).toMatchObject({ task_status: "failed", task_status_msg: "Failure to pass the risk control system" });
  });

  it("prefers the embedded raw Kling envelope, keeping the relay's task id", () => {
    const raw = nativeEnvelope({ ...nativeTask, task_id: "781234567890123456" });
    const out = normalizeUpstream(200, query({ status: "SUCCESS", data: raw, result_url: "https://relay.example.com/other.mp4" }), "get", opts);
    expect(out.envelope.data).toEqual({ ...nativeTask, task_id: "task_01JGQX4Z" });
  });

  it("prefers an embedded bare Kling task too", () => {
    const out = normalizeUpstream(200, query({ status: "SUCCESS", data: nativeTask }), "get", opts);
    expect(out.envelope.data?.task_result?.videos[0]?.duration).toBe("5.1");
    expect(out.envelope.data?.task_info?.external_task_id).toBe("mb-42");
  });

  it("lets the relay's terminal FAILURE win over a stale embedded processing task", () => {
    const stale = { ...nativeTask, task_status: "processing", task_result: undefined };
    const out = normalizeUpstream(200, query({ status: "FAILURE", fail_reason: "upstream task timed out", data: nativeEnvelope(stale) }), "get", opts);
    expect(out.envelope.data).toMatchObject({ task_id: "task_01JGQX4Z", task_status: "failed", task_status_msg: "upstream task timed out" });
  });

  it("maps the fields itself when the embedded data does not parse as a task", () => {
    const out = normalizeUpstream(200, query({ status: "QUEUED", data: { code: 0, data: { task_id: "1" } } }), "get", opts);
    expect(out.envelope.data).toMatchObject({ task_id: "task_01JGQX4Z", task_status: "submitted" });
  });

  it("turns an unknown relay status into a 502", () => {
    const out = normalizeUpstream(200, query({ status: "CANCELLED" }), "get", opts);
    expect(out.status).toBe(502);
    expect(out.envelope.code).toBe(5000);
  });

  it("answers SUCCEED although the relay's message is empty", () => {
    expect(normalizeUpstream(200, query({}), "get", opts).envelope.message).toBe("SUCCEED");
  });
});

describe("normalizeUpstream: relay errors", () => {
  it("maps a new-api string-coded error to a code from the HTTP status", () => {
    const out = normalizeUpstream(400, { code: "invalid_request", message: "task_id is required", data: null }, "get", opts);
    expect(out).toEqual({ status: 400, envelope: { code: 1200, message: "task_id is required", request_id: "generated-id" } });
  });

  it("maps a new-api 404 to 1203", () => {
    const out = normalizeUpstream(404, { code: "task_not_exist", message: "task_not_exist", data: null }, "get", opts);
    expect(out.status).toBe(404);
    expect(out.envelope.code).toBe(1203);
  });

  it("answers 502 for a string-coded error that came with HTTP 200", () => {
    const out = normalizeUpstream(200, { code: "fail_to_fetch_task", message: "fetch failed", data: null }, "get", opts);
    expect(out.status).toBe(502);
    expect(out.envelope.code).toBe(5000);
  });

  it("uses a numeric Kling code given as a string", () => {
    const out = normalizeUpstream(500, { code: "1303", message: "parallel task over resource pack limit", data: null }, "create", opts);
    expect(out.status).toBe(429);
    expect(out.envelope.code).toBe(1303);
  });

  it("maps an OpenAI-style error by HTTP status", () => {
    const body = { error: { message: "Invalid token (request id: 20250101000000123456789)", type: "new_api_error", param: "", code: "invalid_api_key" } };
    const out = normalizeUpstream(401, body, "create", opts);
    expect(out.status).toBe(401);
    expect(out.envelope.code).toBe(1000);
    expect(out.envelope.message).toBe("Invalid token (request id: 20250101000000123456789)");
  });

  it("uses a Kling code inside an OpenAI-style error", () => {
    const body = { error: { message: "Failure to pass the risk control system", type: "upstream_error", param: "", code: 1301 } };
    const out = normalizeUpstream(500, body, "create", opts);
    expect(out.status).toBe(400);
    expect(out.envelope.code).toBe(1301);
  });

  it("maps a 429 quota error to 1302", () => {
    const body = { error: { message: "当前分组上游负载已饱和，请稍后再试", type: "new_api_error", code: "rate_limit" } };
    const out = normalizeUpstream(429, body, "get", opts);
    expect(out.status).toBe(429);
    expect(out.envelope.code).toBe(1302);
  });

  it("names only the HTTP status for an HTML or non-JSON body", () => {
    const out = normalizeUpstream(502, null, "get", opts);
    expect(out).toEqual({
      status: 502,
      envelope: { code: 5000, message: "Kling answered HTTP 502 with a body that is not a JSON object", request_id: "generated-id" },
    });
    expect(normalizeUpstream(503, null, "get", opts).envelope.code).toBe(5001);
  });

  it("answers 502 for a non-JSON body that came with HTTP 200", () => {
    const out = normalizeUpstream(200, "<html>login</html>", "create", opts);
    expect(out.status).toBe(502);
    expect(out.envelope.code).toBe(5000);
    expect(out.envelope.message).not.toContain("html");
  });

  it("treats an error status with an unrecognised JSON body as an error named by its status", () => {
    const out = normalizeUpstream(500, { detail: "Internal Server Error at /srv/app.py line 12" }, "get", opts);
    expect(out).toEqual({ status: 500, envelope: { code: 5000, message: "Kling server error (Kling answered HTTP 500)", request_id: "generated-id" } });
  });

  it("never passes an upstream's extra error fields through", () => {
    const out = normalizeUpstream(400, { code: 1201, message: "bad image", request_id: "r1", data: { debug: "stack" }, trace: "x" }, "create", opts);
    expect(Object.keys(out.envelope).sort()).toEqual(["code", "message", "request_id"]);
  });

  it("replaces a request_id that does not look like an id", () => {
    const out = normalizeUpstream(500, { code: 5000, message: "boom", request_id: `Bearer ${JWT}` }, "get", opts);
    expect(out.envelope.request_id).toBe("generated-id");
  });
});

describe("normalizeUpstream: scrubbing", () => {
  it("removes credentials from an upstream error message", () => {
    const message = `upstream said: Authorization: Bearer ${API_KEY}; token ${JWT}; key ${API_KEY}; sig 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`;
    const out = normalizeUpstream(401, { code: "unauthorized", message, data: null }, "get", opts);
    const text = out.envelope.message;
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(JWT);
    expect(text).not.toContain("9f86d081884c7d659a2feaa0c55ad015");
    expect(text).toContain("upstream said:");
    expect(text).toContain("[redacted]");
  });

  it("truncates a long upstream message to 200 characters", () => {
    const out = normalizeUpstream(400, { code: 1201, message: "image is invalid ".repeat(40), request_id: "r1" }, "create", opts);
    expect(out.envelope.message.length).toBe(200);
    expect(out.envelope.message.endsWith("…")).toBe(true);
  });

  it("scrubs a failed task's task_status_msg", () => {
    const task = { ...nativeTask, task_status: "failed", task_status_msg: `relay error: api_key=${API_KEY}`, task_result: undefined };
    const out = normalizeUpstream(200, nativeEnvelope(task), "get", opts);
    expect(out.envelope.data?.task_status_msg).toBe("relay error: api_key=[redacted]");
  });
});

describe("scrubMessage", () => {
  it("keeps ordinary text, paths and task ids readable", () => {
    const text = "Task 781234567890123456 not found at /kling/v1/videos/multi-image2video";
    expect(scrubMessage(text)).toBe(text);
  });

  it("redacts long base64 runs", () => {
    const b64 = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MGFiY2RlZg+/Q2==";
    expect(scrubMessage(`payload ${b64} rejected`)).toBe("payload [redacted] rejected");
  });

  it("puts a multi-line message on one line", () => {
    expect(scrubMessage("line one\n\tline two\r\n")).toBe("line one line two");
  });

  it("does not leak half a secret cut at the scrubbing window", () => {
    const text = `${"word ".repeat(399)}${JWT.slice(0, 40)}`;
    expect(scrubMessage(text, 5000)).not.toContain("eyJhbGciOiJIUzI1NiIs");
  });
});

import { describe, expect, it } from "vitest";
import { createKlingClient, isTransientFailure } from "./kling-api";
import { envelope, fakeFetch, json, task } from "./test-fixtures";

describe("kling-api client", () => {
  it("returns the parsed task when the create call succeeds", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, envelope(task({ task_id: "abc" }))));
    const client = createKlingClient({ fetch });
    const r = await client.createTask("image2video", { image: "AAAA", duration: "5", external_task_id: "mb-1" });
    expect(r).toMatchObject({ ok: true, task: { task_id: "abc", task_status: "submitted" }, requestId: "req-1" });
    expect(calls[0]?.url).toBe("/api/kling/v1/videos/image2video");
    expect(calls[0]?.init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ image: "AAAA", duration: "5", external_task_id: "mb-1" });
  });

  it("returns status, Kling code, message and field errors for a 400 validation answer", async () => {
    const { fetch } = fakeFetch(() =>
      json(400, {
        code: 1201,
        message: "prompt: must be at most 2500 characters",
        request_id: "req-2",
        errors: [{ path: "prompt", message: "must be at most 2500 characters" }],
      }),
    );
    const r = await createKlingClient({ fetch }).createTask("image2video", {});
    expect(r).toEqual({
      ok: false,
      status: 400,
      code: 1201,
      message: "prompt: must be at most 2500 characters",
      errors: [{ path: "prompt", message: "must be at most 2500 characters" }],
      reason: "http",
      requestId: "req-2",
    });
  });

  it("does not throw on a non-JSON 502 and reports a transient failure with a derived code", async () => {
    const { fetch } = fakeFetch(() => new Response("<html>Bad Gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    const r = await createKlingClient({ fetch }).getTask("image2video", "t-1");
    expect(r).toEqual({ ok: false, status: 502, code: 5000, message: "Bad Gateway", reason: "http" });
    expect(!r.ok && isTransientFailure(r)).toBe(true);
  });

  it("reports a network error as status 0 instead of throwing", async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError("Failed to fetch");
    });
    const r = await createKlingClient({ fetch }).createTask("image2video", {});
    expect(r).toMatchObject({ ok: false, status: 0, reason: "network", message: "Failed to fetch" });
  });

  it("treats a 200 whose body is not a task envelope as a bad answer", async () => {
    const { fetch } = fakeFetch(() => json(200, { id: "x", status: "queued" }));
    const r = await createKlingClient({ fetch }).createTask("image2video", {});
    expect(r).toMatchObject({ ok: false, status: 200, reason: "bad-answer" });
  });

  it("treats a 200 carrying a non-zero Kling code as an error answer", async () => {
    const { fetch } = fakeFetch(() => json(200, { code: 1303, message: "parallel task over resource pack limit", request_id: "r" }));
    const r = await createKlingClient({ fetch }).createTask("image2video", {});
    expect(r).toMatchObject({ ok: false, status: 200, code: 1303, message: "parallel task over resource pack limit" });
  });

  it("queries one task of the right kind, escaping the id", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, envelope(task({ task_status: "processing" }))));
    const r = await createKlingClient({ fetch }).getTask("multi-image2video", "a/b=");
    expect(r.ok && r.task.task_status).toBe("processing");
    expect(calls[0]?.url).toBe("/api/kling/v1/videos/multi-image2video/a%2Fb%3D");
  });

  it("lists tasks with pageNum and pageSize", async () => {
    const { fetch, calls } = fakeFetch(() => json(200, envelope([task(), task({ task_id: "t-2" })])));
    const r = await createKlingClient({ fetch }).listTasks("image2video", { pageNum: 1, pageSize: 50 });
    expect(r.ok && r.tasks.map((t) => t.task_id)).toEqual(["t-1", "t-2"]);
    expect(calls[0]?.url).toBe("/api/kling/v1/videos/image2video?pageNum=1&pageSize=50");
  });
});

import { describe, expect, it } from "vitest";
import { findTaskByExternalId } from "./find-task";
import { createKlingClient } from "./kling-api";
import { envelope, fakeFetch, json, task } from "./test-fixtures";

describe("findTaskByExternalId", () => {
  it("finds the task whose task_info echoes our external id", async () => {
    const tasks = [task({ task_id: "a", task_info: { external_task_id: "mb-x" } }), task({ task_id: "b", task_info: { external_task_id: "mb-1" } })];
    const { fetch, calls } = fakeFetch(() => json(200, envelope(tasks)));
    const r = await findTaskByExternalId(createKlingClient({ fetch }), "image2video", "mb-1");
    expect(r).toMatchObject({ ok: true, task: { task_id: "b" }, searched: 2 });
    expect(calls[0]?.url).toBe("/api/kling/v1/videos/image2video?pageNum=1&pageSize=500");
  });

  it("answers null when no listed task matches", async () => {
    const { fetch } = fakeFetch(() => json(200, envelope([task()])));
    const r = await findTaskByExternalId(createKlingClient({ fetch }), "image2video", "mb-none");
    expect(r).toEqual({ ok: true, task: null, searched: 1 });
  });

  it("passes a failed list call through", async () => {
    const { fetch } = fakeFetch(() => json(503, { code: 5001, message: "maintenance", request_id: "r" }));
    const r = await findTaskByExternalId(createKlingClient({ fetch }), "image2video", "mb-1");
    expect(r).toMatchObject({ ok: false, status: 503, code: 5001 });
  });
});

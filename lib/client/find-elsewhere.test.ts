import { describe, expect, it } from "vitest";
import { listAccountTasks } from "./find-elsewhere";
import type { KlingClient } from "./kling-api";
import { task } from "./test-fixtures";

describe("find tasks made elsewhere", () => {
  it("pages through both kinds until a short page, and reports a kind the upstream cannot list", async () => {
    const asked: string[] = [];
    const client: KlingClient = {
      createTask: async () => ({ ok: false, status: 500, code: 5000, message: "", reason: "http" }),
      getTask: async () => ({ ok: false, status: 500, code: 5000, message: "", reason: "http" }),
      listTasks: async (kind, { pageNum, pageSize }) => {
        asked.push(`${kind}:${pageNum}`);
        if (kind === "multi-image2video") return { ok: false, status: 404, code: 1202, message: "no list route", reason: "http" };
        const n = pageNum === 1 ? pageSize : 1;
        return { ok: true, requestId: "r", tasks: Array.from({ length: n }, (_, i) => task({ task_id: `t-${pageNum}-${i}` })) };
      },
    };
    const r = await listAccountTasks(client, { pageSize: 2 });
    expect(asked).toEqual(["image2video:1", "image2video:2", "multi-image2video:1"]);
    expect(r.tasks.map((t) => t.task.task_id)).toEqual(["t-1-0", "t-1-1", "t-2-0"]);
    expect(r.failures.map((f) => f.kind)).toEqual(["multi-image2video"]);
  });
});

import { describe, expect, it, vi } from "vitest";
import { createJobsStore, estimateDuration, memoryPersistence, outcomeOf, type JobsChannel, type JobsMessage } from "./jobs-store";
import { INLINE_LIMIT, joinBody, memoryFrameStore } from "./sent-body";
import { task } from "./test-fixtures";

const photo = "P".repeat(INLINE_LIMIT * 4);
const job = (id: string) => ({
  externalTaskId: id,
  kind: "image2video" as const,
  prompt: "boats",
  model: "kling-v2-6",
  mode: "std",
  duration: "5",
  body: { external_task_id: id, image: photo, prompt: "boats", duration: "5" },
});

function pairedChannels(): [JobsChannel, JobsChannel] {
  const handlers: [((m: JobsMessage) => void)[], ((m: JobsMessage) => void)[]] = [[], []];
  const side = (me: 0 | 1): JobsChannel => ({
    post: (m) => handlers[me === 0 ? 1 : 0].forEach((h) => h(structuredClone(m))),
    listen: (h) => {
      handlers[me].push(h);
      return () => {};
    },
  });
  return [side(0), side(1)];
}

describe("jobs store: sent bodies, tabs, adopted tasks", () => {
  it("keeps the exact body sent, with a photo used by two jobs stored once", async () => {
    const frames = memoryFrameStore();
    const persistence = memoryPersistence();
    const store = createJobsStore(persistence, Date.now, { frames });
    const a = await store.begin(job("mb-a"));
    await store.begin(job("mb-b"));
    expect(frames.map.size).toBe(1);
    expect(JSON.stringify(persistence.records.get("mb-a")).length).toBeLessThan(1000);
    expect(await joinBody(a.sentBody, frames)).toEqual(job("mb-a").body);
  });

  it("deletes a stored photo only with the last job that used it", async () => {
    const frames = memoryFrameStore();
    const store = createJobsStore(memoryPersistence(), Date.now, { frames });
    for (const id of ["mb-a", "mb-b"]) {
      await store.begin(job(id));
      await store.settle(id, { ok: false, status: 400, code: 1201, message: "no", reason: "http" });
    }
    await store.remove("mb-a");
    expect(frames.map.size).toBe(1);
    await store.remove("mb-b");
    expect(frames.map.size).toBe(0);
  });

  it("shows in every tab what one tab records, without the other tab writing it again", async () => {
    const [left, right] = pairedChannels();
    const persistence = memoryPersistence();
    const a = createJobsStore(persistence, Date.now, { channel: left });
    const b = createJobsStore(persistence, Date.now, { channel: right });
    await a.load();
    await b.load();
    await a.begin(job("mb-a"));
    await a.settle("mb-a", { ok: true, task: task({ task_id: "t-a", task_info: { external_task_id: "mb-a" } }), requestId: "r" });
    // An empty history loaded no record schema: the first message waits for it, then applies.
    await vi.waitFor(() => expect(b.getSnapshot().jobs[0]).toMatchObject({ state: "created", taskId: "t-a" }));
    await a.remove("mb-a");
    expect(b.getSnapshot().jobs).toEqual([]);
  });

  it("adds the account's tasks this history lacks, once", async () => {
    const store = createJobsStore(memoryPersistence());
    await store.begin(job("mb-a"));
    await store.settle("mb-a", { ok: true, task: task({ task_id: "t-a", task_info: { external_task_id: "mb-a" } }), requestId: "r" });
    const found = [
      { kind: "image2video" as const, task: task({ task_id: "t-a", task_info: { external_task_id: "mb-a" } }) },
      { kind: "image2video" as const, task: task({ task_id: "t-x", task_info: {} }) },
    ];
    expect(await store.adopt(found)).toBe(1);
    expect(await store.adopt(found)).toBe(0);
    expect(store.getSnapshot().jobs.find((j) => j.taskId === "t-x")).toMatchObject({ origin: "upstream", state: "created" });
  });

  it("tells a request the gateway never passed on apart from one whose outcome is unknown", () => {
    expect(outcomeOf({ ok: false, status: 500, code: 1000, message: "misconfigured", reason: "http", notSent: true })).toBe("refused");
    expect(outcomeOf({ ok: false, status: 504, code: 5002, message: "timeout", reason: "http" })).toBe("unconfirmed");
  });

  it("estimates from finished jobs of the same model, mode and duration only", async () => {
    const store = createJobsStore(memoryPersistence());
    await store.begin(job("mb-a"));
    await store.settle("mb-a", { ok: true, task: task({ task_id: "t-a" }), requestId: "r" });
    await store.recordTask("mb-a", task({ task_id: "t-a", task_status: "succeed", created_at: 1000, updated_at: 181_000 }));
    const jobs = store.getSnapshot().jobs;
    expect(estimateDuration(jobs, { kind: "image2video", model: "kling-v2-6", mode: "std", duration: "5" })).toBe(180_000);
    expect(estimateDuration(jobs, { kind: "image2video", model: "kling-v2-6", mode: "pro", duration: "5" })).toBeUndefined();
  });
});

describe("jobs store: a second tab loading mid-send", () => {
  it("leaves a record another tab is still sending as it is", async () => {
    const persistence = memoryPersistence();
    const first = createJobsStore(persistence);
    await first.begin(job("mb-live"));
    const second = createJobsStore(persistence, Date.now, { sendingElsewhere: async () => new Set(["mb-live"]) });
    await second.load();
    expect(second.getSnapshot().jobs[0]?.state).toBe("sending");
    expect(persistence.records.get("mb-live")).toMatchObject({ state: "sending" });
    const third = createJobsStore(persistence);
    await third.load();
    expect(third.getSnapshot().jobs[0]?.state).toBe("unconfirmed");
  });
});

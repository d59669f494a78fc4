import { describe, expect, it } from "vitest";
import { createJobsStore, memoryPersistence, outcomeOf, type JobRecord } from "./jobs-store";
import { createKlingClient } from "./kling-api";
import { submitJob } from "./submit-job";
import { envelope, fakeFetch, json, task } from "./test-fixtures";

const newJob = { externalTaskId: "mb-1", kind: "image2video" as const, prompt: "boats", model: "kling-v2-1" };
const failure = (status: number, reason: "http" | "network" = "http") =>
  ({ ok: false, status, code: 1200, message: `HTTP ${status}`, reason }) as const;

function setup(initial: JobRecord[] = []) {
  const persistence = memoryPersistence(initial);
  let clock = 1000;
  const store = createJobsStore(persistence, () => clock++);
  return { persistence, store };
}

describe("jobs store", () => {
  it("persists the sending record before the POST leaves", async () => {
    const { persistence, store } = setup();
    let storedAtPost: unknown;
    const { fetch } = fakeFetch(() => {
      storedAtPost = persistence.records.get("mb-1");
      return json(200, envelope(task({ task_id: "t-9" })));
    });
    await submitJob(store, createKlingClient({ fetch }), {
      kind: "image2video",
      body: { external_task_id: "mb-1", prompt: "boats", model_name: "kling-v2-1" },
      defaultModel: "kling-v1",
    });
    expect(storedAtPost).toMatchObject({ externalTaskId: "mb-1", state: "sending", prompt: "boats", model: "kling-v2-1" });
    expect(persistence.records.get("mb-1")).toMatchObject({ state: "created", taskId: "t-9", task: { status: "submitted" } });
  });

  it("refuses to send a second job under an id already in the list, keeping the first job's task", async () => {
    const { persistence, store } = setup();
    const { fetch, calls } = fakeFetch(() => json(200, envelope(task({ task_id: "t-paid" }))));
    const client = createKlingClient({ fetch });
    const input = { kind: "image2video" as const, body: { external_task_id: "mb-1", prompt: "boats" }, defaultModel: "kling-v1" };
    await submitJob(store, client, input);
    const again = await submitJob(store, client, input);
    expect(again.result).toMatchObject({ ok: false, status: 400, errors: [{ path: "external_task_id" }] });
    expect(calls).toHaveLength(1);
    expect(persistence.records.get("mb-1")).toMatchObject({ state: "created", taskId: "t-paid" });
    expect(store.getSnapshot().jobs).toHaveLength(1);
  });

  it("keeps a job that is still sending when asked to remove it, so its answer still lands", async () => {
    const { persistence, store } = setup();
    await store.begin(newJob);
    await store.remove("mb-1");
    expect(store.getSnapshot().jobs.map((j) => j.externalTaskId)).toEqual(["mb-1"]);
    await store.settle("mb-1", { ok: true, task: task({ task_id: "t-7" }), requestId: "r" });
    expect(persistence.records.get("mb-1")).toMatchObject({ state: "created", taskId: "t-7" });
  });

  it.each([400, 401, 403, 404, 429])("marks a %i answer refused: nothing was created", async (status) => {
    const { store } = setup();
    await store.begin(newJob);
    const job = await store.settle("mb-1", failure(status));
    expect(job).toMatchObject({ state: "refused", failure: { status, message: `HTTP ${status}` } });
  });

  it.each([
    ["a network error", failure(0, "network")],
    ["a 500", failure(500)],
    ["a 504", failure(504)],
  ])("marks %s unconfirmed: the task may exist", async (_name, result) => {
    const { store } = setup();
    await store.begin(newJob);
    expect((await store.settle("mb-1", result))?.state).toBe("unconfirmed");
  });

  it("attaches a task found later and forgets the failure", async () => {
    const { store, persistence } = setup();
    await store.begin(newJob);
    await store.settle("mb-1", failure(504));
    await store.attachTask("mb-1", task({ task_id: "t-found", task_status: "processing" }));
    const saved = persistence.records.get("mb-1") as JobRecord;
    expect(saved).toMatchObject({ state: "created", taskId: "t-found", task: { status: "processing" } });
    expect(saved.failure).toBeUndefined();
  });

  it("stores the final status and video so the history shows it after a reload", async () => {
    const { store, persistence } = setup();
    await store.begin(newJob);
    await store.settle("mb-1", { ok: true, task: task(), requestId: "r" });
    await store.recordTask(
      "mb-1",
      task({ task_status: "succeed", updated_at: 5, task_result: { videos: [{ id: "v", url: "/simulator/sample.mp4", duration: "5" }] } }),
    );
    const reloaded = createJobsStore(persistence);
    await reloaded.load();
    expect(reloaded.getSnapshot().jobs[0]?.task).toMatchObject({ status: "succeed", videoUrl: "/simulator/sample.mp4", updatedAt: 5 });
  });

  it("does not rewrite the record when polling sees the same status again", async () => {
    const { store, persistence } = setup();
    await store.begin(newJob);
    await store.settle("mb-1", { ok: true, task: task(), requestId: "r" });
    let writes = 0;
    const put = persistence.put;
    persistence.put = async (r) => {
      writes++;
      return put(r);
    };
    await store.recordTask("mb-1", task());
    await store.recordTask("mb-1", task({ task_status: "processing" }));
    await store.recordTask("mb-1", task({ task_status: "processing" }));
    expect(writes).toBe(1);
  });

  it("turns a record left in sending by a closed page into unconfirmed on load", async () => {
    const stale: JobRecord = { ...newJob, createdAt: 1, state: "sending" };
    const { store, persistence } = setup([stale]);
    await store.load();
    expect(store.getSnapshot().jobs[0]).toMatchObject({ state: "unconfirmed", failure: { reason: "interrupted" } });
    expect(persistence.records.get("mb-1")).toMatchObject({ state: "unconfirmed" });
  });

  it("lists newest first, skips unreadable records, and keeps jobs started before the load finished", async () => {
    const old: JobRecord = { ...newJob, externalTaskId: "mb-old", createdAt: 1, state: "created", taskId: "t-old" };
    const { store, persistence } = setup([old]);
    persistence.records.set("junk", { nope: true });
    await store.begin({ ...newJob, externalTaskId: "mb-new" });
    await store.load();
    const snap = store.getSnapshot();
    expect(snap.loaded).toBe(true);
    expect(snap.jobs.map((j) => j.externalTaskId)).toEqual(["mb-new", "mb-old"]);
  });

  it("removes a job from the list and from storage", async () => {
    const { store, persistence } = setup();
    await store.begin(newJob);
    await store.settle("mb-1", failure(400));
    await store.remove("mb-1");
    expect(store.getSnapshot().jobs).toEqual([]);
    expect(persistence.records.has("mb-1")).toBe(false);
  });

  it("keeps working in memory and flags it when storage fails", async () => {
    const { store, persistence } = setup();
    persistence.put = async () => {
      throw new Error("QuotaExceededError");
    };
    await store.begin(newJob);
    expect(store.getSnapshot()).toMatchObject({ storageError: true, jobs: [{ state: "sending" }] });
  });

  it("notifies subscribers on each change", async () => {
    const { store } = setup();
    let n = 0;
    const off = store.subscribe(() => n++);
    await store.begin(newJob);
    off();
    await store.remove("mb-1");
    expect(n).toBe(1);
  });

  it("treats a 408 as unconfirmed and a garbled 200 as unconfirmed", () => {
    expect(outcomeOf(failure(408))).toBe("unconfirmed");
    expect(outcomeOf({ ok: false, status: 200, code: 5000, message: "", reason: "bad-answer" })).toBe("unconfirmed");
  });
});

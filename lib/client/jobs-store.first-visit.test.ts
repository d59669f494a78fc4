// A first visit (an empty history) loads the jobs store without the record schema, and so without zod: it is
// fetched only when there are records to read. Its own file: the mock below sees every import of the schema.
import { describe, expect, it, vi } from "vitest";
import type { JobRecord } from "./job-record";

const imported = vi.hoisted(() => ({ schema: 0 }));
vi.mock("./job-record", async (original) => {
  imported.schema++;
  return original();
});

const { createJobsStore, memoryPersistence } = await import("./jobs-store");

describe("jobs store on a first visit", () => {
  it("loads an empty history without the record schema, and a stored one with it", async () => {
    const empty = createJobsStore(memoryPersistence());
    await empty.load();
    expect(empty.getSnapshot()).toMatchObject({ loaded: true, jobs: [], storageError: false });
    expect(imported.schema).toBe(0);

    const kept: JobRecord = { externalTaskId: "mb-1", kind: "image2video", prompt: "boats", model: "kling-v2-1", createdAt: 1, state: "created", taskId: "t-1" };
    const returning = createJobsStore(memoryPersistence([kept]));
    await returning.load();
    expect(returning.getSnapshot().jobs.map((j) => j.taskId)).toEqual(["t-1"]);
    expect(imported.schema).toBe(1);
  });
});

// A first visit (nothing stored) restores no document without loading its schema, and so without zod. Its own file:
// the mock below sees every import of the schema.
import { describe, expect, it, vi } from "vitest";
import { emptyDocument } from "./document";

const imported = vi.hoisted(() => ({ schema: 0 }));
vi.mock("./document-schema", async (original) => {
  imported.schema++;
  return original();
});

const { editorPersistence, memoryKeyValue } = await import("./persistence");

describe("editor persistence on a first visit", () => {
  it("finds nothing without the document schema, and reads a stored document with it", async () => {
    const kv = memoryKeyValue();
    expect(await editorPersistence(kv).load()).toBeNull();
    expect(imported.schema).toBe(0);

    await editorPersistence(kv).save({ doc: emptyDocument(), blobs: {} });
    expect((await editorPersistence(kv).load())?.doc).toEqual(emptyDocument());
    expect(imported.schema).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, findModel } from "@/lib/kling/catalog";
import { loadCatalog } from "./catalog";

describe("loading the capability file", () => {
  it("uses the built-in data when no file is named", () => {
    expect(loadCatalog(undefined)).toEqual({ catalog: BUILTIN_CATALOG, problems: [], notices: [] });
  });
  it("applies a valid file", () => {
    const state = loadCatalog("/caps.json", () => JSON.stringify({ models: [{ id: "kling-v2-1", status: { state: "live" } }] }));
    expect(state.problems).toEqual([]);
    expect(findModel(state.catalog, "kling-v2-1")?.status.state).toBe("live");
  });
  it("keeps the built-in data on a missing, malformed or invalid file, and says so to the operator", () => {
    const missing = loadCatalog("/nope.json", () => {
      throw Object.assign(new Error("x"), { code: "ENOENT" });
    });
    expect(missing.catalog).toBe(BUILTIN_CATALOG);
    expect(missing.problems).toEqual([expect.stringMatching(/MOTIONBRUSH_CAPABILITIES_FILE: the file cannot be read \(ENOENT\)/)]);
    expect(loadCatalog("/x", () => "{").problems[0]).toMatch(/not valid JSON/);
    const bad = loadCatalog("/x", () => JSON.stringify({ models: [{ id: "kling-v3", rates: { std: -1 } }] }));
    expect(bad.catalog).toBe(BUILTIN_CATALOG);
    expect(bad.problems[0]).toMatch(/^MOTIONBRUSH_CAPABILITIES_FILE: models entry "kling-v3" rates\.std: /);
    // The page gets codes: one per failure, the invalid file's problems counted (the log lists them).
    expect(missing.notices).toEqual([{ code: "capabilities-unreadable", errno: "ENOENT" }]);
    expect(loadCatalog("/x", () => "{").notices).toEqual([{ code: "capabilities-not-json" }]);
    expect(bad.notices).toEqual([{ code: "capabilities-invalid", count: bad.problems.length - 1 }]);
  });
});

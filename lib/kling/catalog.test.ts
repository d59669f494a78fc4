import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG, defaultModel, findModel, mergeCapabilityFile } from "./catalog";
import { image2videoBodySchemaFor } from "./schemas";

const merged = (json: unknown) => {
  const r = mergeCapabilityFile(BUILTIN_CATALOG, json);
  if (!r.ok) throw new Error(r.problems.join("; "));
  return r.catalog;
};

describe("built-in capability data", () => {
  it("defaults to a live model, and marks the September 2026 wave retired", () => {
    expect(defaultModel(BUILTIN_CATALOG)).toBe("kling-v3");
    for (const id of ["kling-v1-5", "kling-v1-6", "kling-v2-1", "kling-v2-1-master"]) {
      expect(findModel(BUILTIN_CATALOG, id)?.status).toMatchObject({ state: "retired", since: "2026-09-15" });
    }
    for (const id of ["kling-v3", "kling-v2-6", "kling-v2-5-turbo"]) expect(findModel(BUILTIN_CATALOG, id)?.status.state).toBe("live");
  });
});

describe("the operator's capability file", () => {
  it("patches one field of a built-in model and keeps the rest", () => {
    const c = merged({ models: [{ id: "kling-v1-5", status: { state: "live" } }] });
    const v15 = findModel(c, "kling-v1-5");
    expect(v15?.status).toEqual({ state: "live" });
    expect(v15?.features.motion_brush).toEqual({ modes: ["pro"], durations: ["5"] });
    expect(c.models).toHaveLength(BUILTIN_CATALOG.models.length);
  });

  it("adds a new model, which the shared schema then accepts", () => {
    const c = merged({
      models: [{ id: "kling-v3-1", label: "Kling 3.1", status: { state: "live" }, multiShot: true, features: { plain: { modes: ["std", "4k"], durations: ["5", "8"] } }, rates: { std: 0.7 } }],
    });
    expect(findModel(c, "kling-v3-1")?.rates).toEqual({ std: 0.7, pro: null, "4k": null, sound: null });
    const schema = image2videoBodySchemaFor(c);
    expect(schema.safeParse({ model_name: "kling-v3-1", image: "AAAA", prompt: "p", mode: "4k" }).success).toBe(true);
    expect(image2videoBodySchemaFor(BUILTIN_CATALOG).safeParse({ model_name: "kling-v3-1", image: "AAAA", prompt: "p" }).success).toBe(false);
  });

  it("replaces the whole list when asked, and changes rates and the unit price", () => {
    const c = merged({ replace: true, unitPriceUsd: 0.1, models: [{ id: "kling-v3", rates: { sound: 1.2 } }] });
    expect(c.models.map((m) => m.id)).toEqual(["kling-v3"]);
    expect(c.unitPriceUsd).toBe(0.1);
    expect(findModel(c, "kling-v3")?.rates).toEqual({ std: 0.6, pro: 0.8, "4k": 3, sound: 1.2 });
  });

  it("removes a feature listed as null", () => {
    const c = merged({ models: [{ id: "kling-v1", features: { motion_brush: null } }] });
    expect(findModel(c, "kling-v1")?.features.motion_brush).toBeUndefined();
  });

  it("refuses an invalid file, naming the entry, and merges nothing", () => {
    const r = mergeCapabilityFile(BUILTIN_CATALOG, { models: [{ id: "kling-v3" }, { id: "kling-x", features: { plain: { modes: ["8k"], durations: ["5"] } } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^models entry "kling-x" features\.plain\.modes\.0: /);
  });

  it("refuses a new model without its required data, and a duplicate entry", () => {
    const missing = mergeCapabilityFile(BUILTIN_CATALOG, { models: [{ id: "kling-new", label: "New" }] });
    expect(missing).toEqual({ ok: false, problems: ['models entry "kling-new": a new model needs status, features'] });
    const twice = mergeCapabilityFile(BUILTIN_CATALOG, { models: [{ id: "kling-v3" }, { id: "kling-v3" }] });
    expect(twice).toEqual({ ok: false, problems: ['models entry "kling-v3": listed twice'] });
  });

  it("refuses durations outside 3-15 s and unknown keys", () => {
    expect(mergeCapabilityFile(BUILTIN_CATALOG, { models: [{ id: "kling-v3", features: { plain: { modes: [], durations: ["20"] } } }] }).ok).toBe(false);
    expect(mergeCapabilityFile(BUILTIN_CATALOG, { models: [{ id: "kling-v3", colour: "red" }] }).ok).toBe(false);
    expect(mergeCapabilityFile(BUILTIN_CATALOG, { models: [] }).ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { emptyDocument } from "@/lib/editor/document";
import { readRecipe } from "./recipe";

describe("recipe schema", () => {
  it("reads a recipe with its guide mode, fields and editor document", () => {
    const recipe = { version: 1, kind: "image2video", guideMode: "motion_brush", fields: { prompt: "boats" }, editor: emptyDocument() };
    expect(readRecipe(recipe)).toEqual(recipe);
  });

  it("refuses another version, a foreign object and a damaged editor document", () => {
    expect(readRecipe({ version: 2, kind: "image2video", fields: {} })).toBeNull();
    expect(readRecipe({ hello: "world" })).toBeNull();
    expect(readRecipe({ version: 1, kind: "image2video", fields: {}, editor: { ...emptyDocument(), regions: "x" } })).toBeNull();
  });
});

// Each feature hook hands out the words that lib/i18n/messages.ts gives the server: the same objects, per language.
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../messages";
import { catalogue as access } from "./access";
import { catalogue as camera } from "./camera";
import { catalogue as editor } from "./editor";
import { catalogue as issueCodes } from "./issueCodes";
import { catalogue as jobs } from "./jobs";
import { catalogue as motionPreview } from "./motionPreview";
import { catalogue as multi } from "./multi";

const FEATURES = { access, camera, editor, jobs, motionPreview, multi } as const;

describe("feature catalogues", () => {
  it.each(Object.entries(FEATURES))("%s: English imported, Chinese fetched, both the ones the server has", async (name, f) => {
    const key = name as keyof typeof FEATURES;
    expect(f.en).toBe(MESSAGES.en[key]);
    expect(await f.load.zh()).toBe(MESSAGES.zh[key]);
  });

  it("issueCodes: every language fetched, the ones the server has", async () => {
    expect(await issueCodes.load.en()).toBe(MESSAGES.en.issueCodes);
    expect(await issueCodes.load.zh()).toBe(MESSAGES.zh.issueCodes);
  });
});

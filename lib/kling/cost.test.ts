import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "./catalog";
import { estimateCost } from "./cost";

const est = (model: string, mode: "std" | "pro" | "4k" | null, duration: string, sound = false) =>
  estimateCost({ model, mode, duration, sound }, BUILTIN_CATALOG);

describe("cost estimate", () => {
  it("multiplies the listed rate by the duration and converts at the unit price", () => {
    expect(est("kling-v3", "4k", "12")).toMatchObject({ known: true, units: 36, usd: 5.04, ratePerSecond: 3 });
    expect(est("kling-v3", "std", "5")).toMatchObject({ known: true, units: 3, usd: 0.42 });
    expect(est("kling-v2-5-turbo", "pro", "10")).toMatchObject({ known: true, units: 5 });
  });
  it("follows sound where a rate with sound is published", () => {
    expect(est("kling-v2-6", "pro", "7", true)).toMatchObject({ known: true, units: 7 });
    expect(est("kling-v2-6", "pro", "7", false)).toMatchObject({ known: true, units: 3.5 });
  });
  it("says unknown, never 0, where no rate is published", () => {
    expect(est("kling-v3", "pro", "5", true)).toEqual({ known: false, reason: "soundRate", seconds: 5 });
    expect(est("kling-v1-5", "pro", "5")).toEqual({ known: false, reason: "rate", seconds: 5 });
    expect(est("kling-v2-5-turbo", "4k", "5")).toEqual({ known: false, reason: "rate", seconds: 5 });
    expect(est("kling-v2-master", null, "5")).toEqual({ known: false, reason: "rate", seconds: 5 });
    expect(est("kling-v9", "std", "5")).toEqual({ known: false, reason: "model", seconds: 5 });
  });
  it("gives no currency when the unit price is unknown", () => {
    expect(estimateCost({ model: "kling-v3", mode: "std", duration: "5", sound: false }, { ...BUILTIN_CATALOG, unitPriceUsd: null })).toMatchObject({ units: 3, usd: null });
  });
});

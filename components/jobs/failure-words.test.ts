import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { lookupFailureWords } from "./failure-words";

const base = { status: 0, code: 5000, message: "Failed to fetch" };

describe("lookupFailureWords", () => {
  it("words each kind of failure from the catalogue, never the answer's own message", () => {
    for (const m of [MESSAGES.en, MESSAGES.zh]) {
      expect(lookupFailureWords({ ...base, reason: "network" }, m)).toBe(m.lookupFailure.network);
      expect(lookupFailureWords({ ...base, reason: "timeout" }, m)).toBe(m.lookupFailure.timeout);
      expect(lookupFailureWords({ ...base, reason: "bad-answer", message: "the answer is not a Kling task envelope" }, m)).toBe(
        m.lookupFailure.badAnswer,
      );
      const http = lookupFailureWords({ reason: "http", status: 502, code: 5001, message: "Bad Gateway" }, m);
      expect(http).toContain("502");
      expect(http).toContain("5001");
      expect(http).not.toContain("Bad Gateway");
    }
  });

  it("words the gateway's refusal by its reason", () => {
    const f = { reason: "http" as const, status: 401, code: 1000, message: "sign in first", refusal: "sign-in-required" };
    expect(lookupFailureWords(f, MESSAGES.zh)).toBe(MESSAGES.zh.refusals["sign-in-required"]);
    expect(lookupFailureWords(f, MESSAGES.en)).toBe(MESSAGES.en.refusals["sign-in-required"]);
  });

  it("has Chinese words, not English, in the Chinese catalogue", () => {
    const words = lookupFailureWords({ reason: "http", status: 500, code: 5000, message: "x" }, MESSAGES.zh);
    expect(words).not.toBe(lookupFailureWords({ reason: "http", status: 500, code: 5000, message: "x" }, MESSAGES.en));
    expect(words).toMatch(/[\u4e00-\u9fff]/);
  });
});

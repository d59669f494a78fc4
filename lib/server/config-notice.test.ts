import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { wordConfigNotice, type ConfigNotice } from "./config-notice";

const { en, zh } = MESSAGES;

const notices: ConfigNotice[] = [
  { code: "env-invalid", name: "KLING_SIMULATOR_TASK_MS" },
  { code: "keys-half", set: "KLING_ACCESS_KEY", missing: "KLING_SECRET_KEY" },
  { code: "session-secret-missing", min: 32 },
  { code: "session-secret-short", min: 32 },
  { code: "capabilities-unreadable", errno: "ENOENT" },
  { code: "capabilities-not-json" },
  { code: "capabilities-invalid", count: 3 },
];

describe("configuration notices on the page", () => {
  it("are worded in each language with their params, and differ between languages", () => {
    for (const n of notices) {
      const words = [en, zh].map((m) => wordConfigNotice(n, m.upstream.notices));
      // The params show, except an errno, which is worded (the server log has it).
      for (const w of words) for (const [k, v] of Object.entries(n).slice(1)) if (k !== "errno") expect(w).toContain(String(v));
      expect(words[1]).toMatch(/[\u4e00-\u9fff]/);
      expect(words[1]).not.toBe(words[0]);
    }
  });
  it("word a missing capability file, and any other read error as told in the log", () => {
    const missing = { code: "capabilities-unreadable", errno: "ENOENT" } as const;
    expect(wordConfigNotice(missing, zh.upstream.notices)).toContain("文件不存在");
    expect(wordConfigNotice(missing, en.upstream.notices)).toContain("no such file");
    expect(wordConfigNotice({ code: "capabilities-unreadable", errno: "EISDIR" }, zh.upstream.notices)).toContain("服务器日志");
  });
  it("count the capability file's problems in English", () => {
    expect(wordConfigNotice({ code: "capabilities-invalid", count: 1 }, en.upstream.notices)).toContain("1 problem ");
  });
});

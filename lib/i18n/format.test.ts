import { describe, expect, it } from "vitest";
import { formatBytes, formatClock, formatDateTime, formatList, formatNumber, formatPercent, formatSeconds } from "./format";

describe("formatting for en and zh-CN", () => {
  it("groups digits", () => {
    expect(formatNumber("en", 12345)).toBe("12,345");
    expect(formatNumber("zh-CN", 12345)).toBe("12,345");
    expect(formatNumber("en", 1.25, 1)).toBe("1.3");
  });

  it("writes byte sizes as KB and MB with the locale's number", () => {
    expect(formatBytes("en", 500)).toBe("1 KB");
    expect(formatBytes("en", 300 * 1024)).toBe("300 KB");
    expect(formatBytes("en", 4.5 * 1024 * 1024)).toBe("4.5 MB");
    expect(formatBytes("zh-CN", 10 * 1024 * 1024)).toBe("10.0 MB");
    expect(formatBytes("en", 2000 * 1024 * 1024)).toBe("2,000.0 MB");
  });

  it("spells durations", () => {
    expect(formatSeconds("en", 5)).toBe("5 seconds");
    expect(formatSeconds("en", 1)).toBe("1 second");
    expect(formatSeconds("zh-CN", 10, "short")).toBe("10秒");
  });

  it("runs a clock the same way in every locale", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(75.9)).toBe("1:15");
    expect(formatClock(3725)).toBe("1:02:05");
    expect(formatClock(-3)).toBe("0:00");
  });

  it("writes a job's date and time", () => {
    const date = new Date(2026, 11, 2, 9, 5);
    expect(formatDateTime("en", date)).toBe("Dec 2, 09:05 AM");
    expect(formatDateTime("zh-CN", date)).toBe("12月2日 09:05");
  });

  it("writes percentages and lists", () => {
    expect(formatPercent("zh-CN", 0.853)).toBe("85%");
    expect(formatList("en", ["a", "b", "c"])).toBe("a, b, and c");
    expect(formatList("zh-CN", ["甲", "乙", "丙"])).toBe("甲、乙和丙");
  });
});

import { describe, expect, it } from "vitest";
import { estimateFrom, nextPollDelay, POLL_DEADLINE_MS, pollDeadline, simulatePolls } from "./poll-schedule";

describe("poll schedule", () => {
  it("backs off while a task waits: 2 s, then 5 s, then 10 s, then 15 s", () => {
    expect(nextPollDelay({ ageMs: 0 })).toBe(2000);
    expect(nextPollDelay({ ageMs: 9_999 })).toBe(2000);
    expect(nextPollDelay({ ageMs: 10_000 })).toBe(5000);
    expect(nextPollDelay({ ageMs: 59_000 })).toBe(5000);
    expect(nextPollDelay({ ageMs: 60_000 })).toBe(10_000);
    expect(nextPollDelay({ ageMs: 200_000 })).toBe(15_000);
  });

  it("polls briskly around the estimated end and never sleeps through the start of that window", () => {
    const estimateMs = 180_000;
    expect(nextPollDelay({ ageMs: 120_000, estimateMs })).toBe(15_000);
    // 0.92 × 180 s = 165.6 s: from 160 s the next poll lands on the window's start.
    expect(nextPollDelay({ ageMs: 160_000, estimateMs })).toBeCloseTo(5_600);
    expect(nextPollDelay({ ageMs: 170_000, estimateMs })).toBe(3000);
    expect(nextPollDelay({ ageMs: 230_000, estimateMs })).toBe(3000);
    expect(nextPollDelay({ ageMs: 240_000, estimateMs })).toBe(15_000);
  });

  it("keeps the quick first seconds even with an estimate, to catch early failures", () => {
    expect(nextPollDelay({ ageMs: 0, estimateMs: 300_000 })).toBe(2000);
  });

  it("stops asking by itself at the deadline, later for jobs that usually take long", () => {
    expect(nextPollDelay({ ageMs: POLL_DEADLINE_MS })).toBeNull();
    expect(pollDeadline(20 * 60_000)).toBe(60 * 60_000);
    expect(nextPollDelay({ ageMs: POLL_DEADLINE_MS, estimateMs: 20 * 60_000 })).not.toBeNull();
  });

  it("needs fewer polls than a fixed 5 s cadence for a 3-minute task, and sees the end sooner", () => {
    const fixed = simulatePolls(180_500, () => 5000);
    const ours = simulatePolls(180_500, (ageMs) => nextPollDelay({ ageMs, estimateMs: 180_000 }));
    expect(fixed.polls).toBe(37);
    expect(ours.polls).toBeLessThan(fixed.polls);
    expect(ours.detectionDelayMs).toBeLessThanOrEqual(fixed.detectionDelayMs);
  });

  it("estimates from the median of past durations and ignores nonsense", () => {
    expect(estimateFrom([])).toBeUndefined();
    expect(estimateFrom([10, 30, 20])).toBe(20);
    expect(estimateFrom([10, 20, -5, Number.NaN])).toBe(15);
  });
});

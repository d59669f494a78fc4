// When to ask about a task next. Pure: the clock comes in as numbers, so the bench and the tests replay it.
// Back off while a task waits; poll briskly only around the time this browser's own past jobs finished.

/** Cadence by age of the task when no estimate applies: 2 s, then 5 s, then 10 s, then 15 s. */
const STEPS: readonly { until: number; every: number }[] = [
  { until: 10_000, every: 2_000 },
  { until: 60_000, every: 5_000 },
  { until: 180_000, every: 10_000 },
];
const SLOWEST_MS = 15_000;
/** Near the expected end: often enough to beat a fixed 5 s cadence on detection delay. */
const NEAR_END_MS = 3_000;
/** The expected-end window, as fractions of the estimate. */
const WINDOW_FROM = 0.92;
const WINDOW_TO = 1.3;
/** Past this age the browser stops asking by itself; the job says it is still waiting and keeps its id. */
export const POLL_DEADLINE_MS = 30 * 60_000;

export interface ScheduleInput {
  /** How long the task has existed, in ms (now minus the task's created_at). */
  ageMs: number;
  /** Typical total duration of similar finished jobs in this browser, in ms. */
  estimateMs?: number;
}

function backoff(ageMs: number): number {
  return STEPS.find((s) => ageMs < s.until)?.every ?? SLOWEST_MS;
}

/** Milliseconds until the next poll, or null once the deadline has passed. */
export function nextPollDelay({ ageMs, estimateMs }: ScheduleInput): number | null {
  const age = Math.max(0, ageMs);
  if (age >= pollDeadline(estimateMs)) return null;
  let delay = backoff(age);
  if (estimateMs !== undefined && estimateMs > 0 && age >= 10_000) {
    const from = estimateMs * WINDOW_FROM;
    const to = estimateMs * WINDOW_TO;
    if (age >= from && age < to) delay = NEAR_END_MS;
    // Before the window an estimate allows the slowest cadence (after the first 30 s), never sleeping through its start.
    else if (age < from) delay = Math.min(age >= 30_000 ? SLOWEST_MS : delay, Math.max(NEAR_END_MS, from - age));
  }
  return delay;
}

/** Long tasks get at least three times their usual duration before the browser stops asking by itself. */
export function pollDeadline(estimateMs?: number): number {
  return Math.max(POLL_DEADLINE_MS, (estimateMs ?? 0) * 3);
}

/** The median of past durations, or undefined with fewer than `min` samples. */
export function estimateFrom(durationsMs: readonly number[], min = 1): number | undefined {
  const s = durationsMs.filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => a - b);
  if (s.length < min) return undefined;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

export interface SimulatedPolls {
  polls: number;
  /** Time from the task ending to the poll that saw it, in ms. */
  detectionDelayMs: number;
}

/** Replays a schedule against a task that ends at `endsAtMs`; `delay` decides each gap. */
export function simulatePolls(endsAtMs: number, delay: (ageMs: number) => number | null): SimulatedPolls {
  let at = 0;
  let polls = 0;
  for (;;) {
    const d = delay(at);
    if (d === null) return { polls, detectionDelayMs: Number.POSITIVE_INFINITY };
    at += d;
    polls++;
    if (at >= endsAtMs) return { polls, detectionDelayMs: at - endsAtMs };
  }
}

// Undo history over immutable snapshots, with commit / transient / ignore capture and gesture marks (tldraw's
// "mark" and "bail"): one undo reverts one whole gesture, Escape bails to the mark, and undo skips no-op entries.
// "ignore" changes reach the waiting snapshots lazily, when undo or redo brings one back.
import type { Capture } from "./actions";

/** A snapshot in the undo or redo stack: `state` has seen the first `at` "ignore" changes of the log. */
export interface Entry<S> {
  readonly state: S;
  readonly at: number;
}

export interface History<S, A = unknown> {
  readonly past: readonly Entry<S>[];
  readonly present: S;
  readonly future: readonly Entry<S>[];
  /** The state when the open gesture began; null when no gesture is open. */
  readonly mark: S | null;
  /**
   * The "ignore" changes (a new photo, visibility) made while entries waited in the stacks: `log[i]` is change
   * number `logStart + i`. An entry is brought up to date only when undo or redo reaches it, so replacing the
   * photo after 300 strokes rewrites one snapshot, not 300.
   */
  readonly log: readonly A[];
  readonly logStart: number;
}

export interface HistoryOptions<S, A> {
  reducer: (state: S, action: A) => S;
  equals: (a: S, b: S) => boolean;
  /** Oldest entries are dropped beyond this many undo steps. */
  limit?: number;
  /** Beyond this many waiting "ignore" changes every entry is brought up to date and the log emptied. */
  logLimit?: number;
}

export function createHistory<S, A = unknown>(present: S): History<S, A> {
  return { past: [], present, future: [], mark: null, log: [], logStart: 0 };
}

export function historyOps<S, A>({ reducer, equals, limit = 300, logLimit = 32 }: HistoryOptions<S, A>) {
  const end = (h: History<S, A>) => h.logStart + h.log.length;
  // Entries brought up to date, remembered per entry: canUndo and undo ask for the same one again.
  const caught = new WeakMap<Entry<S>, { at: number; state: S }>();
  const current = (h: History<S, A>, e: Entry<S>): S => {
    const to = end(h);
    if (e.at === to) return e.state;
    const seen = caught.get(e);
    let state = seen && seen.at >= e.at ? seen.state : e.state;
    for (let i = Math.max(e.at, seen?.at ?? e.at); i < to; i++) state = reducer(state, h.log[i - h.logStart]!);
    caught.set(e, { at: to, state });
    return state;
  };
  const entry = (h: History<S, A>, state: S): Entry<S> => ({ state, at: end(h) });

  const push = (past: readonly Entry<S>[], e: Entry<S>) => {
    const next = [...past, e];
    return next.length > limit ? next.slice(next.length - limit) : next;
  };

  const mark = (h: History<S, A>): History<S, A> => (h.mark !== null ? h : { ...h, mark: h.present });

  const complete = (h: History<S, A>): History<S, A> => {
    if (h.mark === null) return h;
    if (equals(h.mark, h.present)) return { ...h, mark: null };
    return { ...h, past: push(h.past, entry(h, h.mark)), future: [], mark: null };
  };

  const bail = (h: History<S, A>): History<S, A> => (h.mark === null ? h : { ...h, present: h.mark, mark: null });

  /** Every entry brought up to date and the log emptied: when it grew long, or nothing waits any more. */
  const compact = (h: History<S, A>): History<S, A> => {
    const up = (e: Entry<S>): Entry<S> => ({ state: current(h, e), at: 0 });
    return { ...h, past: h.past.map(up), future: h.future.map(up), log: [], logStart: 0 };
  };

  const apply = (h: History<S, A>, action: A, capture: Capture): History<S, A> => {
    const next = reducer(h.present, action);
    if (capture === "ignore") {
      // Not an undo step: the stacks take it too (lazily), so undo never brings the old value back and redo survives.
      if (next === h.present) return h;
      const mark = h.mark === null ? null : reducer(h.mark, action);
      if (h.past.length === 0 && h.future.length === 0) return { ...h, present: next, mark, log: [], logStart: 0 };
      const logged: History<S, A> = { ...h, present: next, mark, log: [...h.log, action] };
      return logged.log.length > logLimit ? compact(logged) : logged;
    }
    if (next === h.present || equals(next, h.present)) return h;
    if (capture === "transient") return { ...mark(h), present: next };
    if (h.mark !== null) return { ...h, present: next };
    return { ...h, past: push(h.past, entry(h, h.present)), present: next, future: [], mark: null };
  };

  const undo = (h: History<S, A>): History<S, A> => {
    // Undo inside a gesture cancels the gesture only.
    if (h.mark !== null) return bail(h);
    const past = h.past.slice();
    while (past.length > 0) {
      const prev = current(h, past.pop()!);
      if (equals(prev, h.present)) continue;
      return { ...h, past, present: prev, future: [...h.future, entry(h, h.present)], mark: null };
    }
    return h;
  };

  const redo = (h: History<S, A>): History<S, A> => {
    if (h.mark !== null) return h;
    const future = h.future.slice();
    while (future.length > 0) {
      const next = current(h, future.pop()!);
      if (equals(next, h.present)) continue;
      return { ...h, past: [...h.past, entry(h, h.present)], present: next, future, mark: null };
    }
    return h;
  };

  /** Looks from the nearest entry outward: the first that differs answers (usually the first one). */
  const differs = (h: History<S, A>, stack: readonly Entry<S>[]) => {
    for (let i = stack.length - 1; i >= 0; i--) if (!equals(current(h, stack[i]!), h.present)) return true;
    return false;
  };
  const canUndo = (h: History<S, A>) => h.mark === null && differs(h, h.past);
  const canRedo = (h: History<S, A>) => h.mark === null && differs(h, h.future);

  return { apply, mark, complete, bail, undo, redo, canUndo, canRedo };
}

/** Structural equality for JSON-like values, with a fast path for shared references. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

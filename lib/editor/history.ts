// Undo history over immutable snapshots, with commit / transient / ignore capture and gesture marks (tldraw's
// "mark" and "bail"): one undo reverts one whole gesture, Escape bails to the mark, and undo skips no-op entries.
import type { Capture } from "./actions";

export interface History<S> {
  readonly past: readonly S[];
  readonly present: S;
  readonly future: readonly S[];
  /** The state when the open gesture began; null when no gesture is open. */
  readonly mark: S | null;
}

export interface HistoryOptions<S, A> {
  reducer: (state: S, action: A) => S;
  equals: (a: S, b: S) => boolean;
  /** Oldest entries are dropped beyond this many undo steps. */
  limit?: number;
}

export function createHistory<S>(present: S): History<S> {
  return { past: [], present, future: [], mark: null };
}

export function historyOps<S, A>({ reducer, equals, limit = 300 }: HistoryOptions<S, A>) {
  const push = (past: readonly S[], entry: S) => {
    const next = [...past, entry];
    return next.length > limit ? next.slice(next.length - limit) : next;
  };

  /** Removes entries equal to their neighbour on the way to the present, so every undo changes something. */
  const dedupe = (h: History<S>): History<S> => {
    const past: S[] = [];
    for (const s of h.past) if (past.length === 0 || !equals(past[past.length - 1]!, s)) past.push(s);
    while (past.length > 0 && equals(past[past.length - 1]!, h.present)) past.pop();
    const future: S[] = [];
    // future[last] is the next redo; walk from it outward.
    for (let i = h.future.length - 1; i >= 0; i--) {
      const s = h.future[i]!;
      const prev = future.length === 0 ? h.present : future[0]!;
      if (!equals(prev, s)) future.unshift(s);
    }
    return { ...h, past, future };
  };

  const mark = (h: History<S>): History<S> => (h.mark !== null ? h : { ...h, mark: h.present });

  const complete = (h: History<S>): History<S> => {
    if (h.mark === null) return h;
    if (equals(h.mark, h.present)) return { ...h, mark: null };
    return { past: push(h.past, h.mark), present: h.present, future: [], mark: null };
  };

  const bail = (h: History<S>): History<S> => (h.mark === null ? h : { ...h, present: h.mark, mark: null });

  const apply = (h: History<S>, action: A, capture: Capture): History<S> => {
    const next = reducer(h.present, action);
    if (capture === "ignore") {
      // Not an undo step: rebase every snapshot so undo never brings the old value back and redo survives.
      if (next === h.present) return h;
      return dedupe({
        past: h.past.map((s) => reducer(s, action)),
        present: next,
        future: h.future.map((s) => reducer(s, action)),
        mark: h.mark === null ? null : reducer(h.mark, action),
      });
    }
    if (next === h.present || equals(next, h.present)) return h;
    if (capture === "transient") return { ...mark(h), present: next };
    if (h.mark !== null) return { ...h, present: next };
    return { past: push(h.past, h.present), present: next, future: [], mark: null };
  };

  const undo = (h: History<S>): History<S> => {
    // Undo inside a gesture cancels the gesture only.
    if (h.mark !== null) return bail(h);
    const past = h.past.slice();
    const future = h.future.slice();
    let present = h.present;
    while (past.length > 0) {
      const prev = past.pop()!;
      if (equals(prev, present)) continue;
      future.push(present);
      present = prev;
      return { past, present, future, mark: null };
    }
    return h;
  };

  const redo = (h: History<S>): History<S> => {
    if (h.mark !== null) return h;
    const past = h.past.slice();
    const future = h.future.slice();
    while (future.length > 0) {
      const next = future.pop()!;
      if (equals(next, h.present)) continue;
      past.push(h.present);
      return { past, present: next, future, mark: null };
    }
    return h;
  };

  const canUndo = (h: History<S>) => h.mark === null && h.past.some((s) => !equals(s, h.present));
  const canRedo = (h: History<S>) => h.mark === null && h.future.some((s) => !equals(s, h.present));

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

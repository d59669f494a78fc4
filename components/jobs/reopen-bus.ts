"use client";
// How a job card hands a recipe to the composer: one page, one bus. The composer of the job's kind listens.
// A composer that is not mounted yet (its tab never opened) gets the request when it mounts.
import { useEffect, useRef } from "react";
import type { ReopenRequest } from "@/lib/client/reopen";
import type { TaskKind } from "@/lib/kling/limits";

type Listener = (request: ReopenRequest) => void;
const listeners = new Map<Listener, TaskKind | "any">();
/** A request for a kind whose composer is about to mount (the tabs heard it and open that tab). */
const pending = new Map<TaskKind, ReopenRequest>();

/** Sends the request to the composers listening; false when none is (nothing happens then). */
export function requestReopen(request: ReopenRequest): boolean {
  let heard = false;
  let routed = false;
  for (const [listener, kind] of listeners) {
    if (kind !== "any" && kind !== request.recipe.kind) continue;
    listener(request);
    if (kind !== "any") heard = true;
    else routed = true;
  }
  if (!heard && routed) pending.set(request.recipe.kind, request);
  return heard || routed;
}

export function useReopenListener(kind: TaskKind | "any", handler: Listener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (r) => latest.current(r);
    listeners.set(listener, kind);
    if (kind !== "any") {
      const waiting = pending.get(kind);
      pending.delete(kind);
      if (waiting) listener(waiting);
    }
    return () => void listeners.delete(listener);
  }, [kind]);
}

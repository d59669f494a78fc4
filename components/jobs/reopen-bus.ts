"use client";
// How a job card hands a recipe to the composer: one page, one bus. The composer of the job's kind listens.
import { useEffect, useRef } from "react";
import type { ReopenRequest } from "@/lib/client/reopen";
import type { TaskKind } from "@/lib/kling/limits";

type Listener = (request: ReopenRequest) => void;
const listeners = new Map<Listener, TaskKind | "any">();

/** Sends the request to the composers listening; false when none is (nothing happens then). */
export function requestReopen(request: ReopenRequest): boolean {
  let heard = false;
  for (const [listener, kind] of listeners) {
    if (kind !== "any" && kind !== request.recipe.kind) continue;
    listener(request);
    if (kind !== "any") heard = true;
  }
  return heard;
}

export function useReopenListener(kind: TaskKind | "any", handler: Listener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (r) => latest.current(r);
    listeners.set(listener, kind);
    return () => void listeners.delete(listener);
  }, [kind]);
}

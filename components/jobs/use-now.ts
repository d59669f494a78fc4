"use client";
import { useEffect, useState } from "react";

/**
 * The clock, refreshed every `everyMs` while `active`; null until mounted (a server render has no "now" to agree on).
 */
export function useNow(everyMs: number, active = true): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [everyMs, active]);
  return now;
}

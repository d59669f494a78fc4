"use client";
// One tab polls a given task at a time: the visible tab that holds the task's Web Lock. A tab gives the lock up
// when it is hidden or closed, so another visible tab takes over; the others see the state over the channel.
import { useEffect, useState, useSyncExternalStore } from "react";

const subscribeVisibility = (cb: () => void) => {
  document.addEventListener("visibilitychange", cb);
  return () => document.removeEventListener("visibilitychange", cb);
};

/** False in hidden tabs: nothing polls there. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState !== "hidden", () => false);
}

export function usePollLeader(name: string, wanted: boolean): boolean {
  const visible = usePageVisible();
  const [leader, setLeader] = useState(false);
  useEffect(() => {
    if (!wanted || !visible) return;
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    if (!locks) {
      // No Web Locks (very old browsers): every tab polls, as before.
      const t = setTimeout(() => setLeader(true), 0);
      return () => {
        clearTimeout(t);
        setLeader(false);
      };
    }
    const abort = new AbortController();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    locks
      .request(name, { signal: abort.signal }, async () => {
        setLeader(true);
        await held;
      })
      .catch(() => {});
    return () => {
      abort.abort();
      release();
      setLeader(false);
    };
  }, [name, wanted, visible]);
  return leader;
}

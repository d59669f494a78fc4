// Lowers the calling thread's CPU priority (Linux nice, per thread). The create-check workers call it at start:
// when the CPUs are busy, the main thread's short requests (polls, pages) run before a large body's checks.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** Nice 10 for the calling thread only; false where threads have no priority of their own (not Linux) or it fails. */
export function lowerThisThreadsPriority(nice = 10): boolean {
  if (process.platform !== "linux") return false;
  try {
    // /proc/thread-self -> /proc/<pid>/task/<tid>; setpriority on a tid moves that thread alone.
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}

// A Web Lock held for the whole of a create call, so another tab that loads the history meanwhile knows the
// "sending" record is alive and does not rewrite it as "unconfirmed" (which could lose the task id).
const PREFIX = "motionbrush-send:";

const locks = () => (typeof navigator !== "undefined" ? navigator.locks : undefined);

export async function withSendLock<T>(externalTaskId: string, run: () => Promise<T>): Promise<T> {
  const l = locks();
  return l ? l.request(`${PREFIX}${externalTaskId}`, run) : run();
}

/** External ids some tab of this origin is sending right now. */
export async function sendingElsewhere(): Promise<Set<string>> {
  const l = locks();
  if (!l) return new Set();
  const state = await l.query().catch(() => ({ held: [] as LockInfo[] }));
  return new Set((state.held ?? []).flatMap((h) => (h.name?.startsWith(PREFIX) ? [h.name.slice(PREFIX.length)] : [])));
}

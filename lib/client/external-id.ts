// One id per submission, echoed by Kling as task_info.external_task_id: it is how a lost answer is found again.
export function newExternalTaskId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; plain-http LAN addresses do not have one.
  if (typeof c.randomUUID === "function") return `mb-${c.randomUUID()}`;
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `mb-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

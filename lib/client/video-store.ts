// The browser's own copies of finished videos (IndexedDB via idb-keyval), so a job still plays after Kling
// deletes its copy 30 days after generation. Every tab hears about saves and deletions.
import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";

export interface KeptVideo {
  blob: Blob;
  savedAt: number;
}

export interface VideoStore {
  get(taskId: string): Promise<KeptVideo | undefined>;
  /** Fetches the video through the app's media route and keeps it. */
  keep(taskId: string, remoteUrl: string): Promise<KeptVideo>;
  remove(taskId: string): Promise<void>;
  clear(): Promise<void>;
  usage(): Promise<{ count: number; bytes: number }>;
  /** Called with the task id that changed, or null when everything did. */
  subscribe(listener: (taskId: string | null) => void): () => void;
}

/** How many days Kling keeps a result after generation (kling-api.md section 3). */
export const KLING_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export function daysLeft(generatedAt: number, now: number): number {
  return Math.max(0, Math.ceil((generatedAt + KLING_RETENTION_DAYS * DAY_MS - now) / DAY_MS));
}

export function mediaUrl(remoteUrl: string): string {
  return `/api/media?${new URLSearchParams({ url: remoteUrl })}`;
}

/** "the-boat-drifts-to-the-right-<task id>.mp4": named after the prompt and the task id. */
export function videoFileName(prompt: string, taskId: string): string {
  const slug = prompt
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  const id = taskId.replace(/[^A-Za-z0-9_-]+/g, "").slice(0, 40);
  return `${slug ? `${slug}-` : ""}${id || "video"}.mp4`;
}

export function idbVideoStore(fetchImpl: typeof fetch = (i, init) => fetch(i, init)): VideoStore {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore("motionbrush-videos", "videos"));
  const listeners = new Set<(taskId: string | null) => void>();
  const channel =
    typeof window === "undefined" || typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("motionbrush-videos");
  const notify = (taskId: string | null, local = true) => {
    listeners.forEach((l) => l(taskId));
    if (local) channel?.postMessage({ taskId });
  };
  channel?.addEventListener("message", (e: MessageEvent<{ taskId: string | null }>) => notify(e.data?.taskId ?? null, false));
  const inFlight = new Map<string, Promise<KeptVideo>>();

  const isKept = (v: unknown): v is KeptVideo =>
    typeof v === "object" && v !== null && (v as KeptVideo).blob instanceof Blob && typeof (v as KeptVideo).savedAt === "number";

  return {
    async get(taskId) {
      const v: unknown = await get(taskId, db());
      return isKept(v) ? v : undefined;
    },
    keep(taskId, remoteUrl) {
      const running = inFlight.get(taskId);
      if (running) return running;
      const p = (async () => {
        const res = await fetchImpl(mediaUrl(remoteUrl));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const blob = await res.blob();
        if (blob.size === 0) throw new Error("empty video");
        const kept: KeptVideo = { blob: blob.type ? blob : new Blob([blob], { type: "video/mp4" }), savedAt: Date.now() };
        await set(taskId, kept, db());
        notify(taskId);
        return kept;
      })().finally(() => inFlight.delete(taskId));
      inFlight.set(taskId, p);
      return p;
    },
    async remove(taskId) {
      await del(taskId, db());
      notify(taskId);
    },
    async clear() {
      for (const [k] of await entries(db())) await del(k, db());
      notify(null);
    },
    async usage() {
      let count = 0;
      let bytes = 0;
      for (const [, v] of await entries(db())) {
        if (isKept(v)) {
          count++;
          bytes += v.blob.size;
        }
      }
      return { count, bytes };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

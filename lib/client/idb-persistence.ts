// IndexedDB persistence for the job history, via idb-keyval. Opened lazily: this module is also evaluated on the server.
// One database per store: idb-keyval's createStore opens one object store per database.
import { createStore, del, get, keys, set, values, type UseStore } from "idb-keyval";
import type { JobPersistence, JobsChannel, JobsMessage } from "./jobs-store";
import type { FrameStore } from "./sent-body";

export function idbPersistence(dbName = "motionbrush", storeName = "jobs"): JobPersistence {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(dbName, storeName));
  return {
    getAll: () => values(db()),
    put: (record) => set(record.externalTaskId, record, db()),
    remove: (id) => del(id, db()),
  };
}

/** The frames and masks jobs sent, one entry per content hash. */
export function idbFrameStore(dbName = "motionbrush-frames", storeName = "frames"): FrameStore {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(dbName, storeName));
  return {
    get: async (h) => {
      const v: unknown = await get(h, db());
      return typeof v === "string" ? v : undefined;
    },
    put: (h, d) => set(h, d, db()),
    remove: (h) => del(h, db()),
    keys: async () => (await keys(db())).map(String),
  };
}

/** Tells the other tabs of this origin about record changes. A no-op where BroadcastChannel is missing. */
export function broadcastJobs(name = "motionbrush-jobs"): JobsChannel {
  // Only in the browser: a server render must not hold a channel open.
  const channel = typeof window === "undefined" || typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(name);
  return {
    post: (message) => channel?.postMessage(message),
    listen: (handler) => {
      if (!channel) return () => {};
      const on = (e: MessageEvent<JobsMessage>) => handler(e.data);
      channel.addEventListener("message", on);
      return () => channel.removeEventListener("message", on);
    },
  };
}

// IndexedDB persistence for the job history, via idb-keyval. Opened lazily: this module is also evaluated on the server.
import { createStore, del, set, values, type UseStore } from "idb-keyval";
import type { JobPersistence } from "./jobs-store";

export function idbPersistence(dbName = "motionbrush", storeName = "jobs"): JobPersistence {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(dbName, storeName));
  return {
    getAll: () => values(db()),
    put: (record) => set(record.externalTaskId, record, db()),
    remove: (id) => del(id, db()),
  };
}

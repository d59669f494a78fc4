// The editor document survives a reload: the document under one key, each frame's bytes under its own
// (written once, not on every stroke), in an IndexedDB database of its own via idb-keyval.
import { createStore, del, get, keys, set, type UseStore } from "idb-keyval";
import type { EditorDocument } from "./document";

export interface SavedEditor {
  doc: EditorDocument;
  /** Frame bytes by frame id, for the frames the document's slots name. */
  blobs: Record<string, Blob>;
}

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

const DOC_KEY = "document";
const FRAME_PREFIX = "frame:";

/** IndexedDB, opened lazily (this module is also evaluated on the server). */
export function idbKeyValue(dbName = "motionbrush-editor", storeName = "editor"): KeyValue {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore(dbName, storeName));
  return {
    get: (k) => get(k, db()),
    set: (k, v) => set(k, v, db()),
    del: (k) => del(k, db()),
    keys: async () => (await keys(db())).map(String),
  };
}

export function memoryKeyValue(): KeyValue & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => void map.delete(k),
    keys: async () => [...map.keys()],
  };
}

export interface EditorPersistence {
  load(): Promise<SavedEditor | null>;
  /** Saves the document and any frame bytes not saved yet; drops bytes no slot names any more. */
  save(saved: SavedEditor): Promise<void>;
}

export function editorPersistence(kv: KeyValue): EditorPersistence {
  const written = new Set<string>();
  return {
    async load() {
      // The schema (and zod with it) loads only when there is a stored document to read: a first visit never
      // fetches it.
      const stored = await kv.get(DOC_KEY);
      if (stored === undefined) return null;
      const { editorDocumentSchema } = await import("./document-schema");
      const parsed = editorDocumentSchema.safeParse(stored);
      if (!parsed.success) return null;
      let doc = parsed.data;
      const blobs: Record<string, Blob> = {};
      for (const slot of ["first", "last"] as const) {
        const id = doc.slots[slot];
        if (!id) continue;
        const blob = await kv.get(FRAME_PREFIX + id);
        if (blob instanceof Blob) {
          blobs[id] = blob;
          written.add(id);
        } else {
          // The bytes are gone: forget the frame, keep the painting (it rescales onto the next frame).
          const frames = { ...doc.frames };
          delete frames[id];
          doc = { ...doc, frames, slots: { ...doc.slots, [slot]: null } };
        }
      }
      return { doc, blobs };
    },
    async save({ doc, blobs }) {
      const live = new Set([doc.slots.first, doc.slots.last].filter((id): id is string => id !== null));
      for (const id of live) {
        const blob = blobs[id];
        if (blob && !written.has(id)) {
          await kv.set(FRAME_PREFIX + id, blob);
          written.add(id);
        }
      }
      await kv.set(DOC_KEY, doc);
      for (const key of await kv.keys()) {
        if (key.startsWith(FRAME_PREFIX) && !live.has(key.slice(FRAME_PREFIX.length))) {
          await kv.del(key);
          written.delete(key.slice(FRAME_PREFIX.length));
        }
      }
    },
  };
}

/** Coalesces saves: at most one write in flight, the latest state always written last. */
export function autosave(persistence: EditorPersistence, delayMs = 250, onError?: (e: unknown) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: SavedEditor | null = null;
  let chain: Promise<void> = Promise.resolve();
  const run = () => {
    timer = undefined;
    const next = pending;
    pending = null;
    if (!next) return chain;
    chain = chain.then(() => persistence.save(next)).catch((e) => onError?.(e));
    return chain;
  };
  return {
    schedule(saved: SavedEditor) {
      pending = saved;
      if (timer === undefined) timer = setTimeout(run, delayMs);
    },
    flush(): Promise<void> {
      if (timer !== undefined) clearTimeout(timer);
      return run();
    },
  };
}


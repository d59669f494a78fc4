// Where composer drafts are kept between visits, for both kinds. Fields go to localStorage (small, read
// synchronously at start); the editor document and frame bytes go to IndexedDB through the editor's own
// persistence (lib/editor/persistence.ts: each frame written once); the multi-image composer's pictures go
// to an IndexedDB store of their own. The "send anyway" confirmation is never kept.
import { EXCLUSIVE_GROUPS, type ExclusiveGroup } from "@/lib/composer/request-body";
import { autosave, editorPersistence, idbKeyValue, type KeyValue } from "@/lib/editor/persistence";
import type { DraftPersistence } from "./composer-store";
import { draftFromFields } from "./draft-fields";

export const DRAFT_KEY = "motionbrush:composer-draft:image2video";
export const MULTI_DRAFT_KEY = "motionbrush:composer-draft:multi-image2video";
const DRAFT_VERSION = 1;

const isGroup = (v: unknown): v is ExclusiveGroup => typeof v === "string" && (EXCLUSIVE_GROUPS as readonly string[]).includes(v);

/** Stored fields read over the defaults: only known fields of the right type come back. */
export function readStoredFields<T extends { externalTaskId: string }>(stored: Record<string, unknown>, defaults: T, newId: () => string): T {
  const id = typeof stored.externalTaskId === "string" && stored.externalTaskId ? stored.externalTaskId : newId();
  const draft = draftFromFields(defaults, stored, id);
  const group = (draft as { group?: unknown }).group;
  return group === undefined || isGroup(group) ? draft : { ...draft, group: (defaults as { group?: unknown }).group };
}

/** The stored draft's fields object, or null when there is none or it is damaged or from another version. */
export function parseStoredDraft(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; fields?: unknown };
    if (parsed.version !== DRAFT_VERSION || typeof parsed.fields !== "object" || parsed.fields === null || Array.isArray(parsed.fields)) return null;
    return parsed.fields as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The stored draft read over the defaults (null when none). */
export function readStoredDraft<T extends { externalTaskId: string }>(raw: string | null, defaults: (id: string) => T, newId: () => string): T | null {
  const fields = parseStoredDraft(raw);
  if (!fields) return null;
  const id = typeof fields.externalTaskId === "string" && fields.externalTaskId ? fields.externalTaskId : newId();
  return readStoredFields(fields, defaults(id), newId);
}

export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage, or nothing where storage is blocked. */
export function browserStorage(): TextStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Writes a draft's fields a moment after the last change: a keystroke never waits on storage. */
export function fieldSaver(storage: TextStorage | null, key: string, delayMs = 250) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: unknown;
  const write = () => {
    timer = undefined;
    try {
      storage?.setItem(key, JSON.stringify({ version: DRAFT_VERSION, fields: pending }));
    } catch {
      // Quota or blocked storage: the draft simply does not survive a reload.
    }
  };
  return {
    load: (): Record<string, unknown> | null => {
      try {
        return parseStoredDraft(storage?.getItem(key) ?? null);
      } catch {
        return null;
      }
    },
    save(fields: unknown) {
      pending = fields;
      timer ??= setTimeout(write, delayMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
  };
}

/** The image-to-video draft: fields in localStorage, document and frames in the editor's IndexedDB. */
export function image2videoPersistence(opts: { storage?: TextStorage | null; kv?: KeyValue } = {}): (onError: () => void) => DraftPersistence {
  return (onError) => {
    const fields = fieldSaver(opts.storage === undefined ? browserStorage() : opts.storage, DRAFT_KEY);
    const editor = editorPersistence(opts.kv ?? idbKeyValue());
    const saver = autosave(editor, 250, onError);
    return {
      loadFields: fields.load,
      saveFields: fields.save,
      loadEditor: () => editor.load(),
      saveEditor: (doc, blobs) => saver.schedule({ doc, blobs }),
      flush: async () => {
        fields.flush();
        await saver.flush();
      },
    };
  };
}

// ---- Multi-image --------------------------------------------------------------------------------------------

export interface StoredPicture {
  name: string;
  blob: Blob;
}

const PICTURES_KEY = "pictures";

/** The multi-image draft: fields in localStorage, the pictures (as picked) in IndexedDB. */
export function multiImagePersistence(opts: { storage?: TextStorage | null; kv?: KeyValue } = {}) {
  const fields = fieldSaver(opts.storage === undefined ? browserStorage() : opts.storage, MULTI_DRAFT_KEY);
  let kv: KeyValue | undefined = opts.kv;
  const db = () => (kv ??= idbKeyValue("motionbrush-multi", "pictures"));
  let chain: Promise<void> = Promise.resolve();
  return {
    loadFields: fields.load,
    saveFields: fields.save,
    async loadPictures(): Promise<StoredPicture[]> {
      const raw: unknown = await db().get(PICTURES_KEY);
      if (!Array.isArray(raw)) return [];
      return raw.filter((p): p is StoredPicture => typeof p === "object" && p !== null && typeof (p as StoredPicture).name === "string" && (p as StoredPicture).blob instanceof Blob);
    },
    /** The latest list is always written last. */
    savePictures(pictures: StoredPicture[]): Promise<void> {
      chain = chain.then(() => db().set(PICTURES_KEY, pictures.map((p) => ({ name: p.name, blob: p.blob })))).catch(() => undefined);
      return chain;
    },
    flush: async () => {
      fields.flush();
      await chain;
    },
  };
}
export type MultiImagePersistence = ReturnType<typeof multiImagePersistence>;

"use client";
// One editor session: the document store, the view, the frames' bytes, and persistence to IndexedDB.
// The composer owns the session (it sends the frames); the editor view only reads and paints.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { newId } from "@/lib/editor/actions";
import { frameInSlot, type EditorDocument, type FrameSlot } from "@/lib/editor/document";
import { autosave, editorPersistence, idbKeyValue, type EditorPersistence } from "@/lib/editor/persistence";
import { createEditorStore, type EditorSnapshot, type EditorStore } from "@/lib/editor/store";
import { createViewStore, type ViewStore } from "@/lib/editor/view-store";

export interface RestoredFrame {
  blob: Blob;
  name: string;
}

export interface EditorSession {
  store: EditorStore;
  view: ViewStore;
  /** True once the saved document (if any) has been read. */
  loaded: boolean;
  /** Frames found in storage after a reload, for the pickers to take up again. */
  restored: Partial<Record<FrameSlot, RestoredFrame>>;
  storageError: boolean;
  /** Puts checked image bytes in a slot; the same Blob again is a no-op. */
  setFrame(slot: FrameSlot, blob: Blob, info: { name: string; width: number; height: number }): void;
  clearFrame(slot: FrameSlot): void;
  frameBlob(slot: FrameSlot): Blob | null;
  /** Replaces the document (Reopen): `frames` holds the bytes of the frames its slots name, by frame id. */
  load(doc: EditorDocument, frames: Record<string, Blob>): void;
}

let defaultPersistence: EditorPersistence | undefined;

export function useEditorSession(persistence?: EditorPersistence): EditorSession {
  const [store] = useState(createEditorStore);
  const [view] = useState(createViewStore);
  const [blobs] = useState(() => new Map<string, Blob>());
  const [persist] = useState(() => persistence ?? (defaultPersistence ??= editorPersistence(idbKeyValue())));
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState<Partial<Record<FrameSlot, RestoredFrame>>>({});
  const [storageError, setStorageError] = useState(false);

  useEffect(() => {
    let live = true;
    const saver = autosave(persist, 250, () => setStorageError(true));
    let unsubscribe = () => {};
    persist
      .load()
      .catch(() => {
        setStorageError(true);
        return null;
      })
      .then((saved) => {
        if (!live) return;
        // A frame picked while storage was being read wins over the stored document.
        const untouched = store.getDocument().slots.first === null && store.getDocument().slots.last === null;
        if (saved && untouched) {
          for (const [id, blob] of Object.entries(saved.blobs)) blobs.set(id, blob);
          store.reset(saved.doc);
          const frames: Partial<Record<FrameSlot, RestoredFrame>> = {};
          for (const slot of ["first", "last"] as const) {
            const info = frameInSlot(saved.doc, slot);
            const blob = info ? saved.blobs[info.id] : undefined;
            if (info && blob) frames[slot] = { blob, name: info.name };
          }
          setRestored(frames);
        }
        setLoaded(true);
        // Save finished gestures only: a drag in progress is not worth an IndexedDB write per frame.
        let lastSaved = store.getSettledDocument();
        unsubscribe = store.subscribe(() => {
          const doc = store.getSettledDocument();
          if (doc === lastSaved) return;
          lastSaved = doc;
          saver.schedule({ doc, blobs: Object.fromEntries(blobs) });
        });
      });
    const onHide = () => void saver.flush();
    window.addEventListener("pagehide", onHide);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
      void saver.flush();
    };
  }, [persist, store, blobs]);

  const setFrame = useCallback<EditorSession["setFrame"]>(
    (slot, blob, info) => {
      const current = frameInSlot(store.getDocument(), slot);
      if (current && blobs.get(current.id) === blob) return;
      const id = newId("frame");
      blobs.set(id, blob);
      store.dispatch({ type: "setFrame", slot, frame: { id, ...info } });
    },
    [store, blobs],
  );

  const clearFrame = useCallback((slot: FrameSlot) => store.dispatch({ type: "setFrame", slot, frame: null }), [store]);

  const frameBlob = useCallback(
    (slot: FrameSlot) => {
      const info = frameInSlot(store.getDocument(), slot);
      return info ? (blobs.get(info.id) ?? null) : null;
    },
    [store, blobs],
  );

  const load = useCallback(
    (doc: EditorDocument, frames: Record<string, Blob>) => {
      for (const [id, blob] of Object.entries(frames)) blobs.set(id, blob);
      store.reset(doc);
    },
    [store, blobs],
  );

  return { store, view, loaded, restored, storageError, setFrame, clearFrame, frameBlob, load };
}

/** A decoded image element for a Blob (null while loading or when there is none). */
export function useBlobImage(blob: Blob | null): HTMLImageElement | null {
  const [loadedImage, setLoadedImage] = useState<{ blob: Blob; image: HTMLImageElement } | null>(null);
  useEffect(() => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const img = new Image();
    let live = true;
    img.src = url;
    img
      .decode()
      .then(() => live && setLoadedImage({ blob, image: img }))
      .catch(() => live && setLoadedImage(null));
    return () => {
      live = false;
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return loadedImage && loadedImage.blob === blob ? loadedImage.image : null;
}

/** One value of the store's snapshot (a flag): re-renders only when that value changes. */
export function useEditorValue<T>(store: EditorStore, select: (s: EditorSnapshot) => T): T {
  const read = () => select(store.getSnapshot());
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The document as of the last finished gesture: no re-render per pointer move while drawing or dragging. */
export function useSettledDocument(store: EditorStore) {
  return useSyncExternalStore(store.subscribe, store.getSettledDocument, store.getSettledDocument);
}

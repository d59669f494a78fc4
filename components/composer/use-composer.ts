"use client";
// React's view of the composer store (lib/client/composer-store.ts): one store per composer, read with
// useSyncExternalStore; the editor gets the store's document and frames through its session interface.
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { createComposerStore, type ComposerState, type ComposerStore, type Derived } from "@/lib/client/composer-store";
import { image2videoPersistence, readStoredFields } from "@/lib/client/draft-persistence";
import { newExternalTaskId } from "@/lib/client/external-id";
import type { Catalog } from "@/lib/kling/builtin-catalog";
import type { EditorSession } from "@/components/editor/use-editor-session";

/** The image-to-video composer's store, made once; its stored draft is read after mounting (storage is browser-only). */
export function useComposerStore(catalog: Catalog, budget: number): ComposerStore {
  const [store] = useState(() =>
    createComposerStore({
      catalog,
      budget,
      persistence: typeof window === "undefined" ? null : image2videoPersistence(),
      restoreFields: (stored, defaults) => readStoredFields(stored, defaults, newExternalTaskId),
      loadCodec: async () => (await import("@/lib/client/reencode")).canvasCodec,
    }),
  );
  useEffect(() => store.setContext({ catalog, budget }), [store, catalog, budget]);
  useEffect(() => {
    void store.restore();
    const onHide = () => void store.flush();
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, [store]);
  return store;
}

export function useComposerState<T>(store: ComposerStore, select: (s: ComposerState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()), () => select(store.getState()));
}

/** The body, its size and its pre-flight: computed once per change, whoever reads it. */
export function useDerived(store: ComposerStore): Derived {
  return useSyncExternalStore(store.subscribe, store.getDerived, store.getDerived);
}

/**
 * The editor's session over the store: the editor paints the store's document and reads its frames. Null until the
 * editor's logic is loaded: `wanted` (the motion brush is open) loads it.
 */
export function useEditorSessionOf(store: ComposerStore, wanted: boolean): EditorSession | null {
  const storageError = useComposerState(store, (s) => s.storageError);
  const handles = useSyncExternalStore(store.subscribe, store.getEditor, store.getEditor);
  useEffect(() => {
    if (wanted) void store.loadEditor();
  }, [store, wanted]);
  return useMemo<EditorSession | null>(
    () => handles && ({
      store: handles.editor,
      view: handles.view,
      loaded: true,
      restored: {},
      storageError,
      setFrame: (slot, blob, info) => void store.pickFrame(slot, blob, info.name),
      clearFrame: (slot) => store.clearFrame(slot),
      frameBlob: (slot) => store.frameBlob(slot),
      load: (doc) => handles.editor.reset(doc),
    }),
    [store, handles, storageError],
  );
}

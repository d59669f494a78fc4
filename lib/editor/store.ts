// The editor store: the document behind an undo history, with a subscribe/getSnapshot pair for
// useSyncExternalStore. No React here; views subscribe, tools dispatch.
import { defaultCapture, type Capture, type EditorAction } from "./actions";
import { emptyDocument, type EditorDocument } from "./document";
import { createHistory, deepEqual, historyOps, type History } from "./history";
import { editorReducer } from "./reducer";

export interface EditorSnapshot {
  doc: EditorDocument;
  canUndo: boolean;
  canRedo: boolean;
  /** A gesture (stroke, drag, path) is open: Escape cancels it. */
  inGesture: boolean;
}

export interface EditorStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): EditorSnapshot;
  getDocument(): EditorDocument;
  /**
   * The document as of the last finished gesture: it does not change while a stroke or drag is open, so
   * views that only need the result (the request body, pre-flight) skip the per-frame updates.
   */
  getSettledDocument(): EditorDocument;
  dispatch(action: EditorAction, capture?: Capture): void;
  /** Opens a gesture: changes until `complete` form one undo step. */
  mark(): void;
  complete(): void;
  /** Cancels the open gesture, leaving no trace in the document or the history. */
  bail(): void;
  undo(): void;
  redo(): void;
  /** Replaces the document and forgets the history (a restore after a reload). */
  reset(doc: EditorDocument): void;
}

const ops = historyOps<EditorDocument, EditorAction>({ reducer: editorReducer, equals: deepEqual });

export function createEditorStore(initial: EditorDocument = emptyDocument()): EditorStore {
  let history: History<EditorDocument, EditorAction> = createHistory(initial);
  let snapshot = snap(history);
  let settled = history.present;
  const listeners = new Set<() => void>();

  function snap(h: History<EditorDocument, EditorAction>): EditorSnapshot {
    return { doc: h.present, canUndo: ops.canUndo(h), canRedo: ops.canRedo(h), inGesture: h.mark !== null };
  }

  const set = (next: History<EditorDocument, EditorAction>) => {
    if (next === history) return;
    history = next;
    if (next.mark === null) settled = next.present;
    const s = snap(next);
    if (s.doc === snapshot.doc && s.canUndo === snapshot.canUndo && s.canRedo === snapshot.canRedo && s.inGesture === snapshot.inGesture) {
      return;
    }
    snapshot = s;
    listeners.forEach((l) => l());
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getDocument: () => history.present,
    getSettledDocument: () => settled,
    dispatch: (action, capture = defaultCapture(action)) => set(ops.apply(history, action, capture)),
    mark: () => set(ops.mark(history)),
    complete: () => set(ops.complete(history)),
    bail: () => set(ops.bail(history)),
    undo: () => set(ops.undo(history)),
    redo: () => set(ops.redo(history)),
    reset: (doc) => set(createHistory(doc)),
  };
}

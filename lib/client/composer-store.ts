// The image-to-video draft, owned in one place: every field (the guide mode among them), the frames (read and
// checked once, held only here), the editor document (its store lives here; the editor view paints it), and
// the request fitted to the server's budget. The document is plain data here until the motion brush opens: then
// the editor's logic (reducer, undo history, view) is loaded and its store owns the changes (loadEditor). Derived data (the body, its size, its pre-flight) is computed
// once per settled change (composer-derive.ts) and shared by every reader. No React here: views subscribe with
// useSyncExternalStore (components/composer/use-composer.ts), persistence is injected (draft-persistence.ts).
import { defaultImage2VideoDraft, type Image2VideoDraft } from "@/lib/composer/request-body";
import type { Attempt, Size } from "@/lib/composer/budget";
import type { FactsByPath } from "@/lib/composer/preflight";
import { loadPreflight, preflightIfLoaded, type Preflight } from "@/lib/composer/preflight-loader";
import { BUILTIN_CATALOG, defaultModel, type Catalog } from "@/lib/kling/builtin-catalog";
import type { FieldIssue } from "@/lib/kling/schemas";
import { newId } from "@/lib/editor/actions";
import { emptyDocument, FRAME_SLOTS, type EditorDocument, type FrameSlot } from "@/lib/editor/document";
import { setFrame } from "@/lib/editor/frame-slot";
import type { EditorStore } from "@/lib/editor/store";
import type { ViewStore } from "@/lib/editor/view-store";
import { buildBody, deriveRequest, masksKeyOf } from "./composer-derive";
import { newExternalTaskId } from "./external-id";
import type { FrameReading } from "./frame-source";
import type { ImageReading } from "./image-file";
import type { ImageCodec, MaskFields, Prepared, PreparedImage, SourceImage } from "./prepare-payload";
import type { ReopenRequest } from "./reopen";

/** A frame slot's state. `id` names the frame in the editor document (its slots). */
export type FirstFrame =
  | { status: "empty" }
  | { status: "reading"; name: string }
  | { status: "ready"; id: string; name: string; reading: ImageReading & { base64: string }; previewUrl: string; blob: Blob }
  | { status: "invalid"; name: string; reading: ImageReading; previewUrl: string | null };

export type BudgetState =
  | { status: "empty" }
  | { status: "preparing" }
  | { status: "ready"; bytes: number; images: PreparedImage[]; attempt: Attempt | null; maskSize: Size | null }
  | { status: "failed"; reason: "fixedPartTooLarge" | "cannotShrinkEnough"; smallestBytes: number };

interface Fit {
  key: string;
  prepared: Prepared;
  maskError?: unknown;
}

export interface ComposerState {
  fields: Image2VideoDraft;
  frames: Record<FrameSlot, FirstFrame>;
  /** The editor document as of the last finished gesture (the request follows finished gestures). */
  doc: EditorDocument;
  fit: Fit | null;
  /** The fit under way (its key), if one is. */
  fitting: string | null;
  storageError: boolean;
}

export interface Derived {
  payload: BudgetState;
  /** The body to preview and send; null until the images are fitted. */
  body: Record<string, unknown> | null;
  /** Its exact UTF-8 JSON size, counted without encoding the images. */
  bytes: number;
  facts: FactsByPath;
  /**
   * The shared schema on the body as it will be sent (placeholders before the fit), uncoded words; null while the
   * pre-flight module is still being fetched (lib/composer/preflight-loader.ts): nothing is known, nothing is sent.
   */
  schemaIssues: FieldIssue[] | null;
  /** The masks' own export error for the current fit, if the export failed. */
  maskError?: unknown;
  /** Masks are being made: the editor's own checks speak for them meanwhile. */
  masksPending: boolean;
}

/** Where the draft is kept between visits (draft-persistence.ts); null keeps nothing. */
export interface DraftPersistence {
  loadFields(): Record<string, unknown> | null;
  saveFields(fields: Image2VideoDraft): void;
  loadEditor(): Promise<{ doc: EditorDocument; blobs: Record<string, Blob> } | null>;
  saveEditor(doc: EditorDocument, blobs: Record<string, Blob>): void;
  flush(): Promise<void>;
}

export interface ComposerDeps {
  catalog?: Catalog;
  budget: number;
  readFrame?: (blob: Blob) => Promise<FrameReading>;
  codec?: ImageCodec;
  masksAt?: (doc: EditorDocument, size: Size) => Promise<MaskFields>;
  urls?: { create(blob: Blob): string; revoke(url: string): void };
  /** Made with the store's own error handler (a failed write shows "not saved" in the editor). */
  persistence?: ((onError: () => void) => DraftPersistence) | null;
  /** Draft fields read back from storage, over the defaults (lib/client/draft-persistence.ts). */
  restoreFields?: (stored: Record<string, unknown>, defaults: Image2VideoDraft) => Image2VideoDraft | null;
  debounceMs?: number;
  /** Counts derived computations (tests). */
  onDerive?: () => void;
  /** The codec is browser-only: injected lazily so this module loads anywhere. */
  loadCodec?: () => Promise<ImageCodec>;
}

/** The motion brush editor's stores over the composer's document. */
export interface EditorHandles {
  editor: EditorStore;
  view: ViewStore;
}

export interface ComposerStore {
  subscribe(listener: () => void): () => void;
  getState(): ComposerState;
  getDerived(): Derived;
  /** The editor's stores once loaded (loadEditor), else null: until then the document changes only here. */
  getEditor(): EditorHandles | null;
  /** Loads the editor's logic and hands it the document; from then on its store owns the changes (once). */
  loadEditor(): Promise<EditorHandles>;
  patch(p: Partial<Image2VideoDraft>): void;
  pickFrame(slot: FrameSlot, blob: Blob, name: string, id?: string): Promise<void>;
  clearFrame(slot: FrameSlot): void;
  frameBlob(slot: FrameSlot): Blob | null;
  /** A reopened job's recipe as a new draft: fields, guide mode, document and frames. */
  reopen(request: ReopenRequest, fields: Image2VideoDraft): Promise<void>;
  /** Reads what storage kept (once, in the browser); later changes are saved. */
  restore(): Promise<void>;
  setContext(ctx: { catalog?: Catalog; budget?: number }): void;
  /** Writes what is pending now (the page is being hidden). */
  flush(): Promise<void>;
}

const sourceOf = (frame: FirstFrame, key: string): SourceImage | null =>
  frame.status === "ready"
    ? { key, blob: frame.blob, base64: frame.reading.base64, width: frame.reading.facts.width, height: frame.reading.facts.height, type: frame.reading.facts.type === "png" ? "png" : "jpeg" }
    : null;

export function createComposerStore(deps: ComposerDeps): ComposerStore {
  let catalog = deps.catalog ?? BUILTIN_CATALOG;
  let budget = deps.budget;
  // Reading a frame (decoder, checks) and fitting it (prepare-payload.ts) load with the first frame picked or restored.
  const readFrame = deps.readFrame ?? (async (blob: Blob) => (await import("./frame-source")).readFrameSource(blob));
  // The mask exporter (rasteriser, PNG encoder, worker) loads with the first painting to send, not with the page.
  const masksAt = deps.masksAt ?? (async (doc: EditorDocument, size: Size) => (await import("@/lib/editor/export")).exportMotionBrush(doc, size));
  const urls = deps.urls ?? { create: (b: Blob) => URL.createObjectURL(b), revoke: (u: string) => URL.revokeObjectURL(u) };
  const persistence = deps.persistence?.(() => {
    if (!state.storageError) set({ storageError: true });
  }) ?? null;
  const debounceMs = deps.debounceMs ?? 200;
  const listeners = new Set<() => void>();
  const tokens: Record<FrameSlot, number> = { first: 0, last: 0 };

  let state: ComposerState = {
    fields: defaultImage2VideoDraft(newExternalTaskId(), defaultModel(catalog)),
    frames: { first: { status: "empty" }, last: { status: "empty" } },
    doc: emptyDocument(),
    fit: null,
    fitting: null,
    storageError: false,
  };
  let restored = false;
  /** Fields changed before the stored draft was read (typed before the page hydrated): they win over it. */
  const early: Partial<Image2VideoDraft> = {};
  let round = 0;
  let refitFrom: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFit: { frames: string; prepared: Extract<Prepared, { ok: true }> } | null = null;
  let codec: ImageCodec | undefined = deps.codec;

  const emit = () => listeners.forEach((l) => l());
  const set = (next: Partial<ComposerState>) => {
    const before = state;
    state = { ...state, ...next };
    if (restored && persistence) {
      if (state.fields !== before.fields) persistence.saveFields(state.fields);
      if (state.doc !== before.doc || state.frames !== before.frames) persistence.saveEditor(state.doc, blobsById());
    }
    schedule();
    emit();
  };

  const blobsById = (): Record<string, Blob> => {
    const out: Record<string, Blob> = {};
    for (const slot of FRAME_SLOTS) {
      const f = state.frames[slot];
      if (f.status === "ready") out[f.id] = f.blob;
    }
    return out;
  };

  // ---- The editor document: data here until the editor loads, then its store's (the composer reads the settled one)
  let editing: EditorHandles | null = null;
  let loadingEditor: Promise<EditorHandles> | null = null;
  function loadEditor(): Promise<EditorHandles> {
    if (loadingEditor) return loadingEditor;
    loadingEditor = Promise.all([import("@/lib/editor/store"), import("@/lib/editor/view-store")]).then(([stores, views]) => {
      const editor = stores.createEditorStore(state.doc);
      editor.subscribe(() => {
        const doc = editor.getSettledDocument();
        if (doc !== state.doc) set({ doc });
      });
      editing = { editor, view: views.createViewStore() };
      emit();
      return editing;
    });
    loadingEditor.catch(() => (loadingEditor = null)); // tried again on the next call
    return loadingEditor;
  }
  const currentDoc = () => editing?.editor.getDocument() ?? state.doc;
  const resetDoc = (doc: EditorDocument) => (editing ? editing.editor.reset(doc) : doc !== state.doc && set({ doc }));
  const putFrame = (slot: FrameSlot, frame: Parameters<typeof setFrame>[2]) => {
    if (editing) return editing.editor.dispatch({ type: "setFrame", slot, frame });
    const doc = setFrame(state.doc, slot, frame);
    if (doc !== state.doc) set({ doc });
  };

  // ---- Fitting the request to the budget ------------------------------------------------------------------
  const withTail = (s: ComposerState) => s.fields.group === "first_last_frame" && s.frames.last.status === "ready";
  const sourcesOf = (s: ComposerState): SourceImage[] | null => {
    const a = sourceOf(s.frames.first, "image");
    if (!a) return null;
    const b = withTail(s) ? sourceOf(s.frames.last, "image_tail") : null;
    return b ? [a, b] : [a];
  };
  const framesKey = (s: ComposerState) => [s.frames.first, withTail(s) ? s.frames.last : null].map((f) => (f?.status === "ready" ? f.id : "-")).join(",");
  const brushOn = (s: ComposerState) => s.fields.group === "motion_brush";
  const fitKeyOf = (s: ComposerState) => (sourcesOf(s) ? `${framesKey(s)}|${brushOn(s) ? masksKeyOf(s.doc) : ""}|${budget}|${round}` : null);

  const build = (fields: Image2VideoDraft, images: Readonly<Record<string, string>>, masks: MaskFields | undefined) => buildBody(fields, images, masks, catalog);

  function schedule() {
    const key = fitKeyOf(state);
    if (key === null || key === state.fit?.key || key === state.fitting || key === pendingKey) return;
    if (timer !== undefined) clearTimeout(timer);
    pendingKey = key;
    timer = setTimeout(() => void runFit(key), debounceMs);
  }
  let pendingKey: string | null = null;

  async function runFit(key: string) {
    timer = undefined;
    pendingKey = null;
    const sources = sourcesOf(state);
    if (!sources || fitKeyOf(state) !== key) return;
    state = { ...state, fitting: key };
    emit();
    const doc = state.doc;
    const frames = `${framesKey(state)}|${budget}`;
    let maskError: unknown;
    const masks = brushOn(state)
      ? (size: Size) =>
          masksAt(doc, size).catch((e: unknown): MaskFields => {
            // Masks that cannot be made are left out of the body; the reason is shown by the composer.
            maskError = e;
            return {};
          })
      : undefined;
    let prepared: Prepared;
    try {
      codec ??= await deps.loadCodec?.();
      if (!codec) throw new Error("no image codec");
      const last = lastFit?.frames === frames ? lastFit.prepared : undefined;
      const { preparePayload } = await import("./prepare-payload");
      prepared = await preparePayload({
        budget,
        sources,
        ...(masks ? { masksAt: masks } : {}),
        build: (i, m) => build(state.fields, i, m),
        codec,
        ...(last ? { reuse: { images: last.images, attempt: last.attempt } } : {}),
      });
      if (prepared.ok) lastFit = { frames, prepared };
    } catch {
      // A frame the browser cannot re-encode: not fitting, rather than spinning forever.
      prepared = { ok: false, reason: "cannotShrinkEnough", smallestBytes: 0, attempts: 0 };
    }
    if (state.fitting !== key) return;
    set({ fit: { key, prepared, ...(maskError !== undefined ? { maskError } : {}) }, fitting: null });
  }

  // ---- Derived, once per change ----------------------------------------------------------------------------
  // Pre-flight (the shared schemas, zod) is fetched once there is a frame to check: until it arrives the derived
  // issues are null ("checking"); with no frame the composer asks for one first, so nothing waits on it.
  let preflight: Preflight | null = preflightIfLoaded();
  const awaitPreflight = () => {
    if (preflight) return;
    loadPreflight().then(
      (mod) => {
        if (preflight) return;
        preflight = mod;
        emit();
      },
      () => undefined, // tried again on the next change
    );
  };
  let memo: { state: ComposerState; catalog: Catalog; budget: number; preflight: Preflight | null; derived: Derived } | null = null;
  function getDerived(): Derived {
    if (memo && memo.state === state && memo.catalog === catalog && memo.budget === budget && memo.preflight === preflight) return memo.derived;
    deps.onDerive?.();
    if (!preflight && (state.frames.first.status !== "empty" || state.frames.last.status !== "empty")) awaitPreflight();
    const derived = deriveRequest(state, { fitKey: fitKeyOf(state), budget, catalog, preflight });
    memo = { state, catalog, budget, preflight, derived };
    // Text grew the body past the budget after the fit: fit again with the current fields (once per fit).
    if (derived.payload.status === "preparing" && state.fit && state.fit.key === fitKeyOf(state) && state.fitting === null && refitFrom !== state.fit.key) {
      refitFrom = state.fit.key;
      round++;
      queueMicrotask(() => {
        schedule();
        emit();
      });
    }
    return derived;
  }

  // ---- Frames -------------------------------------------------------------------------------------------------
  const setFrameState = (slot: FrameSlot, frame: FirstFrame) => {
    const old = state.frames[slot];
    const oldUrl = old.status === "ready" || old.status === "invalid" ? old.previewUrl : null;
    set({ frames: { ...state.frames, [slot]: frame } });
    const newUrl = frame.status === "ready" || frame.status === "invalid" ? frame.previewUrl : null;
    if (oldUrl && oldUrl !== newUrl) urls.revoke(oldUrl);
  };

  async function pickFrame(slot: FrameSlot, file: Blob, name: string, id?: string) {
    const mine = ++tokens[slot];
    setFrameState(slot, { status: "reading", name });
    let read: FrameReading;
    try {
      read = await readFrame(file);
    } catch {
      // Unreadable bytes must not leave the frame "reading" forever (and submit blocked with it).
      read = { facts: { type: null, width: 0, height: 0, bytes: file.size }, problems: [], undecodable: true, willShrink: false, source: null };
    }
    if (mine !== tokens[slot]) return;
    const reading: ImageReading = { facts: read.facts, problems: read.problems, undecodable: read.undecodable, base64: read.source?.base64 ?? null };
    const decodable = reading.facts.width > 0 && !reading.undecodable;
    // The source blob is the upright one when the file carried an EXIF rotation.
    const blob = read.source?.blob ?? file;
    const url = decodable ? urls.create(blob) : null;
    if (reading.base64 === null || !url) {
      setFrameState(slot, { status: "invalid", name, reading, previewUrl: url });
      return;
    }
    // The same bytes under a known id keep their place in the document (a reload, a reopened original).
    const frameId = id && blob === file ? id : newId("frame");
    setFrameState(slot, { status: "ready", id: frameId, name, reading: { ...reading, base64: reading.base64 }, previewUrl: url, blob });
    putFrame(slot, { id: frameId, name, width: reading.facts.width, height: reading.facts.height });
  }

  function clearFrame(slot: FrameSlot) {
    tokens[slot]++;
    setFrameState(slot, { status: "empty" });
    putFrame(slot, null);
  }

  const frameBlob = (slot: FrameSlot) => {
    const f = state.frames[slot];
    return f.status === "ready" && currentDoc().slots[slot] === f.id ? f.blob : null;
  };

  async function loadFrames(frames: Partial<Record<FrameSlot, { blob: Blob; name: string; id?: string | null }>>) {
    await Promise.all(
      FRAME_SLOTS.map((slot) => {
        const f = frames[slot];
        if (f) return pickFrame(slot, f.blob, f.name, f.id ?? undefined);
        clearFrame(slot);
        return undefined;
      }),
    );
  }

  let restoring: Promise<void> | null = null;
  async function restoreOnce() {
    const stored = persistence?.loadFields() ?? null;
    const fields = stored ? deps.restoreFields?.(stored, state.fields) : null;
    if (fields) state = { ...state, fields: { ...fields, ...early } };
    if (Object.keys(early).length > 0) persistence?.saveFields(state.fields);
    const saved = await persistence?.loadEditor().catch(() => {
      state = { ...state, storageError: true };
      return null;
    });
    // A frame picked while storage was being read wins over the stored document.
    const untouched = state.frames.first.status === "empty" && state.frames.last.status === "empty";
    restored = true;
    if (saved && untouched) {
      resetDoc(saved.doc);
      const frames: Partial<Record<FrameSlot, { blob: Blob; name: string; id: string }>> = {};
      for (const slot of FRAME_SLOTS) {
        const id = saved.doc.slots[slot];
        const blob = id ? saved.blobs[id] : undefined;
        if (id && blob) frames[slot] = { blob, name: saved.doc.frames[id]?.name ?? `${slot}-frame`, id };
      }
      await loadFrames(frames);
    } else emit();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    getDerived,
    getEditor: () => editing,
    loadEditor,
    patch: (p) => {
      if (!restored) Object.assign(early, p);
      set({ fields: { ...state.fields, ...p } });
    },
    pickFrame,
    clearFrame,
    frameBlob,
    async reopen(request, fields) {
      set({ fields });
      resetDoc(request.doc ?? emptyDocument());
      await loadFrames(request.frames);
    },
    restore() {
      // Once: React's development mode mounts twice, and the second call waits for the first.
      return (restoring ??= restoreOnce());
    },
    setContext(ctx) {
      if (ctx.catalog) catalog = ctx.catalog;
      if (ctx.budget !== undefined) budget = ctx.budget;
      schedule();
      emit();
    },
    flush: async () => {
      await persistence?.flush();
    },
  };
}

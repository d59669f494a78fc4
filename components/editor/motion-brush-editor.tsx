"use client";
// The motion-brush editor: toolbar, canvas (Konva, browser-only), areas, and the points table.
// Document state lives in the session's store; tool, active area, brush size and selection are UI state.
// This page follows the SETTLED document (finished gestures): a stroke or a handle drag re-renders only the
// stage and the points table, which follow the live document themselves.
import { useMotionPreviewMessages } from "@/lib/i18n/features/motionPreview";
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { findRegion, paintedFrame, STATIC_LAYER, type LayerId } from "@/lib/editor/document";
import { frameToStage } from "@/lib/editor/geometry";
import { newId } from "@/lib/editor/actions";
import { EditorController, type Refusal, type Tool, type ToolSettings } from "@/lib/editor/interaction";
import { WAND_TOLERANCE, wandFill, type WandOp } from "@/lib/editor/wand";
import { MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { EditorCanvas } from "./editor-canvas";
import { EditorToolbar } from "./editor-toolbar";
import { Icon } from "./icons";
import { MotionPreview } from "./motion-preview";
import { TypedArea } from "./typed-area";
import { imagePixels } from "./image-pixels";
import { useEditorAnnouncer } from "./use-editor-announcer";
import { PointsTable } from "./points-table";
import { RegionList } from "./region-list";
import { installTestHook } from "./test-hook";
import { useBlobImage, useEditorValue, useSettledDocument, type EditorSession } from "./use-editor-session";
import { useEditorShortcuts } from "./use-editor-shortcuts";

/** The canvas fits the screen's height under the header and toolbar, so it is seen whole without scrolling. */
const CANVAS_MAX_HEIGHT = "(100dvh - 19rem)";

type Selection = { region: string; index: number } | null;

/** The latest value of something, for callbacks created once (the controller's host). */
class Latest<T> {
  constructor(public value: T) {}
  set(value: T) {
    this.value = value;
  }
}

/** `sideSlot`: where the areas list and points table go (the settings column beside the canvas); inline when null. */
export function MotionBrushEditor({
  session,
  sideSlot = null,
  durationS = 5,
}: {
  session: EditorSession;
  sideSlot?: HTMLElement | null;
  /** The video's length, for the motion preview. */
  durationS?: number;
}) {
  const mp = useMotionPreviewMessages();
  const [previewing, setPreviewing] = useState(false);
  const previewButton = useRef<HTMLButtonElement>(null);
  const m = useEditorMessages();
  const id = useId();
  const { store, view } = session;
  const doc = useSettledDocument(store);
  const canUndo = useEditorValue(store, (s) => s.canUndo);
  const canRedo = useEditorValue(store, (s) => s.canRedo);
  const frame = paintedFrame(doc);
  const paintSize = doc.paintSize;
  const image = useBlobImage(frame ? session.frameBlob("first") : null);

  const [tool, setTool] = useState<Tool>("brush");
  const [layerChoice, setLayer] = useState<LayerId>(STATIC_LAYER);
  const [radiusChoice, setRadius] = useState<number | null>(null);
  const [tolerance, setTolerance] = useState<number>(WAND_TOLERANCE.initial);
  const [selected, setSelected] = useState<Selection>(null);
  const [notice, setNotice] = useState<Refusal | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const flushRef = useRef<(() => void) | null>(null);

  // Undo can remove the active region: fall back to the static area.
  const layer = layerChoice === STATIC_LAYER || findRegion(doc, layerChoice) ? layerChoice : STATIC_LAYER;
  const region = layer === STATIC_LAYER ? undefined : findRegion(doc, layer);
  const side = paintSize ? Math.min(paintSize.width, paintSize.height) : 1000;
  const maxRadius = Math.max(8, Math.round(side / 6));
  const brushRadius = Math.min(maxRadius, radiusChoice ?? Math.max(4, Math.round(side * 0.03)));
  const selection = selected && region && selected.region === region.id && selected.index < region.path.length ? selected : null;

  const settings: ToolSettings = useMemo(() => ({ tool, layer, brushRadius }), [tool, layer, brushRadius]);
  // The controller reads the latest settings from this box (updated after each render).
  const [box] = useState(() => new Latest(settings));
  useEffect(() => box.set(settings), [box, settings]);

  // The wand reads the decoded photo and the tolerance at click time.
  const [wandInputs] = useState(() => new Latest({ image, tolerance }));
  useEffect(() => wandInputs.set({ image, tolerance }), [wandInputs, image, tolerance]);
  const { ref: announceRef, say } = useEditorAnnouncer(doc);
  const runWand = useCallback(
    (at: { x: number; y: number }, op: WandOp) => {
      const { image: img, tolerance: tol } = wandInputs.value;
      const size = store.getDocument().paintSize;
      const target = box.value.layer;
      if (!img || !size) return;
      const pixels = imagePixels(img);
      const p = { x: (at.x * pixels.width) / size.width, y: (at.y * pixels.height) / size.height };
      const fill = wandFill(pixels, p, tol, op, newId("f"));
      store.dispatch({ type: "addFill", layer: target, fill, replace: op === "replace" }, "commit");
      let n = 0;
      for (let i = 0; i < fill.spans.length; i += 3) n += fill.spans[i + 2]! - fill.spans[i + 1]!;
      say(n === 0 ? m.announce.wandNothing : m.announce.wand(op, n));
    },
    [store, box, say, m, wandInputs],
  );
  const [wandBox] = useState(() => new Latest(runWand));
  useEffect(() => wandBox.set(runWand), [wandBox, runWand]);

  const [controller] = useState(
    () =>
      new EditorController({
        wand: (at, op) => wandBox.value(at, op),
        store,
        getViewport: view.getViewport,
        setViewport: (vp) => view.setViewport(vp),
        getSettings: () => box.value,
        refuse: (why) => setNotice(why),
        select: (s) => setSelected(s),
      }),
  );

  const chooseTool = useCallback((t: Tool) => {
    setTool(t);
    setNotice(null);
  }, []);
  const chooseLayer = useCallback((l: LayerId) => {
    setLayer(l);
    setNotice(null);
  }, []);
  const clearSelection = useCallback(() => setSelected(null), []);
  const selectPoint = useCallback((regionId: string, index: number | null) => setSelected(index === null ? null : { region: regionId, index }), []);

  useEditorShortcuts({ store, controller, canvas: canvasRef, onTool: chooseTool, layer, selected: selection, onSelect: clearSelection });

  useEffect(
    () =>
      installTestHook({
        getDocument: store.getDocument,
        getView: view.getState,
        getSettings: () => box.value,
        frameToClient: (p) => {
          const rect = canvasRef.current?.getBoundingClientRect() ?? { left: 0, top: 0 };
          const s = frameToStage(p, view.getViewport());
          return { x: s.x + rect.left, y: s.y + rect.top };
        },
        flush: () => flushRef.current?.(),
        gesture: () => controller.gesture,
      }),
    [store, view, controller, box],
  );

  const registerFlush = useCallback((f: (() => void) | null) => {
    flushRef.current = f;
  }, []);

  const onPointer = useCallback(
    (k: { x: number; y: number; inside: boolean } | null) => {
      const el = readoutRef.current;
      if (!el) return;
      const text = k ? `${m.readout.value(k.x, k.y)}${k.inside ? "" : ` ${m.readout.outside}`}` : m.readout.none;
      if (el.textContent !== text) el.textContent = text;
    },
    [m],
  );

  const labels = useMemo(() => ({ origin: m.canvasText.origin, x: m.canvasText.x, y: m.canvasText.y }), [m]);
  const areaName = region ? region.name : m.layers.staticName;
  const hint =
    tool === "brush"
      ? m.hints.brush(areaName)
      : tool === "eraser"
        ? m.hints.eraser(areaName)
        : tool === "wand"
          ? m.hints.wand(areaName)
          : tool === "path"
          ? region
            ? m.hints.path(region.name)
            : m.hints.pathNeedsRegion
          : m.hints.pan;
  const ratio = paintSize ? paintSize.width / paintSize.height : 16 / 9;
  const aspect = paintSize ? `${paintSize.width} / ${paintSize.height}` : "16 / 9";

  const areas = (
    <div className="min-w-0 space-y-3">
      <RegionList doc={doc} store={store} active={layer} onActive={chooseLayer} />
      {region && paintSize ? (
        <PointsTable regionId={region.id} frame={paintSize} store={store} selected={selection?.index ?? null} onSelect={selectPoint} />
      ) : null}
      {paintSize ? <TypedArea store={store} layer={layer} areaName={areaName} frame={paintSize} onWand={runWand} announce={say} /> : null}
      <p className="text-xs text-zinc-500">{session.storageError ? m.storageError : m.saved}</p>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="motion-brush-editor">
      <div className="sr-only">
        <h3 id={`${id}-heading`} className="text-sm font-semibold text-zinc-900">
          {m.heading}
        </h3>
        <p className="text-xs text-zinc-600">{m.intro}</p>
      </div>
      <div className="space-y-3">
        <div className="min-w-0 space-y-2">
          <EditorToolbar
            tool={tool}
            onTool={chooseTool}
            brushRadius={brushRadius}
            maxBrushRadius={maxRadius}
            onBrushRadius={setRadius}
            tolerance={tolerance}
            onTolerance={setTolerance}
            view={view}
            canUndo={canUndo}
            canRedo={canRedo}
            onUndo={store.undo}
            onRedo={store.redo}
            disabled={!frame}
          >
            {previewing ? null : (
              <button
                ref={previewButton}
                type="button"
                onClick={() => setPreviewing(true)}
                aria-label={mp.open}
                disabled={!frame || !image}
                className="inline-flex h-11 items-center gap-1 rounded-md bg-zinc-900 px-2.5 text-xs font-medium text-white hover:bg-zinc-700 disabled:opacity-50 sm:h-8"
              >
                <Icon name="play" />
                {mp.short}
              </button>
            )}
          </EditorToolbar>
          {previewing ? (
            <MotionPreview
              image={image}
              doc={doc}
              camera={null}
              durationS={durationS}
              autoPlay
              onClose={() => {
                setPreviewing(false);
                requestAnimationFrame(() => previewButton.current?.focus());
              }}
            />
          ) : null}
          <div
            hidden={previewing}
            ref={canvasRef}
            className="relative mx-auto w-full overflow-hidden rounded-lg bg-[repeating-conic-gradient(#e4e4e7_0_25%,#f4f4f5_0_50%)] bg-[length:20px_20px] ring-1 ring-zinc-200"
            style={{ aspectRatio: aspect, minHeight: 200, maxHeight: `calc${CANVAS_MAX_HEIGHT}`, maxWidth: `calc(${CANVAS_MAX_HEIGHT} * ${ratio})` }}
          >
            <EditorCanvas
              controller={controller}
              view={view}
              store={store}
              image={image}
              frame={paintSize}
              settings={settings}
              selected={selection}
              labels={labels}
              label={m.canvasLabel}
              describedBy={`${id}-hint ${id}-desc`}
              onPointer={onPointer}
              registerFlush={registerFlush}
            />
            {!frame ? (
              <p className="pointer-events-none absolute inset-0 grid place-items-center p-6 text-center text-sm text-zinc-600">{m.noFrame}</p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-zinc-600">
            <p className="tabular-nums">
              <span className="font-medium text-zinc-700">{m.readout.label}: </span>
              <span ref={readoutRef} data-testid="pointer-readout">
                {m.readout.none}
              </span>
            </p>
            <p className="text-zinc-500">{m.readout.origin}</p>
          </div>
          <p id={`${id}-hint`} className="text-xs text-zinc-600">
            {hint} {m.hints.escape}
          </p>
          <p id={`${id}-desc`} className="sr-only">
            {m.canvasDescription}
          </p>
          <p ref={announceRef} role="status" className="sr-only" data-testid="editor-announcer" />
          <p role="status" className="text-sm text-red-700 empty:hidden">
            {notice === null
              ? ""
              : notice === "no-frame"
                ? m.refusals.noFrame
                : notice === "path-needs-region"
                  ? m.refusals.pathNeedsRegion
                  : m.refusals.pathFull(MAX_TRAJECTORY_POINTS)}
          </p>
        </div>
        {sideSlot ? createPortal(areas, sideSlot) : areas}
      </div>
    </section>
  );
}

"use client";
// The Konva view. Konva only draws; pointer input goes to the pure EditorController. Five canvases: the
// photo (redrawn when the view changes; kept as a bitmap at the view's scale), the committed masks (redrawn
// when strokes, visibility or the view change; each area is a bitmap of its own, so only the area that
// changed is re-stroked), the live stroke (redrawn once per animation frame while drawing, and nothing else),
// and the overlay in two: "still" (every path, the handles and the origin) and "moving" (while a handle is
// dragged, what that drag changes: its two segments and three handles, all a move redraws). A pan moves all
// five canvases with one CSS transform and redraws them once it ends (per move only while zoomed in past the
// view, where a move brings in frame that was never drawn). The stage follows the live document itself, so
// a drag re-renders this component, not the page around it.
import type Konva from "konva";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
// Konva's core build (Stage, Layer, Shape): the view draws every canvas itself, so no other shape is loaded.
import { Layer, Shape, Stage } from "react-konva/lib/ReactKonvaCore";
import { STATIC_COLOUR, STATIC_LAYER, type EditorDocument } from "@/lib/editor/document";
import { canShift, frameToKling, stageToFrame, wheelZoomFactor, type Size, type Vec } from "@/lib/editor/geometry";
import type { EditorController, PointerSample, ToolSettings } from "@/lib/editor/interaction";
import type { EditorStore } from "@/lib/editor/store";
import type { ViewStore } from "@/lib/editor/view-store";
import { createMaskBuffers, createPhotoBuffer, drawLive, drawMasks, drawOverlay, drawPhoto, type OverlayLabels } from "./draw";

export interface EditorStageProps {
  controller: EditorController;
  view: ViewStore;
  /** The live document is read from here (every pointer move of a drag), not passed down by the page. */
  store: EditorStore;
  image: HTMLImageElement | null;
  frame: Size | null;
  settings: ToolSettings;
  selected: { region: string; index: number } | null;
  labels: OverlayLabels;
  label: string;
  describedBy: string;
  onPointer: (kling: { x: number; y: number; inside: boolean } | null) => void;
  /** Lets the test hook and the benchmark run the per-frame flush synchronously. */
  registerFlush?: (flush: (() => void) | null) => void;
}

interface Buffered {
  id: number;
  clientX: number;
  clientY: number;
  pointerType: string;
  button: number;
}

/** The parts of the document the mask layer draws: it redraws only when one of them changes. */
function maskInputs(doc: EditorDocument): unknown[] {
  return [doc.staticMask, ...doc.regions.flatMap((r) => [r.strokes, r.visible, r.colour])];
}
/**
 * What the still overlay is drawn from. While point `dragged` of the active region is dragged, that point is
 * not among them (the moving overlay draws what it changes), so a move of the drag leaves this canvas alone.
 */
function stillInputs(doc: EditorDocument, active: string, dragged: number | null): unknown[] {
  return [
    active,
    dragged,
    ...doc.regions.flatMap((r): unknown[] =>
      r.id === active && dragged !== null ? [r.id, r.visible, r.colour, r.path.length, ...r.path.filter((_, i) => i !== dragged)] : [r.id, r.path, r.visible, r.colour],
    ),
  ];
}
const sameInputs = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const dprOf = (ctx: Konva.Context) => ctx.canvas.getPixelRatio();

/** A pan held still this long (ms) is redrawn where it is (longer than a slow frame, so a moving pan never is). */
const PAN_REST_MS = 300;

export default function EditorStage(props: EditorStageProps) {
  const { controller, view, store, image, frame, settings, selected, labels, onPointer, registerFlush } = props;
  const doc = useSyncExternalStore(store.subscribe, store.getDocument, store.getDocument);
  const coarse = useCoarsePointer();
  const containerRef = useRef<HTMLDivElement>(null);
  const liveLayer = useRef<Konva.Layer>(null);
  const viewState = useSyncExternalStore(view.subscribe, view.getState, view.getState);
  const vp = viewState.viewport;
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [buffers] = useState(() => (typeof document === "undefined" ? null : createMaskBuffers()));

  // Everything the per-frame flush reads, without re-subscribing listeners on every render.
  const latest = useRef({ settings, doc, onPointer });
  useEffect(() => {
    latest.current = { settings, doc, onPointer };
  });

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (size.width > 0) view.setLayout(size, frame);
  }, [view, size, frame]);

  // The controller's gesture as React state, updated when it changes (a pan's start and end redraw nothing
  // else): a pan moves the canvases, a point drag splits the overlay.
  const [gesture, setGesture] = useState<EditorController["gesture"]>("idle");
  const syncGesture = useCallback(() => setGesture(controller.gesture), [controller]);

  // ---- Pointer input: buffer every (coalesced) move, hand them over once per animation frame. ----
  const input = useRef({
    buffer: [] as Buffered[],
    /** Wheel zooms since the last frame, applied in order at the frame: one redraw however many arrive. */
    wheel: [] as { factor: number; anchor: Vec }[],
    hover: null as Buffered | null,
    raf: 0,
    liveVersion: -1,
    ring: "",
    cursor: "",
  });
  const ringRef = useRef<HTMLDivElement>(null);

  const flush = useCallback(() => {
    const state = input.current;
    state.raf = 0;
    const el = containerRef.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const toSample = (b: Buffered): PointerSample => ({
      id: b.id,
      x: b.clientX - rect.left,
      y: b.clientY - rect.top,
      pointerType: b.pointerType,
      button: b.button,
    });
    for (const w of state.wheel) view.zoomBy(w.factor, w.anchor);
    state.wheel.length = 0;
    const samples = state.buffer.map(toSample);
    state.buffer.length = 0;
    controller.pointerMoves(samples);
    const { settings: s, doc: d, onPointer: report } = latest.current;
    const hover = state.hover ? toSample(state.hover) : null;
    const vpNow = view.getViewport();
    const painted = d.paintSize;
    if (hover && painted) report(frameToKling(stageToFrame(hover, vpNow), painted));
    else report(null);
    if (controller.liveVersion !== state.liveVersion) {
      state.liveVersion = controller.liveVersion;
      liveLayer.current?.draw();
    }
    // The brush outline is a DOM ring moved by transform: hovering redraws no canvas.
    const brushy = (s.tool === "brush" || s.tool === "eraser") && controller.gesture !== "pinching" && controller.gesture !== "panning";
    const ring = ringRef.current;
    const diameter = Math.max(4, 2 * s.brushRadius * vpNow.scale);
    const ringKey = hover && brushy ? `${hover.x},${hover.y},${diameter}` : "";
    if (ring && ringKey !== state.ring) {
      state.ring = ringKey;
      ring.style.display = ringKey ? "block" : "none";
      if (hover) {
        ring.style.transform = `translate(${hover.x - diameter / 2}px, ${hover.y - diameter / 2}px)`;
        // Only a new brush size or zoom touches the ring's size: a plain move is a compositor-only transform.
        const px = `${diameter}px`;
        if (ring.style.width !== px) ring.style.width = ring.style.height = px;
      }
    }
    const cursor = cursorFor(s, controller, hover);
    if (cursor !== state.cursor) el.style.cursor = state.cursor = cursor;
    syncGesture();
  }, [controller, view, syncGesture]);

  useEffect(() => {
    registerFlush?.(flush);
    return () => registerFlush?.(null);
  }, [registerFlush, flush]);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const state = input.current;
    const schedule = () => {
      if (!state.raf) state.raf = requestAnimationFrame(flush);
    };
    const buffered = (e: PointerEvent): Buffered => ({
      id: e.pointerId,
      clientX: e.clientX,
      clientY: e.clientY,
      pointerType: e.pointerType || "mouse",
      button: e.button,
    });
    const stageOf = (e: { clientX: number; clientY: number }): Vec => {
      const rect = el.getBoundingClientRect();
      return { x: e.clientX - rect.left, y: e.clientY - rect.top };
    };
    const sampleOf = (e: PointerEvent): PointerSample => ({
      id: e.pointerId,
      ...stageOf(e),
      pointerType: e.pointerType || "mouse",
      button: e.button,
      shift: e.shiftKey,
      alt: e.altKey,
    });

    const down = (e: PointerEvent) => {
      if (e.pointerType === "mouse" && e.button === 2) return;
      e.preventDefault();
      el.focus({ preventScroll: true });
      try {
        el.setPointerCapture(e.pointerId);
      } catch {
        // Synthetic or already-ended pointers cannot be captured; the gesture still works inside the canvas.
      }
      if (state.buffer.length) flush();
      controller.pointerDown(sampleOf(e));
      syncGesture();
      state.hover = buffered(e);
      schedule();
    };
    const move = (e: PointerEvent) => {
      const events = typeof e.getCoalescedEvents === "function" ? e.getCoalescedEvents() : [];
      for (const c of events.length ? events : [e]) state.buffer.push(buffered(c));
      state.hover = buffered(e);
      schedule();
    };
    const up = (e: PointerEvent) => {
      flush();
      controller.pointerUp(sampleOf(e));
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      flush();
    };
    const cancel = (e: PointerEvent) => {
      state.buffer.length = 0;
      controller.cancel();
      controller.pointerUp(sampleOf(e));
      flush();
    };
    const leave = (e: PointerEvent) => {
      if (e.pointerType !== "touch" && !el.hasPointerCapture(e.pointerId)) {
        state.hover = null;
        schedule();
      }
    };
    const dbl = (e: MouseEvent) => {
      controller.doubleClick({ id: 0, ...stageOf(e), pointerType: "mouse", button: 0 });
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      // Trackpad pinches arrive as ctrl+wheel with small deltas.
      const delta = e.deltaY * unit * (e.ctrlKey ? 4 : 1);
      state.wheel.push({ factor: wheelZoomFactor(delta), anchor: stageOf(e) });
      schedule();
    };
    const menu = (e: Event) => e.preventDefault();
    el.addEventListener("pointerdown", down);
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
    el.addEventListener("pointercancel", cancel);
    el.addEventListener("pointerleave", leave);
    el.addEventListener("dblclick", dbl);
    el.addEventListener("wheel", wheel, { passive: false });
    el.addEventListener("contextmenu", menu);
    return () => {
      if (state.raf) cancelAnimationFrame(state.raf);
      state.raf = 0;
      el.removeEventListener("pointerdown", down);
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
      el.removeEventListener("pointercancel", cancel);
      el.removeEventListener("pointerleave", leave);
      el.removeEventListener("dblclick", dbl);
      el.removeEventListener("wheel", wheel);
      el.removeEventListener("contextmenu", menu);
    };
  }, [controller, view, flush, syncGesture]);

  // ---- Drawing ----
  // Derived state (React's "adjust state while rendering"): keep the document the masks were drawn from
  // until strokes, visibility or colours change, so moving a path point never redraws the masks.
  const [masked, setMasked] = useState(() => ({ doc, inputs: maskInputs(doc) }));
  const nextInputs = maskInputs(doc);
  if (!sameInputs(masked.inputs, nextInputs)) setMasked({ doc, inputs: nextInputs });
  const maskDoc = masked.doc;
  // The viewport the canvases are drawn at. A pan moves them with a CSS transform instead (no canvas is
  // redrawn or committed per move) while the part of the frame in view stays within what was drawn; the
  // canvases are redrawn once the pan ends.
  const [drawnState, setDrawn] = useState(vp);
  let drawn = drawnState;
  if (drawn !== vp && !(gesture === "panning" && canShift(drawn, vp, size, frame))) {
    drawn = vp;
    setDrawn(vp);
  }
  const shift = { x: vp.x - drawn.x, y: vp.y - drawn.y };
  // A pan held still for a moment is drawn where it is (what lay outside the canvases comes into view).
  useEffect(() => {
    if (gesture !== "panning" || drawnState === vp) return;
    const t = setTimeout(() => setDrawn(view.getViewport()), PAN_REST_MS);
    return () => clearTimeout(t);
  }, [gesture, drawnState, vp, view]);
  const [photoBuffer] = useState(createPhotoBuffer);
  const photoScene = useMemo(
    () => (ctx: Konva.Context) => {
      if (image) drawPhoto(ctx._context, image, drawn, dprOf(ctx), photoBuffer);
    },
    [image, drawn, photoBuffer],
  );
  const maskScene = useMemo(
    () => (ctx: Konva.Context) => {
      if (buffers) drawMasks(ctx._context, maskDoc, drawn, dprOf(ctx), buffers);
    },
    [maskDoc, drawn, buffers],
  );

  // The overlay in two canvases: "still" keeps its canvas while a handle is dragged, "moving" is all a move
  // of the drag redraws (the dragged point's two segments and three handles).
  const dragged = gesture === "dragging-point" ? controller.draggedPoint : null;
  const draggedIndex = dragged && dragged.region === settings.layer ? dragged.index : null;
  const [still, setStill] = useState(() => ({ regions: doc.regions, inputs: stillInputs(doc, settings.layer, draggedIndex) }));
  const nextStill = stillInputs(doc, settings.layer, draggedIndex);
  if (!sameInputs(still.inputs, nextStill)) setStill({ regions: doc.regions, inputs: nextStill });
  const stillRegions = still.regions;
  const selRegion = selected?.region ?? null;
  const selIndex = selected?.index ?? null;
  const stillScene = useMemo(
    () => (ctx: Konva.Context) => {
      if (!frame) return;
      const sel = selRegion === null || selIndex === null ? null : { region: selRegion, index: selIndex };
      drawOverlay(ctx._context, { regions: stillRegions, active: settings.layer, selected: sel, vp: drawn, dpr: dprOf(ctx), frame, labels, coarse, part: "still", dragged: draggedIndex });
    },
    [stillRegions, settings.layer, selRegion, selIndex, drawn, frame, labels, coarse, draggedIndex],
  );
  const activeRegion = draggedIndex === null ? undefined : doc.regions.find((r) => r.id === settings.layer);
  const movingScene = useMemo(
    () => (ctx: Konva.Context) => {
      if (!frame || !activeRegion) return;
      drawOverlay(ctx._context, { regions: [activeRegion], active: activeRegion.id, selected, vp: drawn, dpr: dprOf(ctx), frame, labels, coarse, part: "moving", dragged: draggedIndex });
    },
    [activeRegion, selected, drawn, frame, labels, coarse, draggedIndex],
  );

  const colour = settings.layer === STATIC_LAYER ? STATIC_COLOUR : (doc.regions.find((r) => r.id === settings.layer)?.colour ?? STATIC_COLOUR);
  const liveScene = useCallback(
    // The view's viewport at draw time: the other canvases lag it only during a pan, when nothing is live.
    (ctx: Konva.Context) => drawLive(ctx._context, { live: controller.live, colour, vp: view.getViewport(), dpr: dprOf(ctx) }),
    [controller, colour, view],
  );

  return (
    <div
      ref={containerRef}
      role="application"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      tabIndex={0}
      className="absolute inset-0 touch-none select-none outline-none focus-visible:outline-3 focus-visible:outline-solid focus-visible:-outline-offset-3 focus-visible:outline-accent-600"
      data-testid="editor-canvas"
    >
      {size.width > 0 ? (
        <div
          className="absolute inset-0"
          style={{
            transform: shift.x || shift.y ? `translate(${shift.x}px, ${shift.y}px)` : undefined,
            willChange: gesture === "panning" ? "transform" : undefined,
          }}
        >
          <Stage width={size.width} height={size.height} listening={false}>
            {/* Canvases: the photo, the committed masks, the live stroke, the still overlay (every path, the
                handles, the origin) and the moving one (what a handle drag changes). */}
            <Layer listening={false}>{image ? <Shape sceneFunc={photoScene} listening={false} /> : null}</Layer>
            <Layer listening={false}>
              <Shape sceneFunc={maskScene} listening={false} />
            </Layer>
            <Layer listening={false} ref={liveLayer}>
              <Shape sceneFunc={liveScene} listening={false} />
            </Layer>
            <Layer listening={false}>
              <Shape sceneFunc={stillScene} listening={false} />
            </Layer>
            <Layer listening={false}>
              <Shape sceneFunc={movingScene} listening={false} />
            </Layer>
          </Stage>
        </div>
      ) : null}
      <div
        ref={ringRef}
        aria-hidden
        className="pointer-events-none absolute top-0 left-0 hidden rounded-full will-change-transform border-[1.5px] border-white shadow-[0_0_0_1.5px_rgba(24,24,27,0.7)]"
      />
    </div>
  );
}

const COARSE = "(pointer: coarse)";
/** True on a touch screen (a coarse primary pointer): handles are drawn at touch size. */
function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    (l) => {
      const q = window.matchMedia(COARSE);
      q.addEventListener("change", l);
      return () => q.removeEventListener("change", l);
    },
    () => window.matchMedia(COARSE).matches,
    () => false,
  );
}

function cursorFor(s: ToolSettings, controller: EditorController, hover: PointerSample | null): string {
  const g = controller.gesture;
  if (g === "panning") return "grabbing";
  if (s.tool === "pan") return "grab";
  if (s.tool === "wand") return "crosshair";
  if (s.tool === "path") {
    if (g === "dragging-point") return "grabbing";
    return hover && controller.hitHandle(hover, hover.pointerType) !== null ? "grab" : "crosshair";
  }
  return "none";
}

// Pointer input as a small state machine (after tldraw's tool states: idle -> painting -> idle).
// Positions arrive in STAGE pixels, already batched per animation frame by the view; this turns them into
// store actions. A stroke lives here until pointer-up and becomes ONE action, so a move costs O(1)
// whatever the image size; Escape (cancel) bails to the gesture's mark and leaves no trace.
import { newId } from "./actions";
import { findRegion, paintedFrame, STATIC_LAYER, type LayerId, type Point } from "./document";
import { distance, nearestOnSegment, pinch, stageToFrame, type Vec, type Viewport } from "./geometry";
import { freehandToPath } from "./resample";
import type { EditorStore } from "./store";
import { MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { wandOp, type WandOp } from "./wand";

export type Tool = "brush" | "eraser" | "wand" | "path" | "pan";

export interface ToolSettings {
  tool: Tool;
  layer: LayerId;
  /** Brush radius in image pixels. */
  brushRadius: number;
}

export interface PointerSample {
  id: number;
  /** Stage (CSS) pixels. */
  x: number;
  y: number;
  pointerType: string;
  /** 0 main, 1 middle, 2 secondary. */
  button?: number;
  /** Modifier keys held at the press (the wand: Shift adds, Alt subtracts). */
  shift?: boolean;
  alt?: boolean;
}

export type LiveShape =
  | { kind: "stroke"; tool: "brush" | "eraser"; layer: LayerId; radius: number; points: number[] }
  | { kind: "path"; region: string; points: Point[] };

export type Refusal = "no-frame" | "path-needs-region" | "path-full";

type State =
  | { name: "idle" }
  | { name: "painting"; pointer: number; tool: "brush" | "eraser"; layer: LayerId; radius: number; points: number[] }
  | { name: "drawing-path"; pointer: number; region: string; raw: Point[]; downAt: Vec; moved: boolean }
  | { name: "dragging-point"; pointer: number; region: string; index: number; offset: Vec }
  | { name: "panning"; pointer: number; last: Vec }
  | { name: "pinching"; pointers: Map<number, Vec> };

export interface ControllerHost {
  store: EditorStore;
  getViewport(): Viewport;
  setViewport(vp: Viewport): void;
  getSettings(): ToolSettings;
  /** Something a gesture does not allow: the view says why. */
  refuse?(why: Refusal): void;
  /** The selected path point changed (for the table and the Delete key). */
  select?(point: { region: string; index: number } | null): void;
  /** A wand click at an image point: the view holds the pixels and dispatches the fill (one undo step). */
  wand?(at: Point, op: WandOp): void;
}

/** Stage pixels within which a press grabs a path handle. */
export const HANDLE_HIT = { mouse: 10, pen: 10, touch: 22 } as Record<string, number>;
/** A press that moves less than this (stage pixels) is a click. */
export const CLICK_SLOP = 4;
/** Freehand paths keep about one point per this many stage pixels of length. */
export const PATH_SPACING = 28;

export class EditorController {
  private state: State = { name: "idle" };
  /** The shape being drawn, for the live layer; null when none. */
  live: LiveShape | null = null;
  /** Bumped whenever `live` changes, so the view redraws only then. */
  liveVersion = 0;

  constructor(private readonly host: ControllerHost) {}

  get gesture(): State["name"] {
    return this.state.name;
  }

  /** The path point being dragged, if a drag is open. */
  get draggedPoint(): { region: string; index: number } | null {
    return this.state.name === "dragging-point" ? { region: this.state.region, index: this.state.index } : null;
  }

  private toFrame(p: Vec): Point {
    return stageToFrame(p, this.host.getViewport());
  }

  private setLive(live: LiveShape | null) {
    this.live = live;
    this.liveVersion++;
  }

  /** The path handle under a stage point, for the active region. */
  hitHandle(p: Vec, pointerType: string): number | null {
    const { layer } = this.host.getSettings();
    const region = layer === STATIC_LAYER ? undefined : findRegion(this.host.store.getDocument(), layer);
    if (!region) return null;
    const vp = this.host.getViewport();
    const radius = HANDLE_HIT[pointerType] ?? HANDLE_HIT.mouse!;
    let best: number | null = null;
    let bestD = radius;
    region.path.forEach((q, i) => {
      const d = distance(p, { x: q.x * vp.scale + vp.x, y: q.y * vp.scale + vp.y });
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    });
    return best;
  }

  pointerDown(p: PointerSample) {
    const { store } = this.host;
    if (this.state.name === "pinching") {
      this.state.pointers.set(p.id, { x: p.x, y: p.y });
      return;
    }
    if (p.pointerType === "touch" && this.state.name !== "idle" && "pointer" in this.state && this.state.pointer !== p.id) {
      // A second finger: whatever the first started becomes a pinch, leaving no trace.
      const first = this.state.name === "panning" ? this.state.last : this.firstTouch;
      this.cancel();
      this.state = { name: "pinching", pointers: new Map([[-1, first ?? { x: p.x, y: p.y }], [p.id, { x: p.x, y: p.y }]]) };
      return;
    }
    if (this.state.name !== "idle") return;
    if (p.pointerType === "touch") this.firstTouch = { x: p.x, y: p.y };
    const settings = this.host.getSettings();
    if (settings.tool === "pan" || p.button === 1) {
      this.state = { name: "panning", pointer: p.id, last: { x: p.x, y: p.y } };
      return;
    }
    if (p.button !== undefined && p.button !== 0) return;
    const doc = store.getDocument();
    if (!paintedFrame(doc)) return this.host.refuse?.("no-frame");
    const f = this.toFrame(p);

    if (settings.tool === "wand") {
      this.host.wand?.(f, wandOp(p));
      return;
    }

    if (settings.tool === "brush" || settings.tool === "eraser") {
      store.mark();
      // Painting a hidden area shows it, as part of this gesture: Escape or undo hides it again.
      const hidden =
        settings.layer === STATIC_LAYER ? !doc.staticMask.visible : findRegion(doc, settings.layer)?.visible === false;
      if (hidden) store.dispatch({ type: "setVisible", layer: settings.layer, visible: true }, "commit");
      this.state = { name: "painting", pointer: p.id, tool: settings.tool, layer: settings.layer, radius: settings.brushRadius, points: [f.x, f.y] };
      this.setLive({ kind: "stroke", tool: settings.tool, layer: settings.layer, radius: settings.brushRadius, points: this.state.points });
      return;
    }

    // Path tool.
    const region = settings.layer === STATIC_LAYER ? undefined : findRegion(doc, settings.layer);
    if (!region) return this.host.refuse?.("path-needs-region");
    const handle = this.hitHandle(p, p.pointerType);
    if (handle !== null) {
      const q = region.path[handle]!;
      store.mark();
      this.host.select?.({ region: region.id, index: handle });
      this.state = { name: "dragging-point", pointer: p.id, region: region.id, index: handle, offset: { x: q.x - f.x, y: q.y - f.y } };
      return;
    }
    store.mark();
    this.state = { name: "drawing-path", pointer: p.id, region: region.id, raw: [f], downAt: { x: p.x, y: p.y }, moved: false };
  }

  private firstTouch: Vec | null = null;

  /** All moves since the last animation frame, oldest first. */
  pointerMoves(samples: readonly PointerSample[]) {
    const s = this.state;
    if (s.name === "idle" || samples.length === 0) return;
    if (s.name === "pinching") {
      const before = new Map(s.pointers);
      for (const p of samples) if (s.pointers.has(p.id)) s.pointers.set(p.id, { x: p.x, y: p.y });
      // Touches that started before the pinch have no id in the map (-1): the first unknown id takes it.
      for (const p of samples) {
        if (!s.pointers.has(p.id) && s.pointers.has(-1)) {
          s.pointers.delete(-1);
          before.delete(-1);
          before.set(p.id, { x: p.x, y: p.y });
          s.pointers.set(p.id, { x: p.x, y: p.y });
        }
      }
      const ids = [...s.pointers.keys()].slice(0, 2);
      if (ids.length === 2) {
        const from = ids.map((id) => before.get(id) ?? s.pointers.get(id)!) as [Vec, Vec];
        const to = ids.map((id) => s.pointers.get(id)!) as [Vec, Vec];
        this.host.setViewport(pinch(this.host.getViewport(), from, to));
      }
      return;
    }
    const mine = samples.filter((p) => p.id === s.pointer);
    const last = mine[mine.length - 1];
    if (!last) return;
    switch (s.name) {
      case "panning": {
        const vp = this.host.getViewport();
        this.host.setViewport({ ...vp, x: vp.x + last.x - s.last.x, y: vp.y + last.y - s.last.y });
        s.last = { x: last.x, y: last.y };
        return;
      }
      case "painting": {
        const minStep = 0.75 / this.host.getViewport().scale; // below a pixel on screen adds nothing
        for (const p of mine) {
          const f = this.toFrame(p);
          const n = s.points.length;
          if (Math.hypot(f.x - s.points[n - 2]!, f.y - s.points[n - 1]!) >= minStep) s.points.push(f.x, f.y);
        }
        this.liveVersion++;
        return;
      }
      case "drawing-path": {
        for (const p of mine) {
          if (!s.moved && distance(p, s.downAt) >= CLICK_SLOP) s.moved = true;
          s.raw.push(this.toFrame(p));
        }
        if (s.moved) this.setLive({ kind: "path", region: s.region, points: s.raw });
        return;
      }
      case "dragging-point": {
        const f = this.toFrame(last);
        this.host.store.dispatch(
          { type: "movePoint", region: s.region, index: s.index, point: { x: f.x + s.offset.x, y: f.y + s.offset.y } },
          "transient",
        );
        return;
      }
    }
  }

  pointerUp(p: PointerSample) {
    const s = this.state;
    const { store } = this.host;
    if (s.name === "pinching") {
      s.pointers.delete(p.id);
      if (s.pointers.size < 2 || p.pointerType !== "touch") this.state = { name: "idle" };
      return;
    }
    if (s.name === "idle" || s.pointer !== p.id) return;
    this.state = { name: "idle" };
    switch (s.name) {
      case "painting":
        store.dispatch({ type: "addStroke", layer: s.layer, stroke: { id: newId("s"), tool: s.tool, radius: s.radius, points: s.points } });
        store.complete();
        this.setLive(null);
        return;
      case "drawing-path": {
        const region = findRegion(store.getDocument(), s.region);
        if (!s.moved) {
          if (region && this.nearSegment(region.path, s.downAt, p.pointerType) !== null) {
            // A click on the line is the first half of a double click (insert), not a new end point.
            store.bail();
          } else if (region && region.path.length >= MAX_TRAJECTORY_POINTS) {
            store.bail();
            this.host.refuse?.("path-full");
          } else {
            store.dispatch({ type: "appendPoint", region: s.region, point: s.raw[0]! });
            store.complete();
            if (region) this.host.select?.({ region: s.region, index: region.path.length });
          }
        } else {
          const points = freehandToPath(s.raw, PATH_SPACING / this.host.getViewport().scale);
          store.dispatch({ type: "setPath", region: s.region, points });
          store.complete();
          this.host.select?.(null);
        }
        this.setLive(null);
        return;
      }
      case "dragging-point":
        store.complete();
        return;
      case "panning":
        return;
    }
  }

  /** Double click or double tap in the path tool: on a handle deletes it, on the path inserts a point. */
  doubleClick(p: PointerSample) {
    const settings = this.host.getSettings();
    if (settings.tool !== "path" || settings.layer === STATIC_LAYER) return;
    const { store } = this.host;
    const region = findRegion(store.getDocument(), settings.layer);
    if (!region) return;
    const handle = this.hitHandle(p, p.pointerType);
    if (handle !== null) {
      store.dispatch({ type: "deletePoint", region: region.id, index: handle });
      this.host.select?.(null);
      return;
    }
    const best = this.nearSegment(region.path, p, p.pointerType);
    if (best) {
      store.dispatch({ type: "insertPoint", region: region.id, index: best.index, point: best.point });
      this.host.select?.({ region: region.id, index: best.index });
    }
  }

  /** The path segment passing within a handle's reach of a stage point, and the nearest point on it. */
  private nearSegment(path: readonly Point[], p: Vec, pointerType: string): { index: number; point: Vec } | null {
    const vp = this.host.getViewport();
    const hit = (HANDLE_HIT[pointerType] ?? HANDLE_HIT.mouse!) / vp.scale;
    const f = this.toFrame(p);
    let best: { index: number; d2: number; point: Vec } | null = null;
    for (let i = 1; i < path.length; i++) {
      const n = nearestOnSegment(f, path[i - 1]!, path[i]!);
      if (n.d2 <= hit * hit && (!best || n.d2 < best.d2)) best = { index: i, d2: n.d2, point: n.point };
    }
    return best;
  }

  /** Escape, pointercancel, a lost capture: the open gesture leaves no trace. */
  cancel() {
    if (this.state.name === "idle") return;
    this.state = { name: "idle" };
    this.host.store.bail();
    this.setLive(null);
  }
}

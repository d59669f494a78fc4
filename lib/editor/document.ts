// The editor document: what is painted and drawn, in IMAGE pixels (top-left origin), nothing about the view.
// Serialisable (persisted to IndexedDB); frame bytes live beside it, keyed by frame id.

export const FRAME_SLOTS = ["first", "last"] as const;
export type FrameSlot = (typeof FRAME_SLOTS)[number];

/** The layer a stroke goes to: the static ("keep still") area or one moving region by id. */
export const STATIC_LAYER = "static";
export type LayerId = typeof STATIC_LAYER | string;

/** Region colours, in the order new regions take them. The static area has its own. */
export const REGION_COLOURS = ["#ef4444", "#f59e0b", "#22c55e", "#a855f7", "#ec4899", "#06b6d4"] as const;
export const STATIC_COLOUR = "#3b82f6";

export type { EditorDocument, FrameInfo, Fill, Point, Region, StaticMask, Stroke } from "./document-schema";
import type { EditorDocument, FrameInfo, Fill, Region, Stroke } from "./document-schema";

/** What a layer is made of, in order: brush and eraser strokes, and fills. */
export type Mark = Stroke | Fill;

export function isFill(m: Mark): m is Fill {
  return m.tool === "fill" || m.tool === "cut";
}

/** True for marks that add pixels (the brush, a fill); false for the eraser and cuts. */
export function addsPaint(m: Mark): boolean {
  return m.tool === "brush" || m.tool === "fill";
}

export function emptyDocument(): EditorDocument {
  return {
    version: 1,
    frames: {},
    slots: { first: null, last: null },
    paintSize: null,
    staticMask: { visible: true, strokes: [] },
    regions: [],
  };
}

/** The frame the brush paints on: the first frame (the request's `image`). */
export function paintedFrame(doc: EditorDocument): FrameInfo | null {
  const id = doc.slots.first;
  return id ? (doc.frames[id] ?? null) : null;
}

export function frameInSlot(doc: EditorDocument, slot: FrameSlot): FrameInfo | null {
  const id = doc.slots[slot];
  return id ? (doc.frames[id] ?? null) : null;
}

export function findRegion(doc: EditorDocument, id: string): Region | undefined {
  return doc.regions.find((r) => r.id === id);
}

export function layerStrokes(doc: EditorDocument, layer: LayerId): Mark[] | undefined {
  return layer === STATIC_LAYER ? doc.staticMask.strokes : findRegion(doc, layer)?.strokes;
}

export function hasPainting(doc: EditorDocument): boolean {
  return doc.staticMask.strokes.length > 0 || doc.regions.some((r) => r.strokes.length > 0 || r.path.length > 0);
}

/** The next free "Region n" number and the first unused colour. */
export function nextRegionLook(doc: EditorDocument): { number: number; colour: string } {
  const used = new Set(doc.regions.map((r) => r.colour));
  const colour = REGION_COLOURS.find((c) => !used.has(c)) ?? REGION_COLOURS[doc.regions.length % REGION_COLOURS.length]!;
  const numbers = new Set(doc.regions.map((r) => Number(/(\d+)$/.exec(r.name)?.[1])));
  let number = 1;
  while (numbers.has(number)) number++;
  return { number, colour };
}

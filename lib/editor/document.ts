// The editor document: what is painted and drawn, in IMAGE pixels (top-left origin), nothing about the view.
// Serialisable (persisted to IndexedDB); frame bytes live beside it, keyed by frame id.
import * as z from "@/lib/kling/zod";
import { MAX_DYNAMIC_MASKS } from "@/lib/kling/limits";

export const FRAME_SLOTS = ["first", "last"] as const;
export type FrameSlot = (typeof FRAME_SLOTS)[number];

/** The layer a stroke goes to: the static ("keep still") area or one moving region by id. */
export const STATIC_LAYER = "static";
export type LayerId = typeof STATIC_LAYER | string;

/** Region colours, in the order new regions take them. The static area has its own. */
export const REGION_COLOURS = ["#ef4444", "#f59e0b", "#22c55e", "#a855f7", "#ec4899", "#06b6d4"] as const;
export const STATIC_COLOUR = "#3b82f6";

const finite = z.number().refine(Number.isFinite, { error: "must be finite" });

export const frameInfoSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** Natural pixel size of the image. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type FrameInfo = z.infer<typeof frameInfoSchema>;

export const strokeSchema = z.object({
  id: z.string().min(1),
  tool: z.enum(["brush", "eraser"]),
  /** Brush radius in image pixels. */
  radius: finite.positive(),
  /** Flat polyline [x0, y0, x1, y1, ...] in image pixels; one point is a dot. */
  points: z.array(finite).min(2).refine((p) => p.length % 2 === 0, { error: "must hold x, y pairs" }),
});
export type Stroke = z.infer<typeof strokeSchema>;

/**
 * An area given as pixels rather than a brush path: a magic-wand selection, or a rectangle or ellipse typed
 * in. `fill` adds it to its layer, `cut` removes it. Spans are [row, a, b] triples (columns a..b-1) on a
 * `width` x `height` grid, the painted size when it was made, so replacing the photo needs no rewrite.
 */
export const fillSchema = z.object({
  id: z.string().min(1),
  tool: z.enum(["fill", "cut"]),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  spans: z.array(z.number().int().nonnegative()).refine((p) => p.length % 3 === 0, { error: "must hold row, a, b triples" }),
});
export type Fill = z.infer<typeof fillSchema>;

/** What a layer is made of, in order: brush and eraser strokes, and fills. */
export const markSchema = z.union([strokeSchema, fillSchema]);
export type Mark = Stroke | Fill;

export function isFill(m: Mark): m is Fill {
  return m.tool === "fill" || m.tool === "cut";
}

/** True for marks that add pixels (the brush, a fill); false for the eraser and cuts. */
export function addsPaint(m: Mark): boolean {
  return m.tool === "brush" || m.tool === "fill";
}

export const pointSchema = z.object({ x: finite, y: finite });
/** A trajectory point in image pixels (top-left origin, fractional: the pixel centre is col + 0.5). */
export type Point = z.infer<typeof pointSchema>;

export const regionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  colour: z.string(),
  visible: z.boolean(),
  strokes: z.array(markSchema),
  /** The trajectory, in travel order. */
  path: z.array(pointSchema),
});
export type Region = z.infer<typeof regionSchema>;

export const staticMaskSchema = z.object({ visible: z.boolean(), strokes: z.array(markSchema) });
export type StaticMask = z.infer<typeof staticMaskSchema>;

export const editorDocumentSchema = z.object({
  version: z.literal(1),
  frames: z.record(z.string(), frameInfoSchema),
  slots: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  /** The pixel size strokes and paths are expressed in (the first frame's, kept when it is removed). */
  paintSize: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).nullable(),
  staticMask: staticMaskSchema,
  regions: z.array(regionSchema).max(MAX_DYNAMIC_MASKS),
});
export type EditorDocument = z.infer<typeof editorDocumentSchema>;

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

// The editor document's zod schemas: what is read back from IndexedDB, a recipe or a project file is checked
// against them. Apart from document.ts (types and helpers, no schema library) so the page's first load needs no zod.
import * as z from "@/lib/kling/zod";
import { MAX_DYNAMIC_MASKS } from "@/lib/kling/limits";

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

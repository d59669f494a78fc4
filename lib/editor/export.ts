// The motion brush as Kling fields: masks rasterised from the document (never from the zoomed stage) at
// exactly the size of the image sent, and trajectories in that image's integer pixels, bottom-left origin.
// The masks are made by the page's mask exporter (mask-exporter.ts): cached by the marks and the size, and
// rasterised in a Web Worker.
//
// PRECEDENCE (one area per pixel; the editor draws the same order): moving regions win over the static
// area, and among moving regions the one higher in the list (Region 1 first) wins. Hidden layers are sent.
import type { EditorDocument } from "./document";
import type { Size } from "./geometry";
import type { MotionBrushFields, PreparedMotionBrush } from "./mask-fields";
import { defaultMaskExporter } from "./mask-exporter";
import { rasteriseLayer, resolvePrecedence, type SpanMask } from "./raster";

export { exportTrajectory, type MotionBrushFields, type PreparedMotionBrush } from "./mask-fields";
export { MaskExportFailure, motionBrushProblems, MotionBrushExportError, type MotionBrushProblem } from "./brush-problems";

export interface RasterisedAreas {
  /** After precedence: what each area owns, at target size. */
  static: SpanMask;
  regions: SpanMask[];
}

/** Every area rasterised at `target` and resolved so each pixel has one owner (in-process; the preview's). */
export function rasteriseAreas(doc: EditorDocument, target: Size): RasterisedAreas {
  const source = doc.paintSize ?? target;
  const layers = [...doc.regions.map((r) => r.strokes), doc.staticMask.strokes].map((s) => rasteriseLayer(s, source, target));
  const owned = resolvePrecedence(layers);
  return { static: owned[owned.length - 1]!, regions: owned.slice(0, -1) };
}

export function prepareMotionBrush(doc: EditorDocument, target: Size): Promise<PreparedMotionBrush> {
  return defaultMaskExporter().prepare(doc, target);
}

/**
 * The public export (also used by the payload budget and the drawing export): masks at exactly `target`
 * size, trajectories in target pixels with the origin at the bottom-left. Rejects with
 * MotionBrushExportError naming what is missing, or MaskExportFailure when the exporter itself failed.
 */
export function exportMotionBrush(doc: EditorDocument, target: { width: number; height: number }): Promise<MotionBrushFields> {
  return defaultMaskExporter().export(doc, target);
}

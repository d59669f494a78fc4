// Export drawing: a painted document's masks and paths as one zip. Loaded when the button is used (fflate and the
// mask exporter are not part of the jobs panel).
import { strToU8, zipSync } from "fflate";
import type { EditorDocument } from "@/lib/editor/document";
import { exportMotionBrush } from "@/lib/editor/export";

export interface DrawingExport {
  /** File name inside the zip -> bytes. */
  files: Record<string, Uint8Array>;
}

export interface DrawingJson {
  format: "motionbrush-drawing";
  version: 1;
  /** The image the masks and points are in: the painted first frame's natural pixels. */
  width: number;
  height: number;
  staticMask: string | null;
  regions: {
    name: string;
    colour: string;
    mask: string;
    /** Kling's form: integer pixels, origin bottom-left, x = col, y = H - 1 - row (at most 77 points). */
    kling: { x: number; y: number }[];
    /** Point track: [x, y] image pixels, origin top-left (x = col, y = row), the same points. */
    track: [number, number][];
  }[];
}

/**
 * The drawing of an editor document, at the painted frame's own pixel size: masks rasterised by the
 * editor's export (same precedence as what is sent), paths in both coordinate forms.
 */
export async function exportDrawing(doc: EditorDocument): Promise<DrawingExport> {
  const size = doc.paintSize;
  if (!size) throw new Error("the drawing has no frame size");
  const fields = await exportMotionBrush(doc, size);
  const files: Record<string, Uint8Array> = {};
  const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  let staticMask: string | null = null;
  if (fields.static_mask) {
    staticMask = "static_mask.png";
    files[staticMask] = fromBase64(fields.static_mask);
  }
  const regions = (fields.dynamic_masks ?? []).map((d, i) => {
    const region = doc.regions[i]!;
    const mask = `dynamic_mask_${i + 1}.png`;
    files[mask] = fromBase64(d.mask);
    return {
      name: region.name,
      colour: region.colour,
      mask,
      kling: d.trajectories,
      track: d.trajectories.map((p): [number, number] => [p.x, size.height - 1 - p.y]),
    };
  });
  const drawing: DrawingJson = { format: "motionbrush-drawing", version: 1, width: size.width, height: size.height, staticMask, regions };
  files["drawing.json"] = strToU8(JSON.stringify(drawing, null, 2));
  // The two shapes other tools read directly.
  files["trajectories_kling.json"] = strToU8(JSON.stringify(regions.map((r) => r.kling)));
  files["tracks_top_left.json"] = strToU8(JSON.stringify(regions.map((r) => r.track)));
  return { files };
}

/** One zip of the drawing's files (stored, not re-deflated: the PNGs are compressed already). */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 0, mtime: new Date(1980, 0, 1) });
}

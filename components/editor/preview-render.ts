// Drawing the motion preview on a canvas: the photo under the camera transform, each region's pixels cut out
// once as a sprite and drawn at its offset, the hole it leaves dimmed. Browser-only; the maths is lib/editor.
import type { EditorDocument } from "@/lib/editor/document";
import { rasteriseAreas } from "@/lib/editor/export";
import type { Size } from "@/lib/editor/geometry";
import { previewFrame, type PreviewCamera } from "@/lib/editor/motion-preview";
import type { SpanMask } from "@/lib/editor/raster";

export interface PreviewScene {
  size: Size;
  image: CanvasImageSource;
  sprites: HTMLCanvasElement[];
  holes: HTMLCanvasElement | null;
  paths: { x: number; y: number }[][];
  colours: string[];
  camera: PreviewCamera | null;
}

function maskCanvas(mask: SpanMask, colour: string): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = mask.width;
  c.height = mask.height;
  const ctx = c.getContext("2d")!;
  ctx.fillStyle = colour;
  mask.rows.forEach((spans, row) => {
    if (spans) for (let i = 0; i < spans.length; i += 2) ctx.fillRect(spans[i]!, row, spans[i + 1]! - spans[i]!, 1);
  });
  return c;
}

/** Cuts the sprites once per document and size; each frame then costs a few drawImage calls. */
export function buildScene(image: HTMLImageElement, doc: EditorDocument | null, camera: PreviewCamera | null, size: Size): PreviewScene {
  const scene: PreviewScene = { size, image, sprites: [], holes: null, paths: [], colours: [], camera };
  if (!doc || !doc.paintSize || doc.regions.length === 0) return scene;
  const source = doc.paintSize;
  const areas = rasteriseAreas(doc, size);
  const holes = document.createElement("canvas");
  holes.width = size.width;
  holes.height = size.height;
  const hctx = holes.getContext("2d")!;
  doc.regions.forEach((r, i) => {
    const mask = areas.regions[i]!;
    const sprite = maskCanvas(mask, "#000");
    hctx.drawImage(sprite, 0, 0);
    const sctx = sprite.getContext("2d")!;
    sctx.globalCompositeOperation = "source-in";
    sctx.drawImage(image, 0, 0, size.width, size.height);
    scene.sprites.push(sprite);
    scene.paths.push(r.path.map((p) => ({ x: (p.x * size.width) / source.width, y: (p.y * size.height) / source.height })));
    scene.colours.push(r.colour);
  });
  scene.holes = holes;
  return scene;
}

/** One frame at `t` (0..1) on `ctx`, whose canvas is `scene.size`. */
export function drawPreview(ctx: CanvasRenderingContext2D, scene: PreviewScene, t: number, showPaths: boolean) {
  const { size } = scene;
  const frame = previewFrame({ size, paths: scene.paths, camera: scene.camera }, t);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = "#18181b";
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.setTransform(...frame.camera);
  ctx.drawImage(scene.image, 0, 0, size.width, size.height);
  if (scene.holes) {
    ctx.globalAlpha = 0.45;
    ctx.drawImage(scene.holes, 0, 0);
    ctx.globalAlpha = 1;
  }
  // Lowest precedence first, so Region 1 ends on top as in the export.
  for (let i = scene.sprites.length - 1; i >= 0; i--) {
    const o = frame.offsets[i]!;
    ctx.drawImage(scene.sprites[i]!, o.x, o.y);
  }
  if (showPaths) {
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 6]);
    scene.paths.forEach((path, i) => {
      if (path.length < 2) return;
      ctx.beginPath();
      path.forEach((p, k) => (k === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.strokeStyle = scene.colours[i]!;
      ctx.stroke();
    });
    ctx.setLineDash([]);
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

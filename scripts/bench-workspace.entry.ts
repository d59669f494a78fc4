// Bundled into a blank Chromium page by scripts/bench-workspace.ts: the motion preview's drawing on a 1280x720
// frame with 6 regions and a camera move, frame after frame as Play draws them.
import { emptyDocument, type EditorDocument } from "@/lib/editor/document";
import { shapeFill } from "@/lib/editor/shapes";
import { buildScene, drawPreview } from "@/components/editor/preview-render";

declare global {
  interface Window {
    benchPreview(frames: number): Promise<{ buildMs: number; frameMs: number[] }>;
  }
}

window.benchPreview = async (frames: number) => {
  const W = 1280;
  const H = 720;
  const src = document.createElement("canvas");
  src.width = W;
  src.height = H;
  const sctx = src.getContext("2d")!;
  const noise = sctx.createImageData(W, H);
  for (let i = 0; i < noise.data.length; i++) noise.data[i] = i % 4 === 3 ? 255 : (i * 2654435761) >>> 24;
  sctx.putImageData(noise, 0, 0);
  const image = new Image();
  image.src = src.toDataURL("image/png");
  await image.decode();
  const size = { width: W, height: H };
  const doc: EditorDocument = { ...emptyDocument(), paintSize: size };
  for (let i = 0; i < 6; i++) {
    const x = 100 + i * 180;
    doc.regions.push({
      id: `r${i}`,
      name: `Region ${i + 1}`,
      colour: "#ef4444",
      visible: true,
      strokes: [shapeFill("ellipse", { x, y: 200, width: 150, height: 220 }, size, `f${i}`)],
      path: [
        { x: x + 75, y: 310 },
        { x: x + 120, y: 400 },
        { x: x + 160, y: 330 },
      ],
    });
  }
  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  document.body.append(canvas);
  const ctx = canvas.getContext("2d")!;
  const t0 = performance.now();
  const scene = buildScene(image, doc, { type: "simple", config: { zoom: 6 } }, size);
  const buildMs = performance.now() - t0;
  const frameMs: number[] = [];
  for (let f = 0; f < frames; f++) {
    const a = performance.now();
    drawPreview(ctx, scene, f / frames, true);
    ctx.getImageData(0, 0, 1, 1); // waits for the drawing to finish, as showing the frame would
    frameMs.push(performance.now() - a);
  }
  return { buildMs, frameMs };
};

// Browser bundle for `npm run bench` (built with esbuild, loaded into Chromium): the real payload preparation
// (read, decode, re-encode on canvas, masks exported at the new size) on a photo and a 6-region painting.
import { readFrameSource } from "@/lib/client/frame-source";
import { preparePayload } from "@/lib/client/prepare-payload";
import { canvasCodec } from "@/lib/client/reencode";
import { buildImage2VideoBody, defaultImage2VideoDraft } from "@/lib/composer/request-body";
import { emptyDocument, REGION_COLOURS, type EditorDocument } from "@/lib/editor/document";
import { exportMotionBrush } from "@/lib/editor/export";

/** Six moving regions (a blob each, a path of 20 points) and a still band, in 4000x3000 image pixels. */
function painting(width: number, height: number): EditorDocument {
  const doc = emptyDocument();
  doc.paintSize = { width, height };
  doc.staticMask.strokes = [{ id: "s", tool: "brush", radius: 120, points: [0, height - 200, width, height - 200] }];
  doc.regions = REGION_COLOURS.map((colour, i) => {
    const cx = ((i % 3) + 0.5) * (width / 3);
    const cy = (Math.floor(i / 3) + 0.5) * (height / 2.5);
    const ring = Array.from({ length: 24 }, (_, k) => [cx + Math.cos(k / 3.8) * 300, cy + Math.sin(k / 3.8) * 220]).flat();
    return {
      id: `r${i}`,
      name: `Region ${i + 1}`,
      colour,
      visible: true,
      strokes: [{ id: `r${i}s`, tool: "brush" as const, radius: 90, points: ring }],
      path: Array.from({ length: 20 }, (_, k) => ({ x: cx + k * 25, y: cy - k * 12 })),
    };
  });
  return doc;
}

declare global {
  interface Window {
    benchPrepare: (photoBase64: string, budget: number) => Promise<Record<string, number | string>>;
  }
}

window.benchPrepare = async (photoBase64, budget) => {
  const bytes = Uint8Array.from(atob(photoBase64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], { type: "image/jpeg" });
  const t0 = performance.now();
  const reading = await readFrameSource(blob);
  if (!reading.source) throw new Error(`photo refused: ${reading.problems.join("; ")}`);
  const t1 = performance.now();
  const doc = painting(reading.facts.width, reading.facts.height);
  const draft = { ...defaultImage2VideoDraft("mb-bench"), model: "kling-v1" as const, group: "motion_brush" as const, prompt: "bench" };
  const prepared = await preparePayload({
    budget,
    sources: [{ ...reading.source, key: "image" }],
    masksAt: (size) => exportMotionBrush(doc, size),
    build: (images, masks) => buildImage2VideoBody(draft, { image: images.image, ...masks }),
    codec: canvasCodec,
  });
  const t2 = performance.now();
  if (!prepared.ok) throw new Error(`could not fit: ${prepared.reason}`);
  // One more brush stroke on region 1, then the fit again as the composer does it: reusing the fitted frame.
  const stroked = structuredClone(doc);
  stroked.regions[0]!.strokes.push({ id: "extra", tool: "brush", radius: 60, points: [100, 100, 400, 300] });
  const t3 = performance.now();
  const refit = await preparePayload({
    budget,
    sources: [{ ...reading.source, key: "image" }],
    masksAt: (size) => exportMotionBrush(stroked, size),
    build: (images, masks) => buildImage2VideoBody(draft, { image: images.image, ...masks }),
    codec: canvasCodec,
    reuse: { images: prepared.images, attempt: prepared.attempt },
  });
  const t4 = performance.now();
  if (!refit.ok) throw new Error(`could not refit: ${refit.reason}`);
  const img = prepared.images[0]!;
  const masks = (prepared.body.dynamic_masks as unknown[] | undefined)?.length ?? 0;
  return {
    readMs: t1 - t0,
    prepareMs: t2 - t1,
    totalMs: t2 - t0,
    refitMs: t4 - t3,
    refitEncodes: refit.attempts,
    bodyBytes: prepared.bodyBytes,
    sentBytes: new TextEncoder().encode(JSON.stringify(prepared.body)).length,
    width: img.width,
    height: img.height,
    imageBytes: img.bytes,
    quality: prepared.attempt?.quality ?? 1,
    attempts: prepared.attempts,
    masks,
  };
};

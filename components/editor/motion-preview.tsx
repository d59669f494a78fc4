"use client";
// Play the request before paying for it: regions slide along their paths over the video's duration, the static
// area stays, a camera move carries the whole frame. A scrubber, a loop switch, a hover label naming the path
// point under the cursor, and "Save as video" (mediabunny, loaded only when used).
import { useMotionPreviewMessages } from "@/lib/i18n/features/motionPreview";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { EditorDocument } from "@/lib/editor/document";
import { applyAffine, cameraTransform, invertAffine, nearestPathPoint, type PreviewCamera } from "@/lib/editor/motion-preview";
import { Icon } from "./icons";
import { buildScene, drawPreview, type PreviewScene } from "./preview-render";

interface Props {
  image: HTMLImageElement | null;
  /** The motion-brush document (regions and paths), or null for a camera move. */
  doc: EditorDocument | null;
  camera: PreviewCamera | null;
  durationS: number;
  /** Start playing as soon as it opens. */
  autoPlay?: boolean;
  onClose?: () => void;
}

const MAX_WIDTH = 1280;
const STEPS = 1000;

export function MotionPreview({ image, doc, camera, durationS, autoPlay = false, onClose }: Props) {
  const m = useMotionPreviewMessages();
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(autoPlay);
  const [loop, setLoop] = useState(true);
  const [hover, setHover] = useState<{ x: number; y: number; label: string } | null>(null);
  const [saving, setSaving] = useState<"idle" | "saving" | "failed">("idle");
  const playRef = useRef<HTMLButtonElement>(null);
  // Opening the preview replaces the button that opened it: focus goes to Play/Pause, never to the page.
  useEffect(() => {
    if (autoPlay) playRef.current?.focus();
  }, [autoPlay]);

  const size = useMemo(() => {
    const w = image?.naturalWidth ?? 1280;
    const h = image?.naturalHeight ?? 720;
    const k = Math.min(1, MAX_WIDTH / w);
    return { width: Math.round(w * k), height: Math.round(h * k) };
  }, [image]);
  const scene: PreviewScene | null = useMemo(() => (image ? buildScene(image, doc, camera, size) : null), [image, doc, camera, size]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext("2d");
    if (ctx && scene) drawPreview(ctx, scene, t, true);
  }, [scene, t]);

  // Playback: t follows the clock; at the end it loops or stops.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let from = performance.now() - t * durationS * 1000;
    const tick = (now: number) => {
      let next = (now - from) / (durationS * 1000);
      if (next >= 1) {
        if (loop) {
          from = now;
          next = 0;
        } else {
          setT(1);
          setPlaying(false);
          return;
        }
      }
      setT(next);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
    // t is read once when playback starts; the clock drives it after that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, loop, durationS]);

  const onMove = useCallback(
    (e: React.PointerEvent<HTMLCanvasElement>) => {
      if (!scene) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const k = scene.size.width / rect.width;
      const onCanvas = { x: (e.clientX - rect.left) * k, y: (e.clientY - rect.top) * k };
      const inFrame = applyAffine(invertAffine(cameraTransform(scene.camera, scene.size, t)), onCanvas);
      const hit = nearestPathPoint(scene.paths, inFrame, 14 * k);
      const name = hit && doc ? doc.regions[hit.region]?.name : undefined;
      setHover(hit && name ? { x: e.clientX - rect.left, y: e.clientY - rect.top, label: m.pointLabel(name, hit.index + 1) } : null);
    },
    [scene, t, doc, m],
  );

  const save = async () => {
    if (!scene) return;
    setPlaying(false);
    setSaving("saving");
    try {
      const blob = await encodePreview(scene, durationS);
      const url = URL.createObjectURL(blob.blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `motion-preview.${blob.extension}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setSaving("idle");
    } catch {
      setSaving("failed");
    }
  };

  const seconds = t * durationS;
  return (
    <div className="space-y-2" data-testid="motion-preview">
      <div
        className="relative mx-auto w-full overflow-hidden rounded-lg bg-zinc-900"
        style={{ aspectRatio: `${size.width} / ${size.height}`, maxHeight: "calc(100dvh - 19rem)", maxWidth: `calc((100dvh - 19rem) * ${size.width / size.height})` }}
      >
        <canvas
          ref={canvasRef}
          width={size.width}
          height={size.height}
          role="img"
          aria-label={m.canvasLabel}
          aria-describedby={`${id}-note`}
          data-t={t.toFixed(3)}
          onPointerMove={onMove}
          onPointerLeave={() => setHover(null)}
          className="absolute inset-0 size-full"
        />
        {hover ? (
          <span
            className="pointer-events-none absolute rounded bg-zinc-900/85 px-1.5 py-0.5 text-xs font-medium text-white"
            style={{ left: hover.x + 12, top: hover.y - 10 }}
            data-testid="preview-point-label"
          >
            {hover.label}
          </span>
        ) : null}
        <p className="pointer-events-none absolute left-2 top-2 rounded bg-zinc-900/75 px-2 py-0.5 text-xs text-white">{m.badge}</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          ref={playRef}
          type="button"
          onClick={() => {
            if (!playing && t >= 1) setT(0);
            setPlaying((p) => !p);
          }}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-lg bg-accent-600 px-3 text-sm font-medium text-white hover:bg-accent-700 sm:min-h-9"
        >
          <Icon name={playing ? "pause" : "play"} />
          {playing ? m.pause : m.play}
        </button>
        <label htmlFor={`${id}-time`} className="sr-only">
          {m.scrubber}
        </label>
        <input
          id={`${id}-time`}
          type="range"
          min={0}
          max={STEPS}
          value={Math.round(t * STEPS)}
          onChange={(e) => {
            setPlaying(false);
            setT(Number(e.currentTarget.value) / STEPS);
          }}
          aria-valuetext={m.time(seconds, durationS)}
          className="min-w-32 flex-1 accent-accent-600"
        />
        <span aria-hidden className="w-20 text-xs tabular-nums text-zinc-600">
          {m.time(seconds, durationS)}
        </span>
        <label className="inline-flex min-h-11 items-center gap-1.5 text-sm text-zinc-700 sm:min-h-0">
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.currentTarget.checked)} className="size-4 accent-accent-600" />
          {m.loop}
        </label>
        <button
          type="button"
          onClick={() => void save()}
          disabled={saving === "saving" || !scene}
          className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60 sm:min-h-9"
        >
          {saving === "saving" ? m.saving : m.save}
        </button>
        {onClose ? (
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-50 sm:min-h-9"
          >
            {m.close}
          </button>
        ) : null}
      </div>
      <p id={`${id}-note`} className="text-xs text-zinc-600">
        {m.note}
      </p>
      <p role="status" className="text-sm text-red-700 empty:hidden">
        {saving === "failed" ? m.saveFailed : ""}
      </p>
    </div>
  );
}

/** Renders every frame at 30 fps on a canvas of its own and encodes it in the browser. */
async function encodePreview(scene: PreviewScene, durationS: number): Promise<{ blob: Blob; extension: string }> {
  const mb = await import("mediabunny");
  const canvas = document.createElement("canvas");
  // Encoders want even sizes.
  canvas.width = scene.size.width - (scene.size.width % 2);
  canvas.height = scene.size.height - (scene.size.height % 2);
  const ctx = canvas.getContext("2d")!;
  const webm = new mb.WebMOutputFormat();
  const mp4 = new mb.Mp4OutputFormat();
  let format: InstanceType<typeof mb.WebMOutputFormat> | InstanceType<typeof mb.Mp4OutputFormat> = webm;
  let codec = await mb.getFirstEncodableVideoCodec(webm.getSupportedVideoCodecs(), { width: canvas.width, height: canvas.height });
  if (!codec) {
    format = mp4;
    codec = await mb.getFirstEncodableVideoCodec(mp4.getSupportedVideoCodecs(), { width: canvas.width, height: canvas.height });
  }
  if (!codec) throw new Error("no video encoder in this browser");
  const target = new mb.BufferTarget();
  const output = new mb.Output({ format, target });
  const source = new mb.CanvasSource(canvas, { codec, bitrate: mb.QUALITY_MEDIUM });
  output.addVideoTrack(source, { frameRate: 30 });
  await output.start();
  const frames = Math.round(durationS * 30);
  for (let i = 0; i <= frames; i++) {
    drawPreview(ctx, scene, i / frames, false);
    await source.add(i / 30, 1 / 30);
  }
  await output.finalize();
  const type = format === webm ? "video/webm" : "video/mp4";
  return { blob: new Blob([target.buffer!], { type }), extension: format === webm ? "webm" : "mp4" };
}

"use client";
import { useMessages } from "@/lib/i18n/messages-context";
import type { FirstFrame } from "@/lib/client/composer-store";

type Shown = Extract<FirstFrame, { status: "ready" | "invalid" }>;

export function ImagePreview({ frame, onClear, slot = "first", compact = false }: { frame: Shown; onClear: () => void; slot?: "first" | "last"; compact?: boolean }) {
  const all = useMessages();
  const m = slot === "last" ? all.frames.lastFrame : all.composer.firstFrame;
  const { width, height, bytes } = frame.reading.facts;
  if (!frame.previewUrl) return null;
  return (
    <div className={compact ? "flex min-w-0 flex-1 items-center gap-3" : "flex items-start gap-3"}>
      {/* A blob URL made in this browser: next/image (and its code in the first load) has nothing to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={frame.previewUrl}
        alt={m.previewAlt}
        width={width}
        height={height}
        decoding="async"
        className={compact ? "h-11 w-auto max-w-24 rounded-md border border-zinc-200 object-contain" : "h-20 w-auto max-w-[45%] rounded-lg border border-zinc-200 object-contain sm:h-28 sm:max-w-[60%]"}
      />
      <div className={compact ? "flex min-w-0 flex-1 flex-wrap items-baseline gap-x-3 text-sm" : "min-w-0 flex-1 space-y-1 text-sm"}>
        <p className="truncate font-medium text-zinc-900" title={frame.name}>
          {frame.name}
        </p>
        <p className={compact ? "text-zinc-600 tabular-nums max-sm:sr-only" : "text-zinc-600 tabular-nums"}>{m.facts(width, height, bytes)}</p>
        <button
          type="button"
          onClick={onClear}
          className="min-h-11 rounded-md py-0.5 text-left text-sm text-zinc-600 underline underline-offset-2 hover:text-zinc-900 sm:min-h-0"
        >
          {m.remove}
        </button>
      </div>
    </div>
  );
}

"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { useMessages } from "@/lib/i18n/messages-context";
import { FrameSources, imageFromClipboard } from "./frame-sources";
import { ImagePreview } from "./image-preview";
import { wordCode } from "./word-issue";
import type { FirstFrame } from "@/lib/client/composer-store";

interface Props {
  frame: FirstFrame;
  onPick: (file: Blob, name: string) => void;
  onClear: () => void;
  /** Field issues for `image` from the schema or the gateway. */
  issues: string[];
  /** The same picker serves the last frame (`image_tail`). */
  slot?: "first" | "last";
}

const SAMPLE_URL = { first: "/samples/harbour.jpg", last: "/samples/harbour-end.jpg" };

export function FirstFramePicker({ frame, onPick, onClear, issues, slot = "first" }: Props) {
  const all = useMessages();
  const codes = useIssueCodes(frame.status !== "empty");
  const m = slot === "last" ? all.frames.lastFrame : all.composer.firstFrame;
  const pastedName = all.frames.sources.pastedName;
  const id = useId();
  const [dragDepth, setDragDepth] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingSample, setLoadingSample] = useState(false);

  const take = (file: File | undefined, extra: number) => {
    if (!file) return setNotice(m.notAnImage);
    setNotice(extra > 0 ? m.onlyFirstUsed : null);
    onPick(file, file.name);
  };

  // Ctrl+V with nothing focused fills the first frame; inside a picker, that picker.
  useEffect(() => {
    if (slot !== "first") return;
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && target !== document.body && target !== document.documentElement) return;
      const file = imageFromClipboard(e.clipboardData);
      if (file) {
        e.preventDefault();
        onPick(file, pastedName);
      }
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [slot, onPick, pastedName]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragDepth(0);
    const files = Array.from(e.dataTransfer.files);
    take(files[0], files.length - 1);
  };

  const fileRef = useRef<HTMLInputElement>(null);
  const useSample = async () => {
    if (loadingSample) return;
    setLoadingSample(true);
    setNotice(null);
    try {
      const res = await fetch(SAMPLE_URL[slot]);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      onPick(await res.blob(), m.sampleName);
      // The sample button leaves the view once the frame is in: focus moves to the picker's file input.
      requestAnimationFrame(() => fileRef.current?.focus());
    } catch (e) {
      setNotice(m.sampleFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setLoadingSample(false);
    }
  };

  const problems: string[] = [];
  if (frame.status === "invalid") {
    problems.push(...frame.reading.problems.map((p) => m.problem(wordCode(p, codes))));
    if (frame.reading.undecodable) problems.push(m.undecodable);
  }
  problems.push(...issues);
  const hasError = problems.length > 0 || notice !== null;
  const dragging = dragDepth > 0;
  // Once a frame is in, the drop zone shrinks to one row so the workspace below starts near the top.
  const compact = frame.status === "ready" && !dragging;

  return (
    <fieldset className={compact ? "" : "space-y-3"}>
      <legend className={compact ? "sr-only" : "text-sm font-medium text-zinc-900"}>{m.legend}</legend>
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          setDragDepth((d) => d + 1);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragDepth((d) => Math.max(0, d - 1))}
        onDrop={onDrop}
        onPaste={(e) => {
          const file = imageFromClipboard(e.clipboardData);
          if (file && !(e.target instanceof HTMLInputElement && e.target.type === "url")) {
            e.preventDefault();
            setNotice(null);
            onPick(file, pastedName);
          }
        }}
        data-dragging={dragging || undefined}
        className={`rounded-xl border-2 border-dashed transition-colors ${compact ? "flex flex-wrap items-center gap-x-4 gap-y-2 p-2" : "p-4"} ${
          dragging ? "border-accent-500 bg-accent-50" : hasError ? "border-red-300 bg-white" : "border-zinc-300 bg-white"
        }`}
      >
        {frame.status === "ready" || (frame.status === "invalid" && frame.previewUrl) ? (
          <ImagePreview frame={frame} onClear={onClear} slot={slot} compact={compact} />
        ) : null}
        <div className={compact ? "flex items-center gap-3" : "flex flex-col items-center gap-3 py-3 text-center sm:flex-row sm:justify-center sm:text-left"}>
          <input
            id={`${id}-file`}
            ref={fileRef}
            data-field={slot === "last" ? "image_tail" : "image"}
            type="file"
            accept="image/png,image/jpeg"
            className="peer sr-only"
            aria-describedby={`${id}-rules ${id}-errors`}
            aria-invalid={hasError || undefined}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = "";
              if (files.length > 0) take(files[0], 0);
            }}
          />
          <label
            htmlFor={`${id}-file`}
            className={`inline-flex min-h-11 cursor-pointer items-center rounded-lg px-4 text-sm font-medium shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 sm:min-h-9 ${
              compact ? "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50" : "bg-accent-600 text-white hover:bg-accent-700"
            }`}
          >
            {compact ? m.replace : m.choose}
            <span className="sr-only">{m.chooseContext}</span>
          </label>
          <span className={compact ? "sr-only" : "text-sm text-zinc-600"}>
            {dragging ? m.dropActive : m.drop} {all.frames.sources.pasteHint}
          </span>
        </div>
        <div className={compact ? "hidden" : "border-t border-zinc-100 py-3"}>
          <FrameSources slot={slot} onPick={onPick} onNotice={setNotice} />
        </div>
        <div className={compact ? "sr-only" : "flex flex-wrap items-center justify-between gap-2 border-t border-zinc-100 pt-3"}>
          <p id={`${id}-rules`} className="text-xs text-zinc-600">
            {m.rules}
          </p>
          <button
            type="button"
            onClick={useSample}
            aria-disabled={loadingSample || undefined}
            className="rounded-md px-2 py-1 text-sm font-medium text-accent-700 hover:bg-accent-50 disabled:opacity-60"
          >
            {m.sample}
          </button>
        </div>
      </div>
      <div id={`${id}-errors`} role="alert" className="empty:hidden">
        {frame.status === "invalid" || issues.length > 0 ? (
          <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-medium">{frame.status === "invalid" ? m.problemsHeading(frame.name) : m.refusedHeading}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {notice ? <p className="text-sm text-red-700">{notice}</p> : null}
      </div>
      <p role="status" className="sr-only">
        {frame.status === "reading" ? m.reading : frame.status === "ready" ? m.loaded(frame.name) : ""}
      </p>
    </fieldset>
  );
}

"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import { useMultiMessages } from "@/lib/i18n/features/multi";
import { useId, useState, type DragEvent } from "react";
import { MAX_MULTI_IMAGES } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";
import type { ListedImage } from "./use-image-list";
import { wordCode } from "./word-issue";

interface Props {
  images: ListedImage[];
  onAdd: (files: { blob: Blob; name: string }[]) => number;
  onRemove: (id: string) => void;
  /** Pre-flight or gateway issues per position ("image_list[0].image" → index 0), plus list-level ones. */
  issuesAt: (index: number) => string[];
  listIssues: string[];
}

const SAMPLES = ["/samples/harbour.jpg", "/samples/harbour-end.jpg"];

export function MultiImagePicker({ images, onAdd, onRemove, issuesAt, listIssues }: Props) {
  const m = useMultiMessages().images;
  const dims = useMessages().budget.dims;
  const codes = useIssueCodes();
  const id = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(0);
  const full = images.length >= MAX_MULTI_IMAGES;

  const take = (files: { blob: Blob; name: string }[]) => {
    const skipped = onAdd(files);
    setNotice(skipped > 0 ? m.skipped(skipped) : null);
  };

  const useSamples = async () => {
    setNotice(null);
    try {
      const blobs = await Promise.all(
        SAMPLES.map(async (url) => {
          const res = await fetch(url);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return { blob: await res.blob(), name: m.sampleName(SAMPLES.indexOf(url) + 1) };
        }),
      );
      take(blobs);
    } catch (e) {
      setNotice(m.sampleFailed(e instanceof Error ? e.message : String(e)));
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(0);
    take(Array.from(e.dataTransfer.files).map((f) => ({ blob: f, name: f.name })));
  };

  return (
    <fieldset className="min-w-0 space-y-3" data-testid="multi-image-picker">
      <legend className="flex w-full items-baseline justify-between gap-3 text-sm font-medium text-zinc-900">
        <span>{m.legend}</span>
        <span className="text-xs font-normal text-zinc-500 tabular-nums">{m.count(images.length, MAX_MULTI_IMAGES)}</span>
      </legend>
      {images.length > 0 ? (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {images.map((img, i) => {
            const problems =
              img.status === "read"
                ? [...img.reading.problems.map((p) => m.problem(wordCode(p, codes))), ...(img.reading.undecodable ? [m.undecodable] : []), ...issuesAt(i)]
                : issuesAt(i);
            return (
              <li key={img.id} className={`min-w-0 space-y-1 rounded-lg border p-2 ${problems.length ? "border-red-300" : "border-zinc-200"}`}>
                <div className="grid aspect-square place-items-center overflow-hidden rounded-md bg-zinc-100">
                  {img.status === "read" && img.url ? (
                    // A blob URL made in this browser: next/image has nothing to optimise.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img
                      src={img.url}
                      alt={m.alt(i + 1)}
                      width={img.reading.facts.width}
                      height={img.reading.facts.height}
                      decoding="async"
                      className="h-full w-full object-contain"
                    />
                  ) : (
                    <span className="text-xs text-zinc-700">{img.status === "reading" ? m.reading : m.notImage}</span>
                  )}
                </div>
                <p className="truncate text-xs font-medium text-zinc-800" title={img.name}>
                  {i + 1}. {img.name}
                </p>
                {img.status === "read" && img.reading.facts.width > 0 ? (
                  <p className="text-xs text-zinc-500 tabular-nums">
                    {dims(img.reading.facts.width, img.reading.facts.height, img.reading.facts.bytes)}
                  </p>
                ) : null}
                {problems.length > 0 ? (
                  <ul role="alert" className="space-y-0.5 text-xs text-red-700">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : null}
                <button
                  type="button"
                  onClick={() => onRemove(img.id)}
                  className="text-xs text-zinc-600 underline underline-offset-2 hover:text-zinc-900"
                >
                  {m.remove(i + 1)}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging((d) => d + 1);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging((d) => Math.max(0, d - 1))}
        onDrop={onDrop}
        className={`rounded-xl border-2 border-dashed p-3 ${dragging ? "border-accent-500 bg-accent-50" : "border-zinc-300"}`}
      >
        <div className="flex flex-col items-center gap-2 text-center sm:flex-row sm:justify-center sm:text-left">
          <input
            id={`${id}-file`}
            type="file"
            multiple
            accept="image/png,image/jpeg"
            disabled={full}
            className="peer sr-only"
            aria-describedby={`${id}-rules`}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = "";
              take(files.map((f) => ({ blob: f, name: f.name })));
            }}
          />
          <label
            htmlFor={`${id}-file`}
            aria-disabled={full || undefined}
            className="cursor-pointer rounded-lg bg-accent-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-accent-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 peer-disabled:cursor-not-allowed peer-disabled:bg-zinc-300 peer-disabled:text-zinc-600"
          >
            {m.choose}
            <span className="sr-only">{m.chooseContext}</span>
          </label>
          <span className="text-sm text-zinc-500">{full ? m.full(MAX_MULTI_IMAGES) : m.drop}</span>
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 border-t border-zinc-100 pt-2">
          <p id={`${id}-rules`} className="text-xs text-zinc-500">
            {m.rules}
          </p>
          <button
            type="button"
            onClick={useSamples}
            disabled={images.length + SAMPLES.length > MAX_MULTI_IMAGES}
            className="rounded-md px-2 py-1 text-sm font-medium text-accent-700 hover:bg-accent-50 disabled:opacity-50"
          >
            {m.sample}
          </button>
        </div>
      </div>
      <div aria-live="polite" className="space-y-1 empty:hidden">
        {notice ? <p className="text-sm text-red-700">{notice}</p> : null}
        {listIssues.length > 0 ? (
          <ul className="text-sm text-red-700">
            {listIssues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </fieldset>
  );
}

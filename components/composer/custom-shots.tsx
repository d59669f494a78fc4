"use client";
// The custom shot list of kling-v3 multi-shot: each shot's prompt and seconds, which must fill the duration.
import { useId } from "react";
import { remainingSeconds, type Image2VideoDraft, type MultiShotChoice, type Shot } from "@/lib/composer/request-body";
import { MAX_SHOT_PROMPT_CHARS, MAX_SHOTS, MIN_SHOT_SECONDS } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";
import { FieldIssues } from "./field-issues";

export interface MultiShotProps {
  value: Pick<Image2VideoDraft, "multiShot" | "shots" | "duration">;
  onChange: (patch: { multiShot?: MultiShotChoice; shots?: Shot[] }) => void;
  issuesFor: (path: string) => string[];
}

export function CustomShots({ value, onChange, issuesFor, listIssues }: MultiShotProps & { listIssues: string[] }) {
  const m = useMessages().requestFields.multiShot;
  const id = useId();
  const total = Number(value.duration);
  const left = remainingSeconds(value);
  const setShot = (i: number, p: Partial<Shot>) => onChange({ shots: value.shots.map((s, j) => (j === i ? { ...s, ...p } : s)) });
  return (
    <fieldset className="space-y-2" aria-describedby={`${id}-left ${id}-issues`}>
      <legend className="text-sm font-medium text-zinc-900">{m.listLabel}</legend>
      <ol className="space-y-2">
        {value.shots.map((s, i) => (
          <li key={i} className="flex flex-wrap items-start gap-2 rounded-lg border border-zinc-200 p-2 sm:flex-nowrap">
            <span aria-hidden className="mt-2 w-5 shrink-0 text-right text-xs font-medium text-zinc-500">
              {i + 1}
            </span>
            <div className="min-w-0 flex-1 basis-48">
              <label htmlFor={`${id}-p${i}`} className="sr-only">
                {m.shotPrompt(i + 1)}
              </label>
              <textarea
                id={`${id}-p${i}`}
                rows={2}
                value={s.prompt}
                placeholder={m.shotPrompt(i + 1)}
                onChange={(e) => setShot(i, { prompt: e.target.value })}
                aria-invalid={issuesFor(`multi_prompt[${i}].prompt`).length > 0 || undefined}
                className="block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm"
              />
              <p className={`text-right text-xs tabular-nums ${s.prompt.length > MAX_SHOT_PROMPT_CHARS ? "text-red-700" : "text-zinc-500"}`}>
                {m.counter(s.prompt.length, MAX_SHOT_PROMPT_CHARS)}
              </p>
            </div>
            <div className="flex items-center gap-2">
              <label htmlFor={`${id}-s${i}`} className="sr-only">
                {m.shotSeconds(i + 1)}
              </label>
              <input
                id={`${id}-s${i}`}
                type="number"
                inputMode="numeric"
                min={MIN_SHOT_SECONDS}
                max={total}
                step={1}
                value={Number.isFinite(s.seconds) ? s.seconds : ""}
                onChange={(e) => setShot(i, { seconds: e.target.value === "" ? NaN : Number(e.target.value) })}
                aria-invalid={issuesFor(`multi_prompt[${i}].duration`).length > 0 || undefined}
                className="w-16 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-right text-sm tabular-nums"
              />
              <span aria-hidden className="text-sm text-zinc-600">
                s
              </span>
              <button
                type="button"
                onClick={() => onChange({ shots: value.shots.filter((_, j) => j !== i) })}
                aria-label={m.remove(i + 1)}
                className="rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100"
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {value.shots.length < MAX_SHOTS ? (
          <button
            type="button"
            onClick={() => onChange({ shots: [...value.shots, { prompt: "", seconds: Math.max(MIN_SHOT_SECONDS, left) }] })}
            className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
          >
            {m.add}
          </button>
        ) : (
          <p className="text-xs text-zinc-600">{m.full(MAX_SHOTS)}</p>
        )}
        <p id={`${id}-left`} aria-live="polite" className={`text-sm ${left === 0 ? "text-zinc-600" : "font-medium text-amber-800"}`}>
          {m.remaining(Number.isFinite(left) ? left : total, total)}
        </p>
      </div>
      <FieldIssues id={`${id}-issues`} issues={listIssues} />
    </fieldset>
  );
}

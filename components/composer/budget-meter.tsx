"use client";
import type { BudgetState } from "@/lib/client/composer-store";
import { useMessages } from "@/lib/i18n/messages-context";

export type { BudgetState } from "@/lib/client/composer-store";

/** The request size against this server's limit, and what was done to the images to get there. */
export function BudgetMeter({ state, budget, nameOf }: { state: BudgetState; budget: number; nameOf: (key: string) => string }) {
  const m = useMessages().budget;
  const bytes = state.status === "ready" ? state.bytes : state.status === "failed" ? state.smallestBytes : 0;
  const ratio = Math.min(1, bytes / budget);
  const over = bytes > budget;
  return (
    <div className="space-y-1.5 rounded-lg bg-zinc-50 px-3 py-2" data-testid="budget-meter" data-status={state.status} data-bytes={bytes || undefined}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-zinc-900">{m.label}</span>
        <span className={`tabular-nums ${over ? "font-medium text-red-700" : "text-zinc-700"}`} data-testid="budget-figures">
          {state.status === "empty" ? "—" : state.status === "preparing" ? "…" : m.of(bytes, budget)}
        </span>
      </div>
      <div
        role="meter"
        aria-label={m.label}
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={Math.min(bytes, budget)}
        aria-valuetext={state.status === "ready" || state.status === "failed" ? m.of(bytes, budget) : undefined}
        className="h-2 overflow-hidden rounded-full bg-zinc-200"
      >
        {/* No transition: a keystroke changes the size by a byte, and an eased bar would cost a frame of layout,
            paint and commit on the main thread for every step of the easing (measured: about half of a keystroke). */}
        <div className={`h-full ${over ? "bg-red-600" : "bg-accent-600"}`} style={{ width: `${ratio * 100}%` }} />
      </div>
      <div aria-live="polite" className="text-xs text-zinc-600">
        {state.status === "empty" ? <p>{m.empty}</p> : null}
        {state.status === "preparing" ? <p>{m.preparing}</p> : null}
        {state.status === "failed" ? <p className="text-red-700">{m.failed[state.reason]}</p> : null}
        {state.status === "ready" && state.attempt === null ? <p>{m.asIs}</p> : null}
        {state.status === "ready" && state.attempt !== null ? (
          <>
            <p>{m.shrunkIntro}</p>
            <ul className="list-disc pl-4" data-testid="budget-images">
              {state.images.map((img) => (
                <li key={img.key}>
                  {m.image(
                    nameOf(img.key),
                    m.dims(img.original.width, img.original.height, img.original.bytes),
                    m.dims(img.width, img.height, img.bytes),
                    img.changed ? state.attempt!.quality : null,
                  )}
                </li>
              ))}
            </ul>
            {state.maskSize ? <p>{m.masks(state.maskSize.width, state.maskSize.height)}</p> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

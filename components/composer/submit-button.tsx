"use client";
import { useMessages } from "@/lib/i18n/messages-context";

/** When disabled, the accessible name and the visible hint both say why. */
export function SubmitButton({ reason, sending }: { reason: string | null; sending: boolean }) {
  const m = useMessages().composer.submit;
  const text = sending ? m.sending : m.label;
  return (
    <div className="space-y-1.5">
      <button
        type="submit"
        disabled={reason !== null}
        aria-label={reason && !sending ? m.withReason(text, reason) : undefined}
        className="inline-flex w-full items-center justify-center gap-2 rounded-lg bg-accent-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-600 sm:w-auto sm:min-w-44"
      >
        {sending ? (
          <span aria-hidden className="size-4 rounded-full border-2 border-white/40 border-t-white motion-safe:animate-spin" />
        ) : null}
        {text}
      </button>
      {reason && !sending ? (
        <p aria-hidden className="text-xs text-zinc-600">
          {reason}
        </p>
      ) : null}
    </div>
  );
}

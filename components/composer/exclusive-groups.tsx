"use client";
// The request's exclusive groups as one explicit choice. Options are data: issue 4 adds "camera" by
// passing one more option. Switching never discards anything: what the other options hold is listed as
// kept-but-not-sent.
import { useId, type ReactNode } from "react";
import { EXCLUSIVE_GROUPS, type ExclusiveGroup } from "@/lib/composer/request-body";
import type { Messages } from "@/lib/i18n/en";
import { useMessages } from "@/lib/i18n/messages-context";

export interface ExclusiveOption<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/** The groups this composer offers; values match the request builder's group names (lib/composer/request-body). */
export const FRAME_GROUPS = EXCLUSIVE_GROUPS;
export type FrameGroup = ExclusiveGroup;

export function frameGroupOptions(m: Messages["frames"]["groups"]): ExclusiveOption<FrameGroup>[] {
  return FRAME_GROUPS.map((value) => ({ value, label: m.options[value].label, hint: m.options[value].hint }));
}

interface Props<T extends string> {
  value: T;
  options: readonly ExclusiveOption<T>[];
  onChange: (value: T) => void;
  /** What the unchosen options hold: kept, shown, not sent. */
  setAside: readonly string[];
  disabled?: boolean;
  children?: ReactNode;
}

export function ExclusiveGroups<T extends string>({ value, options, onChange, setAside, disabled, children }: Props<T>) {
  const m = useMessages().frames.groups;
  const id = useId();
  return (
    <fieldset disabled={disabled} aria-describedby={`${id}-why`} className="min-w-0 space-y-2" data-testid="exclusive-groups">
      <legend className="text-sm font-medium text-zinc-900">{m.legend}</legend>
      <div className="grid gap-1.5">
        {options.map((o) => (
          <label
            key={o.value}
            className="relative flex cursor-pointer flex-col gap-0.5 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm text-zinc-700 hover:border-zinc-300 has-checked:border-accent-500 has-checked:bg-accent-50 has-checked:text-zinc-900 has-focus-visible:outline-2 has-focus-visible:outline-accent-600"
          >
            <span className="flex items-center gap-2 font-medium">
              <input
                type="radio"
                name={`${id}-group`}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={`${id}-${o.value}-hint`}
                className="size-4 accent-accent-600"
              />
              {o.label}
            </span>
            <span id={`${id}-${o.value}-hint`} className="pl-6 text-xs text-zinc-600">
              {o.hint}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-why`} className="text-xs text-zinc-600">
        {m.explanation}
      </p>
      <div aria-live="polite" className="empty:hidden" data-testid="group-set-aside">
        {setAside.length > 0 ? (
          <div className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-700">
            <p className="font-medium text-zinc-900">{m.setAsideHeading}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {setAside.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {children}
    </fieldset>
  );
}

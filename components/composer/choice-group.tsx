"use client";
import { useId, type ReactNode } from "react";

interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Grid columns of the options (2 by default; 3 suits three short options). */
  columns?: 2 | 3;
  /** Shown under the options and read with the group. */
  description?: ReactNode;
  children?: ReactNode;
}

/** A radio group drawn as a segmented control; native radios keep arrow-key navigation. */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange, disabled, description, columns = 2, children }: Props<T>) {
  const id = useId();
  return (
    <fieldset disabled={disabled} aria-describedby={description ? `${id}-desc` : undefined} className="min-w-0 space-y-1.5">
      <legend className="text-sm font-medium text-zinc-900">{legend}</legend>
      <div className={`grid ${columns === 3 ? "grid-cols-3" : "grid-cols-2"} gap-1 rounded-lg bg-zinc-100 p-1 ${disabled ? "opacity-60" : ""}`}>
        {choices.map((c) => (
          <label
            key={c.value}
            className="relative flex cursor-pointer flex-col items-center rounded-md px-2 py-1.5 text-center text-sm text-zinc-700 has-checked:bg-white has-checked:font-medium has-checked:text-zinc-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-accent-600 has-disabled:cursor-not-allowed"
          >
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              className="sr-only"
            />
            <span>{c.label}</span>
            {c.hint ? <span className="text-xs font-normal text-zinc-600">{c.hint}</span> : null}
          </label>
        ))}
      </div>
      {description ? (
        <p id={`${id}-desc`} className="text-xs text-zinc-600">
          {description}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

"use client";
import { useId } from "react";
import { MAX_PROMPT_CHARS } from "@/lib/kling/limits";
import { codePointLength } from "@/lib/kling/value-checks";
import { useMessages } from "@/lib/i18n/messages-context";
import { FieldIssues } from "./field-issues";
import { useTypedBeforeHydration } from "@/components/use-typed-before-hydration";

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  issues: string[];
  rows?: number;
  /** The request field it edits, for links from the summary. */
  field?: string;
}

export function PromptField({ label, placeholder, value, onChange, issues, rows = 4, field }: Props) {
  const m = useMessages().composer.prompt;
  const id = useId();
  const ref = useTypedBeforeHydration<HTMLTextAreaElement>(value, onChange);
  // By code points, as the gateway counts: an emoji is one character.
  const count = codePointLength(value);
  const over = count - MAX_PROMPT_CHARS;
  const invalid = over > 0 || issues.length > 0;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-zinc-900">
          {label}
        </label>
        <span
          id={`${id}-count`}
          aria-label={m.counterLabel(count, MAX_PROMPT_CHARS)}
          className={`text-xs tabular-nums ${over > 0 ? "font-medium text-red-700" : "text-zinc-600"}`}
        >
          {m.counter(count, MAX_PROMPT_CHARS)}
        </span>
      </div>
      <textarea
        ref={ref}
        id={id}
        data-field={field}
        value={value}
        rows={rows}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-count ${id}-issues`}
        aria-invalid={invalid || undefined}
        className={`block w-full resize-y rounded-lg border bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-400 focus-visible:border-accent-500 ${
          invalid ? "border-red-400" : "border-zinc-300"
        }`}
      />
      <FieldIssues id={`${id}-issues`} issues={over > 0 ? [m.over(over), ...issues] : issues} />
    </div>
  );
}

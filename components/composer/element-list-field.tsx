"use client";
import { useId } from "react";
import { MAX_ELEMENTS } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";
import { FieldIssues } from "./field-issues";

interface Props {
  elements: string[];
  onChange: (elements: string[]) => void;
  /** Voices are set: Kling refuses elements together with voices. */
  hasVoices: boolean;
  issues: string[];
}

/** element_list: up to 3 ids from the account's Kling element library. */
export function ElementListField({ elements, onChange, hasVoices, issues }: Props) {
  const m = useMessages().requestFields.elements;
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={`${id}-hint ${id}-issues`}>
      <legend className="text-sm font-medium text-zinc-900">{m.legend}</legend>
      <p id={`${id}-hint`} className="text-xs text-zinc-500">
        {m.hint}
      </p>
      {elements.map((v, i) => (
        <div key={i} className="flex items-center gap-2">
          <label htmlFor={`${id}-el-${i}`} className="sr-only">
            {m.label(i + 1)}
          </label>
          <input
            id={`${id}-el-${i}`}
            value={v}
            inputMode="numeric"
            placeholder={m.label(i + 1)}
            onChange={(e) => onChange(elements.map((x, j) => (j === i ? e.target.value : x)))}
            className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs"
          />
          <button
            type="button"
            onClick={() => onChange(elements.filter((_, j) => j !== i))}
            className="shrink-0 rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100"
          >
            {m.remove(i + 1)}
          </button>
        </div>
      ))}
      {elements.length < MAX_ELEMENTS ? (
        <button
          type="button"
          onClick={() => onChange([...elements, ""])}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
        >
          {m.add}
        </button>
      ) : null}
      {hasVoices && elements.length > 0 ? <p className="text-sm text-amber-800">{m.withVoices}</p> : null}
      <FieldIssues id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}

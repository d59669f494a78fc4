"use client";
import { useId } from "react";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { MODEL_CAPABILITIES, modelInfo, type Image2VideoModel } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { FieldIssues } from "./field-issues";

interface Props {
  value: Image2VideoModel;
  onChange: (model: Image2VideoModel) => void;
  /** Capability advice for `model_name`, with one-click switches. */
  advice: Advice[];
  onSwitch: (s: Switch) => void;
  issues: string[];
}

export function ModelSelect({ value, onChange, advice, onSwitch, issues }: Props) {
  const m = useMessages().composer.model;
  const id = useId();
  const info = modelInfo(value);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
        {m.label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = MODEL_CAPABILITIES.find((c) => c.id === e.target.value);
          if (next) onChange(next.id);
        }}
        aria-describedby={`${id}-note ${id}-warnings ${id}-issues`}
        className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs focus-visible:border-accent-500"
      >
        {MODEL_CAPABILITIES.map((c) => (
          <option key={c.id} value={c.id}>
            {m.option(c.label, c.id, c.relayOnly === true)}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className="text-xs text-zinc-600 empty:hidden">
        {[info?.relayOnly ? m.relayOnlyNote : null, info?.note].filter(Boolean).join(" · ")}
      </p>
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
      <FieldIssues id={`${id}-issues`} issues={issues} />
    </div>
  );
}

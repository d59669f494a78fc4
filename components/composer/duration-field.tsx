"use client";
import { useId } from "react";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import type { Duration } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";

interface Props {
  value: Duration;
  onChange: (d: Duration) => void;
  /** The durations the model lists; a value outside them (kept from another model) is still shown. */
  durations: readonly Duration[];
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

/** A native select: 13 durations (kling-v3) do not fit a segmented control on a phone. */
export function DurationField({ value, onChange, durations, advice = [], onSwitch = () => {} }: Props) {
  const m = useMessages().composer.duration;
  const id = useId();
  const options = durations.includes(value) ? durations : [...durations, value].sort((a, b) => Number(a) - Number(b));
  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
        {m.legend}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-warnings`}
        className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs focus-visible:border-accent-500"
      >
        {options.map((d) => (
          <option key={d} value={d}>
            {m.option(d)}
          </option>
        ))}
      </select>
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
    </div>
  );
}

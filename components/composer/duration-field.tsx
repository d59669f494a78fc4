"use client";
import { useId } from "react";
import type { CapabilityWarning } from "@/lib/kling/capabilities";
import { DURATIONS, type Duration } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityNote } from "./capability-note";
import { ChoiceGroup } from "./choice-group";

export function DurationField({ value, onChange, warnings }: { value: Duration; onChange: (d: Duration) => void; warnings: CapabilityWarning[] }) {
  const m = useMessages().composer.duration;
  const id = useId();
  return (
    <ChoiceGroup
      legend={m.legend}
      name={`${id}-duration`}
      value={value}
      onChange={onChange}
      choices={DURATIONS.map((d) => ({ value: d, label: m.option(d) }))}
    >
      <CapabilityNote id={`${id}-warnings`} warnings={warnings} />
    </ChoiceGroup>
  );
}

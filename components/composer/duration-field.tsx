"use client";
import { useId } from "react";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { DURATIONS, type Duration } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { ChoiceGroup } from "./choice-group";

interface Props {
  value: Duration;
  onChange: (d: Duration) => void;
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

export function DurationField({ value, onChange, advice = [], onSwitch = () => {} }: Props) {
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
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
    </ChoiceGroup>
  );
}

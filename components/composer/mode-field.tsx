"use client";
import { useId } from "react";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import type { Mode } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { ChoiceGroup } from "./choice-group";

interface Props {
  value: Mode;
  onChange: (mode: Mode) => void;
  takesMode: boolean;
  modelLabel: string;
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

export function ModeField({ value, onChange, takesMode, modelLabel, advice = [], onSwitch = () => {} }: Props) {
  const m = useMessages().composer.mode;
  const id = useId();
  return (
    <ChoiceGroup
      legend={m.legend}
      name={`${id}-mode`}
      value={value}
      onChange={onChange}
      disabled={!takesMode}
      description={takesMode ? undefined : m.none(modelLabel)}
      choices={[
        { value: "std", label: m.std, hint: m.stdHint },
        { value: "pro", label: m.pro, hint: m.proHint },
      ]}
    >
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
    </ChoiceGroup>
  );
}

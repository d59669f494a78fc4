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
  /** The modes the model lists (4K only where listed); std and pro by default. */
  modes?: readonly Mode[];
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

export function ModeField({ value, onChange, takesMode, modelLabel, modes = ["std", "pro"], advice = [], onSwitch = () => {} }: Props) {
  const m = useMessages().composer.mode;
  const id = useId();
  const hints: Record<Mode, string> = { std: m.stdHint, pro: m.proHint, "4k": m["4kHint"] };
  // A mode kept from another model stays visible, so the warning next to it has something to point at.
  const shown = modes.includes(value) || !takesMode ? modes : [...modes, value];
  return (
    <ChoiceGroup
      legend={m.legend}
      name={`${id}-mode`}
      value={value}
      onChange={onChange}
      disabled={!takesMode}
      columns={shown.length === 3 ? 3 : 2}
      description={takesMode ? undefined : m.none(modelLabel)}
      choices={shown.map((mode) => ({ value: mode, label: m[mode], hint: hints[mode] }))}
    >
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
    </ChoiceGroup>
  );
}

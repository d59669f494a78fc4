"use client";
import { useId } from "react";
import type { CapabilityWarning } from "@/lib/kling/capabilities";
import type { Mode } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityNote } from "./capability-note";
import { ChoiceGroup } from "./choice-group";

interface Props {
  value: Mode;
  onChange: (mode: Mode) => void;
  takesMode: boolean;
  modelLabel: string;
  warnings: CapabilityWarning[];
}

export function ModeField({ value, onChange, takesMode, modelLabel, warnings }: Props) {
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
      <CapabilityNote id={`${id}-warnings`} warnings={warnings} />
    </ChoiceGroup>
  );
}

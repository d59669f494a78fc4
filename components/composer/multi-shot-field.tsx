"use client";
import { useId } from "react";
import dynamic from "next/dynamic";
import type { MultiShotChoice } from "@/lib/composer/request-body";
import type { MultiShotProps } from "./custom-shots";
import { useMessages } from "@/lib/i18n/messages-context";
import { ChoiceGroup } from "./choice-group";
import { FieldIssues } from "./field-issues";

// The custom shot list loads when "Custom shots" is first chosen (server-rendered when the page is rendered with it).
const CustomShots = dynamic(() => import("./custom-shots").then((mod) => mod.CustomShots), { loading: () => null });

/** kling-v3 multi-shot: one take, Kling's own plan, or up to 6 shots whose seconds fill the duration. */
export function MultiShotField({ value, onChange, issuesFor }: MultiShotProps) {
  const m = useMessages().requestFields.multiShot;
  const id = useId();
  const total = Number(value.duration);
  const choose = (choice: MultiShotChoice) =>
    onChange({ multiShot: choice, ...(choice === "customize" && value.shots.length === 0 ? { shots: [{ prompt: "", seconds: total }] } : {}) });
  const listIssues = [...new Set([...issuesFor("multi_shot"), ...issuesFor("shot_type"), ...issuesFor("multi_prompt")])];

  return (
    <div className="space-y-3">
      <ChoiceGroup
        legend={m.legend}
        name={`${id}-shots`}
        value={value.multiShot}
        onChange={choose}
        columns={3}
        description={value.multiShot === "intelligence" ? m.intelligenceNote : value.multiShot === "customize" ? m.customizeNote : undefined}
        choices={[
          { value: "off", label: m.off, hint: m.offHint },
          { value: "intelligence", label: m.intelligence, hint: m.intelligenceHint },
          { value: "customize", label: m.customize, hint: m.customizeHint },
        ]}
      />
      {value.multiShot === "customize" ? (
        <CustomShots value={value} onChange={onChange} issuesFor={issuesFor} listIssues={listIssues} />
      ) : (
        <FieldIssues id={`${id}-issues`} issues={listIssues} />
      )}
    </div>
  );
}

"use client";
import { useId } from "react";
import { useCatalog } from "@/components/catalog-context";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { findModel, isRetired } from "@/lib/kling/builtin-catalog";
import type { Image2VideoModel, ModelInfo } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { FieldIssues } from "./field-issues";

interface Props {
  value: Image2VideoModel;
  onChange: (model: Image2VideoModel) => void;
  /** Capability advice for `model_name` (a retired model's warning among it), with one-click switches. */
  advice: Advice[];
  onSwitch: (s: Switch) => void;
  issues: string[];
}

/** Live models first; retired ones stay selectable (relays and private deployments may serve them), marked. */
export function ModelSelect({ value, onChange, advice, onSwitch, issues }: Props) {
  const m = useMessages().composer.model;
  const catalog = useCatalog();
  const id = useId();
  const info = findModel(catalog, value);
  const option = (c: ModelInfo) => (
    <option key={c.id} value={c.id}>
      {m.option(c.label, c.id, c.relayOnly === true, isRetired(c))}
    </option>
  );
  const live = catalog.models.filter((c) => !isRetired(c));
  const retired = catalog.models.filter(isRetired);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
        {m.label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = findModel(catalog, e.target.value);
          if (next) onChange(next.id);
        }}
        aria-describedby={`${id}-note ${id}-warnings ${id}-issues`}
        className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs focus-visible:border-accent-500"
      >
        <optgroup label={m.liveGroup}>{live.map(option)}</optgroup>
        {retired.length > 0 ? <optgroup label={m.retiredGroup}>{retired.map(option)}</optgroup> : null}
      </select>
      <p id={`${id}-note`} className="text-xs text-zinc-600 empty:hidden">
        {[info?.relayOnly ? m.relayOnlyNote : null, info?.note].filter(Boolean).join(" · ")}
      </p>
      <CapabilityAdvice id={`${id}-warnings`} advice={advice} onSwitch={onSwitch} />
      <FieldIssues id={`${id}-issues`} issues={issues} />
    </div>
  );
}

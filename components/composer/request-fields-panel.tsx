"use client";
import { useId } from "react";
import { useCatalog } from "@/components/catalog-context";
import {
  modelTakesCfgScale,
  modelTakesElements,
  modelTakesMultiShot,
  modelTakesSound,
  modelTakesVoices,
  type Image2VideoDraft,
} from "@/lib/composer/request-body";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { MAX_VOICES } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { ChoiceGroup } from "./choice-group";
import { ElementListField } from "./element-list-field";
import { FieldIssues } from "./field-issues";
import { MultiShotField } from "./multi-shot-field";

export type RequestFields = Pick<
  Image2VideoDraft,
  "model" | "duration" | "cfgScale" | "sound" | "voices" | "multiShot" | "shots" | "elements" | "watermark" | "callbackUrl" | "externalTaskId"
>;

interface Props {
  fields: RequestFields;
  onChange: (patch: Partial<RequestFields>) => void;
  onNewId: () => void;
  issuesFor: (path: string) => string[];
  /** Multi-image-to-video takes none of cfg_scale, sound, voices, watermark. */
  kind?: "image2video" | "multi-image2video";
  /** Capability advice for `sound`. */
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

const inputClass = (invalid: boolean) =>
  `block w-full rounded-lg border bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-400 focus-visible:border-accent-500 ${
    invalid ? "border-red-400" : "border-zinc-300"
  }`;

/** The fields most requests leave at their defaults; each is shown only where the model takes it. */
export function RequestFieldsPanel({ fields, onChange, onNewId, issuesFor, kind = "image2video", advice = [], onSwitch = () => {} }: Props) {
  const m = useMessages().requestFields;
  const id = useId();
  const catalog = useCatalog();
  const single = kind === "image2video";
  const cfg = single && modelTakesCfgScale(fields.model, catalog);
  const sound = single && modelTakesSound(fields.model, catalog);
  const voices = sound && modelTakesVoices(fields.model, catalog);
  const multiShot = single && modelTakesMultiShot(fields.model, catalog);
  const elements = single && modelTakesElements(fields.model, catalog);
  const idIssues = issuesFor("external_task_id");
  const callbackIssues = issuesFor("callback_url");
  const voiceIssues = issuesFor("voice_list");

  return (
    <fieldset className="min-w-0 space-y-4 rounded-xl border border-zinc-200 p-3 sm:p-4" data-testid="request-fields">
      <legend className="px-1 text-sm font-medium text-zinc-900">{m.legend}</legend>

      {multiShot ? <MultiShotField value={fields} onChange={onChange} issuesFor={issuesFor} /> : null}

      {cfg ? (
        <div className="space-y-1">
          <div className="flex items-baseline justify-between gap-3">
            <label htmlFor={`${id}-cfg`} className="text-sm font-medium text-zinc-900">
              {m.cfg.label}
            </label>
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={fields.cfgScale}
              aria-label={m.cfg.label}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (e.target.value !== "" && Number.isFinite(v)) onChange({ cfgScale: v });
              }}
              className="w-20 rounded-md border border-zinc-300 bg-white px-2 py-1 text-right text-sm tabular-nums"
            />
          </div>
          <input
            id={`${id}-cfg`}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={Math.min(1, Math.max(0, fields.cfgScale))}
            onChange={(e) => onChange({ cfgScale: Number(e.target.value) })}
            aria-describedby={`${id}-cfg-hint`}
            className="block w-full accent-accent-600"
          />
          <p id={`${id}-cfg-hint`} className="text-xs text-zinc-500">
            {m.cfg.hint}
          </p>
          <FieldIssues id={`${id}-cfg-issues`} issues={issuesFor("cfg_scale")} />
        </div>
      ) : null}

      {sound ? (
        <div className="space-y-3">
          <ChoiceGroup
            legend={m.sound.legend}
            name={`${id}-sound`}
            value={fields.sound}
            onChange={(s) => onChange({ sound: s })}
            description={m.sound.hint}
            choices={[
              { value: "off", label: m.sound.off },
              { value: "on", label: m.sound.on },
            ]}
          >
            <CapabilityAdvice id={`${id}-sound-advice`} advice={advice} onSwitch={onSwitch} />
          </ChoiceGroup>
          {voices ? (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-zinc-900">{m.voices.legend}</legend>
              <p className="text-xs text-zinc-500">{fields.sound === "on" ? m.voices.hint : m.voices.needSound}</p>
              {fields.voices.map((v, i) => (
                <div key={i} className="flex items-center gap-2">
                  <label htmlFor={`${id}-voice-${i}`} className="sr-only">
                    {m.voices.label(i + 1)}
                  </label>
                  <input
                    id={`${id}-voice-${i}`}
                    value={v}
                    placeholder={m.voices.label(i + 1)}
                    onChange={(e) => onChange({ voices: fields.voices.map((x, j) => (j === i ? e.target.value : x)) })}
                    className={inputClass(issuesFor(`voice_list[${i}]`).length > 0)}
                  />
                  <button
                    type="button"
                    onClick={() => onChange({ voices: fields.voices.filter((_, j) => j !== i) })}
                    className="shrink-0 rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100"
                  >
                    {m.voices.remove(i + 1)}
                  </button>
                </div>
              ))}
              {fields.voices.length < MAX_VOICES ? (
                <button
                  type="button"
                  onClick={() => onChange({ voices: [...fields.voices, ""] })}
                  className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
                >
                  {m.voices.add}
                </button>
              ) : null}
              <FieldIssues id={`${id}-voice-issues`} issues={voiceIssues.concat(issuesFor("sound"))} />
            </fieldset>
          ) : null}
        </div>
      ) : null}

      {elements ? (
        <ElementListField
          elements={fields.elements}
          onChange={(e) => onChange({ elements: e })}
          hasVoices={fields.sound === "on" && fields.voices.length > 0}
          issues={issuesFor("element_list")}
        />
      ) : null}

      {single ? (
        <div className="flex items-start gap-2">
          <input
            id={`${id}-wm`}
            type="checkbox"
            checked={fields.watermark}
            onChange={(e) => onChange({ watermark: e.target.checked })}
            aria-describedby={`${id}-wm-hint`}
            className="mt-0.5 size-4 accent-accent-600"
          />
          <div>
            <label htmlFor={`${id}-wm`} className="text-sm font-medium text-zinc-900">
              {m.watermark.label}
            </label>
            <p id={`${id}-wm-hint`} className="text-xs text-zinc-500">
              {m.watermark.hint}
            </p>
          </div>
        </div>
      ) : null}

      <div className="space-y-1">
        <label htmlFor={`${id}-ext`} className="block text-sm font-medium text-zinc-900">
          {m.externalId.label}
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-ext`}
            value={fields.externalTaskId}
            onChange={(e) => onChange({ externalTaskId: e.target.value })}
            aria-describedby={`${id}-ext-hint ${id}-ext-issues`}
            aria-invalid={idIssues.length > 0 || undefined}
            spellCheck={false}
            className={`${inputClass(idIssues.length > 0)} font-mono text-xs`}
            data-testid="external-task-id"
          />
          <button
            type="button"
            onClick={onNewId}
            className="shrink-0 rounded-lg border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
          >
            {m.externalId.regenerate}
          </button>
        </div>
        <p id={`${id}-ext-hint`} className="text-xs text-zinc-500">
          {m.externalId.hint}
        </p>
        <FieldIssues id={`${id}-ext-issues`} issues={idIssues} />
      </div>

      <div className="space-y-1">
        <label htmlFor={`${id}-cb`} className="block text-sm font-medium text-zinc-900">
          {m.callback.label}
        </label>
        <input
          id={`${id}-cb`}
          type="url"
          inputMode="url"
          value={fields.callbackUrl}
          placeholder={m.callback.placeholder}
          onChange={(e) => onChange({ callbackUrl: e.target.value })}
          aria-describedby={`${id}-cb-hint ${id}-cb-issues`}
          aria-invalid={callbackIssues.length > 0 || undefined}
          className={inputClass(callbackIssues.length > 0)}
        />
        <p id={`${id}-cb-hint`} className="text-xs text-zinc-500">
          {m.callback.hint}
        </p>
        <FieldIssues id={`${id}-cb-issues`} issues={callbackIssues} />
      </div>
    </fieldset>
  );
}

"use client";
import { useCameraMessages } from "@/lib/i18n/features/camera";
import { useId, useState } from "react";
import {
  activeAxis,
  AXIS_INFO,
  CAMERA_TYPES,
  parseAxisInput,
  setAxis,
  setCameraType,
  type AxisInfo,
  type CameraState,
} from "@/lib/composer/camera";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { CAMERA_MAX, CAMERA_MIN } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";
import { CapabilityAdvice } from "./capability-advice";
import { ChoiceGroup } from "./choice-group";
import { FieldIssues } from "./field-issues";

interface Props {
  camera: CameraState;
  onChange: (camera: CameraState) => void;
  /** Issues for `camera_control` from pre-flight or the gateway. */
  issues: string[];
  /** Capability advice for `camera_control` (a preset on a model that lists only `simple`). */
  advice?: Advice[];
  onSwitch?: (s: Switch) => void;
}

/** Presets, or six axes of which exactly one is non-zero: moving one resets the others, and says so. */
export function CameraPanel({ camera, onChange, issues, advice = [], onSwitch = () => {} }: Props) {
  const { locale } = useMessages();
  const m = useCameraMessages();
  const id = useId();
  const [resetNote, setResetNote] = useState("");
  const active = activeAxis(camera.axes);
  const activeInfo = AXIS_INFO.find((a) => a.axis === active);

  const set = (info: AxisInfo, value: number) => {
    const r = setAxis(camera, info.axis, value);
    setResetNote(r.reset.length > 0 ? m.reset(locale.list(r.reset.map((a) => m.axes[a]))) : "");
    onChange(r.state);
  };

  return (
    <fieldset className="min-w-0 space-y-3" data-testid="camera-panel">
      <legend className="text-sm font-medium text-zinc-900">{m.legend}</legend>
      <ChoiceGroup
        legend={m.typeLegend}
        name={`${id}-type`}
        value={camera.type}
        onChange={(type) => {
          setResetNote("");
          onChange(setCameraType(camera, type));
        }}
        choices={CAMERA_TYPES.map((t) => ({ value: t, label: m.types[t], hint: m.typeHints[t] }))}
      />
      {camera.type === "simple" ? (
        <div className="space-y-2">
          <p className="text-xs text-zinc-500">{m.axesIntro}</p>
          <p className="text-xs text-zinc-500">{m.turnNote}</p>
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
            {AXIS_INFO.map((info) => (
              <AxisRow key={info.axis} info={info} value={camera.axes[info.axis]} onSet={(v) => set(info, v)} />
            ))}
          </ul>
          <p aria-live="polite" className="min-h-5 text-sm text-zinc-700">
            {resetNote ||
              (activeInfo
                ? m.active(m.axes[activeInfo.axis], camera.axes[activeInfo.axis], m.sign[camera.axes[activeInfo.axis] < 0 ? activeInfo.negative : activeInfo.positive])
                : m.none)}
          </p>
        </div>
      ) : (
        <p className="text-sm text-zinc-600">{m.presetNote}</p>
      )}
      <CapabilityAdvice id={`${id}-advice`} advice={advice} onSwitch={onSwitch} />
      <FieldIssues id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}

function AxisRow({ info, value, onSet }: { info: AxisInfo; value: number; onSet: (value: number) => void }) {
  const m = useCameraMessages();
  const id = useId();
  // While typing, the box shows the text as typed ("-", "2."); otherwise the value.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = m.axes[info.axis];
  const meaning = value === 0 ? null : m.sign[value < 0 ? info.negative : info.positive];
  const on = value !== 0;

  return (
    <li className={`grid grid-cols-[minmax(0,1fr)_4.5rem] items-center gap-x-3 gap-y-1 px-3 py-2 ${on ? "bg-accent-50" : ""}`}>
      <div className="min-w-0">
        <label htmlFor={`${id}-range`} className="text-sm font-medium text-zinc-900">
          {name}
        </label>
        <span className="block text-xs text-zinc-600 sm:ml-2 sm:inline">{m.motion(info.motion, info.about)}</span>
      </div>
      <input
        id={`${id}-number`}
        type="text"
        inputMode="decimal"
        value={text ?? String(value)}
        aria-label={m.numberLabel(name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-signs ${id}-error`}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const parsed = parseAxisInput(t);
          if (parsed.ok) {
            setError(null);
            onSet(parsed.value);
          } else {
            setError(parsed.reason === "outOfRange" ? m.outOfRange : m.notNumber);
          }
        }}
        onBlur={() => {
          setText(null);
          setError(null);
        }}
        className={`row-span-2 w-full rounded-md border bg-white px-2 py-1 text-right text-sm tabular-nums ${error ? "border-red-400" : "border-zinc-300"}`}
      />
      <div className="min-w-0">
        <input
          id={`${id}-range`}
          type="range"
          min={CAMERA_MIN}
          max={CAMERA_MAX}
          step={1}
          value={value}
          aria-valuetext={m.valueText(value, meaning)}
          aria-describedby={`${id}-signs`}
          onChange={(e) => {
            setText(null);
            setError(null);
            onSet(Number(e.target.value));
          }}
          className="block w-full accent-accent-600"
        />
        <p id={`${id}-signs`} className="flex justify-between text-xs text-zinc-600">
          <span>− {m.sign[info.negative]}</span>
          <span>+ {m.sign[info.positive]}</span>
        </p>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="col-span-2 text-xs text-red-700 empty:hidden">
        {error}
      </p>
    </li>
  );
}

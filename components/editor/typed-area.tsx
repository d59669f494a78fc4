"use client";
// Areas without a pointer: a rectangle or ellipse from typed coordinates, or the magic wand at a typed point,
// in the points table's Kling coordinates (origin bottom-left, y up). Each is one undo step and is announced.
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { useId, useState } from "react";
import { newId } from "@/lib/editor/actions";
import type { LayerId } from "@/lib/editor/document";
import { clamp, klingToFrame, type Size } from "@/lib/editor/geometry";
import { shapeFill, type ShapeKind } from "@/lib/editor/shapes";
import type { EditorStore } from "@/lib/editor/store";
import type { WandOp } from "@/lib/editor/wand";

interface Props {
  store: EditorStore;
  layer: LayerId;
  /** The active area's visible name. */
  areaName: string;
  frame: Size;
  /** Runs the wand at a frame point (the editor holds the pixels). */
  onWand: (at: { x: number; y: number }, op: WandOp) => void;
  announce: (text: string) => void;
}

const input = "w-full rounded-md border border-zinc-300 px-2 py-1 text-sm tabular-nums sm:py-0.5";
const button = "min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-50 sm:min-h-8";

export function TypedArea({ store, layer, areaName, frame, onWand, announce }: Props) {
  const m = useEditorMessages().typedArea;
  const mn = useEditorMessages();
  const id = useId();
  const [kind, setKind] = useState<ShapeKind>("ellipse");
  const [values, setValues] = useState(() => ({
    x: Math.round(frame.width / 2),
    y: Math.round(frame.height / 2),
    width: Math.round(frame.width / 5),
    height: Math.round(frame.height / 5),
  }));
  const centre = () => klingToFrame({ x: clamp(values.x, 0, frame.width - 1), y: clamp(values.y, 0, frame.height - 1) }, frame);

  const addShape = () => {
    const c = centre();
    const box = { x: c.x - values.width / 2, y: c.y - values.height / 2, width: Math.max(1, values.width), height: Math.max(1, values.height) };
    store.dispatch({ type: "addFill", layer, fill: shapeFill(kind, box, frame, newId("f")), replace: false }, "commit");
    announce(mn.announce.shapeAdded(kind === "ellipse" ? m.ellipse : m.rectangle, areaName));
  };

  const field = (key: keyof typeof values, label: string) => (
    <div className="min-w-0">
      <label htmlFor={`${id}-${key}`} className="block text-xs font-medium text-zinc-700">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="numeric"
        value={values[key]}
        min={0}
        max={key === "x" || key === "width" ? frame.width : frame.height}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (Number.isFinite(v)) setValues((s) => ({ ...s, [key]: v }));
        }}
        className={input}
      />
    </div>
  );

  return (
    <details className="group rounded-lg border border-zinc-200 p-2">
      <summary className="min-h-11 cursor-pointer content-center px-1 text-sm font-medium text-zinc-900 sm:min-h-0">{m.legend(areaName)}</summary>
      <div className="mt-2 space-y-2">
      <p className="text-xs text-zinc-600">{m.intro}</p>
      <div className="grid grid-cols-2 gap-2">
        {field("x", m.x)}
        {field("y", m.y)}
        {field("width", m.width)}
        {field("height", m.height)}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-kind`} className="text-xs font-medium text-zinc-700">
          {m.shape}
        </label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as ShapeKind)} className="rounded-md border border-zinc-300 px-2 py-1 text-sm">
          <option value="ellipse">{m.ellipse}</option>
          <option value="rectangle">{m.rectangle}</option>
        </select>
        <button type="button" className={button} onClick={addShape}>
          {m.addShape(areaName)}
        </button>
      </div>
      <button type="button" className={button} onClick={() => onWand(centre(), "add")}>
        {m.wandAt(areaName)}
      </button>
      </div>
    </details>
  );
}

"use client";
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { useId, useState } from "react";
import { MAX_DYNAMIC_MASKS } from "@/lib/kling/limits";
import { newId } from "@/lib/editor/actions";
import { addsPaint, nextRegionLook, STATIC_COLOUR, STATIC_LAYER, type EditorDocument, type LayerId, type Region } from "@/lib/editor/document";
import type { EditorStore } from "@/lib/editor/store";
import { Icon } from "./icons";

interface Props {
  doc: EditorDocument;
  store: EditorStore;
  active: LayerId;
  onActive: (layer: LayerId) => void;
}

const iconBtn = "inline-flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900";

/** The areas, in precedence order: moving regions (first wins), then the static area. */
export function RegionList({ doc, store, active, onActive }: Props) {
  const m = useEditorMessages().layers;
  const id = useId();
  const [refusal, setRefusal] = useState(false);
  const full = doc.regions.length >= MAX_DYNAMIC_MASKS;

  const add = () => {
    if (full) return setRefusal(true);
    setRefusal(false);
    const look = nextRegionLook(doc);
    const regionId = newId("r");
    store.dispatch({ type: "addRegion", id: regionId, name: m.defaultName(look.number), colour: look.colour });
    onActive(regionId);
  };

  return (
    <fieldset className="space-y-2" aria-describedby={`${id}-precedence`} data-field="areas" tabIndex={-1}>
      <legend className="text-sm font-medium text-zinc-900">{m.heading}</legend>
      <p id={`${id}-precedence`} className="text-xs text-zinc-600">
        {m.precedence}
      </p>
      <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
        {doc.regions.map((r) => (
          <RegionRow key={r.id} region={r} store={store} checked={active === r.id} onActive={onActive} groupName={`${id}-layer`} />
        ))}
        <li className="flex items-center gap-2 px-2 py-1.5">
          <input
            type="radio"
            name={`${id}-layer`}
            id={`${id}-static`}
            data-field="static_mask"
            checked={active === STATIC_LAYER}
            onChange={() => onActive(STATIC_LAYER)}
            aria-label={m.select(m.staticName)}
            className="size-4 accent-accent-600"
          />
          <span aria-hidden className="size-4 shrink-0 rounded" style={{ background: STATIC_COLOUR }} />
          <label htmlFor={`${id}-static`} className="min-w-0 flex-1 text-sm text-zinc-800">
            {m.staticName} <span className="text-xs text-zinc-500">· {m.staticHint}</span>
          </label>
          <VisibilityButton
            visible={doc.staticMask.visible}
            name={m.staticName}
            onToggle={(visible) => store.dispatch({ type: "setVisible", layer: STATIC_LAYER, visible })}
          />
          <button
            type="button"
            className={iconBtn}
            aria-label={m.clear(m.staticName)}
            title={m.clear(m.staticName)}
            disabled={doc.staticMask.strokes.length === 0}
            onClick={() => store.dispatch({ type: "clearLayer", layer: STATIC_LAYER })}
          >
            <Icon name="clear" />
          </button>
          <span className="size-8" aria-hidden />
        </li>
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={add}
          aria-disabled={full || undefined}
          aria-describedby={full ? `${id}-full` : undefined}
          className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
        >
          <Icon name="plus" />
          {m.add}
        </button>
        {full ? (
          <p id={`${id}-full`} role={refusal ? "alert" : undefined} className={`text-xs ${refusal ? "text-red-700" : "text-zinc-500"}`}>
            {m.full(MAX_DYNAMIC_MASKS)}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

function VisibilityButton({ visible, name, onToggle }: { visible: boolean; name: string; onToggle: (v: boolean) => void }) {
  const m = useEditorMessages().layers;
  const label = visible ? m.hide(name) : m.show(name);
  return (
    <button type="button" className={iconBtn} aria-label={label} title={label} aria-pressed={!visible} onClick={() => onToggle(!visible)}>
      <Icon name={visible ? "eye" : "eyeOff"} />
    </button>
  );
}

function RegionRow({ region, store, checked, onActive, groupName }: { region: Region; store: EditorStore; checked: boolean; onActive: (l: LayerId) => void; groupName: string }) {
  const m = useEditorMessages().layers;
  const [draft, setDraft] = useState<string | null>(null);
  const commitName = () => {
    if (draft !== null) store.dispatch({ type: "renameRegion", id: region.id, name: draft });
    setDraft(null);
  };
  const painted = region.strokes.some(addsPaint);
  return (
    <li className={`flex items-center gap-2 px-2 py-1.5 ${checked ? "bg-accent-50/60" : ""}`} data-region={region.name}>
      <input
        type="radio"
        name={groupName}
        checked={checked}
        onChange={() => onActive(region.id)}
        aria-label={m.select(region.name)}
        data-field={`region:${region.id}`}
        className="size-4 accent-accent-600"
      />
      <span aria-hidden className="size-4 shrink-0 rounded" style={{ background: region.colour }} />
      <div className="min-w-0 flex-1">
        <input
          type="text"
          value={draft ?? region.name}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onFocus={() => onActive(region.id)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commitName();
            } else if (e.key === "Escape") {
              setDraft(null);
            }
          }}
          aria-label={m.rename(region.name)}
          maxLength={40}
          className="w-full min-w-0 rounded border border-transparent bg-transparent px-1 py-0.5 text-sm text-zinc-900 hover:border-zinc-200 focus:border-accent-500 focus:bg-white"
        />
        <p className="px-1 text-xs text-zinc-500">
          {m.pathPoints(region.path.length)}
          {painted ? "" : ` · ${m.notPainted}`}
        </p>
      </div>
      <VisibilityButton visible={region.visible} name={region.name} onToggle={(visible) => store.dispatch({ type: "setVisible", layer: region.id, visible })} />
      <button
        type="button"
        className={iconBtn}
        aria-label={m.clear(region.name)}
        title={m.clear(region.name)}
        disabled={region.strokes.length === 0 && region.path.length === 0}
        onClick={() => store.dispatch({ type: "clearLayer", layer: region.id })}
      >
        <Icon name="clear" />
      </button>
      <button type="button" className={iconBtn} aria-label={m.remove(region.name)} title={m.remove(region.name)} onClick={() => {
          store.dispatch({ type: "deleteRegion", id: region.id });
          // The row (and this button) goes away: focus lands on the static area's row, never on the page.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-field="static_mask"]')?.focus());
        }}>
        <Icon name="trash" />
      </button>
    </li>
  );
}

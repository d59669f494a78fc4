"use client";
// The keyboard-editable alternative to dragging handles: every point in Kling coordinates. The table follows
// the settled document itself (a handle dragged on the canvas shows its new numbers on release; the pointer
// readout follows the drag) and its rows are memoised, so an edit re-renders one row, not the page. (Laying
// out a 77-row table on every pointer move cost about 10 ms a frame.)
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { memo, useCallback, useId, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import { findRegion, type Point } from "@/lib/editor/document";
import { clamp, frameToKling, klingToFrame, type Size } from "@/lib/editor/geometry";
import type { EditorStore } from "@/lib/editor/store";
import { Icon } from "./icons";

interface Props {
  regionId: string;
  frame: Size;
  store: EditorStore;
  selected: number | null;
  /** The point selected (null: none), named with its region so the handler can be one stable function. */
  onSelect: (regionId: string, index: number | null) => void;
}

// Touch screens get 44 px targets (pointer-coarse), mice the compact rows.
const small =
  "inline-flex h-7 min-w-7 items-center justify-center gap-1 rounded px-1.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 disabled:opacity-40 pointer-coarse:h-11 pointer-coarse:min-w-11";

/** A point between two others, or a step beyond the last one (inside the frame). */
function pointAfter(path: readonly Point[], i: number, frame: Size): Point {
  const a = path[i];
  const b = path[i + 1];
  if (a && b) return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (!a) return { x: frame.width / 2, y: frame.height / 2 };
  const prev = path[i - 1];
  const step = Math.max(frame.width, frame.height) / 20;
  const dx = prev ? a.x - prev.x : step;
  const dy = prev ? a.y - prev.y : 0;
  const len = Math.hypot(dx, dy) || 1;
  return { x: clamp(a.x + (dx / len) * step, 0, frame.width), y: clamp(a.y + (dy / len) * step, 0, frame.height) };
}

export function PointsTable({ regionId, frame, store, selected, onSelect }: Props) {
  const m = useEditorMessages().points;
  const id = useId();
  const readRegion = useCallback(() => findRegion(store.getSettledDocument(), regionId), [store, regionId]);
  const region = useSyncExternalStore(store.subscribe, readRegion, readRegion);
  const path = region?.path;
  const full = (path?.length ?? 0) >= MAX_TRAJECTORY_POINTS;
  // Stable for every row: what a row's control does is read from the store when it is used.
  const insert = useCallback(
    (index: number) => {
      const now = findRegion(store.getDocument(), regionId)?.path ?? [];
      store.dispatch({ type: "insertPoint", region: regionId, index: index + 1, point: pointAfter(now, index, frame) });
      onSelect(regionId, index + 1);
    },
    [store, regionId, frame, onSelect],
  );
  const move = useCallback(
    (index: number, point: Point) => store.dispatch({ type: "movePoint", region: regionId, index, point }, "commit"),
    [store, regionId],
  );
  const remove = useCallback(
    (index: number) => {
      store.dispatch({ type: "deletePoint", region: regionId, index });
      onSelect(regionId, null);
    },
    [store, regionId, onSelect],
  );
  const select = useCallback((index: number) => onSelect(regionId, index), [onSelect, regionId]);
  if (!region || !path) return null;
  return (
    <div className="space-y-2">
      <div className="max-h-72 overflow-auto rounded-lg border border-zinc-200 contain-content">
        <table className="w-full table-fixed text-sm" aria-describedby={`${id}-direction`}>
          <caption className="bg-zinc-50 px-2 py-1.5 text-left text-xs font-medium text-zinc-700">{m.caption(region.name)}</caption>
          <thead className="sticky top-0 bg-white text-xs text-zinc-500">
            <tr>
              <th scope="col" className="w-14 px-2 py-1 text-left font-medium">
                {m.number}
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {m.x}
              </th>
              <th scope="col" className="px-2 py-1 text-left font-medium">
                {m.y}
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {m.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {path.map((p, i) => (
              <PointRow
                key={i}
                index={i}
                point={p}
                frame={frame}
                selected={selected === i}
                onSelect={select}
                onMove={move}
                onInsert={insert}
                onDelete={remove}
                canInsert={!full}
              />
            ))}
          </tbody>
        </table>
        {path.length === 0 ? <p className="px-2 py-2 text-xs text-zinc-600">{m.empty(region.name)}</p> : null}
      </div>
      <p id={`${id}-direction`} className="text-xs text-zinc-500">
        {m.direction} {path.length === 1 ? m.tooShort : ""} {full ? m.full(MAX_TRAJECTORY_POINTS) : ""}
      </p>
      <div className="flex gap-2">
        <button type="button" className={small} disabled={full} onClick={() => insert(path.length - 1)}>
          <Icon name="plus" className="size-3.5" />
          {m.add}
        </button>
        <button
          type="button"
          className={small}
          disabled={path.length === 0}
          onClick={() => store.dispatch({ type: "setPath", region: regionId, points: [] })}
        >
          <Icon name="clear" className="size-3.5" />
          {m.clear}
        </button>
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  point: Point;
  frame: Size;
  selected: boolean;
  canInsert: boolean;
  onSelect: (index: number) => void;
  onMove: (index: number, p: Point) => void;
  onInsert: (index: number) => void;
  onDelete: (index: number) => void;
}

const PointRow = memo(function PointRow({ index, point, frame, selected, canInsert, onSelect, onMove, onInsert, onDelete }: RowProps) {
  const m = useEditorMessages().points;
  const k = frameToKling(point, frame);
  const n = index + 1;
  const set = (axis: "x" | "y", value: number) => {
    const next = { x: k.x, y: k.y, [axis]: value };
    onMove(index, klingToFrame(next, frame));
  };
  const onFocus = () => onSelect(index);
  return (
    <tr className={selected ? "bg-accent-50" : undefined} data-point={n}>
      <th scope="row" className="px-2 py-0.5 text-left font-medium tabular-nums text-zinc-700">
        {n}
      </th>
      <td className="px-2 py-0.5">
        <CoordinateInput label={m.xLabel(n)} value={k.x} max={frame.width - 1} onCommit={(v) => set("x", v)} onFocus={onFocus} />
      </td>
      <td className="px-2 py-0.5">
        <CoordinateInput label={m.yLabel(n)} value={k.y} max={frame.height - 1} onCommit={(v) => set("y", v)} onFocus={onFocus} />
      </td>
      <td className="px-2 py-0.5 text-right whitespace-nowrap">
        <button type="button" className={small} onClick={() => onInsert(index)} disabled={!canInsert} aria-label={m.insertAfter(n)} title={m.insertAfter(n)}>
          <Icon name="plus" className="size-3.5" />
        </button>
        <button type="button" className={small} onClick={() => onDelete(index)} aria-label={m.remove(n)} title={m.remove(n)}>
          <Icon name="trash" className="size-3.5" />
        </button>
      </td>
    </tr>
  );
});

/** Typing is a draft (committed on Enter or leaving the field); arrow keys commit each step at once. */
function CoordinateInput({ label, value, max, onCommit, onFocus }: { label: string; value: number; max: number; onCommit: (v: number) => void; onFocus: () => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const v = Number(draft);
    if (draft.trim() !== "" && Number.isFinite(v)) onCommit(clamp(Math.round(v), 0, max));
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    } else if (e.key === "Escape") {
      setDraft(null);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      const step = (e.shiftKey ? 10 : 1) * (e.key === "ArrowUp" ? 1 : -1);
      setDraft(null);
      onCommit(clamp(value + step, 0, max));
    }
  };
  return (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      step={1}
      value={draft ?? String(value)}
      aria-label={label}
      onFocus={onFocus}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      className="w-20 max-w-full rounded border border-zinc-300 px-1.5 py-0.5 text-sm tabular-nums focus:border-accent-500 pointer-coarse:h-11"
    />
  );
}

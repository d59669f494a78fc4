"use client";
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { useId, useSyncExternalStore, type ReactNode } from "react";
import type { Tool } from "@/lib/editor/interaction";
import type { ViewStore } from "@/lib/editor/view-store";
import { WAND_TOLERANCE } from "@/lib/editor/wand";
import { Icon, type IconName } from "./icons";

interface Props {
  tool: Tool;
  onTool: (tool: Tool) => void;
  brushRadius: number;
  maxBrushRadius: number;
  onBrushRadius: (r: number) => void;
  tolerance: number;
  onTolerance: (t: number) => void;
  view: ViewStore;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  disabled: boolean;
  /** Extra controls at the row's end (the motion preview's button). */
  children?: ReactNode;
}

// 44 px targets on touch screens, compact with a mouse.
const btn =
  "inline-flex h-11 min-w-11 sm:h-8 sm:min-w-8 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium text-zinc-700 hover:bg-zinc-200/70 disabled:cursor-not-allowed disabled:opacity-40";

export function EditorToolbar(p: Props) {
  const m = useEditorMessages();
  const id = useId();
  // Only the zoom figure: a pan does not re-render the toolbar.
  const scale = () => p.view.getState().viewport.scale;
  const percent = Math.round(useSyncExternalStore(p.view.subscribe, scale, scale) * 100);
  const tools: { value: Tool; icon: IconName; label: string; name?: string; key: string }[] = [
    { value: "brush", icon: "brush", label: m.tools.brush, key: "B" },
    { value: "eraser", icon: "eraser", label: m.tools.eraser, key: "E" },
    { value: "wand", icon: "wand", label: m.tools.wand, name: m.tools.wandLabel, key: "W" },
    { value: "path", icon: "path", label: m.tools.path, key: "P" },
    { value: "pan", icon: "pan", label: m.tools.pan, name: m.tools.panLabel, key: "H" },
  ];
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-zinc-100 p-1">
      <div className="contents">
        <div role="toolbar" aria-label={m.tools.label} className="flex flex-wrap gap-0.5">
          {tools.map((t) => (
            <button
              key={t.value}
              type="button"
              aria-pressed={p.tool === t.value}
              aria-label={t.name}
              aria-keyshortcuts={t.key}
              title={`${t.name ?? t.label} (${t.key})`}
              onClick={() => p.onTool(t.value)}
              className={`${btn} aria-pressed:bg-white aria-pressed:text-zinc-900 aria-pressed:shadow-sm`}
            >
              <Icon name={t.icon} />
              <span className="text-xs max-sm:sr-only">{t.label}</span>
            </button>
          ))}
        </div>
        <div className="flex items-center gap-0.5">
          <button type="button" className={btn} onClick={p.onUndo} disabled={!p.canUndo} aria-label={m.history.undo} aria-keyshortcuts="Control+Z Meta+Z" title={`${m.history.undo} (Ctrl+Z)`}>
            <Icon name="undo" />
          </button>
          <button
            type="button"
            className={btn}
            onClick={p.onRedo}
            disabled={!p.canRedo}
            aria-label={m.history.redo}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            title={`${m.history.redo} (Ctrl+Shift+Z)`}
          >
            <Icon name="redo" />
          </button>
        </div>
      </div>
      <div className="contents">
        {p.tool === "wand" ? (
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-tolerance`} className="text-xs font-medium text-zinc-700">
              {m.tolerance.label}
            </label>
            <input
              id={`${id}-tolerance`}
              type="range"
              min={WAND_TOLERANCE.min}
              max={WAND_TOLERANCE.max}
              value={p.tolerance}
              onChange={(e) => p.onTolerance(Number(e.currentTarget.value))}
              aria-valuetext={m.tolerance.valueText(p.tolerance)}
              disabled={p.disabled}
              className="w-20 accent-accent-600"
            />
            <span aria-hidden className="w-8 text-xs tabular-nums text-zinc-600">
              {m.tolerance.value(p.tolerance)}
            </span>
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-size`} className="text-xs font-medium text-zinc-700">
              {m.size.label}
            </label>
            <input
              id={`${id}-size`}
              type="range"
              min={1}
              max={p.maxBrushRadius}
              value={p.brushRadius}
              onChange={(e) => p.onBrushRadius(Number(e.currentTarget.value))}
              aria-valuetext={m.size.value(p.brushRadius)}
              disabled={p.disabled}
              className="w-20 accent-accent-600"
            />
            {/* Not an <output>: that is a live region and would repeat every step the slider already announces. */}
            <span aria-hidden className="w-12 text-xs tabular-nums text-zinc-600">
              {m.size.value(p.brushRadius)}
            </span>
          </div>
        )}
        <div role="group" aria-label={m.zoom.label} className="ml-auto flex items-center gap-0.5">
          <button type="button" className={btn} onClick={() => p.view.zoomOut()} aria-label={m.zoom.out} title={m.zoom.out} disabled={p.disabled}>
            <Icon name="zoomOut" />
          </button>
          <span className="w-10 text-center text-xs tabular-nums text-zinc-600" title={m.zoom.levelLabel(percent)} data-testid="zoom-level">
            <span className="sr-only">{m.zoom.label} </span>
            {m.zoom.level(percent)}
          </span>
          <button type="button" className={btn} onClick={() => p.view.zoomIn()} aria-label={m.zoom.in} title={m.zoom.in} disabled={p.disabled}>
            <Icon name="zoomIn" />
          </button>
          <button type="button" className={btn} onClick={() => p.view.fit()} aria-label={m.zoom.fitLabel} title={m.zoom.fitLabel} disabled={p.disabled}>
            <Icon name="fit" />
            <span className="text-xs max-sm:sr-only">{m.zoom.fit}</span>
          </button>
          <button type="button" className={btn} onClick={() => p.view.actualSize()} aria-label={m.zoom.actualLabel} title={m.zoom.actualLabel} disabled={p.disabled}>
            <span className="text-xs">{m.zoom.actual}</span>
          </button>
        </div>
      </div>
      {p.children}
    </div>
  );
}

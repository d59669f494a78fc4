"use client";
import { useEffect } from "react";
import { STATIC_LAYER, type LayerId } from "@/lib/editor/document";
import type { EditorController, Tool } from "@/lib/editor/interaction";
import type { EditorStore } from "@/lib/editor/store";

const TOOL_KEYS: Record<string, Tool> = { b: "brush", e: "eraser", w: "wand", p: "path", h: "pan" };

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
}

/**
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Escape cancels the gesture anywhere on the page
 * (except while typing, where the field's own undo wins). Tool keys and Delete act when the canvas has focus.
 */
export function useEditorShortcuts(opts: {
  store: EditorStore;
  controller: EditorController;
  canvas: React.RefObject<HTMLElement | null>;
  onTool: (t: Tool) => void;
  layer: LayerId;
  selected: { region: string; index: number } | null;
  onSelect: (s: null) => void;
}) {
  const { store, controller, canvas, onTool, layer, selected, onSelect } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && controller.gesture !== "idle") {
        e.preventDefault();
        controller.cancel();
        return;
      }
      if (typingIn(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && (key === "z" || key === "y") && controller.gesture !== "idle") {
        // Undo in the middle of a stroke or drag cancels it, in the controller too, so the release adds nothing.
        e.preventDefault();
        controller.cancel();
        return;
      }
      if (mod && key === "z") {
        e.preventDefault();
        if (e.shiftKey) store.redo();
        else store.undo();
        return;
      }
      if (mod && key === "y") {
        e.preventDefault();
        store.redo();
        return;
      }
      if (!canvas.current || !canvas.current.contains(e.target as Node) || mod || e.altKey) return;
      const tool = TOOL_KEYS[key];
      if (tool) {
        e.preventDefault();
        onTool(tool);
      } else if ((e.key === "Delete" || e.key === "Backspace") && selected && layer !== STATIC_LAYER && selected.region === layer) {
        e.preventDefault();
        store.dispatch({ type: "deletePoint", region: selected.region, index: selected.index });
        onSelect(null);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, controller, canvas, onTool, layer, selected, onSelect]);
}

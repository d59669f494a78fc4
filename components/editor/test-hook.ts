// Read-only access to editor state for end-to-end tests and the benchmark (as excalidraw's `window.h`):
// tests read state, not pixels. Installed in development, or when localStorage has
// "motionbrush:test-hook" = "1" (set by the Playwright journeys before the page loads).
import type { EditorDocument } from "@/lib/editor/document";
import type { Vec } from "@/lib/editor/geometry";
import type { ToolSettings } from "@/lib/editor/interaction";
import type { ViewState } from "@/lib/editor/view-store";

export interface EditorTestHook {
  getDocument(): EditorDocument;
  getView(): ViewState;
  getSettings(): ToolSettings;
  /** Page (client) coordinates of a frame pixel position, for page.mouse. */
  frameToClient(p: Vec): Vec;
  /** Runs the per-animation-frame pointer flush now. */
  flush(): void;
  gesture(): string;
}

declare global {
  interface Window {
    __motionbrushEditor?: EditorTestHook;
  }
}

export function testHookEnabled(): boolean {
  if (process.env.NODE_ENV !== "production") return true;
  try {
    return window.localStorage.getItem("motionbrush:test-hook") === "1";
  } catch {
    return false;
  }
}

export function installTestHook(hook: EditorTestHook): () => void {
  if (!testHookEnabled()) return () => {};
  window.__motionbrushEditor = hook;
  return () => {
    if (window.__motionbrushEditor === hook) delete window.__motionbrushEditor;
  };
}

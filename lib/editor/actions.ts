// Every change the document can undergo. Ids are made by the caller so the reducer stays pure.
import type { EditorDocument, Fill, FrameInfo, FrameSlot, LayerId, Point, Stroke } from "./document";

export type EditorAction =
  | { type: "setFrame"; slot: FrameSlot; frame: FrameInfo | null }
  | { type: "addRegion"; id: string; name: string; colour: string }
  | { type: "deleteRegion"; id: string }
  | { type: "renameRegion"; id: string; name: string }
  | { type: "setVisible"; layer: LayerId; visible: boolean }
  | { type: "clearLayer"; layer: LayerId }
  | { type: "addStroke"; layer: LayerId; stroke: Stroke }
  /** A magic-wand selection or a typed shape; `replace` swaps the layer's painting for it (plain wand click). */
  | { type: "addFill"; layer: LayerId; fill: Fill; replace: boolean }
  | { type: "setPath"; region: string; points: Point[] }
  | { type: "appendPoint"; region: string; point: Point }
  | { type: "insertPoint"; region: string; index: number; point: Point }
  | { type: "movePoint"; region: string; index: number; point: Point }
  | { type: "deletePoint"; region: string; index: number }
  | { type: "replaceDocument"; doc: EditorDocument };

/**
 * How a change enters the undo history (after excalidraw's `captureUpdate`):
 * - `commit`: one undo step of its own (or part of the open gesture);
 * - `transient`: part of the open gesture, recorded once when the gesture completes;
 * - `ignore`: never undone; applied to the whole history so redo survives (frames, visibility).
 */
export type Capture = "commit" | "transient" | "ignore";

/** The capture each action takes unless the caller says otherwise. */
export function defaultCapture(action: EditorAction): Capture {
  switch (action.type) {
    case "setFrame":
    case "setVisible":
    case "replaceDocument":
      return "ignore";
    case "movePoint":
      return "transient";
    default:
      return "commit";
  }
}

let counter = 0;
/** Short unique ids for strokes and regions (unique within a session and across reloads). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

// The pure reducer. A refused or empty change returns the SAME object, so history can tell a no-op.
import { MAX_DYNAMIC_MASKS, MAX_TRAJECTORY_POINTS } from "@/lib/kling/limits";
import type { EditorAction } from "./actions";
import { setFrame } from "./frame-slot";
import { limitPoints } from "./resample";
import { STATIC_LAYER, type EditorDocument, type LayerId, type Mark, type Point, type Region } from "./document";

function clampPoint(doc: EditorDocument, p: Point): Point {
  const size = doc.paintSize;
  if (!size) return p;
  return { x: Math.min(size.width, Math.max(0, p.x)), y: Math.min(size.height, Math.max(0, p.y)) };
}

function updateRegion(doc: EditorDocument, id: string, fn: (r: Region) => Region): EditorDocument {
  const i = doc.regions.findIndex((r) => r.id === id);
  const region = doc.regions[i];
  if (!region) return doc;
  const next = fn(region);
  if (next === region) return doc;
  const regions = doc.regions.slice();
  regions[i] = next;
  return { ...doc, regions };
}

function updateStrokes(doc: EditorDocument, layer: LayerId, fn: (s: Mark[]) => Mark[]): EditorDocument {
  if (layer === STATIC_LAYER) {
    const strokes = fn(doc.staticMask.strokes);
    return strokes === doc.staticMask.strokes ? doc : { ...doc, staticMask: { ...doc.staticMask, strokes } };
  }
  return updateRegion(doc, layer, (r) => {
    const strokes = fn(r.strokes);
    return strokes === r.strokes ? r : { ...r, strokes };
  });
}

function updatePath(doc: EditorDocument, id: string, fn: (p: Point[]) => Point[]): EditorDocument {
  return updateRegion(doc, id, (r) => {
    const path = fn(r.path);
    return path === r.path ? r : { ...r, path };
  });
}

export function editorReducer(doc: EditorDocument, action: EditorAction): EditorDocument {
  switch (action.type) {
    case "setFrame":
      return setFrame(doc, action.slot, action.frame);
    case "addRegion":
      // A seventh region is refused: Kling takes at most six dynamic masks.
      if (doc.regions.length >= MAX_DYNAMIC_MASKS || doc.regions.some((r) => r.id === action.id)) return doc;
      return {
        ...doc,
        regions: [
          ...doc.regions,
          { id: action.id, name: action.name, colour: action.colour, visible: true, strokes: [], path: [] },
        ],
      };
    case "deleteRegion": {
      const regions = doc.regions.filter((r) => r.id !== action.id);
      return regions.length === doc.regions.length ? doc : { ...doc, regions };
    }
    case "renameRegion": {
      const name = action.name.trim();
      return updateRegion(doc, action.id, (r) => (name === "" || r.name === name ? r : { ...r, name }));
    }
    case "setVisible":
      if (action.layer === STATIC_LAYER) {
        return doc.staticMask.visible === action.visible ? doc : { ...doc, staticMask: { ...doc.staticMask, visible: action.visible } };
      }
      return updateRegion(doc, action.layer, (r) => (r.visible === action.visible ? r : { ...r, visible: action.visible }));
    case "clearLayer":
      if (action.layer === STATIC_LAYER) return updateStrokes(doc, STATIC_LAYER, (s) => (s.length === 0 ? s : []));
      return updateRegion(doc, action.layer, (r) =>
        r.strokes.length === 0 && r.path.length === 0 ? r : { ...r, strokes: [], path: [] },
      );
    case "addStroke":
      if (action.stroke.points.length < 2) return doc;
      return updateStrokes(doc, action.layer, (s) => [...s, action.stroke]);
    case "addFill":
      // An empty cut changes nothing; `replace` makes the fill the layer's whole painting (the path stays).
      if (action.fill.spans.length === 0 && !action.replace) return doc;
      return updateStrokes(doc, action.layer, (s) => (action.replace ? [action.fill] : [...s, action.fill]));
    case "setPath":
      return updatePath(doc, action.region, (p) =>
        // Resampled, not cut: a long path keeps its real end point.
        samePoints(p, action.points) ? p : limitPoints(action.points).map((q) => clampPoint(doc, q)),
      );
    case "appendPoint":
      return updatePath(doc, action.region, (p) => (p.length >= MAX_TRAJECTORY_POINTS ? p : [...p, clampPoint(doc, action.point)]));
    case "insertPoint":
      return updatePath(doc, action.region, (p) => {
        if (p.length >= MAX_TRAJECTORY_POINTS || action.index < 0 || action.index > p.length) return p;
        return [...p.slice(0, action.index), clampPoint(doc, action.point), ...p.slice(action.index)];
      });
    case "movePoint":
      return updatePath(doc, action.region, (p) => {
        const old = p[action.index];
        if (!old) return p;
        const point = clampPoint(doc, action.point);
        if (point.x === old.x && point.y === old.y) return p;
        const next = p.slice();
        next[action.index] = point;
        return next;
      });
    case "deletePoint":
      return updatePath(doc, action.region, (p) =>
        action.index < 0 || action.index >= p.length ? p : p.filter((_, i) => i !== action.index),
      );
    case "replaceDocument":
      return action.doc;
  }
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

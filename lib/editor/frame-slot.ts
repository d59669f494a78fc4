// A frame put in (or taken out of) a slot of the editor document: pure, and apart from the reducer so the composer
// can place a frame in its document without loading the editor (lib/client/composer-store.ts).
import { isFill, type EditorDocument, type FrameInfo, type Mark, type Point } from "./document";

/**
 * The scaled copy of a value, made once per value and scale: the history's snapshots share their strokes, so
 * scaled snapshots share them too (cheap to compare, no copy per snapshot).
 */
function scaledOnce<T extends object>(memo: WeakMap<T, Map<string, T>>, v: T, key: string, make: () => T): T {
  let byScale = memo.get(v);
  if (!byScale) memo.set(v, (byScale = new Map()));
  let out = byScale.get(key);
  if (!out) byScale.set(key, (out = make()));
  return out;
}
const scaledMarks = new WeakMap<Mark[], Map<string, Mark[]>>();
const scaledStrokes = new WeakMap<Mark, Map<string, Mark>>();
const scaledPaths = new WeakMap<Point[], Map<string, Point[]>>();

/** Strokes and paths follow the painted frame when it is replaced by one of another pixel size. */
export function scalePainting(doc: EditorDocument, sx: number, sy: number): EditorDocument {
  if (sx === 1 && sy === 1) return doc;
  const key = `${sx},${sy}`;
  const sr = Math.sqrt(sx * sy);
  // Fills carry their own grid and are scaled when rasterised.
  const scaleStroke = (s: Mark): Mark =>
    isFill(s)
      ? s
      : scaledOnce(scaledStrokes, s, key, () => ({
          ...s,
          radius: s.radius * sr,
          points: s.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy)),
        }));
  const scaleMarks = (list: Mark[]) => scaledOnce(scaledMarks, list, key, () => list.map(scaleStroke));
  return {
    ...doc,
    staticMask: { ...doc.staticMask, strokes: scaleMarks(doc.staticMask.strokes) },
    regions: doc.regions.map((r) => ({
      ...r,
      strokes: scaleMarks(r.strokes),
      path: scaledOnce(scaledPaths, r.path, key, () => r.path.map((p) => ({ x: p.x * sx, y: p.y * sy }))),
    })),
  };
}

export function setFrame(doc: EditorDocument, slot: "first" | "last", frame: FrameInfo | null): EditorDocument {
  const current = doc.slots[slot];
  if (frame === null && current === null) return doc;
  if (frame && current === frame.id && doc.frames[frame.id]) return doc;
  const frames = { ...doc.frames };
  const slots = { ...doc.slots, [slot]: frame ? frame.id : null };
  if (frame) frames[frame.id] = frame;
  for (const id of Object.keys(frames)) if (id !== slots.first && id !== slots.last) delete frames[id];
  let next: EditorDocument = { ...doc, frames, slots };
  if (slot === "first" && frame) {
    const old = doc.paintSize;
    if (old) next = scalePainting(next, frame.width / old.width, frame.height / old.height);
    next = { ...next, paintSize: { width: frame.width, height: frame.height } };
  }
  return next;
}

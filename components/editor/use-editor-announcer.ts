"use client";
// One polite live region for what editor actions did ("Region 2 added", "Point 3 added at x 640, y 359"),
// whatever made the change: a button, the points table, the canvas or the keyboard.
import { useEditorMessages } from "@/lib/i18n/features/editor";
import { useEffect, useMemo, useRef } from "react";
import type { EditorDocument } from "@/lib/editor/document";
import { frameToKling } from "@/lib/editor/geometry";

export function useEditorAnnouncer(doc: EditorDocument) {
  const m = useEditorMessages().announce;
  const ref = useRef<HTMLParagraphElement>(null);
  const before = useRef(doc);
  const say = useMemo(
    () => (text: string) => {
      const el = ref.current;
      if (!el) return;
      // Cleared first so the same sentence twice is still read twice.
      el.textContent = "";
      requestAnimationFrame(() => {
        el.textContent = text;
      });
    },
    [],
  );

  useEffect(() => {
    const prev = before.current;
    before.current = doc;
    if (prev === doc || !doc.paintSize) return;
    const size = doc.paintSize;
    const added = doc.regions.find((r) => !prev.regions.some((q) => q.id === r.id));
    if (added) return say(m.regionAdded(added.name));
    const removed = prev.regions.find((r) => !doc.regions.some((q) => q.id === r.id));
    if (removed) return say(m.regionDeleted(removed.name));
    for (const r of doc.regions) {
      const old = prev.regions.find((q) => q.id === r.id);
      if (!old || old.path === r.path) continue;
      if (r.path.length === old.path.length + 1) {
        const i = r.path.findIndex((p, k) => old.path[k] !== p);
        const at = i < 0 ? r.path.length - 1 : i;
        const k = frameToKling(r.path[at]!, size);
        return say(m.pointAdded(at + 1, r.name, k.x, k.y));
      }
      if (r.path.length === old.path.length - 1) return say(m.pointDeleted(r.name, r.path.length));
      if (r.path.length !== old.path.length) return say(m.pathDrawn(r.name, r.path.length));
    }
  }, [doc, say, m]);

  return { ref, say };
}

"use client";
// What the image2video request carries as images: the first frame, the last frame when that option is
// chosen, and the motion brush's masks made at the (possibly shrunk) first frame's size.
import { useCallback, useMemo } from "react";
import type { SourceImage } from "@/lib/client/prepare-payload";
import type { Size } from "@/lib/composer/budget";
import type { ExclusiveGroup } from "@/lib/composer/request-body";
import type { EditorDocument } from "@/lib/editor/document";
import { exportMotionBrush } from "@/lib/editor/export";
import type { FirstFrame } from "./use-first-frame";
import { usePreparedPayload, type BuildBody } from "./use-prepared-payload";

const ids = new WeakMap<object, number>();
let nextId = 1;
/** A stable small id per object (a picked Blob, a document snapshot): the payload's cache keys. */
function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

const sourceOf = (frame: FirstFrame, key: string): SourceImage | null =>
  frame.status === "ready"
    ? {
        key,
        blob: frame.blob,
        base64: frame.reading.base64,
        width: frame.reading.facts.width,
        height: frame.reading.facts.height,
        type: frame.reading.facts.type === "png" ? "png" : "jpeg",
      }
    : null;

export function useFramePayload(opts: {
  first: FirstFrame;
  last: FirstFrame;
  group: ExclusiveGroup;
  doc: EditorDocument;
  budget: number;
  build: BuildBody;
}) {
  const { first, last, group, doc, budget, build } = opts;
  const withTail = group === "first_last_frame" && last.status === "ready";
  const sources = useMemo(() => {
    const a = sourceOf(first, "image");
    if (!a) return null;
    const b = withTail ? sourceOf(last, "image_tail") : null;
    return b ? [a, b] : [a];
  }, [first, last, withTail]);
  const sourcesKey = [first, withTail ? last : null].map((f) => (f && f.status === "ready" ? idOf(f.blob) : "-")).join(",");
  const brush = group === "motion_brush";
  const masksAt = useCallback((size: Size) => exportMotionBrush(doc, size), [doc]);
  return usePreparedPayload({
    sources,
    sourcesKey,
    budget,
    build,
    ...(brush ? { masksAt, masksKey: `doc${idOf(doc)}` } : {}),
  });
}

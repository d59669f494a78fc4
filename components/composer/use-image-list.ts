"use client";
// Up to N picked images, each read and checked on its own; preview URLs are revoked when an image leaves.
import { useCallback, useEffect, useRef, useState } from "react";
import { readFrameSource, type FrameReading } from "@/lib/client/frame-source";

/** `blob`: the picture as picked (kept with the draft over a reload). */
export type ListedImage =
  | { id: string; name: string; blob: Blob; status: "reading" }
  | { id: string; name: string; blob: Blob; status: "read"; reading: FrameReading; url: string | null };

let counter = 0;
const nextId = () => `img-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function useImageList(max: number) {
  const [images, setImages] = useState<ListedImage[]>([]);
  const urls = useRef(new Map<string, string>());

  useEffect(() => {
    const map = urls.current;
    return () => map.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  /** Adds as many files as fit (in place of the whole list with `replace`); returns how many were left out. */
  const add = useCallback(
    (files: { blob: Blob; name: string }[], current: number, replace = false) => {
      const room = Math.max(0, max - (replace ? 0 : current));
      const taken = files.slice(0, room).map((f) => ({ ...f, id: nextId() }));
      const fresh = taken.map((t): ListedImage => ({ id: t.id, name: t.name, blob: t.blob, status: "reading" }));
      if (replace) {
        urls.current.forEach((u) => URL.revokeObjectURL(u));
        urls.current.clear();
      }
      setImages((list) => (replace ? fresh : [...list, ...fresh]));
      for (const t of taken) {
        const unreadable: FrameReading = {
          facts: { type: null, width: 0, height: 0, bytes: t.blob.size },
          problems: [],
          undecodable: true,
          willShrink: false,
          source: null,
        };
        void readFrameSource(t.blob).catch(() => unreadable).then((reading) => {
          // The upright copy when the photo carried an EXIF rotation.
          const shown = reading.source?.blob ?? t.blob;
          const url = reading.facts.width > 0 && !reading.undecodable ? URL.createObjectURL(shown) : null;
          if (url) urls.current.set(t.id, url);
          setImages((list) =>
            list.some((i) => i.id === t.id)
              ? list.map((i) => (i.id === t.id ? { id: t.id, name: t.name, blob: t.blob, status: "read", reading, url } : i))
              : list,
          );
        });
      }
      return files.length - taken.length;
    },
    [max],
  );

  const remove = useCallback((id: string) => {
    const url = urls.current.get(id);
    if (url) {
      URL.revokeObjectURL(url);
      urls.current.delete(id);
    }
    setImages((list) => list.filter((i) => i.id !== id));
  }, []);

  return { images, add, remove };
}

"use client";
// The first frame's lifecycle: read and check a file, keep a preview URL, drop stale readings.
// Size in bytes is not a reason to refuse: the payload step shrinks frames to fit (use-prepared-payload).
import { useCallback, useEffect, useRef, useState } from "react";
import { readFrameSource, type FrameReading } from "@/lib/client/frame-source";
import type { ImageReading } from "@/lib/client/image-file";

export type FirstFrame =
  | { status: "empty" }
  | { status: "reading"; name: string }
  | { status: "ready"; name: string; reading: ImageReading & { base64: string }; previewUrl: string; blob: Blob }
  | {
      status: "invalid";
      name: string;
      reading: ImageReading;
      previewUrl: string | null;
    };

export function useFirstFrame() {
  const [frame, setFrame] = useState<FirstFrame>({ status: "empty" });
  const token = useRef(0);
  const previewUrl = frame.status === "ready" || frame.status === "invalid" ? frame.previewUrl : null;

  useEffect(() => {
    if (!previewUrl) return;
    return () => URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  const pick = useCallback(
    async (file: Blob, name: string) => {
      const mine = ++token.current;
      setFrame({ status: "reading", name });
      let read: FrameReading;
      try {
        read = await readFrameSource(file);
      } catch {
        // Unreadable bytes must not leave the frame "reading" forever (and submit blocked with it).
        read = { facts: { type: null, width: 0, height: 0, bytes: file.size }, problems: [], undecodable: true, willShrink: false, source: null };
      }
      if (mine !== token.current) return;
      const reading: ImageReading = { facts: read.facts, problems: read.problems, undecodable: read.undecodable, base64: read.source?.base64 ?? null };
      const decodable = reading.facts.width > 0 && !reading.undecodable;
      // The source blob is the upright one when the file carried an EXIF rotation.
      const blob = read.source?.blob ?? file;
      const url = decodable ? URL.createObjectURL(blob) : null;
      if (reading.base64 !== null && url) {
        setFrame({ status: "ready", name, reading: { ...reading, base64: reading.base64 }, previewUrl: url, blob });
      } else {
        setFrame({ status: "invalid", name, reading, previewUrl: url });
      }
    },
    [],
  );

  const clear = useCallback(() => {
    token.current++;
    setFrame({ status: "empty" });
  }, []);

  return { frame, pick, clear };
}

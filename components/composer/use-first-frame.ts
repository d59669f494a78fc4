"use client";
// The first frame's lifecycle: read and check a file, keep a preview URL, drop stale readings.
import { useCallback, useEffect, useRef, useState } from "react";
import { estimatedRequestBytes } from "@/lib/client/compose-body";
import { readImageFile, type ImageReading } from "@/lib/client/image-file";

export type FirstFrame =
  | { status: "empty" }
  | { status: "reading"; name: string }
  | { status: "ready"; name: string; reading: ImageReading & { base64: string }; previewUrl: string }
  | {
      status: "invalid";
      name: string;
      reading: ImageReading;
      previewUrl: string | null;
      tooLarge?: { bytes: number; limit: number };
    };

export function useFirstFrame(bodyLimitBytes: number) {
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
      const reading = await readImageFile(file);
      if (mine !== token.current) return;
      const decodable = reading.facts.width > 0 && !reading.undecodable;
      const url = decodable ? URL.createObjectURL(file) : null;
      if (reading.base64 !== null && url) {
        const bytes = estimatedRequestBytes(reading.base64.length);
        if (bytes > bodyLimitBytes) {
          setFrame({ status: "invalid", name, reading, previewUrl: url, tooLarge: { bytes, limit: bodyLimitBytes } });
        } else {
          setFrame({ status: "ready", name, reading: { ...reading, base64: reading.base64 }, previewUrl: url });
        }
      } else {
        setFrame({ status: "invalid", name, reading, previewUrl: url });
      }
    },
    [bodyLimitBytes],
  );

  const clear = useCallback(() => {
    token.current++;
    setFrame({ status: "empty" });
  }, []);

  return { frame, pick, clear };
}

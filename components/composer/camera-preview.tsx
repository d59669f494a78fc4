"use client";
// The camera move played on the first frame, collapsed until asked for. The player's code loads when it opens.
import { useMotionPreviewMessages } from "@/lib/i18n/features/motionPreview";
import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { Icon } from "@/components/editor/icons";
import { useBlobImage } from "@/components/editor/use-editor-session";
import type { PreviewCamera } from "@/lib/editor/motion-preview";
import type { CameraControl } from "@/lib/kling/schemas";

const MotionPreview = dynamic(() => import("@/components/editor/motion-preview").then((mod) => mod.MotionPreview), {
  ssr: false,
  loading: () => null,
});

export function CameraPreview({ blob, camera, durationS }: { blob: Blob; camera: CameraControl; durationS: number }) {
  const m = useMotionPreviewMessages();
  const image = useBlobImage(blob);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Set by Close: once the player is gone, focus goes back to the button that opened it, not to the page body.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [open]);
  const key = JSON.stringify(camera);
  // Stable across renders while the move is the same, so the scene is not rebuilt per keystroke elsewhere.
  const stable = useMemo(() => JSON.parse(key) as PreviewCamera, [key]);
  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setOpen(true)}
        disabled={!image}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-lg bg-zinc-900 px-3 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50 sm:min-h-9"
      >
        <Icon name="play" />
        {m.open}
      </button>
    );
  }
  const onClose = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  return <MotionPreview image={image} doc={null} camera={stable} durationS={durationS} autoPlay onClose={onClose} />;
}

"use client";
// The camera move played on the first frame, collapsed until asked for.
import { useMemo, useState } from "react";
import { MotionPreview } from "@/components/editor/motion-preview";
import { Icon } from "@/components/editor/icons";
import { useBlobImage } from "@/components/editor/use-editor-session";
import type { PreviewCamera } from "@/lib/editor/motion-preview";
import type { CameraControl } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";

export function CameraPreview({ blob, camera, durationS }: { blob: Blob; camera: CameraControl; durationS: number }) {
  const m = useMessages().motionPreview;
  const image = useBlobImage(blob);
  const [open, setOpen] = useState(false);
  const key = JSON.stringify(camera);
  // Stable across renders while the move is the same, so the scene is not rebuilt per keystroke elsewhere.
  const stable = useMemo(() => JSON.parse(key) as PreviewCamera, [key]);
  if (!open) {
    return (
      <button
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
  return <MotionPreview image={image} doc={null} camera={stable} durationS={durationS} autoPlay onClose={() => setOpen(false)} />;
}

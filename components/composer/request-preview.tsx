"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { TaskKind } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";

// The JSON view and its copy buttons load when the preview is first opened (the same "waiting" line meanwhile).
const RequestPreviewBody = dynamic(() => import("./request-preview-body").then((mod) => mod.RequestPreviewBody), {
  ssr: false,
  loading: () => <Waiting />,
});

function Waiting() {
  return <p className="text-sm text-zinc-500">{useMessages().preview.waiting}</p>;
}

/** The body exactly as it will be sent (images shortened on screen; the copies are complete). */
export function RequestPreview({ kind, body }: { kind: TaskKind; body: Record<string, unknown> | null }) {
  const m = useMessages().preview;
  const [open, setOpen] = useState(false);
  return (
    <details
      className="group rounded-lg border border-zinc-200"
      data-testid="request-preview"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-zinc-900 hover:bg-zinc-50">{m.summary}</summary>
      <div className="space-y-2 border-t border-zinc-100 px-3 py-3">
        <p className="text-xs text-zinc-600">{m.intro(kind)}</p>
        {!open ? null : body ? <RequestPreviewBody kind={kind} body={body} /> : <Waiting />}
      </div>
    </details>
  );
}

"use client";
// The open request preview: the body as JSON and the copy buttons. Loaded when the preview is first opened.
import { useMemo, useState } from "react";
import { curlCommand, previewJson } from "@/lib/composer/preview";
import type { TaskKind } from "@/lib/kling/limits";
import { useMessages } from "@/lib/i18n/messages-context";

export function RequestPreviewBody({ kind, body }: { kind: TaskKind; body: Record<string, unknown> }) {
  const m = useMessages().preview;
  const [note, setNote] = useState("");
  // Built only while open: on a body of megabytes it is work a keystroke should not pay for.
  const text = useMemo(() => previewJson(body), [body]);

  const copy = async (value: () => string) => {
    try {
      await navigator.clipboard.writeText(value());
      setNote(m.copied);
    } catch {
      setNote(m.copyFailed);
    }
    setTimeout(() => setNote(""), 3000);
  };

  return (
    <>
      <pre
        data-testid="request-preview-json"
        className="max-h-80 overflow-auto rounded-md bg-zinc-900 p-3 font-mono text-[0.7rem] leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] text-zinc-100"
      >
        {text}
      </pre>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => copy(() => JSON.stringify(body))}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
        >
          {m.copyJson}
        </button>
        <button
          type="button"
          onClick={() => copy(() => curlCommand(kind, body))}
          className="rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
        >
          {m.copyCurl}
        </button>
        <span role="status" className="text-xs text-accent-700 empty:hidden">
          {note}
        </span>
      </div>
      <p className="text-xs text-zinc-500">{m.curlNote}</p>
    </>
  );
}

"use client";
import { useMessages } from "@/lib/i18n/messages-context";

export function JobVideo({ url, prompt, taskId }: { url: string; prompt: string; taskId: string }) {
  const m = useMessages().jobs;
  return (
    <div className="space-y-2">
      <video
        controls
        playsInline
        preload="metadata"
        src={url}
        aria-label={m.video(prompt)}
        data-testid="job-video"
        className="aspect-video w-full rounded-lg bg-zinc-900 object-contain"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <a
          href={url}
          download={`${taskId}.mp4`}
          className="inline-flex items-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
        >
          <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
            <path d="M8 2.5v8m0 0L4.5 7M8 10.5 11.5 7M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {m.download}
        </a>
        <p className="text-xs text-zinc-600">{m.expiryNote}</p>
      </div>
    </div>
  );
}

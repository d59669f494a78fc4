"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useRef, useState } from "react";
import { daysLeft, mediaUrl, videoFileName } from "@/lib/client/video-store";
import { useKeptVideo } from "./use-kept-video";
import { useNow } from "./use-now";

/** Plays the browser's own copy when there is one, else Kling's; says how long Kling keeps its copy. */
export function JobVideo({
  url,
  prompt,
  taskId,
  generatedAt,
  poster,
}: {
  url: string;
  prompt: string;
  taskId: string;
  generatedAt: number;
  /** The first frame sent, shown until the video plays. */
  poster?: string;
}) {
  const m = useJobsMessages();
  const kept = useKeptVideo(taskId, url, generatedAt);
  const now = useNow(60_000);
  const days = now === null ? 1 : daysLeft(generatedAt, now);
  // Never straight from another origin (the CSP's media-src is 'self' blob:): the local copy, the app's own file
  // (the embedded simulator), or Kling's through the media route.
  const wanted = kept.state === "kept" ? kept.url : days > 0 ? (url.startsWith("/") && !url.startsWith("//") ? url : mediaUrl(url)) : undefined;
  // A video that is playing keeps its source: the local copy, when it arrives meanwhile, takes over at the next pause
  // or end, from the same moment, so nobody's viewing restarts at 0.
  const [playingSrc, setPlayingSrc] = useState<string | null>(null);
  const src = playingSrc ?? wanted;
  const resumeAt = useRef<{ from: string; time: number } | null>(null);
  const stopped = (v: HTMLVideoElement) => {
    resumeAt.current = v.ended ? null : { from: v.currentSrc, time: v.currentTime };
    setPlayingSrc(null);
  };
  // Same-origin addresses, so the download keeps its name: the local copy, or Kling's through the media route.
  const href = kept.state === "kept" ? kept.url : mediaUrl(url);
  const keptNote =
    kept.state === "kept" ? m.kept.saved : kept.state === "saving" ? m.kept.saving : kept.state === "failed" ? m.kept.failed(kept.detail) : "";
  return (
    <div className="space-y-2">
      {src ? (
        <video
          controls
          playsInline
          preload="metadata"
          src={src}
          onPlay={(e) => setPlayingSrc(e.currentTarget.getAttribute("src"))}
          onPause={(e) => stopped(e.currentTarget)}
          onEnded={(e) => stopped(e.currentTarget)}
          onLoadedMetadata={(e) => {
            const v = e.currentTarget;
            const at = resumeAt.current;
            resumeAt.current = null;
            if (at && at.from !== v.currentSrc && at.time < v.duration) v.currentTime = at.time;
          }}
          {...(poster ? { poster } : {})}
          aria-label={m.video(prompt)}
          data-testid="job-video"
          data-source={kept.state === "kept" && src === kept.url ? "local" : "remote"}
          className="aspect-video w-full rounded-lg bg-zinc-900 object-contain"
        />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {src ? (
          <a
            href={href}
            download={videoFileName(prompt, taskId)}
            className="inline-flex items-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
          >
            <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path d="M8 2.5v8m0 0L4.5 7M8 10.5 11.5 7M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {m.download}
          </a>
        ) : null}
        <p className="text-xs text-zinc-600">
          {now === null ? "" : days > 0 ? m.kept.daysLeft(days) : kept.state === "kept" ? m.kept.goneKept : m.kept.gone}
        </p>
      </div>
      <p role="status" className="text-xs text-zinc-600 empty:hidden" data-testid="job-kept">
        {keptNote}
      </p>
    </div>
  );
}

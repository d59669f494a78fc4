"use client";
// The browser's own copy of a finished video: read from IndexedDB, fetched through /api/media once when missing
// (one download at a time across all tabs, by Web Lock, so adopting many tasks does not start many downloads),
// and refreshed in every tab when a copy is saved or deleted.
import { useEffect, useState } from "react";
import type { KeptVideo } from "@/lib/client/video-store";
import { useJobsContext } from "./jobs-provider";

export type KeptState =
  | { state: "none" }
  | { state: "saving" }
  | { state: "kept"; url: string; video: KeptVideo }
  | { state: "failed"; detail: string };

export function useKeptVideo(taskId: string, remoteUrl: string | undefined, generatedAt: number): KeptState {
  const { videos } = useJobsContext();
  const [kept, setKept] = useState<KeptState>({ state: "none" });
  const [version, setVersion] = useState(0);

  useEffect(() => videos.subscribe((id) => (id === null || id === taskId) && setVersion((v) => v + 1)), [videos, taskId]);

  useEffect(() => {
    let url: string | undefined;
    let live = true;
    const show = (video: KeptVideo) => {
      url = URL.createObjectURL(video.blob);
      if (live) setKept({ state: "kept", url, video });
    };
    void (async () => {
      const have = await videos.get(taskId).catch(() => undefined);
      if (!live) return;
      if (have) return show(have);
      setKept({ state: "none" });
      // Past Kling's 30 days there is nothing left to fetch.
      if (!remoteUrl || Date.now() - generatedAt > 30 * 86_400_000) return;
      const save = async () => {
        const again = await videos.get(taskId).catch(() => undefined);
        if (again) return show(again);
        if (live) setKept({ state: "saving" });
        try {
          show(await videos.keep(taskId, remoteUrl));
        } catch (e) {
          if (live) setKept({ state: "failed", detail: e instanceof Error ? e.message : String(e) });
        }
      };
      const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
      if (locks) await locks.request("motionbrush-keep", save).catch(() => undefined);
      else await save();
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [videos, taskId, remoteUrl, generatedAt, version]);

  return kept;
}

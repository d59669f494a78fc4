// The page's one job store and Kling client, with the browser storage behind them. Loaded a moment after the page
// (components/jobs/jobs-provider.tsx), with the jobs panel that polls them, and awaited by a send; not in the first load.
import { broadcastJobs, idbFrameStore, idbPersistence } from "@/lib/client/idb-persistence";
import type { FrameStore } from "@/lib/client/sent-body";
import { sendingElsewhere } from "@/lib/client/send-lock";
import { idbVideoStore, type VideoStore } from "@/lib/client/video-store";
import { createJobsStore, type JobsStore } from "@/lib/client/jobs-store";
import { createKlingClient, type KlingClient } from "@/lib/client/kling-api";

export interface JobsRuntime {
  store: JobsStore;
  client: KlingClient;
  frames: FrameStore;
  videos: VideoStore;
}

export function createJobsRuntime(): JobsRuntime {
  const frames = idbFrameStore();
  const store = createJobsStore(idbPersistence(), Date.now, { frames, channel: broadcastJobs(), sendingElsewhere });
  void store.load();
  return { store, client: createKlingClient(), frames, videos: idbVideoStore() };
}

"use client";
// One job store and one Kling client for the page; the composer writes jobs, the list reads them.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { broadcastJobs, idbFrameStore, idbPersistence } from "@/lib/client/idb-persistence";
import type { FrameStore } from "@/lib/client/sent-body";
import { sendingElsewhere } from "@/lib/client/send-lock";
import { idbVideoStore, type VideoStore } from "@/lib/client/video-store";
import { createJobsStore, type JobsSnapshot, type JobsStore } from "@/lib/client/jobs-store";
import { createKlingClient, type KlingClient } from "@/lib/client/kling-api";

interface JobsContextValue {
  store: JobsStore;
  client: KlingClient;
  frames: FrameStore;
  videos: VideoStore;
}

const JobsContext = createContext<JobsContextValue | null>(null);
const SERVER_SNAPSHOT: JobsSnapshot = { loaded: false, jobs: [], storageError: false };

export function JobsProvider({ children }: { children: ReactNode }) {
  const [value] = useState<JobsContextValue>(() => {
    const frames = idbFrameStore();
    return {
      store: createJobsStore(idbPersistence(), Date.now, { frames, channel: broadcastJobs(), sendingElsewhere }),
      client: createKlingClient(),
      frames,
      videos: idbVideoStore(),
    };
  });
  useEffect(() => {
    void value.store.load();
  }, [value]);
  return <JobsContext value={value}>{children}</JobsContext>;
}

export function useJobsContext(): JobsContextValue {
  const value = useContext(JobsContext);
  if (!value) throw new Error("useJobsContext must be used inside <JobsProvider>");
  return value;
}

export function useJobsSnapshot(): JobsSnapshot {
  const { store } = useJobsContext();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => SERVER_SNAPSHOT);
}

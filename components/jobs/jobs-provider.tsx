"use client";
// One job store and one Kling client for the page; the composer writes jobs, the list reads them. Both live in
// jobs-runtime.ts, loaded once right after the page mounts (and awaited by a send that comes first): the panel's
// parts render once it is there; the header's count reads "no jobs" meanwhile, like the server-rendered page.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import type { JobsSnapshot } from "@/lib/client/jobs-store";
import type { JobsRuntime } from "./jobs-runtime";

let runtime: Promise<JobsRuntime> | null = null;

/** The page's job store and client, loaded (and made) once. */
export function loadJobsRuntime(): Promise<JobsRuntime> {
  if (!runtime) {
    runtime = import("./jobs-runtime").then((mod) => mod.createJobsRuntime());
    runtime.catch(() => (runtime = null)); // tried again on the next call
  }
  return runtime;
}

const JobsContext = createContext<JobsRuntime | null>(null);
const SERVER_SNAPSHOT: JobsSnapshot = { loaded: false, jobs: [], storageError: false };
const noSubscribe = () => () => {};
const serverSnapshot = () => SERVER_SNAPSHOT;

export function JobsProvider({ children }: { children: ReactNode }) {
  const [value, setValue] = useState<JobsRuntime | null>(null);
  useEffect(() => {
    let live = true;
    loadJobsRuntime().then(
      (r) => live && setValue(r),
      () => undefined, // the chunk did not load: the panel stays empty, a send tries again
    );
    return () => {
      live = false;
    };
  }, []);
  return <JobsContext value={value}>{children}</JobsContext>;
}

/** The job store and client, or null while they load: only the jobs panel's parts (rendered once loaded) call it. */
export function useJobsRuntime(): JobsRuntime | null {
  return useContext(JobsContext);
}

export function useJobsContext(): JobsRuntime {
  const value = useContext(JobsContext);
  if (!value) throw new Error("useJobsContext must be used inside a loaded <JobsProvider> (see useJobsRuntime)");
  return value;
}

export function useJobsSnapshot(): JobsSnapshot {
  const store = useContext(JobsContext)?.store;
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getSnapshot ?? serverSnapshot, serverSnapshot);
}

"use client";
// What the jobs panel holds, loaded after the page (components/layout/jobs-drawer.tsx imports it lazily): the list,
// its cards and their polling, TanStack Query included, are not needed for the first paint.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { JobList } from "@/components/jobs/job-list";
import { useJobsRuntime } from "@/components/jobs/jobs-provider";

export default function JobsPanelBody({ onReady }: { onReady: () => void }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
      }),
  );
  // The list and its cards read the job store: rendered (and the panel ready) once it is loaded.
  if (!useJobsRuntime()) return null;
  return (
    <QueryClientProvider client={queryClient}>
      <Ready onReady={onReady} />
      <JobList />
    </QueryClientProvider>
  );
}

function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

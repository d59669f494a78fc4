"use client";
// What the jobs panel holds, loaded after the page (components/layout/jobs-drawer.tsx imports it lazily): the list,
// its cards and their polling, TanStack Query included, are not needed for the first paint.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { JobList } from "@/components/jobs/job-list";

export default function JobsPanelBody({ onReady }: { onReady: () => void }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
      }),
  );
  useEffect(onReady, [onReady]);
  return (
    <QueryClientProvider client={queryClient}>
      <JobList />
    </QueryClientProvider>
  );
}

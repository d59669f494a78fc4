"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { JobsProvider } from "@/components/jobs/jobs-provider";
import type { Locale } from "@/lib/i18n/messages";
import { MessagesProvider } from "@/lib/i18n/messages-context";

export function Providers({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MessagesProvider locale={locale}>
        <JobsProvider>{children}</JobsProvider>
      </MessagesProvider>
    </QueryClientProvider>
  );
}

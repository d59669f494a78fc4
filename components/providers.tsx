"use client";
import { useEffect, type ReactNode } from "react";
import { JobsProvider } from "@/components/jobs/jobs-provider";
import type { Locale } from "@/lib/i18n/messages";
import { MessagesProvider } from "@/lib/i18n/messages-context";

// TanStack Query serves the job cards' polling only: its provider lives with them, in the lazily loaded jobs panel
// (components/layout/jobs-panel-body.tsx), not in the page's first load.
export function Providers({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <MessagesProvider locale={locale}>
      <JobsProvider>{children}</JobsProvider>
      <ReadyMark />
    </MessagesProvider>
  );
}

/**
 * Marks <html data-ready> once the page has hydrated (after its catalogue arrived): until then its buttons are
 * server-rendered HTML that does not answer yet. Journeys that click at once wait for it.
 */
function ReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}

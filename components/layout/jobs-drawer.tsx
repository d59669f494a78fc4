"use client";
// The jobs list, one click away from anywhere: a toggle in the header opens it beside the workspace (a side
// panel on a desktop, a full-width sheet on a phone). A new job opens it, so the job shows where the user looks.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { JobList } from "@/components/jobs/job-list";
import { useJobsSnapshot } from "@/components/jobs/jobs-provider";
import { useMessages } from "@/lib/i18n/messages-context";

interface JobsPanel {
  open: boolean;
  /** Bumped by each show(): the panel focuses its heading once it is rendered open. */
  focusRequest: number;
  /** Opens the panel and moves focus to its heading. */
  show(): void;
  hide(): void;
  toggle(): void;
}

const JobsPanelContext = createContext<JobsPanel | null>(null);

export function useJobsPanel(): JobsPanel | null {
  return useContext(JobsPanelContext);
}

export function JobsPanelProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const show = useCallback(() => {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const hide = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const value = useMemo(() => ({ open, focusRequest, show, hide, toggle }), [open, focusRequest, show, hide, toggle]);
  return <JobsPanelContext.Provider value={value}>{children}</JobsPanelContext.Provider>;
}

/** The header button: names the count, says whether the panel is open. */
export function JobsToggle() {
  const m = useMessages().layout;
  const panel = useJobsPanel();
  const { jobs } = useJobsSnapshot();
  if (!panel) return null;
  return (
    <button
      type="button"
      id="jobs-toggle"
      aria-expanded={panel.open}
      aria-controls="jobs-panel"
      onClick={() => (panel.open ? panel.hide() : panel.show())}
      className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 shadow-sm hover:bg-zinc-50"
    >
      {m.jobsButton}
      <span className="rounded-full bg-zinc-900 px-2 py-0.5 text-xs tabular-nums text-white">{jobs.length}</span>
    </button>
  );
}

export function JobsDrawer() {
  const m = useMessages().layout;
  const panel = useJobsPanel();
  const ref = useRef<HTMLElement>(null);
  const open = panel?.open ?? false;
  const hide = panel?.hide;
  const focusRequest = panel?.focusRequest ?? 0;
  // After the open panel is committed, so the heading is focusable (not inside a hidden aside).
  useEffect(() => {
    if (focusRequest > 0) document.getElementById("jobs-heading")?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (!open || !hide) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || !ref.current?.contains(document.activeElement)) return;
      hide();
      document.getElementById("jobs-toggle")?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, hide]);
  return (
    <aside
      ref={ref}
      id="jobs-panel"
      aria-label={m.jobsPanel}
      hidden={!open}
      className="fixed inset-x-0 bottom-0 top-0 z-30 overflow-y-auto border-l border-zinc-200 bg-zinc-50 p-4 shadow-2xl sm:left-auto sm:w-[28rem]"
    >
      <div className="mb-2 flex justify-end">
        <button
          type="button"
          onClick={() => {
            hide?.();
            document.getElementById("jobs-toggle")?.focus();
          }}
          className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100"
        >
          {m.closeJobs}
        </button>
      </div>
      <JobList />
    </aside>
  );
}

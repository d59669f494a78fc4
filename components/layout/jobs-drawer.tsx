"use client";
// The jobs list, one click away from anywhere: a toggle in the header opens it. On a desktop (lg and up) it is a
// column at the right of the workspace, in the page's flow, so the workspace narrows and nothing is covered; on a
// phone it is a full-screen sheet with a close button. A new job opens it, so the job shows where the user looks.
// The sheet is a modal dialog named by its "Jobs" heading; the column is a complementary landmark.
// Opening moves focus to its heading; closing (its button, Escape, the toggle) gives focus back to the opener.
import dynamic from "next/dynamic";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useJobsSnapshot } from "@/components/jobs/jobs-provider";
import { useMessages } from "@/lib/i18n/messages-context";

// Loaded once there is a job to show or poll (the cards poll their tasks while the panel is closed too) or the panel
// is opened: a first visit with no jobs never loads it.
const JobsPanelBody = dynamic(() => import("./jobs-panel-body"), { ssr: false, loading: () => null });

interface JobsPanel {
  open: boolean;
  /** Bumped by each show(): the panel focuses its heading once it is rendered open. */
  focusRequest: number;
  /** Opens the panel and moves focus to its heading; the element that had focus gets it back on close. */
  show(): void;
  /** Closes the panel. `returnFocus`: give focus back to the opener (the user closed it, not another action). */
  hide(returnFocus?: boolean): void;
}

const JobsPanelContext = createContext<JobsPanel | null>(null);

export function useJobsPanel(): JobsPanel | null {
  return useContext(JobsPanelContext);
}

const toggleElement = () => document.getElementById("jobs-toggle");

export function JobsPanelProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback(() => {
    const active = document.activeElement;
    // Focus inside the panel already (a second show) keeps the first opener.
    if (active instanceof HTMLElement && active !== document.body && !document.getElementById("jobs-panel")?.contains(active)) {
      opener.current = active;
    }
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const focusBack = useRef(false);
  const hide = useCallback((returnFocus = false) => {
    focusBack.current = returnFocus;
    setOpen(false);
  }, []);
  // After the panel is closed and the page under a phone's sheet is no longer inert.
  useEffect(() => {
    if (open || !focusBack.current) return;
    focusBack.current = false;
    // The opener may be gone (a form that re-rendered, a disabled button): the header toggle then.
    const back = opener.current?.isConnected && !(opener.current as HTMLButtonElement).disabled ? opener.current : toggleElement();
    opener.current = null;
    back?.focus();
  }, [open]);
  const value = useMemo(() => ({ open, focusRequest, show, hide }), [open, focusRequest, show, hide]);
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
      onClick={() => (panel.open ? panel.hide(true) : panel.show())}
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
  const [ready, setReady] = useState(false);
  const { jobs } = useJobsSnapshot();
  // Once wanted, kept: closing the panel or removing the last job does not unload the list.
  const [wanted, setWanted] = useState(false);
  if (!wanted && (open || jobs.length > 0)) setWanted(true);
  // Whether the open panel is the phone's sheet: then it is a modal dialog named by its heading.
  const [sheet, setSheet] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  // After the open panel is committed (not inside a hidden aside) and its list has loaded, so the heading exists.
  useEffect(() => {
    if (focusRequest > 0 && ready) document.getElementById("jobs-heading")?.focus();
  }, [focusRequest, ready]);
  // On a phone the open panel is a sheet over the whole page: what is under it leaves the tab order and the
  // accessibility tree until it closes (on a desktop the panel is a column and the page stays usable).
  useEffect(() => {
    if (!open) return;
    const phone = window.matchMedia("(max-width: 1023.98px)");
    const under = [document.querySelector("header"), document.querySelector("main")].filter((el): el is HTMLElement => el !== null);
    const apply = () => {
      under.forEach((el) => (el.inert = phone.matches));
      setSheet(phone.matches);
    };
    apply();
    phone.addEventListener("change", apply);
    return () => {
      phone.removeEventListener("change", apply);
      under.forEach((el) => (el.inert = false));
      setSheet(false);
    };
  }, [open]);
  useEffect(() => {
    if (!open || !hide) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const at = document.activeElement;
      // Escape inside the panel, on its toggle, or with focus nowhere in particular (the page body).
      if (!ref.current?.contains(at) && at !== toggleElement() && at !== document.body) return;
      hide(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, hide]);
  return (
    <aside
      ref={ref}
      id="jobs-panel"
      {...(sheet ? { role: "dialog", "aria-modal": true, "aria-labelledby": "jobs-heading" } : { "aria-label": m.jobsPanel })}
      hidden={!open}
      className="fixed inset-0 z-30 overflow-y-auto bg-zinc-50 p-4 lg:sticky lg:inset-auto lg:top-0 lg:self-start lg:z-auto lg:h-dvh lg:w-[26rem] lg:shrink-0 lg:border-l lg:border-zinc-200"
    >
      <div className="mb-2 flex justify-end">
        <button
          type="button"
          onClick={() => hide?.(true)}
          className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100"
        >
          {m.closeJobs}
        </button>
      </div>
      {wanted ? <JobsPanelBody onReady={onReady} /> : null}
    </aside>
  );
}

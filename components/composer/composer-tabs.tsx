"use client";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useReopenListener } from "@/components/jobs/reopen-bus";
import { useMessages } from "@/lib/i18n/messages-context";

type Tab = "single" | "multi";
const TABS: Tab[] = ["single", "multi"];

/** Image-to-video and multi-image-to-video. A tab mounts when first opened and then stays mounted (hidden), so switching keeps each draft. */
export function ComposerTabs({ single, multi }: { single: ReactNode; multi: ReactNode }) {
  const m = useMessages().composerTabs;
  const id = useId();
  const [tab, setTab] = useState<Tab>("single");
  const [opened, setOpened] = useState<ReadonlySet<Tab>>(() => new Set<Tab>(["single"]));
  const choose = (t: Tab) => {
    setTab(t);
    setOpened((s) => (s.has(t) ? s : new Set([...s, t])));
  };
  // A reopened job shows in the composer of its kind.
  useReopenListener("any", (r) => choose(r.recipe.kind === "image2video" ? "single" : "multi"));
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ single: null, multi: null });

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft" && e.key !== "Home" && e.key !== "End") return;
    e.preventDefault();
    const i = TABS.indexOf(tab);
    const next =
      e.key === "Home" ? TABS[0]! : e.key === "End" ? TABS[TABS.length - 1]! : TABS[(i + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length]!;
    choose(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="min-w-0 space-y-3">
      <div role="tablist" aria-label={m.label} onKeyDown={onKey} className="grid grid-cols-2 gap-1 rounded-xl bg-zinc-200/70 p-1">
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            id={`${id}-${t}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`${id}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => choose(t)}
            className="min-h-11 rounded-lg px-3 py-1.5 text-sm font-medium sm:min-h-0 text-zinc-700 aria-selected:bg-white aria-selected:text-zinc-900 aria-selected:shadow-sm"
          >
            {m[t]}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t} id={`${id}-${t}-panel`} role="tabpanel" aria-labelledby={`${id}-${t}-tab`} hidden={tab !== t}>
          {opened.has(t) ? (t === "single" ? single : multi) : null}
        </div>
      ))}
    </div>
  );
}

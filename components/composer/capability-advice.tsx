"use client";
import dynamic from "next/dynamic";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import { useMessages } from "@/lib/i18n/messages-context";

// Most settings have no warning: the words and buttons of one load when a field first has one (server-rendered
// when the page is rendered with one).
const AdviceList = dynamic(() => import("./capability-advice-list").then((mod) => mod.AdviceList), { loading: () => null });

/** A capability warning next to its field, with one click per listed combination that would clear it. */
export function CapabilityAdvice({ id, advice, onSwitch }: { id: string; advice: Advice[]; onSwitch: (s: Switch) => void }) {
  return (
    <div id={id} aria-live="polite" className="empty:hidden">
      {advice.length > 0 ? <AdviceList advice={advice} onSwitch={onSwitch} /> : null}
    </div>
  );
}

/** The explicit "send it anyway" for combinations outside the map; the submit button waits for it. */
export function OutsideMapConfirm({ count, confirmed, onChange }: { count: number; confirmed: boolean; onChange: (v: boolean) => void }) {
  const m = useMessages().advice;
  if (count === 0) return null;
  return (
    <label className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <input type="checkbox" checked={confirmed} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 size-4 accent-amber-600" />
      <span>{m.confirm}</span>
    </label>
  );
}

"use client";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import type { Mode } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";

/** A capability warning next to its field, with one click per listed combination that would clear it. */
export function CapabilityAdvice({ id, advice, onSwitch }: { id: string; advice: Advice[]; onSwitch: (s: Switch) => void }) {
  const all = useMessages();
  const m = all.advice;
  const modeName = (mode: Mode | undefined) => (mode ? all.composer.mode[mode] : null);
  const label = (s: Switch) => {
    switch (s.kind) {
      case "combo":
        return m.combo(modeName(s.mode), s.duration ?? null);
      case "model":
        return m.model(s.model, modeName(s.mode), s.duration ?? null);
      case "cameraSimple":
        return m.cameraSimple;
      case "soundOff":
        return m.soundOff;
    }
  };
  return (
    <div id={id} aria-live="polite" className="empty:hidden">
      {advice.map((a) => (
        <div
          key={`${a.field}:${a.message}`}
          data-testid="capability-advice"
          className="mt-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <p className="font-medium">{a.code === "retired" && a.params ? all.composer.capability.retired(a.params.model, a.params.since, a.params.source) : a.message}.</p>
          <p className="text-amber-800">{all.composer.capability.sendAnyway}</p>
          {a.switches.length > 0 ? (
            <div className="mt-2 flex flex-wrap gap-2">
              {a.switches.map((s) => (
                <button
                  key={label(s)}
                  type="button"
                  onClick={() => onSwitch(s)}
                  className="rounded-md border border-amber-300 bg-white px-2.5 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100"
                >
                  {label(s)}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ))}
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

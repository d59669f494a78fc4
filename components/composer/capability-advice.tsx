"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import type { Advice, Switch } from "@/lib/composer/suggestions";
import type { Combo, Mode } from "@/lib/kling/models";
import type { Messages } from "@/lib/i18n/en";
import type { IssueCodesMessages } from "@/lib/i18n/features/issueCodes.en";
import { useMessages } from "@/lib/i18n/messages-context";

/** Listed combinations grouped by the durations they share: "Standard, Professional 3–15 s". */
function groupCombos(combos: readonly Combo[], modeName: (mode: Mode) => string) {
  const byMode = new Map<string, { mode: Mode | null; seconds: number[] }>();
  for (const c of combos) {
    const key = String(c.mode);
    const entry = byMode.get(key) ?? { mode: c.mode, seconds: [] };
    entry.seconds.push(Number(c.duration));
    byMode.set(key, entry);
  }
  const groups = new Map<string, { modes: string[]; seconds: number[] }>();
  for (const { mode, seconds } of byMode.values()) {
    const sorted = [...new Set(seconds)].sort((a, b) => a - b);
    const key = sorted.join(",");
    const g = groups.get(key) ?? { modes: [], seconds: sorted };
    if (mode) g.modes.push(modeName(mode));
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The advice's headline in the page's language; the English `message` only for an advice with no code. */
function headline(a: Advice, all: Messages, codes: IssueCodesMessages | null): string {
  const p = a.params;
  if (!a.code || !p) return a.message;
  if (a.code === "retired") {
    const source = p.sourceCode ? all.composer.capability.sources[p.sourceCode] : (p.source ?? "");
    return all.composer.capability.retired(p.model, p.since ?? "", source);
  }
  const feature = p.feature ? all.advice.features[p.feature] : "";
  const combos = all.advice.combos(groupCombos(a.supported ?? [], (mode) => all.composer.mode[mode]));
  const word = codes?.[a.code];
  return word ? word({ model: p.model, feature, combos }) : a.message;
}

/** A capability warning next to its field, with one click per listed combination that would clear it. */
export function CapabilityAdvice({ id, advice, onSwitch }: { id: string; advice: Advice[]; onSwitch: (s: Switch) => void }) {
  const all = useMessages();
  // The words of the capability codes: fetched when a warning first shows (the retired-model one is in the core words).
  const codes = useIssueCodes(advice.length > 0);
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
          <p className="font-medium">{headline(a, all, codes)}{all.composer.capability.stop}</p>
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

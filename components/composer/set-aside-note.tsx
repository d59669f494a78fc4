"use client";
import type { SetAside } from "@/lib/composer/request-body";
import { useMessages } from "@/lib/i18n/messages-context";

/** Settings the user made that this request will not carry: kept, and said out loud. */
export function SetAsideNote({ items }: { items: SetAside[] }) {
  const m = useMessages().setAside;
  const text = (s: SetAside) => {
    switch (s.what) {
      case "cfg_scale":
        return m.cfgScale(s.model);
      case "multi_shot":
        return m.multiShot(s.model);
      case "elements":
        return m.elements(s.model);
      case "sound":
        return m.sound(s.model);
      case "voices":
        return s.reason === "model" ? m.voicesModel(s.model) : m.voicesSoundOff;
      case "last_frame":
        return m.lastFrame;
      case "motion_brush":
        return m.motionBrush;
      case "camera":
        return m.camera;
    }
  };
  return (
    <div aria-live="polite" className="empty:hidden" data-testid="set-aside">
      {items.length > 0 ? (
        <div className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-700">
          <p className="font-medium text-zinc-900">{m.heading}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {items.map((s) => (
              <li key={s.what}>{text(s)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

"use client";
import type { CapabilityWarning } from "@/lib/kling/capabilities";
import { useMessages } from "@/lib/i18n/messages-context";

/** Warnings, never blocks: the capability map trails what relays accept. */
export function CapabilityNote({ id, warnings }: { id: string; warnings: CapabilityWarning[] }) {
  const m = useMessages().composer.capability;
  return (
    <div id={id} aria-live="polite" className="empty:hidden">
      {warnings.map((w) => (
        <div key={w.message} className="mt-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{w.message}.</p>
          <p className="text-amber-800">
            {m.sendAnyway}
            {/* Other models only help when this model lacks the feature; otherwise the fix is another mode or duration. */}
            {w.field === "model_name" && w.otherModels.length > 0 ? ` ${m.otherModels(w.otherModels.join(", "))}` : ""}
          </p>
        </div>
      ))}
    </div>
  );
}

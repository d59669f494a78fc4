"use client";
import { useCatalog } from "@/components/catalog-context";
import { isRetired } from "@/lib/kling/builtin-catalog";
import type { Feature } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";

const WHERE = { motion_brush: "whereBrush", camera: "whereCamera", multi_image: "whereMulti" } as const;

/** Says, before any painting, which models accept a guide and whether the official API still serves them. */
export function GuideAvailability({ feature }: { feature: keyof typeof WHERE }) {
  const all = useMessages();
  const m = all.guides;
  const catalog = useCatalog();
  const models = catalog.models.filter((x) => x.features[feature as Feature]);
  if (models.length === 0) return <p className="text-sm text-amber-900">{m.noModel}</p>;
  const retired = models.filter(isRetired);
  const since = [...new Set(retired.map((x) => (x.status.state === "retired" ? (x.status.since ?? "") : "")))].filter(Boolean);
  const state = retired.length === models.length ? m.retiredSince(models.length, all.locale.list(since)) : m.stillLive(models.length - retired.length);
  const tone = retired.length === models.length ? "border-amber-200 bg-amber-50 text-amber-900" : "border-zinc-200 bg-zinc-50 text-zinc-700";
  return (
    <p data-testid="guide-availability" className={`rounded-lg border px-3 py-2 text-sm ${tone}`}>
      {m[WHERE[feature]](all.locale.list(models.map((x) => x.id)), models.length, state)}
    </p>
  );
}

"use client";
import { useCatalog } from "@/components/catalog-context";
import { estimateCost, type CostQuery } from "@/lib/kling/cost";
import { useMessages } from "@/lib/i18n/messages-context";

/** The units (and dollars) the request as composed should cost, from the rates in the capability data. */
export function CostEstimate({ query }: { query: CostQuery }) {
  const m = useMessages().cost;
  const cost = estimateCost(query, useCatalog());
  return (
    <p data-testid="cost-estimate" aria-live="polite" className="text-sm text-zinc-700">
      <span className="font-medium text-zinc-900">{m.label}: </span>
      {cost.known ? (
        <>
          {m.units(cost.units, cost.usd)}
          <span className="block text-xs text-zinc-500">{m.basis(cost.ratePerSecond, cost.seconds)}</span>
        </>
      ) : (
        <>
          {m.unknown}
          <span className="block text-xs text-zinc-500">{m.unknownWhy[cost.reason]}</span>
        </>
      )}
    </p>
  );
}

// Cost before paying (kling-api.md section 14): units per second of output times the duration, at the
// rate the capability data lists for the model, mode and sound. An unpublished rate is unknown, never 0.
import { findModel, type Catalog } from "./builtin-catalog";
import type { Mode } from "./models";

export type CostEstimate =
  | { known: true; units: number; usd: number | null; ratePerSecond: number; seconds: number }
  | { known: false; reason: "model" | "rate" | "soundRate"; seconds: number };

export interface CostQuery {
  model: string;
  /** null: the model takes no mode. */
  mode: Mode | null;
  duration: string;
  sound: boolean;
}

/** Rounded to 2 decimals, which is finer than Kling's own deductions ("3.5"). */
const round = (n: number) => Math.round(n * 100) / 100;

export function estimateCost(q: CostQuery, catalog: Catalog): CostEstimate {
  const seconds = Number(q.duration);
  const model = findModel(catalog, q.model);
  if (!model || !Number.isFinite(seconds)) return { known: false, reason: "model", seconds };
  const rate = q.sound ? model.rates.sound : q.mode === null ? null : model.rates[q.mode];
  if (rate === null) return { known: false, reason: q.sound ? "soundRate" : "rate", seconds };
  const units = round(rate * seconds);
  return { known: true, units, ratePerSecond: rate, seconds, usd: catalog.unitPriceUsd === null ? null : round(units * catalog.unitPriceUsd) };
}

// The capability data's shape and the built-in models, with the look-ups the composer makes: no schema library, so
// the page's first load can carry it. The operator's override file is validated in catalog.ts (server side).
import { BUILTIN_MODELS, BUILTIN_UNIT_PRICE_USD, type ModelInfo } from "./models";

export interface Catalog {
  models: readonly ModelInfo[];
  /** US dollars per unit, for the currency equivalent of an estimate; null = unknown. */
  unitPriceUsd: number | null;
}

export const BUILTIN_CATALOG: Catalog = { models: BUILTIN_MODELS, unitPriceUsd: BUILTIN_UNIT_PRICE_USD };

export function findModel(catalog: Catalog, id: string): ModelInfo | undefined {
  return catalog.models.find((m) => m.id === id);
}

export const isRetired = (m: ModelInfo | undefined) => m?.status.state === "retired";
/** The default model: the first live, non-relay one (the built-in list puts the newest first). */
export function defaultModel(catalog: Catalog): string {
  return (catalog.models.find((m) => m.status.state === "live" && !m.relayOnly) ?? catalog.models[0])?.id ?? "kling-v3";
}

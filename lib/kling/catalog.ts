// The capability data in force: the built-in models, optionally replaced or extended by the operator's
// JSON file (MOTIONBRUSH_CAPABILITIES_FILE). Pure: the server reads the file, this validates and merges it.
import * as z from "@/lib/kling/zod";
import { FEATURES, MAX_DURATION, MIN_DURATION, MODES, type ModelInfo } from "./models";

export { BUILTIN_CATALOG, defaultModel, findModel, isRetired, type Catalog } from "./builtin-catalog";
import type { Catalog } from "./builtin-catalog";

// ---- The override file ---------------------------------------------------------------------

const durationString = z
  .string()
  .regex(/^\d+$/, { error: "must be a whole number of seconds, as a string" })
  .refine((s) => Number(s) >= MIN_DURATION && Number(s) <= MAX_DURATION, {
    error: `must be from "${MIN_DURATION}" to "${MAX_DURATION}"`,
  });
const support = z.strictObject({ modes: z.array(z.enum(MODES)), durations: z.array(durationString).min(1) });
const rate = z.number().nonnegative().nullable();
const status = z.union([
  z.strictObject({ state: z.literal("live") }),
  z.strictObject({ state: z.literal("retired"), since: z.iso.date().optional(), source: z.string().min(1) }),
]);
const featureMap = z.partialRecord(z.enum(FEATURES), support.nullable());

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, { error: "must be a model id such as kling-v3" }),
  label: z.string().min(1).max(80).optional(),
  status: status.optional(),
  takesCfgScale: z.boolean().optional(),
  takesSound: z.boolean().optional(),
  takesVoices: z.boolean().optional(),
  multiShot: z.boolean().optional(),
  elements: z.boolean().optional(),
  relayOnly: z.boolean().optional(),
  cameraSimpleOnly: z.boolean().optional(),
  soundPlainOnly: z.boolean().optional(),
  /** Listed features replace the built-in ones one by one; `null` removes one. */
  features: featureMap.optional(),
  rates: z.strictObject({ std: rate, pro: rate, "4k": rate, sound: rate }).partial().optional(),
  note: z.string().max(200).optional(),
});
export type CapabilityEntry = z.infer<typeof entrySchema>;

export const capabilityFileSchema = z.strictObject({
  /** true: the file's models are the whole list; false (default): they patch and extend the built-in ones. */
  replace: z.boolean().optional(),
  unitPriceUsd: z.number().positive().nullable().optional(),
  models: z.array(entrySchema).min(1),
});
export type CapabilityFile = z.infer<typeof capabilityFileSchema>;

function describe(issue: z.core.$ZodIssue, json: unknown): string {
  const [top, index, ...rest] = issue.path;
  if (top === "models" && typeof index === "number") {
    const entries = (json as { models?: unknown[] }).models;
    const raw = Array.isArray(entries) ? (entries[index] as { id?: unknown } | undefined) : undefined;
    const name = typeof raw?.id === "string" ? `"${raw.id.slice(0, 64)}"` : `#${index + 1}`;
    return `models entry ${name}${rest.length ? ` ${rest.join(".")}` : ""}: ${issue.message}`;
  }
  return `${issue.path.join(".") || "(file)"}: ${issue.message}`;
}

const NEW_MODEL_NEEDS = ["label", "status", "features"] as const;

function applyEntry(base: ModelInfo | undefined, e: CapabilityEntry): ModelInfo | string {
  if (!base) {
    const missing = NEW_MODEL_NEEDS.filter((k) => e[k] === undefined);
    if (missing.length) return `models entry "${e.id}": a new model needs ${missing.join(", ")}`;
  }
  const features = { ...(base?.features ?? {}) };
  for (const [k, v] of Object.entries(e.features ?? {})) {
    const key = k as keyof ModelInfo["features"];
    if (v === null) delete features[key];
    else if (v) features[key] = v;
  }
  if (!features.plain) return `models entry "${e.id}": features.plain is required (every model takes plain image-to-video)`;
  const baseRates = base?.rates ?? { std: null, pro: null, "4k": null, sound: null };
  return {
    id: e.id,
    label: e.label ?? base?.label ?? e.id,
    status: e.status ?? base?.status ?? { state: "live" },
    takesCfgScale: e.takesCfgScale ?? base?.takesCfgScale ?? false,
    takesSound: e.takesSound ?? base?.takesSound ?? false,
    takesVoices: e.takesVoices ?? base?.takesVoices ?? false,
    multiShot: e.multiShot ?? base?.multiShot ?? false,
    elements: e.elements ?? base?.elements ?? false,
    features,
    rates: { ...baseRates, ...(e.rates ?? {}) },
    ...((e.relayOnly ?? base?.relayOnly) ? { relayOnly: true } : {}),
    ...((e.cameraSimpleOnly ?? base?.cameraSimpleOnly) ? { cameraSimpleOnly: true } : {}),
    ...((e.soundPlainOnly ?? base?.soundPlainOnly) ? { soundPlainOnly: true } : {}),
    ...((e.note ?? base?.note) ? { note: e.note ?? base?.note } : {}),
  };
}

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

/** Validates an override file's parsed JSON and merges it into `base`; any problem keeps `base` whole. */
export function mergeCapabilityFile(base: Catalog, json: unknown): CatalogResult {
  const parsed = capabilityFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => describe(i, json)) };
  const file = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  const models: ModelInfo[] = file.replace ? [] : [...base.models];
  for (const e of file.models) {
    if (seen.has(e.id)) problems.push(`models entry "${e.id}": listed twice`);
    seen.add(e.id);
    const at = models.findIndex((m) => m.id === e.id);
    const merged = applyEntry(at >= 0 ? models[at] : base.models.find((m) => m.id === e.id), e);
    if (typeof merged === "string") problems.push(merged);
    else if (at >= 0) models[at] = merged;
    else models.push(merged);
  }
  if (problems.length) return { ok: false, problems };
  const unitPriceUsd = file.unitPriceUsd === undefined ? base.unitPriceUsd : file.unitPriceUsd;
  return { ok: true, catalog: { models, unitPriceUsd } };
}

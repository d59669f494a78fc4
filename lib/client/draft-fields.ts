// A stored or reopened draft's fields, checked against the composer's defaults (small: the page restores with it).

/**
 * The composer draft from a recipe's fields, over the defaults: only known keys whose value has the default's
 * type are taken, so a damaged or foreign field never reaches the screen (and so never the request) unseen.
 */
export function draftFromFields<T extends object>(defaults: T, fields: Record<string, unknown>, externalTaskId: string): T {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, base] of Object.entries(defaults)) {
    if (!(key in fields)) continue;
    const value = fields[key];
    const same =
      Array.isArray(base) ? Array.isArray(value) : typeof base === "object" && base !== null ? typeof value === "object" && value !== null && !Array.isArray(value) : typeof value === typeof base;
    if (same) out[key] = structuredClone(value);
  }
  out.externalTaskId = externalTaskId;
  return out as T;
}

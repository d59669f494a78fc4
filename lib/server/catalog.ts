import "server-only";
// The capability data in force on this server: the built-in map, or the operator's file merged into it
// (MOTIONBRUSH_CAPABILITIES_FILE). Read once; a bad file is an operator error and the built-in data stays.
import { readFileSync } from "node:fs";
import { BUILTIN_CATALOG, mergeCapabilityFile, type Catalog } from "@/lib/kling/catalog";
import type { ConfigNotice } from "./config-notice";
import { getServerConfig } from "./env";

export interface CatalogState {
  catalog: Catalog;
  /** Operator-facing problems with the file; empty when it is absent or good. */
  problems: string[];
  /** The same, as codes worded on the page. */
  notices: ConfigNotice[];
}

/** Reads and merges the file at `path`; `read` is injected so tests need no disk. */
export function loadCatalog(path: string | undefined, read: (p: string) => string = (p) => readFileSync(p, "utf8")): CatalogState {
  if (!path) return { catalog: BUILTIN_CATALOG, problems: [], notices: [] };
  const prefix = "MOTIONBRUSH_CAPABILITIES_FILE";
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "read error";
    return {
      catalog: BUILTIN_CATALOG,
      problems: [`${prefix}: the file cannot be read (${code}); the built-in capability data is in force`],
      notices: [{ code: "capabilities-unreadable", errno: code }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      catalog: BUILTIN_CATALOG,
      problems: [`${prefix}: the file is not valid JSON; the built-in capability data is in force`],
      notices: [{ code: "capabilities-not-json" }],
    };
  }
  const merged = mergeCapabilityFile(BUILTIN_CATALOG, json);
  if (merged.ok) return { catalog: merged.catalog, problems: [], notices: [] };
  return {
    catalog: BUILTIN_CATALOG,
    problems: [...merged.problems.map((p) => `${prefix}: ${p}`), `${prefix}: the file was not applied; the built-in capability data is in force`],
    notices: [{ code: "capabilities-invalid", count: merged.problems.length }],
  };
}

let state: CatalogState | undefined;
export function getCatalogState(): CatalogState {
  if (!state) {
    state = loadCatalog(getServerConfig().capabilitiesFile);
    for (const problem of state.problems) console.error(JSON.stringify({ at: new Date().toISOString(), level: "error", config: problem }));
  }
  return state;
}

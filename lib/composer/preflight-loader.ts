// Pre-flight (preflight.ts: the shared zod schemas, and zod with them) is not needed to paint or hydrate the empty
// composer, so the page fetches it just after it starts instead of in its first load. Until it has arrived the
// composer shows a neutral "checking" and sends nothing; a send awaits it. A failed fetch is tried again next call.
import type { FieldIssue } from "@/lib/kling/schemas";

export type Preflight = typeof import("./preflight");

let loaded: Preflight | null = null;
let pending: Promise<Preflight> | null = null;

export function loadPreflight(): Promise<Preflight> {
  return (pending ??= import("./preflight").then(
    (mod) => (loaded = mod),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  ));
}

/** The pre-flight module when it has arrived, else null (then start it with loadPreflight). */
export const preflightIfLoaded = (): Preflight | null => loaded;

/** Issues that belong to one field: its own path or anything under it. */
export function issuesAt(issues: readonly FieldIssue[], path: string): string[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)).map((i) => i.message);
}

import "server-only";
// Picks what the gateway talks to, once per server process: the official API, a relay, or the simulator.
import type { Catalog } from "@/lib/kling/catalog";
import { getCatalogState } from "./catalog";
import { getServerConfig, type ServerConfig } from "./env";
import { getGuardState } from "./guard";
import type { GatewayDeps, TaskBackend } from "./gateway";
import { createSimulator } from "./simulator";
import { createUpstreamClient } from "./upstream";

/** The embedded simulator serves its finished video from the app itself (public/simulator). */
export const SIMULATOR_VIDEO_PATH = "/simulator/sample.mp4";

export function logLine(line: Record<string, unknown>) {
  // Structured, one line, never a header, body, key or token.
  console.info(JSON.stringify({ at: new Date().toISOString(), ...line }));
}

export function makeBackend(config: ServerConfig, catalog?: Catalog): TaskBackend {
  const up = config.upstream;
  if (up.kind === "simulator") {
    const sim = createSimulator({ taskMs: config.simulatorTaskMs, videoUrl: () => SIMULATOR_VIDEO_PATH, catalog, retireModels: config.simulatorRetiresModels });
    return {
      // The gateway validated this body (validateCreateBody) before calling; the simulator need not again.
      createTask: async (kind, body) => sim.create(kind, body, true),
      getTask: async (kind, id) => sim.get(kind, id),
      listTasks: async (kind, query) => sim.list(kind, query),
    };
  }
  return createUpstreamClient({
    baseUrl: up.baseUrl,
    auth: up.kind === "official" ? { kind: "jwt", accessKey: up.accessKey, secretKey: up.secretKey } : { kind: "bearer", apiKey: up.apiKey },
    timeoutMs: config.timeoutMs,
    createTimeoutMs: config.createTimeoutMs,
    log: (line) => logLine({ upstream: up.kind, ...line }),
  });
}

let deps: GatewayDeps | undefined;
export function getGatewayDeps(): GatewayDeps {
  if (!deps) {
    const config = getServerConfig();
    for (const problem of config.problems) logLine({ level: "error", config: problem });
    const { catalog } = getCatalogState();
    deps = { config, backend: makeBackend(config, catalog), catalog, log: logLine, limits: getGuardState().limiters };
  }
  return deps;
}

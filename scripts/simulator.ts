// `npm run simulator`: the built-in Kling simulator as its own HTTP server. Reads env, starts, prints the URL.
import { spawn } from "node:child_process";
import type { SimulatorFlavor } from "@/lib/server/simulator-server";

// Server modules `import "server-only"`, which throws unless Node resolves with the react-server
// condition (as Next does for server code). Plain `tsx` lacks it, so re-run this script with it.
const CONDITION = "--conditions=react-server";
const hasCondition = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) =>
  /^(--conditions|-C)=?react-server$/.test(arg),
);

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max}`);
  return n;
}

function flavorEnv(flavors: readonly string[]): SimulatorFlavor {
  const raw = process.env.KLING_SIMULATOR_FLAVOR?.trim() || "native";
  if (!flavors.includes(raw)) {
    throw new Error(`KLING_SIMULATOR_FLAVOR must be one of ${flavors.join(", ")}`);
  }
  return raw as SimulatorFlavor;
}

async function main() {
  const { SIMULATOR_FLAVORS, startSimulatorServer } = await import("@/lib/server/simulator-server");
  const env = process.env;
  const server = await startSimulatorServer({
    port: intEnv("KLING_SIMULATOR_PORT", 8787, 0, 65535),
    host: env.KLING_SIMULATOR_HOST?.trim() || "127.0.0.1",
    taskMs: intEnv("KLING_SIMULATOR_TASK_MS", 8000, 0, 3_600_000),
    flavor: flavorEnv(SIMULATOR_FLAVORS),
    auth: {
      accessKey: env.KLING_SIMULATOR_ACCESS_KEY || undefined,
      secretKey: env.KLING_SIMULATOR_SECRET_KEY || undefined,
      apiKey: env.KLING_SIMULATOR_API_KEY || undefined,
    },
    recordFile: env.KLING_SIMULATOR_RECORD || undefined,
    retireModels: /^(1|true|yes)$/i.test(env.KLING_SIMULATOR_OFFICIAL_TODAY?.trim() ?? ""),
  });
  console.log(`Kling simulator listening on ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function rerunWithCondition() {
  const child = spawn(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (hasCondition) {
  main().catch((error: unknown) => {
    console.error(`simulator: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
} else {
  rerunWithCondition();
}

import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import e2eEnv from "./e2e/e2e-env.json";
import { PORTS, REDIS_PORT, SIMULATOR_PORTS } from "./e2e/ports";

// Debian's Chromium where it exists (Playwright cannot download browsers here); Playwright's own elsewhere.
const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const TASK_MS = String(e2eEnv.taskMs);
const OUT = ".ci-out";
const E2E_SECRETS = e2eEnv.secrets;
const SIM = SIMULATOR_PORTS;
const ACCESS = e2eEnv.access;
/** Debian's redis-server (.ci/run installs it); without it the shared-limit journey is skipped. */
const REDIS_BIN = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => existsSync(p));
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const OPEN = { MOTIONBRUSH_ALLOW_ANONYMOUS: "true" };
const OFFICIAL_KEYS = { KLING_API_BASE_URL: `http://127.0.0.1:${SIM.official}`, KLING_ACCESS_KEY: E2E_SECRETS.accessKey, KLING_SECRET_KEY: E2E_SECRETS.secretKey };

const app = (port: number, env: Record<string, string>, name: string) => ({
  command: `npx next start -p ${port} > ${OUT}/app-${name}.log 2>&1`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  // REDIS_URL from CI is for the unit tests; only the instances that ask for Redis get one.
  env: { NEXT_TELEMETRY_DISABLED: "1", KLING_SIMULATOR_TASK_MS: TASK_MS, REDIS_URL: "", ...env },
});

const simulator = (port: number, env: Record<string, string>, name: string) => ({
  command: `npx tsx --conditions=react-server scripts/simulator.ts > ${OUT}/sim-${name}.log 2>&1`,
  url: `http://127.0.0.1:${port}/videos/sample.mp4`,
  reuseExistingServer: !process.env.CI,
  timeout: 30_000,
  env: { KLING_SIMULATOR_PORT: String(port), KLING_SIMULATOR_TASK_MS: TASK_MS, KLING_SIMULATOR_RECORD: `${OUT}/sim-${name}.jsonl`, ...env },
});

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: `${OUT}/playwright.json` }]],
  use: {
    // The journeys read English; e2e/i18n.spec.ts sets its own locale.
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "simulator", use: { baseURL: `http://127.0.0.1:${PORTS.embedded}` }, testIgnore: /upstreams\.spec|access\.spec/ },
    { name: "access", use: { baseURL: `http://127.0.0.1:${PORTS.gated}` }, testMatch: /access\.spec/ },
    { name: "official", use: { baseURL: `http://127.0.0.1:${PORTS.official}` }, testMatch: /upstreams\.spec/ },
    { name: "passthrough", use: { baseURL: `http://127.0.0.1:${PORTS.passthrough}` }, testMatch: /upstreams\.spec/ },
    { name: "newapi", use: { baseURL: `http://127.0.0.1:${PORTS.newapi}` }, testMatch: /upstreams\.spec/ },
  ],
  webServer: [
    simulator(SIM.official, { KLING_SIMULATOR_ACCESS_KEY: E2E_SECRETS.accessKey, KLING_SIMULATOR_SECRET_KEY: E2E_SECRETS.secretKey }, "official"),
    simulator(SIM.passthrough, { KLING_SIMULATOR_API_KEY: E2E_SECRETS.relayKey, KLING_SIMULATOR_FLAVOR: "passthrough" }, "passthrough"),
    simulator(SIM.newapi, { KLING_SIMULATOR_API_KEY: E2E_SECRETS.newApiKey, KLING_SIMULATOR_FLAVOR: "new-api" }, "newapi"),
    app(PORTS.embedded, {}, "embedded"),
    // The upstream journeys run open on purpose (the page shows the anonymous warning); access.spec covers the gate.
    // The standalone simulators serve the result videos: each media route may fetch from its own, and only from it.
    app(PORTS.official, { ...OFFICIAL_KEYS, ...OPEN, MOTIONBRUSH_MEDIA_HOSTS: `127.0.0.1:${SIM.official}` }, "official"),
    app(
      PORTS.passthrough,
      { KLING_API_BASE_URL: `http://127.0.0.1:${SIM.passthrough}/kling`, KLING_API_KEY: E2E_SECRETS.relayKey, ...OPEN, MOTIONBRUSH_MEDIA_HOSTS: `127.0.0.1:${SIM.passthrough}` },
      "passthrough",
    ),
    app(
      PORTS.newapi,
      { KLING_API_BASE_URL: `http://127.0.0.1:${SIM.newapi}/kling`, KLING_API_KEY: E2E_SECRETS.newApiKey, ...OPEN, MOTIONBRUSH_MEDIA_HOSTS: `127.0.0.1:${SIM.newapi}` },
      "newapi",
    ),
    // Keys with a password, a session secret and an API token: the gate.
    app(
      PORTS.gated,
      { ...OFFICIAL_KEYS, MOTIONBRUSH_PASSWORD: ACCESS.password, MOTIONBRUSH_SESSION_SECRET: ACCESS.sessionSecret, MOTIONBRUSH_API_TOKENS: ACCESS.token },
      "gated",
    ),
    // Keys and no gate chosen: refuses everything and says what to set.
    app(PORTS.closed, OFFICIAL_KEYS, "closed"),
    // Two instances counting the same limits in one Redis.
    ...(REDIS_BIN
      ? [
          {
            command: `${REDIS_BIN} --port ${REDIS_PORT} --bind 127.0.0.1 --save '' --appendonly no > ${OUT}/redis.log 2>&1`,
            port: REDIS_PORT,
            reuseExistingServer: !process.env.CI,
            timeout: 15_000,
          },
          ...(["sharedA", "sharedB"] as const).map((name) =>
            app(PORTS[name], { ...OFFICIAL_KEYS, ...OPEN, MOTIONBRUSH_CREATE_RATE: "3/hour", REDIS_URL }, name),
          ),
        ]
      : []),
    // The embedded simulator behind Vercel's 4.5 MB body limit: the composer journeys' over-budget photo runs here.
    app(PORTS.smallBudget, { MOTIONBRUSH_BODY_LIMIT_BYTES: String(e2eEnv.smallBudgetBytes) }, "small-budget"),
  ],
});

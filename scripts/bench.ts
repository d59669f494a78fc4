// `npm run bench`: prints performance figures. Not a test: nothing here passes or fails on timing.
// Figures: the gateway's added latency over a direct call to the same upstream (the standalone simulator),
// measured side by side, interleaved, in one run on loopback.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import sharp from "sharp";
import { nextPollDelay, simulatePolls } from "@/lib/client/poll-schedule";
import { roughWaitMs } from "@/lib/client/wait-guide";
import { startSimulatorServer } from "@/lib/server/simulator-server";
import { bundleFigures, ensureBuild, lighthouseScores } from "./bench-bundle";
import { gatewayCpu } from "./bench-cpu";
import { pollDuringLargeCreate } from "./bench-stall";
import { waitFor } from "./bench-wait";

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3290);
const SIM_PORT = Number(process.env.BENCH_SIM_PORT ?? 8790);
const N_POLL = Number(process.env.BENCH_POLLS ?? 400);
const N_CREATE = Number(process.env.BENCH_CREATES ?? 40);
const KEY = "sk-bench-not-a-secret";

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95) };
}

async function timed(url: string, init?: RequestInit): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

const fmt = (n: number) => n.toFixed(2).padStart(8);

async function gatewayLatency() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("(building the app first: next build)");
    spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const sim = await startSimulatorServer({ port: SIM_PORT, taskMs: 60_000, auth: { apiKey: KEY }, log: () => {} });
  let app: ChildProcess | undefined;
  try {
    app = spawn("npx", ["next", "start", "-p", String(APP_PORT)], {
      // Open and unlimited on purpose: this measures the gateway, not the gate.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", KLING_API_BASE_URL: sim.url, KLING_API_KEY: KEY, MOTIONBRUSH_ALLOW_ANONYMOUS: "true", MOTIONBRUSH_CREATE_RATE: "off", MOTIONBRUSH_DAILY_CREATE_CAP: "0", MOTIONBRUSH_POLL_RATE: "off" },
      stdio: "ignore",
      detached: true,
    });
    const appUrl = `http://127.0.0.1:${APP_PORT}`;
    await waitFor(`${appUrl}/api/kling/v1/videos/image2video?pageSize=1`, 60_000);

    const image = (
      await sharp({ create: { width: 1280, height: 720, channels: 3, background: { r: 90, g: 140, b: 200 } } }).png().toBuffer()
    ).toString("base64");
    const body = JSON.stringify({ model_name: "kling-v1-6", image, prompt: "bench", duration: "5" });
    const direct = { headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" } };
    const created = await fetch(`${sim.url}/v1/videos/image2video`, { method: "POST", body, ...direct });
    const taskId = ((await created.json()) as { data: { task_id: string } }).data.task_id;

    const directPoll = `${sim.url}/v1/videos/image2video/${taskId}`;
    const gatewayPoll = `${appUrl}/api/kling/v1/videos/image2video/${taskId}`;
    for (let i = 0; i < 30; i++) {
      await timed(directPoll, direct);
      await timed(gatewayPoll);
    }
    const poll = { direct: [] as number[], gateway: [] as number[] };
    // A route of the same app that does no work: what Next.js itself costs per request.
    const bare: number[] = [];
    const bareUrl = `${appUrl}/api/bench-baseline`;
    for (let i = 0; i < N_POLL; i++) {
      // Interleaved so all three see the same machine state.
      poll.direct.push(await timed(directPoll, direct));
      poll.gateway.push(await timed(gatewayPoll));
      const t0 = performance.now();
      await (await fetch(bareUrl)).arrayBuffer();
      bare.push(performance.now() - t0);
    }
    const create = { direct: [] as number[], gateway: [] as number[] };
    for (let i = 0; i < N_CREATE; i++) {
      create.direct.push(await timed(`${sim.url}/v1/videos/image2video`, { method: "POST", body, ...direct }));
      create.gateway.push(
        await timed(`${appUrl}/api/kling/v1/videos/image2video`, { method: "POST", body, headers: { "content-type": "application/json" } }),
      );
    }

    const b = summary(bare);
    console.log(`\nGateway latency over a direct call to the same upstream (standalone simulator, loopback)`);
    console.log(`                                    p50 ms   p95 ms`);
    for (const [name, pair, n] of [
      ["poll  GET  task", poll, N_POLL],
      [`create POST 1280x720 png (${(body.length / 1024).toFixed(0)} KB)`, create, N_CREATE],
    ] as const) {
      const d = summary(pair.direct);
      const g = summary(pair.gateway);
      console.log(`${name} (n=${n})`);
      console.log(`  direct to simulator             ${fmt(d.p50)} ${fmt(d.p95)}`);
      console.log(`  through the gateway             ${fmt(g.p50)} ${fmt(g.p95)}`);
      console.log(`  added by the gateway            ${fmt(g.p50 - d.p50)} ${fmt(g.p95 - d.p95)}`);
      console.log(`  ratio gateway / direct          ${fmt(g.p50 / d.p50)} ${fmt(g.p95 / d.p95)}`);
    }
    console.log(`baseline: a Next.js API route doing no work (n=${N_POLL})`);
    console.log(`  next start, 404 JSON route      ${fmt(b.p50)} ${fmt(b.p95)}`);
  } finally {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    await sim.close();
  }
}

/** A photo-like but noisy 4000x3000 JPEG of about 10 MB: gradients plus strong grain, which JPEG cannot squeeze. */
async function noisyPhoto(width: number, height: number, quality: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const n = (seed >>> 24) - 128;
      const i = (y * width + x) * 3;
      raw[i] = Math.max(0, Math.min(255, (x * 255) / width + n));
      raw[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + n));
      raw[i + 2] = Math.max(0, Math.min(255, 128 + n));
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

/**
 * The payload budget in the browser: a 10 MB 4000x3000 photo with 6 motion-brush regions, fitted to a 4.5 MB
 * body (read, decode, canvas re-encode, masks exported at the new size), in Debian's Chromium via Playwright.
 */
async function payloadPreparation() {
  const runs = Number(process.env.BENCH_PREPARE_RUNS ?? 3);
  const budget = Math.floor(4.5 * 1024 * 1024);
  // esbuild comes with tsx, which runs this script.
  const { build } = await import("esbuild");
  await build({ entryPoints: ["scripts/bench-prepare.entry.ts"], bundle: true, format: "iife", outfile: ".bench/prepare.js", logLevel: "warning" });
  const photo = await noisyPhoto(4000, 3000, 94);
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ path: ".bench/prepare.js" });
    const b64 = photo.toString("base64");
    const results: Record<string, number | string>[] = [];
    for (let i = 0; i < runs; i++) results.push(await page.evaluate(([p, b]) => window.benchPrepare(p, b), [b64, budget] as const));
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    console.log(`\nPayload budget: ${mb(photo.length)} 4000x3000 JPEG + 6 masks -> ${mb(budget)} body (Chromium, n=${runs})`);
    results.forEach((r, i) => {
      console.log(
        `  run ${i + 1}: ${Number(r.totalMs).toFixed(0)} ms (read ${Number(r.readMs).toFixed(0)} + fit ${Number(r.prepareMs).toFixed(0)}), ` +
          `body ${r.bodyBytes} B (${mb(Number(r.bodyBytes))}), sent JSON ${r.sentBytes} B, frame ${r.width}x${r.height} ` +
          `${mb(Number(r.imageBytes))} q${r.quality}, ${r.masks} dynamic masks, ${r.attempts} encode attempts; ` +
          `after one more stroke: ${Number(r.refitMs).toFixed(0)} ms, ${r.refitEncodes} encodes`,
      );
    });
    const totals = results.map((r) => Number(r.totalMs)).sort((a, b) => a - b);
    console.log(`  median ${totals[Math.floor(totals.length / 2)]!.toFixed(0)} ms; budget ${budget} B; fits: ${results.every((r) => Number(r.bodyBytes) <= budget)}`);
  } finally {
    await browser.close();
  }
}

/** Upstream polls per task and detection delay: the browser's schedule replayed against the clock. */
function pollSchedule() {
  const FIXED_MS = 5000;
  const taskMs = 180_000;
  // Finish times spread over one fixed-cadence period, so neither schedule gains by phase luck.
  const ends = Array.from({ length: 50 }, (_, i) => taskMs + i * 100);
  const run = (label: string, delay: (age: number) => number | null) => {
    const r = ends.map((e) => simulatePolls(e, delay));
    const polls = r.reduce((s, x) => s + x.polls, 0) / r.length;
    const mean = r.reduce((s, x) => s + x.detectionDelayMs, 0) / r.length / 1000;
    const worst = Math.max(...r.map((x) => x.detectionDelayMs)) / 1000;
    console.log(`  ${label.padEnd(52)} ${polls.toFixed(1).padStart(6)} polls   detection delay mean ${mean.toFixed(2)} s, worst ${worst.toFixed(2)} s`);
  };
  console.log(`\nPolls per task for a 3-minute task (finish at 180.0-184.9 s, n=${ends.length})`);
  run(`fixed ${FIXED_MS / 1000} s cadence`, () => FIXED_MS);
  run("Motionbrush, estimate 180 s from earlier jobs", (ageMs) => nextPollDelay({ ageMs, estimateMs: 180_000 }));
  run("Motionbrush, estimate 160 s (finishes later)", (ageMs) => nextPollDelay({ ageMs, estimateMs: 160_000 }));
  run("Motionbrush, estimate 200 s (finishes sooner)", (ageMs) => nextPollDelay({ ageMs, estimateMs: 200_000 }));
  run("Motionbrush, first job of its kind (no estimate)", (ageMs) => nextPollDelay({ ageMs }));
  // The first job of a kind now polls around the rough guide (lib/client/wait-guide.ts): 180 s for std 5 s.
  const guide = roughWaitMs({ kind: "image2video", mode: "std", duration: "5" });
  run(`Motionbrush, first job, rough guide ${guide / 1000} s`, (ageMs) => nextPollDelay({ ageMs, estimateMs: guide }));
}

async function main() {
  console.log(`Motionbrush benchmark, node ${process.version}, ${new Date().toISOString()}`);
  // BENCH_SECTIONS=bundle,polls,cpu,gateway,stall,prepare,workspace,editor,composer (default: all of these) picks what runs, plus
  // the optional "lighthouse" (not in the default: about a minute per run). "cpu": the gateway's own CPU per request
  // and per MiB, Next.js's per-request cost subtracted, against a standalone upstream. "bundle": first-load JS of /
  // and the editor's chunks, gzip, from the built files.
  const sections = (process.env.BENCH_SECTIONS ?? "bundle,polls,cpu,gateway,stall,prepare,workspace,editor,composer").split(",");
  if (sections.includes("bundle") || sections.includes("lighthouse")) ensureBuild();
  // BENCH_BUNDLE_BEFORE_DIR=<another build's .next> prints that build's figures first, for a before/after.
  if (sections.includes("bundle") && process.env.BENCH_BUNDLE_BEFORE_DIR) bundleFigures(process.env.BENCH_BUNDLE_BEFORE_DIR);
  if (sections.includes("bundle")) bundleFigures();
  if (sections.includes("lighthouse")) await lighthouseScores();
  if (sections.includes("polls")) pollSchedule();
  if (sections.includes("cpu")) await gatewayCpu();
  if (sections.includes("gateway")) await gatewayLatency();
  if (sections.includes("stall")) await pollDuringLargeCreate();
  if (sections.includes("prepare")) await payloadPreparation();
  // The magic wand and the motion preview (scripts/bench-workspace.ts).
  if (sections.includes("workspace")) spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench-workspace.ts"], { stdio: "inherit" });
  // The motion-brush editor at full load (scripts/bench-editor.ts; BENCH_EDITOR_DIR measures another checkout).
  if (sections.includes("editor")) spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench-editor.ts"], { stdio: "inherit" });
  // Keystroke to idle with 6 masks loaded, and reopening a 6-region recipe (scripts/bench-composer.ts).
  if (sections.includes("composer")) spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench-composer.ts"], { stdio: "inherit" });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

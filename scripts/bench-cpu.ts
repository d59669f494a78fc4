// The gateway's own cost, per request and per MiB, with Next.js's own per-request cost subtracted.
// The app runs as production does (`node .next/standalone/server.js`); the upstream is the standalone simulator
// (`npm run simulator`) in ANOTHER process, so the figures hold the app's CPU alone. CPU is read from Linux's
// per-thread scheduler counters of the app process (/proc/<pid>/task/*/schedstat, nanoseconds), which include the
// libuv pool (sharp, zlib) and worker threads. Every row prints its sample count and min/median/max.
// BENCH_BEFORE_DIR=<a standalone build of an older commit> measures that build too, side by side, interleaved.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { encodeMaskPng } from "@/lib/editor/mask-png";
import { startUploader } from "./bench-uploader";
import { checkDecodedImages } from "@/lib/server/image-check";
import type { Image2VideoBody } from "@/lib/kling/schemas";

const MiB = 1024 * 1024;
const KEY = "sk-bench-not-a-secret";

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0] ?? NaN, median: s[Math.floor(s.length / 2)] ?? NaN, max: s.at(-1) ?? NaN };
}
const f = (n: number) => n.toFixed(2).padStart(8);
const line = (label: string, xs: number[], note = "") => {
  const s = stats(xs);
  return `  ${label.padEnd(46)} n=${String(s.n).padStart(4)} ${f(s.min)} ${f(s.median)} ${f(s.max)}${note ? "  " + note : ""}`;
};

/** CPU time (ns) used so far by each live thread of a process. */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(tid, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]));
    } catch {
      /* the thread ended */
    }
  }
  return out;
}

/** CPU ms between two snapshots, thread by thread (a thread that ended in between loses its last slice). */
function cpuBetween(before: Map<string, number>, after: Map<string, number>): number {
  let ns = 0;
  for (const [tid, v] of after) ns += v - (before.get(tid) ?? 0);
  return ns / 1e6;
}

/** Refuses a port something else already answers on (another engineer's server would be measured instead). */
async function ensureFree(url: string) {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`${url} is already in use: set BENCH_SIM_PORT / BENCH_CPU_PORT to free ports`);
}

async function up(url: string) {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
}

/** A photo-like noisy JPEG: gradients plus grain that JPEG cannot squeeze. */
async function photo(width: number, height: number, quality: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  const r = rng(12345);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const n = r() - 128;
      const i = (y * width + x) * 3;
      raw[i] = Math.max(0, Math.min(255, (x * 255) / width + n));
      raw[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + n));
      raw[i + 2] = Math.max(0, Math.min(255, 128 + n));
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

/** A mask as the app itself sends it (lib/editor/mask-png.ts: 8-bit grey, runs): an ellipse per region. */
function appMask(width: number, height: number, i: number): string {
  const cx = ((i % 3) + 0.5) * (width / 3);
  const cy = (Math.floor(i / 3) + 0.5) * (height / 2);
  const rx = width / 9;
  const ry = height / 6;
  const rows: (number[] | undefined)[] = [];
  for (let y = 0; y < height; y++) {
    const d = 1 - ((y + 0.5 - cy) / ry) ** 2;
    if (d <= 0) rows.push(undefined);
    else {
      const half = rx * Math.sqrt(d);
      rows.push([Math.max(0, Math.round(cx - half)), Math.min(width, Math.round(cx + half))]);
    }
  }
  return Buffer.from(encodeMaskPng({ width, height, rows })).toString("base64");
}

/**
 * The largest valid mask there is: white grain at random on half the pixels (xorshift noise, which deflate cannot
 * squeeze below one bit per pixel), 8-bit grey, at zlib's default level. A painted mask is far smaller.
 */
async function grainMask(width: number, height: number, seed: number): Promise<string> {
  const px = Buffer.alloc(width * height);
  let x = seed;
  for (let i = 0; i < px.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    px[i] = (x & 255) < 128 ? 255 : 0;
  }
  return (await sharp(px, { raw: { width, height, channels: 1 } }).toColourspace("b-w").png().toBuffer()).toString("base64");
}

async function bodies() {
  const small = (await photo(1280, 720, 90)).toString("base64");
  const smallMasks = [0, 1, 2, 3, 4, 5].map((i) => appMask(1280, 720, i));
  const traj = [{ x: 100, y: 100 }, { x: 400, y: 300 }];
  const realistic = JSON.stringify({
    model_name: "kling-v1",
    prompt: "bench",
    duration: "5",
    image: small,
    dynamic_masks: smallMasks.map((m) => ({ mask: m, trajectories: traj })),
  });
  // About 10 MB of photo (the most a frame may be) and 7 masks of its pixel size (1 static + 6 dynamic, the most
  // a job takes): about 30 MiB of JSON, as large as a valid motion-brush job can get.
  let big = await photo(4000, 3000, 94);
  if (big.length > 10 * MiB) big = await photo(4000, 3000, 92);
  const bigMasks = await Promise.all([11, 12, 13, 14, 15, 16, 17].map((s) => grainMask(4000, 3000, s)));
  const largeBody = {
    model_name: "kling-v1",
    prompt: "bench",
    duration: "5",
    image: big.toString("base64"),
    static_mask: bigMasks[0],
    dynamic_masks: bigMasks.slice(1).map((m) => ({ mask: m, trajectories: traj })),
  };
  const realisticBody = JSON.parse(realistic) as unknown;
  return { realistic, large: JSON.stringify(largeBody), photoBytes: big.length, maskBytes: Buffer.from(bigMasks[0]!, "base64").length, realisticBody, largeBody };
}

/** Every long string of a body (its images), decoded from base64 as the gateway's schema check keeps them. */
function decodedImages(body: unknown, into = new Map<string, Buffer>()): Map<string, Buffer> {
  if (typeof body === "string" && body.length > 4096) into.set(body, Buffer.from(body, "base64"));
  else if (body && typeof body === "object") for (const v of Object.values(body)) decodedImages(v, into);
  return into;
}

/** CPU ms of this process running `f` (all threads: the pixel checks use libuv's pool for PNG frames). */
async function processCpu(f: () => Promise<unknown>): Promise<number> {
  const c0 = process.cpuUsage();
  await f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

interface App {
  label: string;
  proc: ChildProcess;
  pid: number;
  base: string;
}

async function startApp(label: string, dir: string, port: number, simUrl: string): Promise<App> {
  await ensureFree(`http://127.0.0.1:${port}/`);
  const proc = spawn(process.execPath, ["server.js"], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      KLING_API_BASE_URL: simUrl,
      KLING_API_KEY: KEY,
      // Open and unlimited on purpose: this measures the gateway, not the gate (which still runs: proxy.ts).
      MOTIONBRUSH_ALLOW_ANONYMOUS: "true",
      MOTIONBRUSH_CREATE_RATE: "off",
      MOTIONBRUSH_DAILY_CREATE_CAP: "0",
      MOTIONBRUSH_POLL_RATE: "off",
      MOTIONBRUSH_BODY_LIMIT_BYTES: String(48 * MiB),
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}/api/kling/v1/videos`;
  await up(`${base}/image2video?pageSize=1`);
  return { label, proc, pid: proc.pid!, base };
}

const settle = () => new Promise((r) => setTimeout(r, 30));
/** Requests per poll or empty-route batch. */
const POLL_BATCH = 200;

/**
 * CPU per request of `n` requests of one route sent back to back, counted from a settled start to a settled end: the
 * steady cost of a cheap route, with none of the large creates' garbage collection in its window.
 */
async function batchCpu(app: App, url: string, n: number, want: number): Promise<number> {
  await settle();
  const c0 = threadCpu(app.pid);
  for (let i = 0; i < n; i++) {
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== want) throw new Error(`${app.label}: ${url} answered ${res.status}`);
  }
  await settle();
  return cpuBetween(c0, threadCpu(app.pid)) / n;
}

/** CPU of one request in the app, counting 30 ms after its answer (GC, logging); the same for every kind. */
async function cpuOf(app: App, url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const c0 = threadCpu(app.pid);
  const res = await fetch(url, init);
  await res.arrayBuffer();
  await settle();
  return { ms: cpuBetween(c0, threadCpu(app.pid)), status: res.status };
}

export async function gatewayCpu() {
  const standalone = ".next/standalone";
  if (!existsSync(path.join(standalone, "server.js"))) {
    console.log("(building the app first: next build)");
    const { spawnSync } = await import("node:child_process");
    spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const rounds = Number(process.env.BENCH_CPU_ROUNDS ?? 30);
  const largeRounds = Number(process.env.BENCH_CPU_LARGE ?? 6);
  const simPort = Number(process.env.BENCH_SIM_PORT ?? 8871);
  const { realistic, large, photoBytes, maskBytes, realisticBody, largeBody } = await bodies();
  const realisticMiB = Buffer.byteLength(realistic) / MiB;
  const largeMiB = Buffer.byteLength(large) / MiB;

  await ensureFree(`http://127.0.0.1:${simPort}/`);
  const sim = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/simulator.ts"], {
    env: { ...process.env, KLING_SIMULATOR_PORT: String(simPort), KLING_SIMULATOR_API_KEY: KEY, KLING_SIMULATOR_TASK_MS: "600000" },
    stdio: "ignore",
  });
  const simUrl = `http://127.0.0.1:${simPort}`;
  const apps: App[] = [];
  try {
    await up(`${simUrl}/v1/videos/image2video?pageSize=1`);
    let port = Number(process.env.BENCH_CPU_PORT ?? 3394);
    if (process.env.BENCH_BEFORE_DIR) apps.push(await startApp(`before (${process.env.BENCH_BEFORE_DIR})`, process.env.BENCH_BEFORE_DIR, port++, simUrl));
    apps.push(await startApp("this build", standalone, port++, simUrl));

    const post = (body: string): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body });
    const taskIds = new Map<App, string>();
    for (const app of apps) {
      const made = await fetch(`${app.base}/image2video`, post(realistic));
      if (made.status !== 200) throw new Error(`${app.label}: the realistic create answered ${made.status}: ${(await made.text()).slice(0, 400)}`);
      taskIds.set(app, ((await made.json()) as { data: { task_id: string } }).data.task_id);
      const big = await fetch(`${app.base}/image2video`, post(large));
      if (big.status !== 200) throw new Error(`${app.label}: the large create answered ${big.status}: ${(await big.text()).slice(0, 400)}`);
      // Warm up every route.
      for (let i = 0; i < 20; i++) {
        await cpuOf(app, `${app.base}/nokind/x`);
        await cpuOf(app, `${app.base}/image2video/${taskIds.get(app)}`);
      }
    }

    type Row = { empty: number[]; emptyBatch: number[]; pollBatch: number[]; realistic: number[]; large: number[]; stall: number[] };
    const rows = new Map<App, Row>(apps.map((a) => [a, { empty: [], emptyBatch: [], pollBatch: [], realistic: [], large: [], stall: [] }]));
    const check = (app: App, what: string, status: number, want: number) => {
      if (status !== want) throw new Error(`${app.label}: ${what} answered ${status}`);
    };
    // Polls against the empty route, batch beside batch, before any large create has run in this phase; the first
    // pair of batches warms both routes up and is not counted.
    for (let r = -1; r < rounds; r++) {
      for (const app of apps) {
        const row = rows.get(app)!;
        const empty = await batchCpu(app, `${app.base}/nokind/x`, POLL_BATCH, 404);
        const poll = await batchCpu(app, `${app.base}/image2video/${taskIds.get(app)}`, POLL_BATCH, 200);
        if (r < 0) continue;
        row.emptyBatch.push(empty);
        row.pollBatch.push(poll);
      }
    }
    for (let r = 0; r < rounds; r++) {
      for (const app of apps) {
        const row = rows.get(app)!;
        for (let k = 0; k < 4; k++) {
          // A route of the same app that does no work (an unknown kind: 404 envelope, no upstream call), measured as
          // the creates are (one request and the 30 ms after it): what each create's figure has subtracted.
          const e = await cpuOf(app, `${app.base}/nokind/x`);
          check(app, "the empty route", e.status, 404);
          row.empty.push(e.ms);
        }
        const c = await cpuOf(app, `${app.base}/image2video`, post(realistic));
        check(app, "the realistic create", c.status, 200);
        row.realistic.push(c.ms);
        if (r < largeRounds) {
          const l = await cpuOf(app, `${app.base}/image2video`, post(large));
          check(app, "the large create", l.status, 200);
          row.large.push(l.ms);
        }
      }
    }
    // Wall-clock latency of polls sent one after another while a large create is validated (no CPU counted here);
    // the create comes from a second client on its own thread (scripts/bench-uploader.ts).
    const uploader = startUploader({ large });
    for (const app of apps) {
      const row = rows.get(app)!;
      for (let c = 0; c < Math.max(2, Math.min(largeRounds, 4)); c++) {
        let done = false;
        const create = uploader.send(`${app.base}/image2video`, "large").finally(() => (done = true));
        while (!done) {
          const t0 = performance.now();
          await (await fetch(`${app.base}/image2video/${taskIds.get(app)}`)).arrayBuffer();
          if (!done) row.stall.push(performance.now() - t0);
        }
        check(app, "the large create (second client)", await create, 200);
      }
    }
    await uploader.close();

    // The pixel checks alone (frames whole, masks black and white), as this build runs them, in this process: what
    // "without pixel checks" subtracts. Same bodies, same code as the app's worker runs.
    // The app decodes each image's base64 once, in the schema check, and hands the bytes to the pixel checks: so
    // the decoding is done here before the clock starts, and only the pixel work is subtracted.
    const pixel = { realistic: [] as number[], large: [] as number[] };
    const decodedLarge = decodedImages(largeBody);
    const decodedRealistic = decodedImages(realisticBody);
    for (let r = 0; r < Math.max(3, largeRounds); r++) {
      pixel.large.push(await processCpu(() => checkDecodedImages(largeBody as Image2VideoBody, decodedLarge)));
      for (let k = 0; k < 4; k++) pixel.realistic.push(await processCpu(() => checkDecodedImages(realisticBody as Image2VideoBody, decodedRealistic)));
    }
    const pixelMedian = { realistic: stats(pixel.realistic).median, large: stats(pixel.large).median };

    console.log(`\nGateway CPU (ms of the app process's CPU per request; upstream: standalone simulator in another process)`);
    console.log(`  realistic create: 1280x720 JPEG + 6 masks as the app encodes them, ${realisticMiB.toFixed(2)} MiB of JSON`);
    console.log(
      `  large create: ${(photoBytes / MiB).toFixed(1)} MiB 4000x3000 JPEG + 7 grain masks of its size (${(maskBytes / MiB).toFixed(2)} MiB each, ` +
        `the largest a valid mask gets), ${largeMiB.toFixed(1)} MiB of JSON`,
    );
    console.log(`  polls: ${POLL_BATCH} back to back against ${POLL_BATCH} of the empty route (an unknown kind: Next.js's own cost), batch beside batch`);
    console.log(`  "added" (creates) = the request's CPU minus the median CPU of the empty route of the same build, both counted with the 30 ms after`);
    console.log(`  "without pixel checks" = added minus the median CPU of this build's pixel checks on the same body (measured here, base64 decoded beforehand as the app's schema check does)`);
    console.log(`  ${"".padEnd(46)} ${"n".padStart(6)} ${"min".padStart(8)} ${"median".padStart(8)} ${"max".padStart(8)}`);
    console.log(line("pixel checks alone, realistic, ms (this build)", pixel.realistic));
    console.log(line("pixel checks alone, large, ms (this build)", pixel.large));
    for (const app of apps) {
      const row = rows.get(app)!;
      const base = stats(row.empty).median;
      const minus = (xs: number[], also = 0) => xs.map((x) => x - base - also);
      const perMiB = (xs: number[], mib: number, also = 0) => xs.map((x) => (x - base - also) / mib);
      const mine = app.label === "this build";
      console.log(` ${app.label}`);
      console.log(line(`empty route, ms per request (batches of ${POLL_BATCH})`, row.emptyBatch));
      console.log(line(`poll, ms per request (batches of ${POLL_BATCH})`, row.pollBatch));
      console.log(line("poll added over the empty route, batch - batch", row.pollBatch.map((x, i) => x - row.emptyBatch[i]!)));
      console.log(line("empty route, one request + 30 ms, ms", row.empty));
      console.log(line("realistic create added, ms", minus(row.realistic)));
      console.log(line("realistic create added, ms per MiB", perMiB(row.realistic, realisticMiB)));
      if (mine) console.log(line("  without pixel checks, ms per MiB", perMiB(row.realistic, realisticMiB, pixelMedian.realistic)));
      console.log(line("large create added, ms", minus(row.large)));
      console.log(line("large create added, ms per MiB", perMiB(row.large, largeMiB)));
      if (mine) console.log(line("  without pixel checks, ms per MiB", perMiB(row.large, largeMiB, pixelMedian.large)));
      console.log(line("poll wall ms during a large create", row.stall, "(latency, not CPU)"));
    }
  } finally {
    for (const app of apps) app.proc.kill("SIGTERM");
    sim.kill("SIGTERM");
  }
}

// The `bundle` section of `npm run bench`: the JavaScript a browser downloads, summed from the built files in .next
// (run `next build` first; the bench builds when there is no build). Printed against the targets of issue 12,
// never asserted. The optional `lighthouse` section runs Lighthouse's mobile audit against `next start` of that build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { waitFor } from "./bench-wait";

const FIRST_LOAD_TARGET_KB = 170;
const LIGHTHOUSE_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 3291);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

export function ensureBuild(dir = ".next") {
  if (existsSync(join(dir, "BUILD_ID"))) return;
  console.log("(building the app first: next build)");
  spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Which library a chunk carries, for the printout: a few names that the minifier keeps. */
function tagOf(text: string): string {
  const tags: string[] = [];
  if (/Konva|konva/.test(text)) tags.push("konva");
  if (/react-reconciler|isPrimaryRenderer/.test(text)) tags.push("react-konva");
  if (/Mediabunny|EncodedPacket/.test(text)) tags.push("mediabunny");
  if (/QueryClient/.test(text)) tags.push("tanstack-query");
  if (/fflate|invalid zip data/.test(text)) tags.push("fflate");
  if (/magic-wand|floodFill/.test(text)) tags.push("magic-wand");
  return tags.join(", ");
}

/** Who a module belongs to, for the itemisation: its npm package, else its app folder (components/composer...). */
function ownerOf(sourcePath: string): string {
  const s = sourcePath.replace(/^\[project\]\//, "");
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1];
  if (pkg === "next") return "next (with react, react-dom)";
  if (pkg) return pkg;
  if (s.startsWith("[turbopack")) return "turbopack runtime";
  const parts = s.split("/");
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : s;
}

/**
 * What the first load of / is made of. Turbopack's chunks carry no module names, so this asks Next's own analyzer
 * (`next analyze --output`, a separate compile of the same app, about as long as a build; skipped when its data is
 * newer than the build, or with BENCH_BUNDLE_ITEMISE=0) and reads its graph (`next analyze export --route /`): the
 * chunks of the route's bootstrap and render groups, each module's gzip size alone, summed by package or app folder.
 * Modules gzipped alone come to more than the chunks gzipped whole, so each figure is scaled to the measured total.
 */
function itemise(dir: string, measuredGzip: number) {
  if (process.env.BENCH_BUNDLE_ITEMISE === "0" || dir !== ".next") return;
  const data = join(dir, "diagnostics/analyze");
  const stale = !existsSync(data) || statSync(data).mtimeMs < statSync(join(dir, "BUILD_ID")).mtimeMs;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (stale && spawnSync("npx", ["next", "analyze", "--output"], { stdio: "ignore", env }).status !== 0) {
    console.log("  (itemisation skipped: next analyze --output failed)");
    return;
  }
  const out = spawnSync("npx", ["next", "analyze", "export", "--route", "/"], { encoding: "utf8", env, maxBuffer: 256 * 1024 * 1024 });
  if (out.status !== 0) {
    console.log("  (itemisation skipped: next analyze export failed)");
    return;
  }
  type Rec =
    | { type: "group"; kind: string; outputs: string[] }
    | { type: "part"; filename: string; source_path: string; compressed_size: number }
    | { type: string };
  const recs = out.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Rec);
  const firstOutputs = new Set<string>();
  for (const r of recs) {
    if (r.type === "group" && "kind" in r && r.kind !== "async") {
      for (const o of r.outputs) if (o.startsWith("[client-fs]") && o.endsWith(".js")) firstOutputs.add(o);
    }
  }
  const byOwner = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const r of recs) {
    if (r.type !== "part" || !("filename" in r) || !firstOutputs.has(r.filename)) continue;
    byOwner.set(ownerOf(r.source_path), (byOwner.get(ownerOf(r.source_path)) ?? 0) + r.compressed_size);
    const mod = r.source_path.replace(/^\[project\]\//, "");
    if (!mod.startsWith("node_modules/next/")) byModule.set(mod, (byModule.get(mod) ?? 0) + r.compressed_size);
  }
  const sum = [...byOwner.values()].reduce((a, b) => a + b, 0);
  const scale = sum > 0 ? measuredGzip / sum : 0;
  console.log(`  first load of / by package or app folder (next analyze; modules gzipped alone, scaled to the total):`);
  for (const [owner, bytes] of [...byOwner].sort((a, b) => b[1] - a[1])) {
    if (bytes * scale >= 0.1 * 1024) console.log(`    ${owner.padEnd(36)} ${kb(bytes * scale)}`);
  }
  console.log(`  largest modules of the first load outside next (scaled likewise):`);
  for (const [mod, bytes] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${mod.padEnd(52)} ${kb(bytes * scale)}`);
}

export interface BundleFigures {
  firstLoadGzip: number;
  firstLoadFiles: number;
  editorGzip: number;
}

/**
 * First-load JS of `/`: Next's own list of the route's first-load chunks (.next/diagnostics/route-bundle-stats.json,
 * the scripts the HTML names), each gzipped. The editor: the chunks of the page's next/dynamic imports
 * (react-loadable-manifest.json) that are not already in the first load; every other lazy chunk is listed too.
 */
export function bundleFigures(dir = ".next"): BundleFigures {
  const stats = JSON.parse(readFileSync(join(dir, "diagnostics/route-bundle-stats.json"), "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const home = stats.find((r) => r.route === "/");
  if (!home) throw new Error("route-bundle-stats.json has no entry for /");
  const first = new Set(home.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, "")));
  const firstLoadGzip = [...first].reduce((sum, f) => sum + gz(join(dir, f)), 0);

  const loadable = JSON.parse(readFileSync(join(dir, "server/app/page/react-loadable-manifest.json"), "utf8")) as Record<
    string,
    { files: string[] }
  >;
  const text = (f: string) => readFileSync(join(dir, f), "utf8");
  const isEncoder = (f: string) => tagOf(text(f)).includes("mediabunny");
  // A lazy chunk names the chunks it loads in turn ("static/chunks/….js"): follow them, but not into the first load,
  // nor into the video encoder (mediabunny), which only Save as video loads.
  const closure = (files: string[]) => {
    const seen = new Set<string>();
    const queue = files.filter((f) => !first.has(f));
    while (queue.length > 0) {
      const f = queue.pop()!;
      if (seen.has(f) || isEncoder(f)) continue;
      seen.add(f);
      for (const ref of text(f).match(/static\/chunks\/[\w-]+\.js/g) ?? []) if (!first.has(ref)) queue.push(ref);
    }
    return seen;
  };
  const entries = Object.values(loadable).map((e) => {
    const files = closure(e.files);
    const tags = [...files].map((f) => tagOf(text(f))).join(", ");
    const label = tags.includes("konva") ? "motion brush: editor and canvas" : tags.includes("tanstack-query") ? "jobs panel" : "other";
    return { label, files };
  });
  const editor = new Set(entries.filter((e) => e.label.startsWith("motion brush")).flatMap((e) => [...e.files]));
  const editorGzip = [...editor].reduce((sum, f) => sum + gz(join(dir, f)), 0);
  const listed = new Set<string>();

  console.log(`\nBundle: JavaScript of / from the built files (${dir}), gzip (zlib default level)`);
  console.log(`  first load of /, ${first.size} files        ${kb(firstLoadGzip)}   target <= ${FIRST_LOAD_TARGET_KB} KB`);
  itemise(dir, firstLoadGzip);
  console.log(`  motion brush (editor + canvas), ${editor.size} files ${kb(editorGzip)}   loaded when the motion brush opens`);
  for (const { label, files } of entries) {
    const sum = [...files].reduce((n, f) => n + gz(join(dir, f)), 0);
    console.log(`  lazy entry: ${label.padEnd(32)} ${kb(sum)}`);
    for (const f of files) {
      console.log(`    ${f.padEnd(36)} ${kb(gz(join(dir, f)))}  ${tagOf(text(f))}`);
      listed.add(f);
    }
  }
  // Every other chunk is loaded on demand by a plain import() (the video encoder, a second language...).
  const chunksDir = join(dir, "static/chunks");
  const others = readdirSync(chunksDir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => `static/chunks/${f}`)
    .filter((f) => !first.has(f) && !listed.has(f));
  console.log(`  other chunks (loaded on demand, or by other routes; the polyfills only by old browsers):`);
  for (const f of others) console.log(`    ${f.padEnd(36)} ${kb(gz(join(dir, f)))}  ${tagOf(text(f))}`);
  return { firstLoadGzip, firstLoadFiles: first.size, editorGzip };
}

const stats = (xs: number[], digits = 0) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return "n=0";
  const f = (n: number) => n.toFixed(digits);
  return `n=${s.length} min ${f(s[0]!)}, median ${f(s[Math.floor(s.length / 2)]!)}, max ${f(s[s.length - 1]!)}`;
};

interface Target {
  label: string;
  url: string;
  proc: ChildProcess;
  scores: number[];
  tbt: number[];
  lcp: number[];
  bench: number[];
  scripting: Map<string, number[]>;
  /** ms the page's first Intl.NumberFormat took on the main thread, one cold tab each (warm-intl.ts). */
  firstIntl: number[];
  /** Real (not simulated) 4x CPU throttling, one cold tab each: blocking time of long tasks after FCP, the longest. */
  throttledTbt: number[];
  throttledLongest: number[];
}

const FIGURES_IN_TAB = `{
  const Original = Intl.NumberFormat;
  const timed = function (...args) {
    const start = performance.now();
    const format = new Original(...args);
    if (window.__firstIntl === undefined) window.__firstIntl = performance.now() - start;
    return format;
  };
  Object.defineProperty(timed, "prototype", { value: Original.prototype });
  Intl.NumberFormat = timed;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
}`;

/**
 * Opens the page in fresh tabs of Playwright's Chromium (phone-sized): once unthrottled, timing its first
 * Intl.NumberFormat on the main thread; once under Chromium's real 4x CPU throttling, summing what its long tasks after
 * first contentful paint block (Lighthouse's TBT, measured rather than simulated: steadier on this machine).
 */
async function loadInTabs(browser: Browser, t: Target) {
  for (const throttled of [false, true]) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
    // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
    await ctx.addInitScript({ content: FIGURES_IN_TAB });
    const page = await ctx.newPage();
    if (throttled) await (await ctx.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(t.url, { waitUntil: "load" });
    if (!throttled) {
      await page.waitForFunction(() => (window as unknown as { __firstIntl?: number }).__firstIntl !== undefined, null, { timeout: 10_000 });
      t.firstIntl.push(await page.evaluate(() => (window as unknown as { __firstIntl: number }).__firstIntl));
    } else {
      await page.waitForTimeout(4000);
      const { tasks, fcp } = await page.evaluate(() => ({
        tasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
      }));
      t.throttledTbt.push(tasks.filter(([start]) => start >= fcp).reduce((n, [, d]) => n + Math.max(0, d - 50), 0));
      t.throttledLongest.push(Math.max(0, ...tasks.map(([, d]) => d)));
    }
    await ctx.close();
  }
}

async function ensureFree(url: string) {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`${url} already answers: stop that server or set BENCH_LIGHTHOUSE_PORT`);
}

function startTarget(label: string, port: number, standaloneDir?: string): Target {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" };
  // A standalone build (BENCH_LIGHTHOUSE_BEFORE_DIR) serves its own .next/static and public, copied in beside it.
  const proc = standaloneDir
    ? spawn(process.execPath, ["server.js"], { cwd: standaloneDir, env: { ...env, NODE_ENV: "production" }, stdio: "ignore", detached: true })
    : spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: "ignore", detached: true });
  return { label, url: `http://127.0.0.1:${port}/`, proc, scores: [], tbt: [], lcp: [], bench: [], scripting: new Map(), firstIntl: [], throttledTbt: [], throttledLongest: [] };
}

/**
 * Lighthouse (mobile form factor, its default simulated throttling, performance only) against `next start` of the
 * build, with Debian's Chromium (CHROME_PATH, else /usr/bin/chromium; Lighthouse never downloads a browser).
 * BENCH_LIGHTHOUSE_BEFORE_DIR=<a standalone build with .next/static and public copied in> audits that build too,
 * interleaved run by run, so both see the same machine.
 */
export async function lighthouseScores() {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) {
    console.log(`\nLighthouse: skipped, no Chromium at ${chromePath} (set CHROME_PATH)`);
    return;
  }
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const targets: Target[] = [];
  try {
    const before = process.env.BENCH_LIGHTHOUSE_BEFORE_DIR;
    await ensureFree(`http://127.0.0.1:${LIGHTHOUSE_PORT}/`);
    if (before) await ensureFree(`http://127.0.0.1:${LIGHTHOUSE_PORT + 1}/`);
    if (before) targets.push(startTarget(`before (${before})`, LIGHTHOUSE_PORT + 1, before));
    targets.push(startTarget("this build", LIGHTHOUSE_PORT));
    for (const t of targets) {
      t.proc.on("exit", (code) => code && console.log(`  ${t.label}: the server exited with ${code}`));
      await waitFor(t.url, 60_000);
    }
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      for (const t of targets) {
        const chrome = await chromeLauncher.launch({
          chromePath,
          chromeFlags: [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        });
        try {
          const result = await lighthouse(t.url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", maxWaitForLoad: 30_000 });
          const lhr = result?.lhr;
          if (!lhr) throw new Error("Lighthouse returned no result");
          if (lhr.runtimeError) {
            console.log(`  ${t.label}, run ${i + 1}: Lighthouse error ${lhr.runtimeError.code}, left out`);
            continue;
          }
          t.bench.push(lhr.environment.benchmarkIndex);
          const boot = lhr.audits["bootup-time"]?.details as { items?: { url: string; scripting: number }[] } | undefined;
          for (const item of boot?.items ?? []) t.scripting.set(item.url, [...(t.scripting.get(item.url) ?? []), item.scripting]);
          t.scores.push((lhr.categories.performance?.score ?? 0) * 100);
          t.tbt.push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
          t.lcp.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
        } finally {
          chrome.kill();
        }
      }
    }
    const { chromium } = await import("@playwright/test");
    const browser = await chromium.launch({ executablePath: chromePath });
    try {
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) for (const t of targets) await loadInTabs(browser, t);
    } finally {
      await browser.close();
    }
    for (const t of targets) {
      console.log(`\nLighthouse mobile (simulated throttling) on /, ${t.label}`);
      if (t.scores.length === 0) {
        console.log("  no run completed");
        continue;
      }
      console.log(`  performance score             ${stats(t.scores)}   target >= 95`);
      console.log(`  total blocking time, ms       ${stats(t.tbt)}   target < 200`);
      console.log(`  largest contentful paint, ms  ${stats(t.lcp)}`);
      // Lighthouse's own CPU score of the machine (about 1000+ on a typical desktop): TBT is the page's main-thread
      // time under a 4x slowdown, so a slow or busy machine reads worse than the phone it simulates.
      console.log(`  benchmarkIndex of the machine ${stats(t.bench)}`);
      // Unthrottled, in a fresh tab: ICU's locale data loads with the first formatter, inside hydration unless a
      // worker loaded it first (lib/i18n/warm-intl.ts).
      console.log(`  first Intl.NumberFormat, main thread, ms ${stats(t.firstIntl, 1)}`);
      console.log(`  real 4x throttling: TBT after FCP, ms  ${stats(t.throttledTbt)}`);
      console.log(`  real 4x throttling: longest task, ms   ${stats(t.throttledLongest)}`);
      const top = [...t.scripting].map(([u, xs]) => [u, [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!] as const);
      for (const [u, ms] of top.sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`    scripting, median ${ms.toFixed(0).padStart(6)} ms  ${u.replace(t.url, "/")}`);
    }
  } finally {
    for (const t of targets) {
      try {
        if (t.proc.pid) process.kill(-t.proc.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  }
}

// The `bundle` section of `npm run bench`: the JavaScript a browser downloads, summed from the built files in .next
// (run `next build` first; the bench builds when there is no build). Printed against the targets of issue 12,
// never asserted. The optional `lighthouse` section runs Lighthouse's mobile audit against `next start` of that build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

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

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `n=${s.length} min ${s[0]!.toFixed(0)}, median ${s[Math.floor(s.length / 2)]!.toFixed(0)}, max ${s[s.length - 1]!.toFixed(0)}`;
};

/**
 * Lighthouse (mobile form factor, its default simulated throttling, performance only) against `next start` of the
 * build, with Debian's Chromium (CHROME_PATH, else /usr/bin/chromium; Lighthouse never downloads a browser).
 */
export async function lighthouseScores() {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) {
    console.log(`\nLighthouse: skipped, no Chromium at ${chromePath} (set CHROME_PATH)`);
    return;
  }
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  let app: ChildProcess | undefined;
  const url = `http://127.0.0.1:${LIGHTHOUSE_PORT}/`;
  try {
    app = spawn("npx", ["next", "start", "-p", String(LIGHTHOUSE_PORT)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    });
    await waitFor(url, 60_000);
    const scores: number[] = [];
    const tbt: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
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
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", maxWaitForLoad: 30_000 });
        const lhr = result?.lhr;
        if (!lhr) throw new Error("Lighthouse returned no result");
        scores.push((lhr.categories.performance?.score ?? 0) * 100);
        tbt.push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
        lcp.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
      } finally {
        await chrome.kill();
      }
    }
    console.log(`\nLighthouse mobile (simulated throttling) on / from next start`);
    console.log(`  performance score        ${stats(scores)}   target >= 95`);
    console.log(`  total blocking time, ms  ${stats(tbt)}   target < 200`);
    console.log(`  largest contentful paint, ms ${stats(lcp)}`);
  } finally {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
  }
}

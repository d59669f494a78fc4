// `npx tsx --conditions=react-server scripts/bench-composer.ts`: the composer's figures in the built app in
// Chromium, printed, never asserted (also in `npm run bench`, section "composer").
//  1. Keystroke to idle: main-thread work (CDP TaskDuration) per key typed into the prompt, with a 4000x3000
//     frame and 6 motion-brush regions (masks and paths) loaded, from the key press until the page is idle
//     again (300 ms later, so debounced work counts too). The same wait without a key is printed beside it.
//  2. Reopen: from the click on a job's Reopen to the composer ready to send (frame read, painting loaded,
//     masks exported, body fitted: the request-size meter says "ready"), for a recipe with 6 regions on a
//     4096x4096 frame.
// Both recipes come in through Import project, as a user would bring them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import type { Browser, CDPSession, Page } from "@playwright/test";
import sharp from "sharp";
import { emptyDocument, nextRegionLook, STATIC_LAYER, type EditorDocument } from "@/lib/editor/document";
import { editorReducer } from "@/lib/editor/reducer";
import { shapeFill } from "@/lib/editor/shapes";
import { waitFor } from "./bench-wait";

const PORT = Number(process.env.BENCH_COMPOSER_PORT ?? 3294);
const KEYS = Number(process.env.BENCH_KEYSTROKES ?? 30);
const REOPENS = Number(process.env.BENCH_REOPENS ?? 5);
const SETTLE_MS = 300;
/** CDP's split of the main thread's time. */
const PARTS = ["ScriptDuration", "RecalcStyleDuration", "LayoutDuration"] as const;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (x: ReturnType<typeof stats>) => `n=${x.n} min ${x.min.toFixed(1)} ms, median ${x.median.toFixed(1)} ms, max ${x.max.toFixed(1)} ms`;

/** A photo-like JPEG: gradients, a few shapes and mild grain. */
async function photo(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7ab"/><stop offset="1" stop-color="#246"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.3}" cy="${height * 0.3}" r="${height * 0.08}" fill="#fd8"/>
    <rect x="${width * 0.5}" y="${height * 0.55}" width="${width * 0.3}" height="${height * 0.2}" fill="#933"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** A document with a static area and 6 regions (an ellipse each, a 12-point path each) on a frame of this size. */
function sixRegions(frameId: string, width: number, height: number): EditorDocument {
  const size = { width, height };
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: frameId, name: "bench.jpg", width, height } });
  doc = editorReducer(doc, { type: "addFill", layer: STATIC_LAYER, fill: shapeFill("rectangle", { x: 0, y: height * 0.85, width, height: height * 0.15 }, size, "fs"), replace: false });
  for (let r = 0; r < 6; r++) {
    const look = nextRegionLook(doc);
    const id = `r${r}`;
    doc = editorReducer(doc, { type: "addRegion", id, name: `Region ${look.number}`, colour: look.colour });
    const x = width * (0.08 + r * 0.14);
    const y = height * (0.2 + (r % 2) * 0.3);
    doc = editorReducer(doc, { type: "addFill", layer: id, fill: shapeFill("ellipse", { x, y, width: width * 0.1, height: height * 0.2 }, size, `f${r}`), replace: false });
    const points = Array.from({ length: 12 }, (_, i) => ({ x: x + width * 0.05 + i * width * 0.004, y: y + height * 0.1 - i * height * 0.006 }));
    doc = editorReducer(doc, { type: "setPath", region: id, points });
  }
  return doc;
}

/** A project file (lib/client/project-file.ts, version 1) of a motion-brush recipe on this frame. */
async function projectFile(width: number, height: number, prompt: string): Promise<string> {
  const jpeg = (await photo(width, height)).toString("base64");
  const frameId = `frame-bench-${width}`;
  const doc = sixRegions(frameId, width, height);
  const fields = { model: "kling-v1", mode: "std", duration: "5", prompt, negativePrompt: "", group: "motion_brush" };
  return JSON.stringify({
    format: "motionbrush-project",
    version: 1,
    exportedAt: new Date().toISOString(),
    job: { externalTaskId: `bench-${width}x${height}`, kind: "image2video", prompt, model: "kling-v1", mode: "std", duration: "5", createdAt: Date.now() },
    recipe: { version: 1, kind: "image2video", guideMode: "motion_brush", fields, editor: doc },
    sentBody: { model_name: "kling-v1", image: jpeg, prompt, mode: "std", duration: "5", external_task_id: `bench-${width}x${height}` },
    frames: { [frameId]: { name: "bench.jpg", type: "image/jpeg", data: jpeg } },
  });
}

const metrics = async (cdp: CDPSession) => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value * 1000]));
const taskDuration = async (cdp: CDPSession) => (await metrics(cdp)).TaskDuration ?? 0;

async function openJobs(page: Page) {
  const toggle = page.getByRole("button", { name: /^Jobs/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

async function importProject(page: Page, path: string, prompt: string) {
  await openJobs(page);
  await page.getByLabel("Import a project file").setInputFiles(path);
  await page.getByRole("article").filter({ has: page.getByRole("heading", { name: prompt }) }).waitFor();
}

/** Page-side, as plain JavaScript (tsx would rewrite functions written inside page.evaluate). */
const PAGE_HELPERS = `
window.benchReopen = (prompt, regions, side) => new Promise((resolve, reject) => {
  const card = [...document.querySelectorAll("article")].find((a) => [...a.querySelectorAll("h1,h2,h3,h4")].some((h) => h.textContent === prompt));
  const button = card && [...card.querySelectorAll("button")].find((b) => (b.getAttribute("aria-label") || "").startsWith("Reopen"));
  if (!button) return reject(new Error("no Reopen button"));
  const meter = () => document.querySelector('[data-testid="budget-meter"]');
  let left = false;
  const t0 = performance.now();
  button.click();
  const tick = () => {
    const status = meter() ? meter().getAttribute("data-status") : null;
    if (status !== "ready") left = true;
    const doc = window.__motionbrushEditor ? window.__motionbrushEditor.getDocument() : null;
    const loaded = doc && doc.regions.length === regions && doc.paintSize && doc.paintSize.width === side;
    if (left && status === "ready" && loaded) return resolve(performance.now() - t0);
    if (performance.now() - t0 > 120000) return reject(new Error("reopen did not finish"));
    setTimeout(tick, 2);
  };
  tick();
});
`;

type BenchWindow = Window & { benchReopen(prompt: string, regions: number, side: number): Promise<number> };

/** The browser's own cost of a key in a textarea (what no app can go below), measured the same way. */
async function bareTextarea(page: Page, cdp: CDPSession): Promise<number[]> {
  await page.goto("about:blank");
  await page.setContent("<!doctype html><body><textarea rows=4 cols=40></textarea></body>");
  await page.locator("textarea").click();
  const out: number[] = [];
  for (let i = 0; i < KEYS; i++) {
    const before = await taskDuration(cdp);
    await page.keyboard.type("abcde"[i % 5]!);
    await page.waitForTimeout(SETTLE_MS);
    out.push((await taskDuration(cdp)) - before);
  }
  return out;
}

async function composerFigures(page: Page, cdp: CDPSession, browser: Browser) {
  mkdirSync(".bench", { recursive: true });
  const keyPrompt = "bench keystrokes";
  const reopenPrompt = "bench reopen";
  writeFileSync(".bench/keystrokes.motionbrush.json", await projectFile(4000, 3000, keyPrompt));
  writeFileSync(".bench/reopen.motionbrush.json", await projectFile(4096, 4096, reopenPrompt));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await importProject(page, ".bench/reopen.motionbrush.json", reopenPrompt);
  await importProject(page, ".bench/keystrokes.motionbrush.json", keyPrompt);

  // ---- Reopen, 6 regions on 4096x4096 --------------------------------------------------------------------
  const reopenMs: number[] = [];
  for (let i = 0; i < REOPENS; i++) {
    await openJobs(page);
    await page.getByRole("article").filter({ has: page.getByRole("heading", { name: reopenPrompt }) }).waitFor();
    reopenMs.push(await page.evaluate((p) => (window as unknown as BenchWindow).benchReopen(p, 6, 4096), reopenPrompt));
    await page.waitForTimeout(500);
  }

  // ---- Keystrokes with 4000x3000 and 6 masks ---------------------------------------------------------------
  await openJobs(page);
  const keyCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: keyPrompt }) });
  await keyCard.getByRole("button", { name: /^Reopen/ }).click();
  await page.waitForFunction(() => {
    const doc = window.__motionbrushEditor?.getDocument();
    return doc?.paintSize?.width === 4000 && doc.regions.length === 6 && document.querySelector('[data-testid="budget-meter"]')?.getAttribute("data-status") === "ready";
  }, undefined, { timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.waitForTimeout(1000);
  const prompt = page.getByLabel("Prompt", { exact: true });
  await prompt.click();
  await page.keyboard.press("End");
  const keyMs: number[] = [];
  const idleMs: number[] = [];
  const parts: Record<string, number[]> = {};
  // BENCH_COMPOSER_PROFILE=1: a CPU profile of the keystrokes, its heaviest functions printed after the figures.
  const profile = process.env.BENCH_COMPOSER_PROFILE === "1";
  const trace = process.env.BENCH_COMPOSER_TRACE === "1";
  if (trace) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  for (let i = 0; i < KEYS; i++) {
    const before = await taskDuration(cdp);
    await page.waitForTimeout(SETTLE_MS);
    idleMs.push((await taskDuration(cdp)) - before);
    const m0 = await metrics(cdp);
    await page.keyboard.type(i % 6 === 5 ? " " : "abcde"[i % 5]!);
    await page.waitForTimeout(SETTLE_MS);
    const m1 = await metrics(cdp);
    keyMs.push(m1.TaskDuration! - m0.TaskDuration!);
    for (const k of PARTS) (parts[k] ??= []).push(m1[k]! - m0[k]!);
  }
  if (profile) {
    const { profile: p } = await cdp.send("Profiler.stop");
    const self = new Map<string, number>();
    const dt = new Map<number, number>();
    p.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0) / 1000));
    for (const n of p.nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
    }
    const top = [...self.entries()].filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)")).sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`\nHeaviest functions over ${KEYS} keys (self time, ms):`);
    for (const [k, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
  }
  if (trace) {
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; args?: { name?: string } }[] }).traceEvents;
    const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
    const by = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== main || e.ph !== "X" || !e.dur) continue;
      const type = (e.args as { data?: { type?: string } } | undefined)?.data?.type;
      const name = e.name === "EventDispatch" && type ? `EventDispatch ${type}` : e.name;
      by.set(name, (by.get(name) ?? 0) + e.dur / 1000);
    }
    console.log(`\nMain-thread trace events over ${KEYS} keys (total ms, nested events counted in each):`);
    for (const [k, ms] of [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
  }
  const ready = await page.locator('[data-testid="budget-meter"]').getAttribute("data-status");
  const bytes = await page.locator('[data-testid="budget-meter"]').getAttribute("data-bytes");
  console.log(`\nComposer: keystroke to idle in the prompt, 4000x3000 frame + 6 regions loaded (Chromium, main-thread TaskDuration)`);
  console.log(`  per key, key press + ${SETTLE_MS} ms: ${fmt(stats(keyMs))} (aim: under 16 ms)`);
  console.log(`  of which (medians): ${PARTS.map((k) => `${k} ${stats(parts[k]!).median.toFixed(1)} ms`).join(", ")}`);
  console.log(`  the same ${SETTLE_MS} ms without a key: ${fmt(stats(idleMs))}`);
  console.log(`  (request ${bytes} B, meter ${ready} after the last key)`);
  const bare = await bareTextarea(page, cdp);
  console.log(`  for comparison, a bare page with one textarea, same browser: ${fmt(stats(bare))}`);
  console.log(`\nReopen: a recipe with 6 regions on a 4096x4096 frame, click to ready to send (Chromium)`);
  console.log(`  ${fmt(stats(reopenMs))}`);
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("(building the app first: next build)");
    spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  let app: ChildProcess | undefined;
  try {
    app = spawn("npx", ["next", "start", "-p", String(PORT)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
    await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: `window.localStorage.setItem("motionbrush:test-hook", "1");${PAGE_HELPERS}` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await composerFigures(page, cdp, browser);
  } finally {
    await browser.close();
    try {
      if (app?.pid) process.kill(-app.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

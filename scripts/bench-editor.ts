// `npx tsx --conditions=react-server scripts/bench-editor.ts` (also part of `npm run bench`): the motion-brush
// editor at full load, printed, never asserted. Full load: a 4096x4096 photo, a static area and 6 regions, each
// with a painted stroke and a 77-point path, set up through the page as a user would (mouse drags), in the
// built app in Chromium (software compositing, --disable-gpu). Every figure prints n and min/median/p95/max.
//  1. The whole frame per pointer move: the main thread's CPU time (CDP Performance ThreadTime: input handler,
//     the per-frame flush, React, style, layout, paint, canvas drawing) from one mouse move until two animation
//     frames later, one sample per move (CPU time, so other processes on a shared machine do not inflate it). For hovering, a brush stroke, a path-point drag and a pan (hand tool, the view refitted after); the same moves
//     over the page header give what the browser spends per frame anyway.
//  2. The freeze after a gesture: the longest task on the page's main thread (Chromium trace, CPU and wall
//     time) from just before pointer-up until 2.5 s later, after a brush stroke and after a path-point drag
//     (the mask export and the request refit follow these), and after a pan (the canvases are redrawn).
//  3. Exporting every mask of a 4096x4096 frame (static + 6 regions, 6 paths of 77 points) in a blank
//     Chromium page, through the editor's exporter (its Web Worker when the code has one), with the main
//     thread's longest task during each export (Chromium trace, CPU and wall time).
//  4. Replacing the photo after 300 strokes of 400 points: time, heap kept, and the undo after it (Node).
// BENCH_EDITOR_DIR=<another checkout> measures that checkout's code instead (it is built there if needed), for
// before/after figures; BENCH_EDITOR_PORT, BENCH_EDITOR_MOVES, BENCH_EDITOR_GESTURES, BENCH_EDITOR_EXPORTS,
// BENCH_EDITOR_DPR tune the run; BENCH_EDITOR_SECTIONS (history,export,input) and BENCH_EDITOR_KINDS
// (baseline,hover,stroke,drag,pan) choose what runs; BENCH_EDITOR_TRACE=1 (trace events, CPU and wall) and
// BENCH_EDITOR_PROFILE=1 (JavaScript self time) print where the time per move goes, BENCH_EDITOR_DEBUG=1 the
// canvas calls per canvas and every sample in order.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, CDPSession, Page } from "@playwright/test";
import sharp from "sharp";
import { waitFor } from "./bench-wait";

const DIR = path.resolve(process.env.BENCH_EDITOR_DIR ?? process.cwd());
const PORT = Number(process.env.BENCH_EDITOR_PORT ?? 3292);
const MOVES = Number(process.env.BENCH_EDITOR_MOVES ?? 60);
const GESTURES = Number(process.env.BENCH_EDITOR_GESTURES ?? 5);
const EXPORTS = Number(process.env.BENCH_EDITOR_EXPORTS ?? 5);
const DPR = Number(process.env.BENCH_EDITOR_DPR ?? 1);
const SIDE = 4096;
const REGIONS = 6;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  // p95: the nearest-rank 95th percentile, so a handful of spikes and the typical frame are both visible.
  const p95 = s[Math.min(s.length - 1, Math.max(0, Math.ceil(0.95 * s.length) - 1))] ?? NaN;
  return { n: s.length, min: s[0] ?? NaN, median: s[Math.floor(s.length / 2)] ?? NaN, p95, max: s[s.length - 1] ?? NaN };
};
const line = (label: string, xs: number[], unit = "ms") => {
  const s = stats(xs);
  return `  ${label.padEnd(46)} n=${String(s.n).padStart(3)}  min ${s.min.toFixed(1).padStart(6)}  median ${s.median.toFixed(1).padStart(6)}  p95 ${s.p95.toFixed(1).padStart(6)}  max ${s.max.toFixed(1).padStart(6)} ${unit}`;
};

/** A photo-like JPEG: smooth gradients and a few shapes. */
async function frameJpeg(side: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7ab"/><stop offset="1" stop-color="#246"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${side * 0.3}" cy="${side * 0.3}" r="${side * 0.08}" fill="#fd8"/>
    <rect x="${side * 0.5}" y="${side * 0.55}" width="${side * 0.3}" height="${side * 0.2}" fill="#933"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * Page-side helpers, as plain JavaScript: functions written inside page.evaluate would be rewritten by tsx
 * (esbuild's __name), which the page does not define.
 */
const PAGE_HELPERS = `
window.benchFrames = (n) => new Promise((r) => { const step = (k) => (k === 0 ? r() : requestAnimationFrame(() => step(k - 1))); step(n); });
`;

/** The main thread's CPU time (CDP ThreadTime): unlike wall time, not inflated when other processes take the cores. */
const taskMs = async (cdp: CDPSession) =>
  ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")?.value ?? 0) * 1000;

const toClient = (page: Page, p: { x: number; y: number }) => page.evaluate((q) => window.__motionbrushEditor!.frameToClient(q), p);
const tool = (page: Page, key: string) => page.locator(`button[aria-keyshortcuts="${key}"]`).first().click();
const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

async function drag(page: Page, pts: { x: number; y: number }[], steps = 4) {
  const first = await toClient(page, pts[0]!);
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of pts.slice(1)) {
    const c = await toClient(page, p);
    await page.mouse.move(c.x, c.y, { steps });
  }
  await page.mouse.up();
}

/** A zigzag across a band of the frame: long enough on screen for a freehand path of the full 77 points. */
function zigzag(r: number): { x: number; y: number }[] {
  const pts: { x: number; y: number }[] = [];
  const y0 = SIDE * (0.1 + 0.13 * r);
  for (let i = 0; i <= 40; i++) pts.push({ x: SIDE * (0.08 + 0.84 * (i / 40)), y: y0 + (i % 2 === 0 ? 0 : SIDE * 0.12) });
  return pts;
}

async function openFullLoad(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: DPR });
  await context.addInitScript({ content: `window.localStorage.setItem("motionbrush:test-hook", "1");${PAGE_HELPERS}` });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('input[type="file"]').first().setInputFiles({ name: "frame-4096.jpg", mimeType: "image/jpeg", buffer: await frameJpeg(SIDE) });
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await page.waitForFunction((s) => window.__motionbrushEditor?.getDocument().paintSize?.width === s, SIDE, { timeout: 60_000 });
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
  await settle(page, 1500);
  await tool(page, "B");
  await drag(page, [
    { x: SIDE * 0.05, y: SIDE * 0.95 },
    { x: SIDE * 0.95, y: SIDE * 0.95 },
  ]);
  for (let r = 0; r < REGIONS; r++) {
    await page.getByRole("button", { name: "Add a moving region" }).click();
    await tool(page, "B");
    const y = SIDE * (0.12 + 0.13 * r);
    await drag(page, [
      { x: SIDE * 0.1, y },
      { x: SIDE * 0.5, y: y + SIDE * 0.04 },
      { x: SIDE * 0.9, y },
    ]);
    await tool(page, "P");
    await drag(page, zigzag(r), 3);
    await settle(page, 300);
  }
  const paths = await page.evaluate(() => window.__motionbrushEditor!.getDocument().regions.map((g) => g.path.length));
  if (process.env.BENCH_EDITOR_HIDE) await page.addStyleTag({ content: `${process.env.BENCH_EDITOR_HIDE} { display: none !important }` });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await settle(page, 3000);
  return { page, cdp, paths };
}

type Kind = "hover" | "stroke" | "drag" | "pan" | "baseline";

/** BENCH_EDITOR_TRACE=1: where the main thread's time per move goes, from a Chromium trace (nested events overlap). */
async function traced<T>(browser: Browser, page: Page, cdp: CDPSession, moves: number, run: () => Promise<T>): Promise<T> {
  if (process.env.BENCH_EDITOR_PROFILE) return profiled(cdp, moves, run);
  if (!process.env.BENCH_EDITOR_TRACE) return run();
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const out = await run();
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as {
    traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }[];
  };
  const main = trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const isMain = (e: { pid: number; tid: number }) => main.some((m) => m.pid === e.pid && m.tid === e.tid);
  // CPU time (tdur), as the figures are: wall time also counts waits (a commit blocked on the compositor).
  const cpu = new Map<string, number>();
  const wall = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== "X" || !e.dur || !isMain(e)) continue;
    cpu.set(e.name, (cpu.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    wall.set(e.name, (wall.get(e.name) ?? 0) + e.dur / 1000);
  }
  const top = [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`    trace, CPU (wall) ms per move: ${top.map(([k, v]) => `${k} ${(v / moves).toFixed(2)} (${((wall.get(k) ?? 0) / moves).toFixed(2)})`).join(", ")}`);
  // The longest task, and what ran inside it: where a spike (the max) comes from.
  const tasks = trace.traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && isMain(e));
  const worst = tasks.sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
  if (worst) {
    const inside = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (e.ph !== "X" || e === worst || !isMain(e) || e.ts < worst.ts || e.ts + (e.dur ?? 0) > worst.ts + (worst.dur ?? 0)) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    const parts = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`    longest task ${((worst.tdur ?? 0) / 1000).toFixed(1)} ms CPU: ${parts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
  }
  return out;
}

/** BENCH_EDITOR_PROFILE=1: the JavaScript functions with the most self time per move (CDP sampling profiler). */
async function profiled<T>(cdp: CDPSession, moves: number, run: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_EDITOR_PROFILE) return run();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const out = await run();
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const by = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    by.set(key, (by.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const top = [...by].filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)")).sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`    profile, self ms per move: ${top.map(([k, v]) => `${k} ${(v / moves).toFixed(2)}`).join(" | ")}`);
  return out;
}

/** One sample per mouse move: main-thread time from the move until two animation frames have run. */
async function perMove(page: Page, cdp: CDPSession, kind: Kind): Promise<number[]> {
  const doc = await page.evaluate(() => window.__motionbrushEditor!.getDocument());
  const region = doc.regions[doc.regions.length - 1]!;
  const handle = region.path[Math.floor(region.path.length / 2)]!;
  let start: { x: number; y: number };
  if (kind === "baseline") start = { x: 700, y: 12 };
  else {
    await tool(page, kind === "drag" ? "P" : kind === "pan" ? "H" : "B");
    start = await toClient(page, kind === "drag" ? handle : { x: SIDE * 0.5, y: SIDE * 0.5 });
  }
  await page.mouse.move(start.x, start.y);
  if (kind === "stroke" || kind === "drag" || kind === "pan") await page.mouse.down();
  await page.evaluate(() => (window as unknown as { benchFrames(n: number): Promise<void> }).benchFrames(2));
  if (process.env.BENCH_EDITOR_DEBUG) {
    await page.evaluate(() => {
      const w = window as unknown as { drawCounts?: Map<HTMLCanvasElement, number> };
      // Wrapped once per page; each row starts its count afresh.
      const wrapped = w.drawCounts !== undefined;
      w.drawCounts = new Map();
      if (wrapped) return;
      for (const name of ["clearRect", "drawImage", "fillText", "stroke", "fill"] as const) {
        const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
        const orig = proto[name]!;
        proto[name] = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
          w.drawCounts!.set(this.canvas, (w.drawCounts!.get(this.canvas) ?? 0) + 1);
          return orig.apply(this, a);
        };
      }
    });
  }
  const samples: number[] = [];
  const amp = kind === "baseline" ? 4 : 40;
  for (let i = 1; i <= MOVES; i++) {
    const before = await taskMs(cdp);
    await page.mouse.move(start.x + 60 * Math.sin(i / 7), start.y + amp * Math.sin(i / 11));
    await page.evaluate(() => (window as unknown as { benchFrames(n: number): Promise<void> }).benchFrames(2));
    samples.push((await taskMs(cdp)) - before);
  }
  if (process.env.BENCH_EDITOR_DEBUG) {
    console.log(`    samples in order: ${samples.map((x) => x.toFixed(1)).join(" ")}`);
    console.log(await page.evaluate(() => {
      const w = window as unknown as { drawCounts: Map<HTMLCanvasElement, number> };
      return [...w.drawCounts].map(([c, n]) => `${c.isConnected ? "dom" : "off"} ${c.width}x${c.height} ${n}`).join("; ") + " | dom canvases: " + [...document.querySelectorAll("canvas")].map((c) => `${c.width}x${c.height}`).join(",");
    }));
  }
  if (kind === "pan") {
    await page.mouse.up();
    // Back to the whole frame in view, so the sections after this one see the same view.
    await page.getByRole("button", { name: "Fit the frame in view" }).click();
    await settle(page, 1500);
  }
  if (kind === "stroke" || kind === "drag") {
    await page.mouse.up();
    await settle(page, 2500);
    // Leave the document as it was, so every section sees the same full load.
    await page.keyboard.press("Control+z");
    await settle(page, 2500);
  }
  return samples;
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };

/** The longest task on the page's main thread while `run` runs (Chromium trace): wall time and CPU time. */
async function longestTask(browser: Browser, page: Page, run: () => Promise<void>): Promise<{ wall: number; cpu: number; workerCpu: number }> {
  await browser.startTracing(page, { categories: ["toplevel"] });
  await run();
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
  const main = trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const workers = trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && /DedicatedWorker/.test(e.args?.name ?? ""));
  let workerCpu = 0;
  for (const e of trace.traceEvents) {
    if (e.ph === "X" && /RunTask/.test(e.name) && workers.some((m) => m.pid === e.pid && m.tid === e.tid)) workerCpu += (e.tdur ?? 0) / 1000;
  }
  let wall = 0;
  let cpu = 0;
  for (const e of trace.traceEvents) {
    if (e.ph !== "X" || !/RunTask/.test(e.name) || !main.some((m) => m.pid === e.pid && m.tid === e.tid)) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
  }
  return { wall, cpu, workerCpu };
}

/** The longest main-thread task from just before pointer-up until 2.5 s later. */
async function freezeAfter(browser: Browser, page: Page, kind: "stroke" | "drag" | "pan", i: number): Promise<{ wall: number; cpu: number; workerCpu: number }> {
  const doc = await page.evaluate(() => window.__motionbrushEditor!.getDocument());
  const region = doc.regions[i % doc.regions.length]!;
  await tool(page, kind === "drag" ? "P" : kind === "pan" ? "H" : "B");
  const from = kind === "drag" ? region.path[20 + i]! : { x: SIDE * (0.2 + 0.1 * i), y: SIDE * 0.3 };
  const a = await toClient(page, from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let k = 1; k <= 12; k++) await page.mouse.move(a.x + 4 * k, a.y + 3 * k);
  await page.evaluate(() => (window as unknown as { benchFrames(n: number): Promise<void> }).benchFrames(2));
  const out = await longestTask(browser, page, async () => {
    await page.mouse.up();
    await settle(page, 2500);
  });
  if (kind === "pan") {
    await page.getByRole("button", { name: "Fit the frame in view" }).click();
    await settle(page, 1000);
  }
  return out;
}

async function editorFigures(browser: Browser) {
  const { page, cdp, paths } = await openFullLoad(browser);
  console.log(`\nFull load: ${SIDE}x${SIDE} frame, a static area and ${paths.length} regions with paths of ${paths.join(", ")} points (1440x900, DPR ${DPR})`);
  console.log(`Main thread per pointer move, whole frame (handler, flush, React, paint), one sample per move:`);
  const kinds = (process.env.BENCH_EDITOR_KINDS ?? "baseline,hover,stroke,drag,pan").split(",");
  for (const kind of (["baseline", "hover", "stroke", "drag", "pan"] as const).filter((k) => kinds.includes(k))) {
    const label = {
      baseline: "moves over the page header (reference)",
      hover: "hovering the canvas (brush)",
      stroke: "painting a brush stroke",
      drag: "dragging a path point (77-point path)",
      pan: "panning the view (hand tool)",
    }[kind];
    console.log(line(label, await traced(browser, page, cdp, MOVES, () => perMove(page, cdp, kind))));
  }
  const strokes: { wall: number; cpu: number }[] = [];
  const drags: { wall: number; cpu: number }[] = [];
  const pans: { wall: number; cpu: number }[] = [];

  for (let i = 0; i < GESTURES; i++) {
    strokes.push(await freezeAfter(browser, page, "stroke", i));
    drags.push(await freezeAfter(browser, page, "drag", i));
    pans.push(await freezeAfter(browser, page, "pan", i));
  }
  console.log(`Longest main-thread task from pointer-up to 2.5 s after (mask export, request refit, redraw included; Chromium trace):`);
  console.log(line("after a brush stroke, CPU time", strokes.map((x) => x.cpu)));
  console.log(line("after a brush stroke, wall time", strokes.map((x) => x.wall)));
  console.log(line("after a path-point drag, CPU time", drags.map((x) => x.cpu)));
  console.log(line("after a path-point drag, wall time", drags.map((x) => x.wall)));
  console.log(line("after a pan (the canvases redrawn), CPU time", pans.map((x) => x.cpu)));
  console.log(line("after a pan (the canvases redrawn), wall time", pans.map((x) => x.wall)));
  await page.context().close();
}

/** The exporter in a blank page: the code's Web Worker exporter when it has one, else its main-thread export. */
function exportPage(worker: boolean): string {
  return `
import { emptyDocument, nextRegionLook, STATIC_LAYER } from "@/lib/editor/document";
import { editorReducer } from "@/lib/editor/reducer";
${worker ? `import { createMaskExporter } from "@/lib/editor/mask-exporter";` : `import { exportMotionBrush } from "@/lib/editor/export";`}

function wander(seed, side, n, step) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 4294967296);
  let x = side * (0.15 + 0.7 * rnd()), y = side * (0.15 + 0.7 * rnd()), a = rnd() * 6.28;
  const pts = [];
  for (let i = 0; i < n; i++) {
    a += (rnd() - 0.5) * 0.6;
    x = Math.min(side - 1, Math.max(0, x + Math.cos(a) * step));
    y = Math.min(side - 1, Math.max(0, y + Math.sin(a) * step));
    pts.push(x, y);
  }
  return pts;
}

function fullDoc(side, salt) {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "bench", width: side, height: side } });
  for (let k = 0; k < 4; k++) {
    doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "s" + k, tool: "brush", radius: side * 0.05, points: wander(k + 1 + salt, side, 120, side * 0.01) } });
  }
  doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "e", tool: "eraser", radius: side * 0.02, points: wander(99, side, 80, side * 0.01) } });
  for (let r = 0; r < 6; r++) {
    const look = nextRegionLook(doc);
    const id = "r" + r;
    doc = editorReducer(doc, { type: "addRegion", id, name: "Region " + look.number, colour: look.colour });
    for (let k = 0; k < 3; k++) {
      doc = editorReducer(doc, { type: "addStroke", layer: id, stroke: { id: id + k, tool: "brush", radius: side * 0.03, points: wander(10 * r + k + 7 + salt, side, 80, side * 0.008) } });
    }
    const p = wander(500 + r, side, 77, side * 0.01);
    doc = editorReducer(doc, { type: "setPath", region: id, points: Array.from({ length: 77 }, (_, i) => ({ x: p[2 * i], y: p[2 * i + 1] })) });
  }
  return doc;
}

let exporter;
let doc;
window.benchInProcess = async (side) => {
  const t0 = performance.now();
  await ${worker ? "createMaskExporter().export(doc, { width: side, height: side })" : "exportMotionBrush(doc, { width: side, height: side })"};
  return performance.now() - t0;
};
window.benchPaint = (side, salt) => { doc = fullDoc(side, salt); };
window.benchExportOne = async (side, workerUrl) => {
  ${worker ? `exporter ??= createMaskExporter({ worker: () => new Worker(workerUrl) });` : ""}
  const t0 = performance.now();
  const out = await ${worker ? "exporter.export(doc, { width: side, height: side })" : "exportMotionBrush(doc, { width: side, height: side })"};
  return { ms: performance.now() - t0, masks: 1 + out.dynamic_masks.length, points: out.dynamic_masks.map((d) => d.trajectories.length) };
};
`;
}

async function exportFigures(browser: Browser) {
  const { build } = await import("esbuild");
  const worker = existsSync(path.join(DIR, "lib/editor/mask-exporter.ts"));
  const out = path.join(process.cwd(), ".bench");
  await build({
    stdin: { contents: exportPage(worker), resolveDir: DIR, loader: "ts", sourcefile: "bench-editor-export.ts" },
    bundle: true,
    format: "iife",
    outfile: path.join(out, "editor-export.js"),
    alias: { "@": DIR },
    logLevel: "warning",
    // The bench gives the exporter its own worker: the page's `new URL(..., import.meta.url)` is not used here.
    logOverride: { "empty-import-meta": "silent" },
  });
  if (worker) {
    await build({ entryPoints: [path.join(DIR, "lib/editor/mask-export.worker.ts")], bundle: true, format: "iife", outfile: path.join(out, "mask-export.worker.js"), alias: { "@": DIR }, logLevel: "warning" });
  }
  const page = await browser.newPage();
  await page.setContent("<!doctype html><body></body>");
  await page.addScriptTag({ path: path.join(out, "editor-export.js") });
  const workerUrl = worker
    ? await page.evaluate((code) => URL.createObjectURL(new Blob([code], { type: "text/javascript" })), readFileSync(path.join(out, "mask-export.worker.js"), "utf8"))
    : "";
  type One = { ms: number; masks: number; points: number[] };
  type W = { benchPaint(s: number, k: number): void; benchExportOne(s: number, u: string): Promise<One>; benchInProcess(s: number): Promise<number> };
  const paint = (salt: number) => page.evaluate(([side, k]) => (window as unknown as W).benchPaint(side, k), [SIDE, salt] as const);
  const one = () => page.evaluate(([side, url]) => (window as unknown as W).benchExportOne(side, url), [SIDE, workerUrl] as const);
  await paint(0);
  await one(); // warm-up: the worker starts, the code is compiled
  const times: number[] = [];
  const cpu: number[] = [];
  const wall: number[] = [];
  const local: number[] = [];
  const inWorker: number[] = [];
  let last: One | undefined;
  // A different painting each run (salt), so no run is served from a cache.
  for (let i = 1; i <= EXPORTS; i++) {
    await paint(1000 * i);
    const block = await longestTask(browser, page, async () => {
      last = await one();
    });
    times.push(last!.ms);
    cpu.push(block.cpu);
    wall.push(block.wall);
    inWorker.push(block.workerCpu);
    // The same painting exported on the main thread, right after: what the machine gives one thread now.
    if (worker) local.push(await page.evaluate((side) => (window as unknown as W).benchInProcess(side), SIDE));
  }
  console.log(`\nMask export, ${SIDE}x${SIDE}: ${last!.masks} masks, paths of ${last!.points.join(", ")} points, a new painting each run (${worker ? "Web Worker" : "main thread"})`);
  console.log(line("export, start to masks in hand", times));
  console.log(line("main thread's longest task meanwhile, CPU", cpu));
  console.log(line("main thread's longest task meanwhile, wall", wall));
  if (worker) console.log(line("CPU time in the worker", inWorker));
  if (worker) console.log(line("for comparison: the same, in-process", local));
  await page.close();
}

/** Replacing the photo after 300 strokes of 400 points (Node, --expose-gc): time and heap kept, then one undo. */
const HISTORY_ENTRY = `
import { createEditorStore } from "@/lib/editor/store";
const runs = Number(process.argv[2] || 5);
const out = { replace: [], heap: [], undo: [] };
for (let r = 0; r < runs; r++) {
  const store = createEditorStore();
  store.dispatch({ type: "setFrame", slot: "first", frame: { id: "f" + r, name: "a.jpg", width: 4096, height: 4096 } });
  for (let i = 0; i < 300; i++) {
    const points = [];
    for (let k = 0; k < 400; k++) points.push((i * 13 + k * 7) % 4096, (i * 29 + k * 3) % 4096);
    store.dispatch({ type: "addStroke", layer: "static", stroke: { id: "s" + i, tool: "brush", radius: 30, points } });
  }
  global.gc();
  const h0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  store.dispatch({ type: "setFrame", slot: "first", frame: { id: "g" + r, name: "b.jpg", width: 3000, height: 2000 } });
  out.replace.push(performance.now() - t0);
  global.gc();
  out.heap.push((process.memoryUsage().heapUsed - h0) / 1048576);
  t0 = performance.now();
  store.undo();
  out.undo.push(performance.now() - t0);
  if (store.getDocument().staticMask.strokes.length !== 299) throw new Error("undo went wrong");
}
console.log(JSON.stringify(out));
`;

async function historyFigures() {
  const { build } = await import("esbuild");
  const file = path.join(process.cwd(), ".bench", "editor-history.cjs");
  await build({ stdin: { contents: HISTORY_ENTRY, resolveDir: DIR, loader: "ts" }, bundle: true, platform: "node", format: "cjs", outfile: file, alias: { "@": DIR }, logLevel: "warning" });
  const run = spawnSync(process.execPath, ["--expose-gc", file, String(EXPORTS)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  const r = JSON.parse(run.stdout) as { replace: number[]; heap: number[]; undo: number[] };
  console.log(`\nReplacing the photo (4096x4096 to 3000x2000) after 300 strokes of 400 points (Node):`);
  console.log(line("the replacement", r.replace));
  console.log(line("then one undo", r.undo));
  console.log(line("heap kept by the replacement", r.heap, "MB"));
}

async function main() {
  console.log(`Motion-brush editor benchmark (${DIR === process.cwd() ? "this checkout" : DIR}), node ${process.version}, ${new Date().toISOString()}`);
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  console.log(`Chromium ${browser.version()}`);
  let app: ChildProcess | undefined;
  try {
    const sections = (process.env.BENCH_EDITOR_SECTIONS ?? "history,export,input").split(",");
    if (sections.includes("history")) await historyFigures();
    if (sections.includes("export")) await exportFigures(browser);
    if (sections.includes("input")) {
      if (!existsSync(path.join(DIR, ".next/BUILD_ID"))) {
        console.log("(building the app first: next build)");
        spawnSync("npx", ["next", "build"], { cwd: DIR, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
      }
      app = spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
      await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
      await editorFigures(browser);
    }
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

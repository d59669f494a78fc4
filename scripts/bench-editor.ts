// `npx tsx --conditions=react-server scripts/bench-editor.ts`: motion-brush editor figures, printed, never asserted.
//  1. Input handling per pointer event on a 4096x4096 frame vs a 512x512 one, side by side in one run, in the
//     built app in Chromium: (a) the synchronous cost of a pointermove (handler + the per-frame flush, live
//     layer draw included), in interleaved batches; (b) all main-thread work per real mouse move (CDP
//     TaskDuration), React renders and Konva draws included. Both for a brush stroke and a path-handle drag.
//  2. Exporting every mask of a 4096x4096 frame (static + 6 regions) in Chromium, from lib/editor/export.ts
//     bundled into a blank page; CompressionStream('deflate') of one raw mask alongside, for comparison.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { Browser, CDPSession, Page } from "@playwright/test";
import sharp from "sharp";

const PORT = Number(process.env.BENCH_EDITOR_PORT ?? 3292);
const ROUNDS = Number(process.env.BENCH_EDITOR_ROUNDS ?? 7);
const BATCH = Number(process.env.BENCH_EDITOR_BATCH ?? 200);
const MOUSE_MOVES = Number(process.env.BENCH_EDITOR_MOUSE_MOVES ?? 240);
const EXPORT_RUNS = Number(process.env.BENCH_EDITOR_EXPORT_RUNS ?? 5);
const SIZES = [512, 4096] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const us = (ms: number) => `${(ms * 1000).toFixed(1).padStart(8)} µs`;

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** A photo-like JPEG: smooth gradients and a few shapes (small enough for any body limit). */
async function frameJpeg(side: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7ab"/><stop offset="1" stop-color="#246"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${side * 0.3}" cy="${side * 0.3}" r="${side * 0.08}" fill="#fd8"/>
    <rect x="${side * 0.5}" y="${side * 0.55}" width="${side * 0.3}" height="${side * 0.2}" fill="#933"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

interface Editor {
  page: Page;
  cdp: CDPSession;
  side: number;
}

async function openEditor(browser: Browser, side: number): Promise<Editor> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 2 });
  await context.addInitScript({ content: `window.localStorage.setItem("motionbrush:test-hook", "1");${PAGE_HELPERS}` });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('input[type="file"]').first().setInputFiles({ name: `frame-${side}.jpg`, mimeType: "image/jpeg", buffer: await frameJpeg(side) });
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await page.waitForFunction((s) => window.__motionbrushEditor?.getDocument().paintSize?.width === s, side, { timeout: 60_000 });
  await page.getByRole("button", { name: "Larger canvas" }).click();
  await page.waitForTimeout(1500); // the frame decodes and the stage fits it
  // A region with a two-point path, for the drag.
  await page.getByRole("button", { name: "Add a moving region" }).click();
  await page.getByRole("button", { name: "Path", exact: true }).click();
  for (const f of [0.3, 0.6]) {
    const c = await page.evaluate(([s, k]) => window.__motionbrushEditor!.frameToClient({ x: s * k, y: s * 0.5 }), [side, f] as const);
    await page.mouse.click(c.x, c.y);
    await page.waitForTimeout(400);
  }
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp, side };
}

/**
 * Page-side helpers, as plain JavaScript: functions written inside page.evaluate would be rewritten by tsx
 * (esbuild's __name), which the page does not define.
 */
const PAGE_HELPERS = `
window.benchStart = (kind, side) => {
  const hook = window.__motionbrushEditor;
  return kind === "drag" ? hook.frameToClient(hook.getDocument().regions[0].path[1]) : hook.frameToClient({ x: side * 0.5, y: side * 0.5 });
};
// Mean cost of one synthetic pointermove (handler + the per-frame flush), over a batch.
window.benchSync = (kind, n, side) => {
  const hook = window.__motionbrushEditor;
  const el = document.querySelector('[data-testid="editor-canvas"]');
  const ev = (type, p) => new PointerEvent(type, { pointerId: 1, pointerType: "mouse", clientX: p.x, clientY: p.y, button: 0, buttons: 1, bubbles: true, isPrimary: true });
  const tool = (key) => document.querySelector('button[aria-keyshortcuts="' + key + '"]').click();
  const start = window.benchStart(kind, side);
  if (kind === "drag") tool("P");
  el.dispatchEvent(ev("pointerdown", start));
  hook.flush();
  const at = (i) => ({ x: start.x + 60 * Math.sin(i / 15), y: start.y + 40 * Math.sin(i / 23) });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    el.dispatchEvent(ev("pointermove", at(i)));
    hook.flush();
  }
  const ms = (performance.now() - t0) / n;
  el.dispatchEvent(ev("pointerup", at(n)));
  hook.flush();
  if (kind === "drag") tool("B");
  return ms;
};
`;

type BenchWindow = Window & {
  benchSync(kind: string, n: number, side: number): number;
  benchStart(kind: string, side: number): { x: number; y: number };
};

function syncBatch(e: Editor, kind: "stroke" | "drag", n: number): Promise<number> {
  return e.page.evaluate(([k, count, side]) => (window as unknown as BenchWindow).benchSync(k, count, side), [kind, n, e.side] as const);
}

const taskDuration = async (cdp: CDPSession) =>
  ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;

/** All main-thread time per real mouse move (CDP input), React renders and Konva draws included. */
async function mouseBatch(e: Editor, kind: "stroke" | "drag" | "baseline", n: number): Promise<number> {
  const { page } = e;
  // The composer refits the request (masks re-exported) a moment after each change: let that finish first,
  // so only input handling is measured.
  await page.waitForTimeout(1500);
  if (kind === "baseline") {
    // The same moves over the page header, outside the canvas: what the browser spends per frame anyway.
    await page.mouse.move(600, 12);
    const before = await taskDuration(e.cdp);
    for (let i = 0; i < n; i++) await page.mouse.move(600 + 60 * Math.sin(i / 15), 12 + 4 * Math.sin(i / 23));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return ((await taskDuration(e.cdp)) - before) / n;
  }
  if (kind === "drag") await page.getByRole("button", { name: "Path", exact: true }).click();
  const start = await page.evaluate(([k, side]) => (window as unknown as BenchWindow).benchStart(k, side), [kind, e.side] as const);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.waitForTimeout(50);
  const before = await taskDuration(e.cdp);
  for (let i = 0; i < n; i++) await page.mouse.move(start.x + 60 * Math.sin(i / 15), start.y + 40 * Math.sin(i / 23));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = ((await taskDuration(e.cdp)) - before) / n;
  await page.mouse.up();
  if (kind === "drag") await page.getByRole("button", { name: "Brush", exact: true }).click();
  return ms;
}

async function inputCost(browser: Browser) {
  const editors: Editor[] = [];
  for (const side of SIZES) editors.push(await openEditor(browser, side));
  const results: Record<string, Record<number, number[]>> = {};
  const record = (key: string, side: number, v: number) => (((results[key] ??= {})[side] ??= []).push(v));
  for (const e of editors) {
    await syncBatch(e, "stroke", 50); // warm-up
    await syncBatch(e, "drag", 50);
  }
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved so both sizes see the same machine state; the order alternates each round.
    for (const e of r % 2 === 0 ? editors : [...editors].reverse()) {
      record("stroke: pointermove, handler + flush", e.side, await syncBatch(e, "stroke", BATCH));
      record("drag: pointermove, handler + flush", e.side, await syncBatch(e, "drag", BATCH));
    }
  }
  for (let r = 0; r < 3; r++) {
    for (const e of r % 2 === 0 ? editors : [...editors].reverse()) {
      record("stroke: main thread per mouse move", e.side, await mouseBatch(e, "stroke", MOUSE_MOVES));
      record("drag: main thread per mouse move", e.side, await mouseBatch(e, "drag", MOUSE_MOVES));
      record("baseline: same moves off the canvas", e.side, await mouseBatch(e, "baseline", MOUSE_MOVES));
    }
  }
  const strokes = await Promise.all(
    editors.map((e) =>
      e.page.evaluate(() => {
        const d = window.__motionbrushEditor!.getDocument();
        return d.staticMask.strokes.length + d.regions.reduce((n, r) => n + r.strokes.length, 0);
      }),
    ),
  );
  console.log(`\nInput handling per pointer event, same gestures on both frames (Chromium, DPR 2, median of rounds)`);
  console.log(`${"".padEnd(40)}${SIZES.map((s) => `${s}x${s}`.padStart(13)).join("")}    4096/512`);
  for (const [key, bySide] of Object.entries(results)) {
    const [a, b] = SIZES.map((s) => median(bySide[s]!));
    console.log(`  ${key.padEnd(38)}${us(a!)}  ${us(b!)}    ${(b! / a!).toFixed(2)}`);
  }
  console.log(
    `  (a: ${ROUNDS} interleaved rounds of ${BATCH} synthetic moves, in-page timing; b: 3 rounds of ${MOUSE_MOVES} CDP mouse moves, ` +
      `TaskDuration, software compositing with --disable-gpu; strokes made: ${strokes.join(" / ")})`,
  );
  for (const e of editors) await e.page.context().close();
}

/** The export in a blank page: lib/editor/export.ts bundled by esbuild (it comes with tsx). */
const EXPORT_PAGE = `
import { emptyDocument, nextRegionLook, STATIC_LAYER } from "@/lib/editor/document";
import { exportMotionBrush, rasteriseAreas } from "@/lib/editor/export";
import { editorReducer } from "@/lib/editor/reducer";

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

window.benchExport = async (side, runs) => {
  let doc = editorReducer(emptyDocument(), { type: "setFrame", slot: "first", frame: { id: "f", name: "bench", width: side, height: side } });
  for (let k = 0; k < 4; k++) {
    doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "s" + k, tool: "brush", radius: side * 0.05, points: wander(k + 1, side, 120, side * 0.01) } });
  }
  doc = editorReducer(doc, { type: "addStroke", layer: STATIC_LAYER, stroke: { id: "e", tool: "eraser", radius: side * 0.02, points: wander(99, side, 80, side * 0.01) } });
  for (let r = 0; r < 6; r++) {
    const look = nextRegionLook(doc);
    const id = "r" + r;
    doc = editorReducer(doc, { type: "addRegion", id, name: "Region " + look.number, colour: look.colour });
    for (let k = 0; k < 3; k++) {
      doc = editorReducer(doc, { type: "addStroke", layer: id, stroke: { id: id + k, tool: "brush", radius: side * 0.03, points: wander(10 * r + k + 7, side, 80, side * 0.008) } });
    }
    const p = wander(500 + r, side, 40, side * 0.01);
    doc = editorReducer(doc, { type: "setPath", region: id, points: Array.from({ length: 40 }, (_, i) => ({ x: p[2 * i], y: p[2 * i + 1] })) });
  }
  const target = { width: side, height: side };
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = await exportMotionBrush(doc, target);
    times.push(performance.now() - t0);
  }
  const masks = [out.static_mask, ...out.dynamic_masks.map((d) => d.mask)];
  // For comparison: the same static mask as raw scanlines through the browser's own zlib.
  const areas = rasteriseAreas(doc, target);
  const raw = new Uint8Array((side + 1) * side);
  areas.static.rows.forEach((spans, row) => {
    for (let i = 0; spans && i < spans.length; i += 2) raw.fill(255, row * (side + 1) + 1 + spans[i], row * (side + 1) + 1 + spans[i + 1]);
  });
  const t1 = performance.now();
  const z = await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer();
  const cs = performance.now() - t1;
  return { times, base64: masks.map((m) => m.length), points: out.dynamic_masks.map((d) => d.trajectories.length), cs, csBytes: z.byteLength };
};
`;

async function exportCost(browser: Browser) {
  const { build } = await import("esbuild");
  await build({
    stdin: { contents: EXPORT_PAGE, resolveDir: process.cwd(), loader: "ts", sourcefile: "bench-editor-export.ts" },
    bundle: true,
    format: "iife",
    outfile: ".bench/editor-export.js",
    logLevel: "warning",
  });
  const page = await browser.newPage();
  await page.addScriptTag({ path: ".bench/editor-export.js" });
  const r = await page.evaluate(
    ([side, runs]) =>
      (window as unknown as { benchExport: (s: number, n: number) => Promise<{ times: number[]; base64: number[]; points: number[]; cs: number; csBytes: number }> }).benchExport(
        side,
        runs,
      ),
    [4096, EXPORT_RUNS] as const,
  );
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`\nExport of every mask of a 4096x4096 frame in Chromium: static + 6 regions, 6 paths (n=${EXPORT_RUNS})`);
  console.log(`  exportMotionBrush: median ${median(r.times).toFixed(0)} ms (min ${Math.min(...r.times).toFixed(0)}, max ${Math.max(...r.times).toFixed(0)}; runs ${r.times.map((t) => t.toFixed(0)).join(", ")} ms)`);
  console.log(`  7 PNGs as base64: ${r.base64.map(kb).join(", ")} (total ${kb(r.base64.reduce((a, b) => a + b, 0))}); path points ${r.points.join(", ")}`);
  console.log(`  for comparison, CompressionStream('deflate') of ONE raw 4096x4096 mask: ${r.cs.toFixed(0)} ms (${kb(r.csBytes)})`);
  await page.close();
}

async function main() {
  console.log(`Motion-brush editor benchmark, node ${process.version}, ${new Date().toISOString()}`);
  if (!existsSync(".next/BUILD_ID")) {
    console.log("(building the app first: next build)");
    spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  console.log(`Chromium ${browser.version()}`);
  let app: ChildProcess | undefined;
  try {
    const sections = (process.env.BENCH_EDITOR_SECTIONS ?? "input,export").split(",");
    if (sections.includes("export")) await exportCost(browser);
    if (sections.includes("input")) {
      app = spawn("npx", ["next", "start", "-p", String(PORT)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
      await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
      await inputCost(browser);
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

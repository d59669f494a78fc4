// `npx tsx --conditions=react-server scripts/bench-workspace.ts`: the workspace's figures, printed, never asserted.
//  1. The magic wand (lib/editor/wand.ts, magic-wand-tool's flood fill plus the span conversion) on a 4000x3000
//     photo-sized image: a disc on noise, clicked inside the disc, in Node.
//  2. The motion preview's frames per second on a 1280x720 frame with 6 regions and a camera move, in Chromium
//     (software compositing, --disable-gpu), the drawing Play does per animation frame.
import { existsSync } from "node:fs";
import { wandSpans, type Pixels } from "@/lib/editor/wand";

const RUNS = Number(process.env.BENCH_WAND_RUNS ?? 9);
const FRAMES = Number(process.env.BENCH_PREVIEW_FRAMES ?? 150);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (x: { n: number; min: number; median: number; max: number }, unit = "ms") =>
  `n=${x.n} min ${x.min.toFixed(1)} ${unit}, median ${x.median.toFixed(1)} ${unit}, max ${x.max.toFixed(1)} ${unit}`;

function discOnNoise(width: number, height: number, r: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 11;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const inside = Math.hypot(x - width / 2, y - height / 2) <= r;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const v = inside ? 220 : 60 + (seed % 80);
      data[i] = v;
      data[i + 1] = inside ? 40 : v;
      data[i + 2] = inside ? 40 : v;
      data[i + 3] = 255;
    }
  }
  return { data, width, height };
}

async function wand() {
  const img = discOnNoise(4000, 3000, 1100);
  const times: number[] = [];
  let pixels = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const spans = wandSpans(img, { x: 2000, y: 1500 }, 32);
    times.push(performance.now() - t0);
    pixels = 0;
    for (let k = 0; k < spans.length; k += 3) pixels += spans[k + 2]! - spans[k + 1]!;
  }
  console.log(`Magic wand, 4000x3000, click inside a disc of ${pixels.toLocaleString("en")} px (Node): ${fmt(stats(times))}`);
}

async function preview() {
  const { build } = await import("esbuild");
  await build({ entryPoints: ["scripts/bench-workspace.entry.ts"], bundle: true, format: "iife", outfile: ".bench/workspace.js", logLevel: "warning" });
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><body></body>");
    await page.addScriptTag({ path: ".bench/workspace.js" });
    const r = await page.evaluate((n) => window.benchPreview(n), FRAMES);
    const s = stats(r.frameMs);
    console.log(`Motion preview, 1280x720, 6 regions + zoom camera (Chromium): cutting the sprites once ${r.buildMs.toFixed(0)} ms`);
    console.log(`  per frame: ${fmt(s)}; ${(1000 / s.median).toFixed(0)} frames per second at the median (aim: 30)`);
  } finally {
    await browser.close();
  }
}

async function main() {
  await wand();
  await preview();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

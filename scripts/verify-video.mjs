// Verifies that public/simulator/sample.mp4 actually decodes and plays in a real Chromium.
// Usage: node scripts/verify-video.mjs [path/to/video.mp4] [--chromium /usr/bin/chromium]
// Serves the file from 127.0.0.1 (with Range support), loads <video muted>, calls play()
// and checks readyState >= 2, videoWidth == 640 and that currentTime advances.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright";

const args = process.argv.slice(2);
const exeIdx = args.indexOf("--chromium");
const executablePath = exeIdx >= 0 ? args.splice(exeIdx, 2)[1] : process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const file = path.resolve(args[0] || "public/simulator/sample.mp4");
const EXPECTED_WIDTH = Number(process.env.EXPECTED_WIDTH || 640);

const types = { ".mp4": "video/mp4", ".webm": "video/webm" };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/") {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end('<!doctype html><html><body><video id="v" src="/video" muted playsinline></video></body></html>');
    return;
  }
  if (url.pathname !== "/video") {
    res.writeHead(404).end();
    return;
  }
  const size = fs.statSync(file).size;
  const headers = {
    "Content-Type": types[path.extname(file)] || "application/octet-stream",
    "Accept-Ranges": "bytes",
  };
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || "");
  if (m) {
    let start = m[1] === "" ? size - Number(m[2]) : Number(m[1]);
    let end = m[1] !== "" && m[2] !== "" ? Number(m[2]) : size - 1;
    end = Math.min(end, size - 1);
    if (start > end || start < 0) {
      res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file, { start, end }).pipe(res);
  } else {
    res.writeHead(200, { ...headers, "Content-Length": size });
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file).pipe(res);
  }
});

await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

let ok = false;
try {
  const page = await browser.newPage();
  await page.goto(base + "/");
  const result = await page.evaluate(async (expectedWidth) => {
    const v = document.getElementById("v");
    const codecs = {
      h264: v.canPlayType('video/mp4; codecs="avc1.4D401E"'),
      vp9mp4: v.canPlayType('video/mp4; codecs="vp09.00.30.08"'),
      av1mp4: v.canPlayType('video/mp4; codecs="av01.0.04M.08"'),
    };
    const waitFor = (pred, ms) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const tick = () => (pred() || performance.now() - t0 > ms ? resolve(pred()) : setTimeout(tick, 25));
        tick();
      });
    let playError = null;
    try {
      await v.play();
    } catch (e) {
      playError = String(e);
    }
    await waitFor(() => v.readyState >= 2 || v.error, 10000);
    const t1 = v.currentTime;
    await new Promise((r) => setTimeout(r, 1000));
    const t2 = v.currentTime;
    return {
      codecs,
      playError,
      error: v.error ? { code: v.error.code, message: v.error.message } : null,
      readyState: v.readyState,
      videoWidth: v.videoWidth,
      videoHeight: v.videoHeight,
      duration: v.duration,
      t1,
      t2,
      paused: v.paused,
      pass: v.readyState >= 2 && v.videoWidth === expectedWidth && t2 - t1 > 0.5 && !v.error,
    };
  }, EXPECTED_WIDTH);
  console.log(JSON.stringify({ browser: browser.version(), file: path.relative(process.cwd(), file), ...result }, null, 2));
  ok = result.pass;
} finally {
  await browser.close();
  server.close();
}
console.log(ok ? "PASS: video plays" : "FAIL: video did not play");
process.exit(ok ? 0 : 1);

// Poll latency while a large create is validated: does one big body stall every other request?
// Measures the build in the current directory, and also the one in BENCH_STALL_DIR when set (e.g. a checkout
// of an older commit with its own `next build`), each with its own default body limit and the same bodies.
import { spawn } from "node:child_process";
import sharp from "sharp";
import { startUploader } from "./bench-uploader";

const MB = 1024 * 1024;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0] ?? NaN, median: s[Math.floor(s.length / 2)] ?? NaN, max: s.at(-1) ?? NaN };
}
const f = (n: number) => n.toFixed(1).padStart(8);

async function noise(width: number, height: number): Promise<string> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 99;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return (await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()).toString("base64");
}

async function up(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(dir: string, port: number, bodies: { name: string; body: string }[], creates: number) {
  const app = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", KLING_SIMULATOR_TASK_MS: "600000" },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/api/kling/v1/videos/image2video`;
  const rows: string[] = [];
  const uploader = startUploader(Object.fromEntries(bodies.map((b) => [b.name, b.body])));
  try {
    await up(`${base}?pageSize=1`);
    const small = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#468" } }).png().toBuffer();
    const made = await fetch(base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ image: small.toString("base64"), prompt: "p" }) });
    const taskId = ((await made.json()) as { data: { task_id: string } }).data.task_id;
    const poll = async () => {
      const t0 = performance.now();
      await (await fetch(`${base}/${taskId}`)).arrayBuffer();
      return performance.now() - t0;
    };
    for (let i = 0; i < 20; i++) await poll();
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) idle.push(await poll());
    rows.push(row("idle (no create running)", idle, ""));
    for (const { name } of bodies) {
      const during: number[] = [];
      const statuses = new Set<number>();
      let createMs = 0;
      for (let c = 0; c < creates; c++) {
        let done = false;
        const t0 = performance.now();
        const create = uploader
          .send(base, name)
          .then((status) => {
            statuses.add(status);
            createMs += performance.now() - t0;
          })
          .finally(() => (done = true));
        // Polls one after another for as long as the create is in flight.
        while (!done) {
          const ms = await poll();
          if (!done) during.push(ms);
        }
        await create;
      }
      rows.push(row(`during ${name}`, during, `create answered ${[...statuses].join("/")}, mean ${(createMs / creates).toFixed(0)} ms`));
    }
  } finally {
    await uploader.close();
    if (app.pid) process.kill(-app.pid, "SIGTERM");
  }
  return rows;
}

function row(label: string, xs: number[], note: string) {
  const s = stats(xs);
  return `  ${label.padEnd(44)} n=${String(s.n).padStart(4)} ${f(s.min)} ${f(s.median)} ${f(s.max)}  ${note}`;
}

export async function pollDuringLargeCreate() {
  const creates = Number(process.env.BENCH_STALL_CREATES ?? 5);
  // Two ~6 MB noisy JPEG frames: a real first + last frame job of about 16 MB of JSON.
  const frame = await noise(3000, 2400);
  const near = JSON.stringify({ model_name: "kling-v2-1", image: frame, image_tail: frame, prompt: "stall", duration: "5" });
  // ~50 MB: the body that froze the old server (frames over 10 MB are refused, but only after parsing it all).
  const huge = JSON.stringify({ model_name: "kling-v2-1", image: frame, image_tail: frame, static_mask: frame.repeat(Math.ceil((50 * MB) / frame.length)).slice(0, 50 * MB - 2 * frame.length - 200) });
  const bodies = [
    { name: `a ${(near.length / MB).toFixed(1)} MB create`, body: near },
    { name: `a ${(huge.length / MB).toFixed(1)} MB create`, body: huge },
  ];
  console.log(`\nPoll latency (ms) while a large create is validated (embedded simulator, loopback, ${creates} creates per row;`);
  console.log(`  the creates come from a second client on its own thread, the polls from this one)`);
  console.log(`  ${"".padEnd(44)} ${"n".padStart(6)} ${"min".padStart(8)} ${"median".padStart(8)} ${"max".padStart(8)}`);
  const dirs = [{ label: "this build", dir: "." }];
  if (process.env.BENCH_STALL_DIR) dirs.unshift({ label: `BENCH_STALL_DIR (${process.env.BENCH_STALL_DIR})`, dir: process.env.BENCH_STALL_DIR });
  let port = Number(process.env.BENCH_STALL_PORT ?? 3292);
  for (const { label, dir } of dirs) {
    console.log(` ${label}`);
    for (const line of await measure(dir, port++, bodies, creates)) console.log(line);
  }
}

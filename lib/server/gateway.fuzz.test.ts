// Bounded fuzz: 1200 mutated create bodies through the gateway (respond + createTask, as the route runs them).
// Every answer must be a JSON envelope with no 5xx, and whatever reaches the backend must be valid by an
// independent oracle (sharp decodes the images and masks), not by the gateway's own validator.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { MAX_IMAGE_BYTES, MAX_PROMPT_CHARS } from "@/lib/kling/limits";
import { codePointLength } from "@/lib/kling/schemas";
import { maskBase64, pngBase64, jpegBase64 } from "@/lib/testing/images";
import { createTask, type TaskBackend } from "./gateway";
import { respond } from "./respond";

const N = 1200;
let seed = 0x5eed;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (n: number) => Math.floor(rand() * n);

const reached: { kind: string; body: Record<string, unknown> }[] = [];
const backend: TaskBackend = {
  async createTask(kind, body) {
    reached.push({ kind, body: body as Record<string, unknown> });
    return { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: { task_id: "t" } } };
  },
  async getTask() {
    throw new Error("unused");
  },
  async listTasks() {
    return { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: [] } };
  },
};
const deps = { config: { bodyLimitBytes: 4 * 1024 * 1024, problems: [] }, backend };

let seeds: Record<string, unknown>[] = [];
let images: string[] = [];

function mutateBase64(b64: string): string {
  const buf = Buffer.from(b64, "base64");
  switch (int(6)) {
    case 0: // flip bytes in the header
      for (let i = 0; i < 1 + int(4); i++) buf[int(Math.min(64, buf.length))] = int(256);
      return buf.toString("base64");
    case 1: // flip bytes anywhere
      for (let i = 0; i < 1 + int(8); i++) buf[int(buf.length)] = int(256);
      return buf.toString("base64");
    case 2: // truncate
      return buf.subarray(0, int(buf.length)).toString("base64");
    case 3: // PNG IHDR size lies
      if (buf.length > 24) {
        buf.writeUInt32BE(pick([0, 1, 299, 70_000, 0xffffffff, int(5000)]), 16);
        buf.writeUInt32BE(pick([0, 1, 299, 70_000, 0xffffffff, int(5000)]), 20);
      }
      return buf.toString("base64");
    case 4: // break the base64 itself
      return pick([b64.slice(1), `${b64}=`, `data:image/png;base64,${b64}`, b64.replace(/A/g, "-"), ` ${b64}`, b64.toLowerCase()]);
    default:
      return b64;
  }
}

const WEIRD: unknown[] = [
  null, 0, -1, 1e308, true, "", " ", "\u0000", "🙂".repeat(2501), "x".repeat(3000), [], {}, [[]], { a: { b: { c: {} } } },
  "HTTPS://cdn.example.com/a.png", "javascript:alert(1)", "FTP://a/b", "https://a.example/\nb", "%E0%A4%A", "__proto__",
];

function mutate(base: Record<string, unknown>): unknown {
  const body: Record<string, unknown> = structuredClone(base);
  const keys = Object.keys(body);
  const steps = 1 + int(3);
  for (let s = 0; s < steps; s++) {
    const key = keys.length ? pick(keys) : "image";
    switch (int(9)) {
      case 0:
        delete body[key];
        break;
      case 1:
        body[key] = pick(WEIRD);
        break;
      case 2:
        if (typeof body[key] === "string" && (body[key] as string).length > 200) body[key] = mutateBase64(body[key] as string);
        else body[key] = pick(WEIRD);
        break;
      case 3:
        body[pick(["cfg_scale", "mode", "duration", "camera_control", "static_mask", "image_tail", "sound", "callback_url", "external_task_id", "unknown_field"])] = pick([...WEIRD, pick(images)]);
        break;
      case 4:
        body.prompt = pick(["ok", "🙂".repeat(2500), "🙂".repeat(2501), "a\u0000b", "x".repeat(2500), "x".repeat(2501)]);
        break;
      case 5:
        body.external_task_id = pick(["mb-1", "a\u0007b", "x".repeat(256), "x".repeat(257), "", "line\nbreak"]);
        break;
      case 6:
        if (Array.isArray(body.dynamic_masks) && body.dynamic_masks.length) {
          const g = body.dynamic_masks[0] as Record<string, unknown>;
          g[pick(["mask", "trajectories"])] = pick([...WEIRD, [{ x: -1, y: 5 }], [{ x: 1e9, y: 1 }, { x: 2, y: 2 }], mutateBase64(g.mask as string)]);
        }
        break;
      case 7:
        if (Array.isArray(body.image_list) && body.image_list.length) (body.image_list[0] as Record<string, unknown>).image = mutateBase64(pick(images));
        break;
      default:
        if (typeof body.static_mask === "string") body.static_mask = mutateBase64(body.static_mask);
        break;
    }
  }
  // Now and then the raw text or the top-level type is broken too.
  const r = rand();
  if (r < 0.05) return JSON.stringify(body).slice(0, int(200));
  if (r < 0.08) return pick(["[]", "1", "null", '"str"', "{", "", '{"image":', '{"a":1}{"b":2}']);
  return body;
}

/** Independent validity of what reached the backend. */
async function oracle(kind: string, body: Record<string, unknown>): Promise<string | null> {
  const isUrl = (s: unknown) => typeof s === "string" && /^https?:\/\/[^\s\u0000-\u001f]+$/i.test(s);
  const decode = async (s: unknown) => {
    if (typeof s !== "string") return null;
    const buf = Buffer.from(s, "base64");
    if (buf.length > MAX_IMAGE_BYTES) return null;
    try {
      const { data, info } = await sharp(buf, { failOn: "truncated" }).raw().toBuffer({ resolveWithObject: true });
      return { data, info };
    } catch {
      return null;
    }
  };
  for (const t of ["prompt", "negative_prompt"]) {
    const v = body[t];
    if (v !== undefined && (typeof v !== "string" || codePointLength(v) > MAX_PROMPT_CHARS)) return `${t} invalid`;
  }
  const ext = body.external_task_id;
  if (ext !== undefined && (typeof ext !== "string" || ext.length === 0 || ext.length > 256 || /[\u0000-\u001f]/.test(ext))) return "external_task_id invalid";
  if (body.callback_url !== undefined && !isUrl(body.callback_url)) return "callback_url invalid";
  const frames = kind === "multi-image2video"
    ? ((body.image_list as { image: unknown }[]) ?? []).map((i) => i.image)
    : [body.image, body.image_tail].filter((v) => v !== undefined);
  if (frames.length === 0) return "no frame";
  let first: { width: number; height: number } | null = null;
  for (const f of frames) {
    if (isUrl(f)) continue;
    const img = await decode(f);
    if (!img) return "a frame does not decode";
    if (img.info.width < 300 || img.info.height < 300) return "a frame is too small";
    first ??= img.info;
  }
  const masks = [body.static_mask, ...((body.dynamic_masks as { mask: unknown }[] | undefined) ?? []).map((g) => g.mask)].filter((m) => m !== undefined);
  for (const m of masks) {
    if (isUrl(m)) continue;
    const img = await decode(m);
    if (!img) return "a mask does not decode";
    if (first && (img.info.width !== first.width || img.info.height !== first.height)) return "a mask has the wrong size";
    const ch = img.info.channels;
    let black = false;
    let white = false;
    for (let i = 0; i < img.data.length; i += ch) {
      const v = img.data[i]!;
      if (v !== 0 && v !== 255) return "a mask holds grey";
      if (v === 0) black = true;
      else white = true;
    }
    if (!black || !white) return "a mask is all one colour";
  }
  return null;
}

beforeAll(async () => {
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  const frame = await pngBase64(320, 320);
  const jpg = await jpegBase64(400, 320);
  const mask = await maskBase64(320, 320);
  images = [frame, jpg, mask];
  seeds = [
    { model_name: "kling-v1-6", image: frame, prompt: "a boat", duration: "5", external_task_id: "mb-seed" },
    { model_name: "kling-v1", image: frame, static_mask: mask, dynamic_masks: [{ mask, trajectories: [{ x: 10, y: 10 }, { x: 200, y: 200 }] }] },
    { model_name: "kling-v2-1", image: jpg, image_tail: jpg, prompt: "turn", mode: "pro" },
    { model_name: "kling-v1", image: frame, camera_control: { type: "simple", config: { zoom: 5 } } },
    { model_name: "kling-v1-6", image_list: [{ image: frame }, { image: jpg }], prompt: "merge" },
  ];
});
afterAll(() => vi.restoreAllMocks());

describe("fuzzing the create route", () => {
  it(`gives ${N} mutated bodies no 5xx, always the envelope, and lets nothing invalid reach the upstream`, { timeout: 120_000 }, async () => {
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    let checked = 0;
    for (let i = 0; i < N; i++) {
      const base = pick(seeds);
      const kind = "image_list" in base ? "multi-image2video" : "image2video";
      const body = mutate(base);
      const before = reached.length;
      const res = await respond("fuzz", () =>
        createTask(deps, kind, new Request(`http://app.test/api/kling/v1/videos/${kind}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: typeof body === "string" ? body : JSON.stringify(body),
        })),
      );
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `case ${i}`).toBeLessThan(500);
      const env = (await res.json()) as Record<string, unknown>;
      expect(typeof env.code === "number" && typeof env.message === "string" && typeof env.request_id === "string", `case ${i}`).toBe(true);
      if (reached.length > before) {
        checked++;
        const problem = await oracle(kind, reached.at(-1)!.body);
        if (problem) bad.push(`case ${i}: ${problem}`);
      }
    }
    expect(bad).toEqual([]);
    // The fuzz must exercise both outcomes, or it proves nothing.
    expect(checked).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(N / 2);
    console.log(`fuzz: ${N} bodies, ${checked} reached the backend and passed the oracle, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });
});

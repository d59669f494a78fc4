// The gaps fuzzing found: each must be refused by the gateway with a field-named 400 before any paid call.
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { crc32, deflateSync } from "node:zlib";
import { createTask, type TaskBackend } from "./gateway";
import { jpegBase64, maskBase64, pngBase64 } from "@/lib/testing/images";

const calls: unknown[] = [];
const backend: TaskBackend = {
  async createTask(_k, body) {
    calls.push(body);
    return { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: {} } };
  },
  async getTask() {
    throw new Error("unused");
  },
  async listTasks() {
    throw new Error("unused");
  },
};
const deps = { config: { bodyLimitBytes: 32 * 1024 * 1024, problems: [] }, backend };
const post = (body: unknown) =>
  new Request("http://app.test/api/kling/v1/videos/image2video", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function refused(body: Record<string, unknown>, path: string, message: RegExp) {
  const before = calls.length;
  const res = await createTask(deps, "image2video", post(body));
  expect(res.status, JSON.stringify(res.envelope)).toBe(400);
  expect(res.envelope.errors?.find((e) => e.path === path)?.message ?? JSON.stringify(res.envelope.errors)).toMatch(message);
  expect(calls.length).toBe(before);
}
async function accepted(body: Record<string, unknown>) {
  const res = await createTask(deps, "image2video", post(body));
  expect(res.status, JSON.stringify(res.envelope)).toBe(200);
}

/** A PNG whose IHDR claims another size (with a correct CRC, so only the numbers lie). */
function pngWithSize(b64: string, width: number, height: number): string {
  const buf = Buffer.from(b64, "base64");
  buf.writeUInt32BE(width, 16);
  buf.writeUInt32BE(height, 20);
  buf.writeUInt32BE(crc32(buf.subarray(12, 29)) >>> 0, 29);
  return buf.toString("base64");
}

let frame: string;
let jpeg: string;
let mask: string;
beforeAll(async () => {
  frame = await pngBase64(640, 360);
  jpeg = await jpegBase64(640, 360);
  mask = await maskBase64(640, 360);
});

describe("images whose headers lie or that are cut short", () => {
  it("refuses a PNG whose header claims 0x0", async () => {
    await refused({ image: pngWithSize(frame, 0, 0), prompt: "p" }, "image", /no usable pixel size.*0x0/);
  });
  it("refuses a PNG whose header claims an absurd size", async () => {
    await refused({ image: pngWithSize(frame, 100_000, 100_000), prompt: "p" }, "image", /implausible size/);
  });
  it("refuses a JPEG whose size marker says 0x0", async () => {
    const buf = Buffer.from(jpeg, "base64");
    const sof = buf.findIndex((b, i) => b === 0xff && (buf[i + 1] === 0xc0 || buf[i + 1] === 0xc2));
    buf.writeUInt16BE(0, sof + 5);
    buf.writeUInt16BE(0, sof + 7);
    await refused({ image: buf.toString("base64"), prompt: "p" }, "image", /0x0|cannot be read/);
  });
  it("refuses truncated PNG and JPEG files", async () => {
    const cut = (b64: string) => Buffer.from(b64, "base64").subarray(0, 600).toString("base64");
    await refused({ image: cut(frame), prompt: "p" }, "image", /truncated/);
    await refused({ image: cut(jpeg), prompt: "p" }, "image", /truncated/);
  });
  it("still accepts whole PNG and JPEG files", async () => {
    await accepted({ image: frame, prompt: "p" });
    await accepted({ image: jpeg, prompt: "p" });
  });
});

describe("masks", () => {
  const brush = (m: string) => ({ image: frame, prompt: "p", static_mask: m });
  it("refuses a JPEG mask", async () => {
    await refused(brush(await jpegBase64(640, 360)), "static_mask", /must be a PNG/);
  });
  it("refuses grey, all-black and all-white masks, and accepts black and white", async () => {
    await refused(brush(await maskBase64(640, 360, (x) => (x < 320 ? 0 : 128))), "static_mask", /only black \(0\) and white \(255\)/);
    await refused(brush(await maskBase64(640, 360, () => 0)), "static_mask", /all black/);
    await refused(brush(await maskBase64(640, 360, () => 255)), "static_mask", /all white/);
    await accepted(brush(mask));
  });
  it("refuses a coloured RGB mask and a mask with alpha", async () => {
    const rgb = (await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer()).toString("base64");
    await refused(brush(rgb), "static_mask", /only black|all/);
    const rgba = (await sharp({ create: { width: 640, height: 360, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0.5 } } }).png().toBuffer()).toString("base64");
    await refused(brush(rgba), "static_mask", /no alpha/);
  });
  it("refuses a mask whose pixel data inflates past its header's size (a zip bomb) without inflating it all", async () => {
    const good = Buffer.from(mask, "base64");
    const ihdr = good.subarray(8, 33);
    const bomb = deflateSync(Buffer.alloc(48 * 1024 * 1024));
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      return Buffer.concat([len, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([good.subarray(0, 8), ihdr, chunk("IDAT", bomb), chunk("IEND", Buffer.alloc(0))]);
    await refused(brush(png.toString("base64")), "static_mask", /corrupt or truncated|truncated/);
  });
});

describe("text fields", () => {
  it("accepts URL schemes in any case and refuses other schemes", async () => {
    await accepted({ image: "HTTPS://cdn.example.com/a.png", prompt: "p" });
    await accepted({ image: "Http://cdn.example.com/a.png", prompt: "p" });
    await refused({ image: "FTP://cdn.example.com/a.png" }, "image", /http\(s\) URL/);
    await refused({ image: "JavaScript://%0aalert(1)" }, "image", /http\(s\) URL/);
    await refused({ image: "https://cdn.exa\nmple.com/a.png" }, "image", /URL|base64/);
  });
  it("counts the prompt by code points, as the browser's counter does", async () => {
    await accepted({ image: frame, prompt: "🙂".repeat(2500) });
    await refused({ image: frame, prompt: "🙂".repeat(2501) }, "prompt", /at most 2500/);
  });
  it("refuses control characters or excess length in external_task_id and callback_url", async () => {
    await refused({ image: frame, prompt: "p", external_task_id: "job\u0000one" }, "external_task_id", /control characters/);
    await refused({ image: frame, prompt: "p", external_task_id: "x".repeat(257) }, "external_task_id", /at most 256/);
    await refused({ image: frame, prompt: "p", callback_url: "https://hooks.example.com/\tcb" }, "callback_url", /control characters/);
    await refused({ image: frame, prompt: "p", callback_url: `https://hooks.example.com/${"a".repeat(2100)}` }, "callback_url", /at most 2048/);
    await accepted({ image: frame, prompt: "p", external_task_id: "mb-2026-ok", callback_url: "https://hooks.example.com/cb?x=1" });
  });
});

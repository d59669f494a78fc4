import "server-only";
// Reads a mask PNG's pixels on the server: the project's encoding is an opaque 8-bit greyscale (or RGB) PNG
// holding only black (still background) and white (brushed), with something of each (kling-api.md section 5).
// Inflating runs on libuv's thread pool; un-filtering yields between row batches, so a big mask never stalls.
import { promisify } from "node:util";
import { inflate } from "node:zlib";

const inflateAsync = promisify(inflate);
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type MaskVerdict =
  | { ok: true; width: number; height: number }
  | { ok: false; message: string };

interface Chunks {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  idat: Buffer[];
  ended: boolean;
}

function readChunks(png: Buffer): Chunks | string {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return "must be a PNG image (the project's mask encoding)";
  const out: Chunks = { width: 0, height: 0, bitDepth: 0, colorType: 0, interlace: 0, idat: [], ended: false };
  let at = 8;
  while (at + 12 <= png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (at + 12 + len > png.length) return "is truncated (a chunk runs past the end of the data)";
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") {
      out.width = data.readUInt32BE(0);
      out.height = data.readUInt32BE(4);
      out.bitDepth = data[8]!;
      out.colorType = data[9]!;
      out.interlace = data[12]!;
    } else if (type === "IDAT") out.idat.push(data);
    else if (type === "IEND") {
      out.ended = true;
      break;
    }
    at += 12 + len;
  }
  if (!out.ended) return "is truncated (no IEND chunk)";
  return out;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Reverses one row's PNG filter into `cur` (bytes wrap mod 256, as Uint8Array stores them). One loop per filter. */
function unfilterRow(filter: number, row: Uint8Array, prev: Uint8Array, cur: Uint8Array, bpp: number) {
  const n = row.length;
  switch (filter) {
    case 0:
      cur.set(row);
      return;
    case 1:
      for (let x = 0; x < bpp; x++) cur[x] = row[x]!;
      for (let x = bpp; x < n; x++) cur[x] = row[x]! + cur[x - bpp]!;
      return;
    case 2:
      for (let x = 0; x < n; x++) cur[x] = row[x]! + prev[x]!;
      return;
    case 3:
      for (let x = 0; x < bpp; x++) cur[x] = row[x]! + (prev[x]! >> 1);
      for (let x = bpp; x < n; x++) cur[x] = row[x]! + ((cur[x - bpp]! + prev[x]!) >> 1);
      return;
    default:
      for (let x = 0; x < bpp; x++) cur[x] = row[x]! + paeth(0, prev[x]!, 0);
      for (let x = bpp; x < n; x++) {
        // paeth(a, b, c) inlined: p - a = b - c, p - b = a - c, p - c = a + b - 2c.
        const a = cur[x - bpp]!;
        const b = prev[x]!;
        const c = prev[x - bpp]!;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - c - c);
        cur[x] = row[x]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The index of the first byte of a pixel that is not pure black or pure white, or -1. */
function firstNotBlackOrWhite(row: Uint8Array, channels: number): number {
  const n = row.length;
  if (channels === 1) {
    for (let x = 0; x < n; x++) {
      const v = row[x]!;
      if (v !== 0 && v !== 255) return x;
    }
    return -1;
  }
  for (let x = 0; x < n; x += 3) {
    const v = row[x]!;
    if ((v !== 0 && v !== 255) || row[x + 1] !== v || row[x + 2] !== v) return x;
  }
  return -1;
}

/** Checks a mask PNG against the expected pixel size and the black/white encoding. */
export async function checkMaskPng(png: Buffer, expected: { width: number; height: number } | null): Promise<MaskVerdict> {
  const c = readChunks(png);
  if (typeof c === "string") return { ok: false, message: c };
  if (c.width === 0 || c.height === 0) return { ok: false, message: "has no pixels (its header says 0x0)" };
  if (expected && (c.width !== expected.width || c.height !== expected.height)) {
    return { ok: false, message: `must have exactly the image's pixel size ${expected.width}x${expected.height} (got ${c.width}x${c.height})` };
  }
  const channels = c.colorType === 0 ? 1 : c.colorType === 2 ? 3 : 0;
  if (c.bitDepth !== 8 || channels === 0 || c.interlace !== 0) {
    return { ok: false, message: "must be an 8-bit greyscale or RGB PNG with no alpha, not interlaced" };
  }
  const stride = c.width * channels;
  const expectedBytes = (stride + 1) * c.height;
  let raw: Buffer;
  try {
    // The size is known from the header: anything larger is a decompression bomb and stops there.
    raw = await inflateAsync(Buffer.concat(c.idat), { maxOutputLength: expectedBytes + 1 });
  } catch {
    return { ok: false, message: "is corrupt or truncated (its pixel data does not inflate to the size in its header)" };
  }
  if (raw.length !== expectedBytes) return { ok: false, message: "is truncated (its pixel data is shorter than its header says)" };

  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  let black = false;
  let white = false;
  for (let y = 0; y < c.height; y++) {
    if (y % 256 === 255) await tick();
    const base = y * (stride + 1);
    const filter = raw[base]!;
    if (filter > 4) return { ok: false, message: "is corrupt (unknown PNG row filter)" };
    unfilterRow(filter, raw.subarray(base + 1, base + 1 + stride), prev, cur, channels);
    const bad = firstNotBlackOrWhite(cur, channels);
    if (bad >= 0) {
      return { ok: false, message: `must hold only black (0) and white (255) pixels; found grey or colour at (${bad / channels}, ${y})` };
    }
    if (!black || !white) {
      for (let x = 0; x < stride; x += channels) {
        if (cur[x] === 0) black = true;
        else white = true;
      }
    }
    [prev, cur] = [cur, prev];
  }
  if (!white) return { ok: false, message: "is all black: it marks no area (paint the area in white)" };
  if (!black) return { ok: false, message: "is all white: it marks the whole image, leaving no background" };
  return { ok: true, width: c.width, height: c.height };
}

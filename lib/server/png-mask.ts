import "server-only";
// Reads a mask PNG's pixels on the server: the project's encoding is an opaque 8-bit greyscale (or RGB) PNG
// holding only black (still background) and white (brushed), with something of each (kling-api.md section 5).
// Inflating is native (node:zlib) and bounded by the header's size; rows are scanned four bytes at a time.
// Synchronous: large bodies are checked in a worker thread (create-pool.ts), small ones inline.
import { inflateSync } from "node:zlib";
import { coded, type CodedMessage } from "@/lib/kling/field-codes";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type MaskVerdict =
  | { ok: true; width: number; height: number }
  | ({ ok: false } & CodedMessage);

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

/** The index of the first byte of a pixel that is not pure black or pure white, or -1 (byte by byte). */
function firstNotBlackOrWhite(row: Uint8Array, n: number, channels: number): number {
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

/** What one row holds, read four bytes at a time: a byte is 0 or 255 exactly when its eight bits are equal. */
interface RowScan {
  /** Every byte is 0 or 255. */
  binary: boolean;
  /** Some byte is 255 / some byte is 0 (meaningful when binary). */
  white: boolean;
  black: boolean;
}

function scanRow(cur: Uint8Array, words: Uint32Array, n: number): RowScan {
  const whole = n >> 2;
  let mixed = 0;
  let any = 0;
  let all = -1;
  for (let i = 0; i < whole; i++) {
    const w = words[i]!;
    // Bit k of each byte against bit k+1 of the same byte (the mask keeps the shift inside the byte).
    mixed |= (w ^ (w >>> 1)) & 0x7f7f7f7f;
    any |= w;
    all &= w;
  }
  let white = any !== 0;
  let black = all !== -1;
  for (let x = whole << 2; x < n; x++) {
    const v = cur[x]!;
    if (v !== 0 && v !== 255) mixed = 1;
    if (v === 255) white = true;
    else black = true;
  }
  return { binary: mixed === 0, white, black };
}

/** In an RGB row whose bytes are all 0 or 255: the byte index of the first pixel whose channels differ, or -1. */
function firstColoured(cur: Uint8Array, n: number): number {
  for (let x = 0; x < n; x += 3) if (cur[x] !== cur[x + 1] || cur[x] !== cur[x + 2]) return x;
  return -1;
}

/**
 * The common case, read in one pass over the inflated data: a greyscale mask whose rows are all unfiltered (filter
 * byte 0, as the app and most encoders write a two-valued image). Every byte, filter bytes included, must then be
 * 0 or 255; white is any 255; black is a 0 inside a row, found with native searches. "rows" when a row is filtered
 * or a byte is grey (the row-by-row pass then unfilters and names the first grey pixel).
 */
function scanUnfilteredGrey(raw: Buffer, stride: number, height: number): "ok" | "allBlack" | "allWhite" | "rows" {
  const rowBytes = stride + 1;
  for (let y = 0; y < height; y++) if (raw[y * rowBytes] !== 0) return "rows";
  // Word reads need an aligned start (inflate's output always has one).
  if ((raw.byteOffset & 3) !== 0) return "rows";
  const scan = scanRow(raw, new Uint32Array(raw.buffer, raw.byteOffset, raw.length >> 2), raw.length);
  if (!scan.binary) return "rows";
  // Filter bytes are 0: a 255 is a white pixel, but a 0 may not be a black one.
  if (!scan.white) return "allBlack";
  for (let y = 0; y < height; y++) {
    const start = y * rowBytes + 1;
    const zero = raw.indexOf(0, start);
    if (zero >= 0 && zero < start + stride) return "ok";
  }
  return "allWhite";
}

/** Checks a mask PNG against the expected pixel size and the black/white encoding. */
export function checkMaskPngSync(png: Buffer, expected: { width: number; height: number } | null): MaskVerdict {
  const c = readChunks(png);
  if (typeof c === "string") return { ok: false, code: c.startsWith("is truncated") ? "image.truncated" : "image.corrupt", message: c };
  if (c.width === 0 || c.height === 0) return { ok: false, ...coded("mask.noPixels") };
  if (expected && (c.width !== expected.width || c.height !== expected.height)) {
    return { ok: false, ...coded("mask.size", { width: expected.width, height: expected.height, maskWidth: c.width, maskHeight: c.height }) };
  }
  const channels = c.colorType === 0 ? 1 : c.colorType === 2 ? 3 : 0;
  if (c.bitDepth !== 8 || channels === 0 || c.interlace !== 0) {
    return { ok: false, ...coded("mask.format") };
  }
  const stride = c.width * channels;
  const expectedBytes = (stride + 1) * c.height;
  let raw: Buffer;
  try {
    // The size is known from the header: anything larger is a decompression bomb and stops there.
    raw = inflateSync(c.idat.length === 1 ? c.idat[0]! : Buffer.concat(c.idat), {
      maxOutputLength: expectedBytes + 1,
      // One output buffer of the known size: no list of 16 KB pieces joined at the end.
      chunkSize: Math.max(64 * 1024, expectedBytes + 1),
    });
  } catch {
    return { ok: false, code: "image.corrupt", message: "is corrupt or truncated (its pixel data does not inflate to the size in its header)" };
  }
  if (raw.length !== expectedBytes) return { ok: false, code: "image.truncated", message: "is truncated (its pixel data is shorter than its header says)" };

  if (channels === 1) {
    const whole = scanUnfilteredGrey(raw, stride, c.height);
    if (whole === "allBlack" || whole === "allWhite") return { ok: false, ...coded(whole === "allBlack" ? "mask.allBlack" : "mask.allWhite") };
    if (whole === "ok") return { ok: true, width: c.width, height: c.height };
    // Filtered rows, or a grey pixel to find: row by row below.
  }
  // Rows are un-filtered into word-aligned buffers (a "None" row is one native copy) and scanned as 32-bit words.
  const padded = (stride + 3) & ~3;
  let prevBuf = new ArrayBuffer(padded);
  let curBuf = new ArrayBuffer(padded);
  let black = false;
  let white = false;
  for (let y = 0; y < c.height; y++) {
    const base = y * (stride + 1);
    const filter = raw[base]!;
    if (filter > 4) return { ok: false, code: "image.corrupt", message: "is corrupt (unknown PNG row filter)" };
    const cur = new Uint8Array(curBuf, 0, stride);
    unfilterRow(filter, raw.subarray(base + 1, base + 1 + stride), new Uint8Array(prevBuf, 0, stride), cur, channels);
    const scan = scanRow(cur, new Uint32Array(curBuf, 0, stride >> 2), stride);
    const bad = !scan.binary ? firstNotBlackOrWhite(cur, stride, channels) : channels === 3 ? firstColoured(cur, stride) : -1;
    if (bad >= 0) {
      return { ok: false, ...coded("mask.grey", { x: bad / channels, y }) };
    }
    black ||= scan.black;
    white ||= scan.white;
    [prevBuf, curBuf] = [curBuf, prevBuf];
  }
  if (!white) return { ok: false, ...coded("mask.allBlack") };
  if (!black) return { ok: false, ...coded("mask.allWhite") };
  return { ok: true, width: c.width, height: c.height };
}

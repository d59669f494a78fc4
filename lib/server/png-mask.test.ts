// The mask check across row filters (None, Sub, Up) and sizes: every rule, and where a grey pixel is.
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkMaskPngSync } from "./png-mask";

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
}

/** An 8-bit grey PNG of these pixels, every row written with `filter` (0 None, 1 Sub, 2 Up). */
function greyPng(width: number, height: number, px: (x: number, y: number) => number, filter: 0 | 1 | 2): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (width + 1);
    raw[at] = filter;
    for (let x = 0; x < width; x++) {
      const v = px(x, y);
      const ref = filter === 1 ? (x > 0 ? px(x - 1, y) : 0) : filter === 2 ? (y > 0 ? px(x, y - 1) : 0) : 0;
      raw[at + 1 + x] = (v - ref) & 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grey
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const FILTERS = [0, 1, 2] as const;
const SIZES = [
  [1, 1],
  [3, 2],
  [7, 5],
  [64, 9],
] as const;

describe("mask PNG check", () => {
  it.each(FILTERS)("accepts black and white, whatever the size (filter %i)", (filter) => {
    for (const [w, h] of SIZES) {
      if (w * h < 2) continue;
      const png = greyPng(w, h, (x, y) => ((x + y) % 2 ? 255 : 0), filter);
      expect(checkMaskPngSync(png, null)).toEqual({ ok: true, width: w, height: h });
    }
  });

  it.each(FILTERS)("names the first grey pixel, all black, all white (filter %i)", (filter) => {
    for (const [w, h] of SIZES) {
      const gx = w - 1;
      const gy = h - 1;
      const grey = checkMaskPngSync(greyPng(w, h, (x, y) => (x === gx && y === gy ? 128 : x % 2 ? 255 : 0), filter), null);
      expect(grey).toMatchObject({ ok: false, code: "mask.grey", params: { x: gx, y: gy } });
      expect(checkMaskPngSync(greyPng(w, h, () => 0, filter), null)).toMatchObject({ ok: false, code: "mask.allBlack" });
      expect(checkMaskPngSync(greyPng(w, h, () => 255, filter), null)).toMatchObject({ ok: false, code: "mask.allWhite" });
    }
  });

  it("finds black anywhere in an otherwise white unfiltered mask, and none in the filter bytes", () => {
    const onlyLast = greyPng(64, 9, (x, y) => (x === 63 && y === 8 ? 0 : 255), 0);
    expect(checkMaskPngSync(onlyLast, null)).toMatchObject({ ok: true });
    const onlyFirst = greyPng(64, 9, (x, y) => (x === 0 && y === 0 ? 0 : 255), 0);
    expect(checkMaskPngSync(onlyFirst, null)).toMatchObject({ ok: true });
  });

  it("reads masks of one to three pixels (fewer bytes than one 4-byte word)", () => {
    for (const w of [1, 2, 3]) {
      expect(checkMaskPngSync(greyPng(w, 1, (x) => (x % 2 ? 0 : 255), 0), null)).toMatchObject(w === 1 ? { code: "mask.allWhite" } : { ok: true });
      expect(checkMaskPngSync(greyPng(w, 1, () => 0, 0), null)).toMatchObject({ ok: false, code: "mask.allBlack" });
      expect(checkMaskPngSync(greyPng(w, 1, (x) => (x === w - 1 ? 7 : 255), 0), null)).toMatchObject({ code: "mask.grey", params: { x: w - 1, y: 0 } });
    }
  });
});

import { inflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeMaskPng, maskByte } from "./mask-png";
import { emptyMask, rasteriseLayer } from "./raster";
import { RunDeflater, huffmanLengths } from "./run-deflate";

async function decode(png: Uint8Array) {
  // sharp widens greyscale to sRGB on output: read back the one channel.
  const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, info };
}

describe("run deflate", () => {
  it("produces a zlib stream that zlib inflates back to the runs", () => {
    const z = new RunDeflater();
    const runs: [number, number][] = [[0, 1], [0, 1000], [255, 3], [7, 1], [7, 2], [255, 600], [0, 259], [9, 2]];
    for (const [v, n] of runs) z.run(v, n);
    const expected = Buffer.concat(runs.map(([v, n]) => Buffer.alloc(n, v)));
    expect(Buffer.from(inflateSync(z.finish()))).toEqual(expected);
  });

  it("limits code lengths even for very skewed frequencies", () => {
    const fib = [1, 1];
    while (fib.length < 30) fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
    const lengths = huffmanLengths(fib, 15);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(15);
    expect(lengths.reduce((s, l) => s + 2 ** -l, 0)).toBeCloseTo(1, 9); // complete code
  });
});

describe("mask PNG", () => {
  it("white is the brushed value, black the rest", () => {
    expect(maskByte(true)).toBe(255);
    expect(maskByte(false)).toBe(0);
  });

  it("is an opaque 8-bit greyscale PNG of exactly the mask's size with only 0 and 255", async () => {
    const mask = rasteriseLayer([{ id: "s", tool: "brush", radius: 30, points: [100, 100, 400, 250] }], { width: 640, height: 360 });
    const png = encodeMaskPng(mask);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: "png", width: 640, height: 360, channels: 1, hasAlpha: false, depth: "uchar" });
    const { data } = await decode(png);
    expect(new Set(data)).toEqual(new Set([0, 255]));
    expect(data[250 * 640 + 400]).toBe(255);
    expect(data[10 * 640 + 600]).toBe(0);
  });

  it("encodes an empty mask as all black", async () => {
    const { data } = await decode(encodeMaskPng(emptyMask({ width: 301, height: 300 })));
    expect(data.length).toBe(301 * 300);
    expect(data.every((v) => v === 0)).toBe(true);
  });

  it("stays small and fast for a 4096x4096 frame", () => {
    const mask = rasteriseLayer([{ id: "s", tool: "brush", radius: 900, points: [2048, 2048] }], { width: 4096, height: 4096 });
    const png = encodeMaskPng(mask);
    expect(png.length).toBeLessThan(100_000);
    expect(inflateSync(png.subarray(41, png.length - 16)).length).toBe(4097 * 4096);
  });
});

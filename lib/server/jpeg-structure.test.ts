// The JPEG structure walk that stands in for a full decode of a frame: whole files pass (baseline, progressive,
// with EXIF), and what a decoder would refuse is refused without decoding.
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { jpegStructureProblem } from "./jpeg-structure";

async function noisyJpeg(progressive = false): Promise<Buffer> {
  const width = 320;
  const height = 240;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 3;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90, progressive }).withMetadata().toBuffer();
}

/** Offset of the first segment with this marker. */
function segment(buf: Buffer, marker: number): number {
  let at = 2;
  while (at < buf.length) {
    if (buf[at + 1] === marker) return at;
    at += 2 + buf.readUInt16BE(at + 2);
  }
  throw new Error(`no marker ${marker.toString(16)}`);
}

const decodes = (buf: Buffer) =>
  sharp(buf, { failOn: "truncated" })
    .raw()
    .toBuffer()
    .then(() => true, () => false);

describe("the JPEG structure walk", () => {
  it("passes whole baseline and progressive files", async () => {
    expect(jpegStructureProblem(await noisyJpeg())).toBeNull();
    expect(jpegStructureProblem(await noisyJpeg(true))).toBeNull();
  });

  it("refuses a file cut short, and one cut short with an end marker put back", async () => {
    const whole = await noisyJpeg();
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect(jpegStructureProblem(cut)).toMatch(/truncated/);
    // Cut inside the header tables and closed with EOI: nothing a decoder could read.
    const early = Buffer.concat([whole.subarray(0, segment(whole, 0xc4) + 6), Buffer.from([0xff, 0xd9])]);
    expect(jpegStructureProblem(early)).not.toBeNull();
    expect(await decodes(early)).toBe(false);
  });

  it("refuses broken tables as libjpeg does", async () => {
    const whole = await noisyJpeg();
    const huff = Buffer.from(whole);
    // Every code length count set to 255: no prefix code has that many codes.
    const dht = segment(huff, 0xc4);
    for (let l = 1; l <= 16; l++) huff[dht + 4 + l] = 255;
    expect(jpegStructureProblem(huff)).toMatch(/Huffman/);
    expect(await decodes(huff)).toBe(false);

    const quant = Buffer.from(whole);
    quant[segment(quant, 0xdb) + 4] = 0x29; // precision 2, table 9: neither exists
    expect(jpegStructureProblem(quant)).toMatch(/quantisation/);
    expect(await decodes(quant)).toBe(false);
  });

  it("refuses a scan before the frame header, and data that is not a JPEG", async () => {
    const whole = await noisyJpeg();
    const sof = segment(whole, 0xc0);
    const sofLen = 2 + whole.readUInt16BE(sof + 2);
    const noFrame = Buffer.concat([whole.subarray(0, sof), whole.subarray(sof + sofLen)]);
    expect(jpegStructureProblem(noFrame)).toMatch(/before the frame header/);
    expect(jpegStructureProblem(Buffer.from("not a jpeg at all"))).toMatch(/does not start as a JPEG/);
  });
});

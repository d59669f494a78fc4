// Masks as Kling receives them: an opaque 8-bit greyscale PNG, raw base64. The pixel values are decided in
// ONE place, `maskByte` (kling-api.md section 5: no source says which value marks the area; ours is white).
import { RunDeflater } from "./run-deflate";
import type { SpanMask } from "./raster";

/** THE mask encoding: brushed = white (255), everything else = black (0). Change it here only. */
export function maskByte(brushed: boolean): 0 | 255 {
  return brushed ? 255 : 0;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG bytes of a mask: width x height, 8-bit greyscale, no alpha, filter "None" on every row. */
export function encodeMaskPng(mask: SpanMask): Uint8Array {
  const { width, height } = mask;
  const on = maskByte(true);
  const off = maskByte(false);
  const z = new RunDeflater();
  for (let row = 0; row < height; row++) {
    z.run(0, 1); // filter type: None
    const spans = mask.rows[row];
    let x = 0;
    if (spans) {
      for (let i = 0; i < spans.length; i += 2) {
        z.run(off, spans[i]! - x);
        z.run(on, spans[i + 1]! - spans[i]!);
        x = spans[i + 1]!;
      }
    }
    z.run(off, width - x);
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: greyscale
  const parts = [SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", z.finish()), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Standard base64 without a data: prefix (what Kling's `static_mask` and `dynamic_masks[].mask` take). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

// Round-trip fuzz of the hand-written deflate (code review 4): random run sequences, seeded so a failure
// reproduces, must inflate (node's zlib) back to exactly the bytes they stand for.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { RunDeflater } from "./run-deflate";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("run deflate round trip (fuzz)", () => {
  it("inflates 300 random run sequences back to their bytes", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = rng(seed);
      const z = new RunDeflater();
      const parts: Buffer[] = [];
      const count = 1 + Math.floor(rand() * 60);
      for (let i = 0; i < count; i++) {
        // Mostly mask-like values (0, 255, filter bytes), sometimes any byte; lengths from 1 to past 258 and 32 K.
        const r = rand();
        const value = r < 0.45 ? 0 : r < 0.9 ? 255 : Math.floor(rand() * 256);
        const l = rand();
        const n = l < 0.5 ? 1 + Math.floor(rand() * 10) : l < 0.9 ? 1 + Math.floor(rand() * 600) : 1 + Math.floor(rand() * 70_000);
        z.run(value, n);
        parts.push(Buffer.alloc(n, value));
      }
      const out = Buffer.from(inflateSync(z.finish()));
      const expected = Buffer.concat(parts);
      if (!out.equals(expected)) expect({ seed, length: out.length }).toEqual({ seed, length: expected.length });
      expect(out.equals(expected)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { isRawBase64, isRawBase64ByRegex } from "./schemas";

// The fast check (a decode whose length must match) must agree with the regex on every input.
describe("isRawBase64 (decode-length check)", () => {
  it("agrees with the regex on hand-picked edge cases", () => {
    const cases = ["", "=", "==", "===", "====", "A", "AB", "ABC", "ABCD", "AB==", "ABC=", "A===", "AB=C", "A=BC", "=ABC",
      "AB-_", "AB+/", "ab c", "ab\nc", "abc\u00e9", "abc\u4e00", "ABCDAB==", "AB==ABCD", "ABCD====", "QQ==", "QR==", "\u0000AAA", "AAA\u0000"];
    for (const s of cases) expect(isRawBase64(s), JSON.stringify(s)).toBe(isRawBase64ByRegex(s));
  });

  it("agrees with the regex on random strings over a tricky alphabet", () => {
    const alphabet = ["A", "z", "0", "9", "+", "/", "=", "-", "_", " ", "\n", "\t", ".", "é", "\u4e00", "\u0000", "\ud83d"];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let k = 0; k < 20000; k++) {
      const len = 4 * (1 + rnd(4)) - (rnd(5) === 0 ? rnd(4) : 0);
      let s = "";
      for (let i = 0; i < len; i++) s += rnd(3) === 0 ? alphabet[rnd(alphabet.length)] : "QUJDRA"[rnd(6)];
      expect(isRawBase64(s), JSON.stringify(s)).toBe(isRawBase64ByRegex(s));
    }
  });

  it("accepts real base64 of random bytes of every length", () => {
    for (let n = 1; n < 200; n++) {
      const s = Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + n) & 255)).toString("base64");
      expect(isRawBase64(s)).toBe(true);
      expect(isRawBase64(s.slice(0, -1) + "-")).toBe(false);
    }
  });
});

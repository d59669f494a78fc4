// A small zlib (RFC 1950/1951) encoder for data given as runs of equal bytes, as mask scanlines are.
// Each run becomes one literal and length-258 copies at distance 1, coded with a dynamic Huffman block,
// so the cost follows the number of runs, not the number of bytes. (CompressionStream measured 100+ ms
// per 4096x4096 mask in Chromium here; this takes a few ms.)

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const MOD_ADLER = 65521;

/** Length symbol index (0..28) for a copy of 3..258 bytes. */
const LENGTH_CODE = new Uint8Array(259);
for (let code = 0; code < 29; code++) {
  const base = LENGTH_BASE[code]!;
  const next = code === 28 ? 259 : LENGTH_BASE[code + 1]!;
  for (let len = base; len < next && len <= 258; len++) LENGTH_CODE[len] = code;
}
LENGTH_CODE[258] = 28;

class BitWriter {
  private buf = new Uint8Array(1 << 12);
  private pos = 0;
  private bits = 0;
  private count = 0;

  write(value: number, n: number) {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.byte(this.bits & 0xff);
      this.bits >>>= 8;
      this.count -= 8;
    }
  }
  byte(b: number) {
    if (this.pos === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.pos++] = b;
  }
  flush() {
    if (this.count > 0) this.byte(this.bits & 0xff);
    this.bits = 0;
    this.count = 0;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

/** Huffman code lengths for `freqs`, none longer than `maxBits` (frequencies are flattened until they fit). */
export function huffmanLengths(freqs: readonly number[], maxBits: number): number[] {
  let f = freqs.slice();
  for (;;) {
    const lengths = new Array<number>(f.length).fill(0);
    const used = f.map((v, i) => ({ v, i })).filter((s) => s.v > 0);
    if (used.length === 0) return lengths;
    if (used.length === 1) {
      lengths[used[0]!.i] = 1;
      return lengths;
    }
    // Nodes: leaves carry a symbol, inner nodes two children. O(n^2) is fine for <= 288 symbols.
    type Node = { w: number; sym?: number; kids?: [Node, Node] };
    let nodes: Node[] = used.map((s) => ({ w: s.v, sym: s.i }));
    while (nodes.length > 1) {
      nodes.sort((a, b) => a.w - b.w);
      const [a, b] = nodes as [Node, Node];
      nodes = [{ w: a.w + b.w, kids: [a, b] }, ...nodes.slice(2)];
    }
    let tooLong = false;
    const walk = (n: Node, depth: number) => {
      if (n.kids) {
        walk(n.kids[0], depth + 1);
        walk(n.kids[1], depth + 1);
      } else {
        lengths[n.sym!] = depth;
        if (depth > maxBits) tooLong = true;
      }
    };
    walk(nodes[0]!, 0);
    if (!tooLong) return lengths;
    f = f.map((v) => (v > 0 ? Math.max(1, v >> 1) : 0));
  }
}

/** Canonical codes (RFC 1951 3.2.2), bit-reversed for an LSB-first stream. */
function canonicalCodes(lengths: readonly number[]): number[] {
  const maxLen = Math.max(0, ...lengths);
  const blCount = new Array<number>(maxLen + 1).fill(0);
  for (const l of lengths) if (l > 0) blCount[l]!++;
  const nextCode = new Array<number>(maxLen + 2).fill(0);
  let code = 0;
  for (let bits = 1; bits <= maxLen; bits++) {
    code = (code + blCount[bits - 1]!) << 1;
    nextCode[bits] = code;
  }
  return lengths.map((len) => {
    if (len === 0) return 0;
    const c = nextCode[len]!++;
    let rev = 0;
    for (let i = 0; i < len; i++) rev |= ((c >> i) & 1) << (len - 1 - i);
    return rev;
  });
}

/** Run-length-codes a sequence of code lengths with symbols 16, 17, 18. Returns [symbol, extra] pairs. */
function rleLengths(lengths: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < lengths.length) {
    const l = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === l) run++;
    if (l === 0 && run >= 3) {
      const n = Math.min(run, 138);
      out.push(n >= 11 ? [18, n - 11] : [17, n - 3]);
      i += n;
    } else if (l !== 0 && run >= 4) {
      out.push([l, 0]);
      const n = Math.min(run - 1, 6);
      out.push([16, n - 3]);
      i += 1 + n;
    } else {
      out.push([l, 0]);
      i++;
    }
  }
  return out;
}

/** Collects runs, then writes one dynamic-Huffman block. */
export class RunDeflater {
  // Tokens: a literal byte (0..255), or 256 + copy length (3..258) at distance 1.
  private tokens: number[] = [];
  private prev = -1;
  private a = 1;
  private b = 0;

  /** `count` copies of byte `value`. */
  run(value: number, count: number) {
    if (count <= 0) return;
    // Adler-32 over a run, in closed form.
    this.b = (this.b + count * this.a + value * ((count * (count + 1)) / 2)) % MOD_ADLER;
    this.a = (this.a + count * value) % MOD_ADLER;
    let n = count;
    if (this.prev !== value) {
      this.tokens.push(value);
      this.prev = value;
      n--;
    }
    while (n >= 3) {
      const len = Math.min(n, 258);
      this.tokens.push(256 + len);
      n -= len;
    }
    while (n-- > 0) this.tokens.push(value);
  }

  /** The complete zlib stream. */
  finish(): Uint8Array {
    const litFreq = new Array<number>(286).fill(0);
    for (const t of this.tokens) litFreq[t < 256 ? t : 257 + LENGTH_CODE[t - 256]!]!++;
    litFreq[256] = 1;
    if (litFreq.filter((v) => v > 0).length < 2) litFreq[0] = Math.max(litFreq[0]!, 1);
    const litLen = huffmanLengths(litFreq, 15);
    const distLen = [1]; // only distance 1 is ever used: one code of one bit
    const litCodes = canonicalCodes(litLen);

    let hlit = 286;
    while (hlit > 257 && litLen[hlit - 1] === 0) hlit--;
    const rle = rleLengths([...litLen.slice(0, hlit), ...distLen]);
    const clFreq = new Array<number>(19).fill(0);
    for (const [sym] of rle) clFreq[sym]!++;
    // zlib refuses an incomplete code-length code: make sure it has two symbols.
    if (clFreq.filter((v) => v > 0).length < 2) clFreq[clFreq[0]! > 0 ? 18 : 0]!++;
    const clLen = huffmanLengths(clFreq, 7);
    const clCodes = canonicalCodes(clLen);
    let hclen = 19;
    while (hclen > 4 && clLen[CL_ORDER[hclen - 1]!] === 0) hclen--;

    const w = new BitWriter();
    w.byte(0x78); // deflate, 32K window
    w.byte(0x01); // fastest, check bits
    w.write(1, 1); // final block
    w.write(2, 2); // dynamic Huffman
    w.write(hlit - 257, 5);
    w.write(distLen.length - 1, 5);
    w.write(hclen - 4, 4);
    for (let i = 0; i < hclen; i++) w.write(clLen[CL_ORDER[i]!]!, 3);
    for (const [sym, extra] of rle) {
      w.write(clCodes[sym]!, clLen[sym]!);
      if (sym === 16) w.write(extra, 2);
      else if (sym === 17) w.write(extra, 3);
      else if (sym === 18) w.write(extra, 7);
    }
    for (const t of this.tokens) {
      if (t < 256) {
        w.write(litCodes[t]!, litLen[t]!);
      } else {
        const len = t - 256;
        const code = LENGTH_CODE[len]!;
        w.write(litCodes[257 + code]!, litLen[257 + code]!);
        if (LENGTH_EXTRA[code]! > 0) w.write(len - LENGTH_BASE[code]!, LENGTH_EXTRA[code]!);
        w.write(0, 1); // distance code 0 (distance 1), its one-bit code is 0
      }
    }
    w.write(litCodes[256]!, litLen[256]!);
    w.flush();
    const adler = ((this.b << 16) | this.a) >>> 0;
    w.byte((adler >>> 24) & 0xff);
    w.byte((adler >>> 16) & 0xff);
    w.byte((adler >>> 8) & 0xff);
    w.byte(adler & 0xff);
    return w.bytes().slice();
  }
}

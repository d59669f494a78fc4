import "server-only";
// A JPEG's structure, walked without decoding it: every marker segment in bounds, the tables a decoder needs
// defined and well-formed (libjpeg refuses a file otherwise), each scan's entropy data ending at a marker, and an
// EOI at the end. This is what a full decode would refuse for a frame whose header reads right (truncated,
// cut and padded, tables broken) at a few milliseconds for 10 MB: the entropy data is skipped with a native
// byte search. Bit errors inside entropy data are not seen (decoders only warn of them, as sharp does).

/** A problem in the words of the field messages (without the field name), or null when the walk ends at EOI. */
export function jpegStructureProblem(buf: Uint8Array): string | null {
  const corrupt = (what: string) => `is corrupt: ${what}`;
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) return corrupt("it does not start as a JPEG");
  const quant = new Set<number>();
  const huffDc = new Set<number>();
  const huffAc = new Set<number>();
  let components: { id: number; tq: number }[] | null = null;
  let progressive = false;
  let lossless = false;
  let arithmetic = false;
  let scans = 0;
  let at = 2;
  const u16 = (i: number) => (buf[i]! << 8) | buf[i + 1]!;
  for (;;) {
    if (at >= buf.length) return "is truncated (the file ends before the image does)";
    if (buf[at] !== 0xff) return corrupt("a marker is missing between segments");
    while (at < buf.length && buf[at] === 0xff) at++; // fill bytes
    if (at >= buf.length) return "is truncated (the file ends before the image does)";
    const marker = buf[at++]!;
    if (marker === 0xd9) return components && scans > 0 ? null : corrupt("it ends before any image data");
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0x00 || marker === 0xd8) return corrupt("an unexpected marker");
    if (at + 2 > buf.length) return "is truncated (the file ends before the image does)";
    const len = u16(at);
    if (len < 2 || at + len > buf.length) return "is truncated (a segment runs past the end of the data)";
    const seg = at + 2;
    const end = at + len;
    if (marker === 0xdb) {
      // DQT: one or more tables of 64 values, 8 or 16 bits each.
      for (let p = seg; p < end; ) {
        const pq = buf[p]! >> 4;
        const tq = buf[p]! & 15;
        if (pq > 1 || tq > 3) return corrupt("a quantisation table is malformed");
        p += 1 + 64 * (pq + 1);
        if (p > end) return corrupt("a quantisation table is malformed");
        quant.add(tq);
      }
    } else if (marker === 0xc4) {
      // DHT: class/id, 16 code counts, the symbols; the counts must form a prefix code (libjpeg's own test).
      for (let p = seg; p < end; ) {
        if (p + 17 > end) return corrupt("a Huffman table is malformed");
        const tc = buf[p]! >> 4;
        const th = buf[p]! & 15;
        if (tc > 1 || th > 3) return corrupt("a Huffman table is malformed");
        let total = 0;
        let code = 0;
        for (let l = 1; l <= 16; l++) {
          total += buf[p + l]!;
          code += buf[p + l]!;
          // The next free code must still fit in l bits: no code may be all ones.
          if (total > 0 && code >= 2 ** l) return corrupt("a Huffman table is malformed");
          code *= 2;
        }
        if (total > 256 || p + 17 + total > end) return corrupt("a Huffman table is malformed");
        if (tc === 0) {
          for (let k = 0; k < total; k++) if (buf[p + 17 + k]! > 15) return corrupt("a Huffman table is malformed");
        }
        (tc === 0 ? huffDc : huffAc).add(th);
        p += 17 + total;
      }
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // SOFn: precision, height, width, components with sampling factors and a quantisation table each.
      if (components) return corrupt("it has two frame headers");
      progressive = marker === 0xc2 || marker === 0xc6;
      lossless = marker === 0xc3 || marker === 0xc7;
      arithmetic = marker >= 0xc9;
      const nc = buf[seg + 5]!;
      if (len !== 8 + 3 * nc || nc < 1 || nc > 4) return corrupt("its frame header is malformed");
      components = [];
      for (let k = 0; k < nc; k++) {
        const q = seg + 6 + 3 * k;
        const h = buf[q + 1]! >> 4;
        const v = buf[q + 1]! & 15;
        const tq = buf[q + 2]!;
        if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3) return corrupt("its frame header is malformed");
        components.push({ id: buf[q]!, tq });
      }
    } else if (marker === 0xda) {
      // SOS: each component named in the frame, its tables defined; then entropy data up to the next marker.
      if (!components) return corrupt("image data comes before the frame header");
      const ns = buf[seg]!;
      if (ns < 1 || ns > 4 || len !== 6 + 2 * ns) return corrupt("a scan header is malformed");
      for (let k = 0; k < ns; k++) {
        const id = buf[seg + 1 + 2 * k]!;
        const tables = buf[seg + 2 + 2 * k]!;
        const comp = components.find((c) => c.id === id);
        if (!comp || (!lossless && !quant.has(comp.tq))) return corrupt("a scan names a component or table that is not defined");
        if (arithmetic) continue;
        // Tables 0 and 1 have defaults in libjpeg (Motion-JPEG files leave them out); 2 and 3 must be defined.
        const ss = buf[seg + 1 + 2 * ns]!;
        const ah = buf[seg + 3 + 2 * ns]! >> 4;
        const needsDc = !progressive || (ss === 0 && ah === 0);
        const needsAc = progressive ? ss > 0 : !lossless;
        const dc = tables >> 4;
        const ac = tables & 15;
        if ((needsDc && dc > 1 && !huffDc.has(dc)) || (needsAc && ac > 1 && !huffAc.has(ac)) || dc > 3 || ac > 3) {
          return corrupt("a scan uses a Huffman table that is not defined");
        }
      }
      scans++;
      let p = end;
      for (;;) {
        p = buf.indexOf(0xff, p);
        if (p < 0 || p + 1 >= buf.length) return "is truncated (the file ends before the image does)";
        const next = buf[p + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
          p += next === 0xff ? 1 : 2;
          continue;
        }
        break;
      }
      at = p;
      continue;
    }
    at = end;
  }
}

// Checks on plain values (base64, URLs, text length) that need no schema library: the browser's first load uses
// them (the prompt counter, the frame URL field, pre-flight placeholders); schemas.ts builds its rules on them.
const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

type DecodesBase64 = { from(s: string, encoding: "base64"): { length: number } };
/** Node's Buffer on the server (absent in the browser): its native decoder is ~30x faster than the regex. */
const NodeBuffer = (globalThis as { Buffer?: DecodesBase64 }).Buffer;

/**
 * The same answer as BASE64_RE, by decoding: Node's decoder skips every character outside the base64 alphabet
 * (and stops at an inner "="), so the output is exactly `3 * length / 4 - padding` bytes only when every character
 * before the padding is in the alphabet; "-" and "_" (which it also accepts, as base64url) are ruled out separately.
 */
function decodesExactly(s: string, buffer: DecodesBase64): boolean {
  const known = knownDecoded?.get(s);
  if (known !== undefined) {
    decodedSink?.(s, known);
    return true;
  }
  const pad = s.charCodeAt(s.length - 1) === 61 ? (s.charCodeAt(s.length - 2) === 61 ? 2 : 1) : 0;
  if (pad === s.length) return false;
  const bytes = buffer.from(s, "base64");
  const ok = bytes.length === (s.length / 4) * 3 - pad && s.indexOf("-") < 0 && s.indexOf("_") < 0;
  if (ok) decodedSink?.(s, bytes);
  return ok;
}

let decodedSink: ((s: string, bytes: unknown) => void) | null = null;
let knownDecoded: ReadonlyMap<string, unknown> | null = null;
/**
 * Runs `run` (a schema check) handing every base64 string it decodes, with its bytes, to `sink`: the server's pixel
 * checks then reuse them instead of decoding each image a second time. `known` holds strings already found to be
 * exact standard base64, with their bytes (json-long-strings.ts): those are not decoded again. Synchronous, so no
 * other check interleaves.
 */
export function withDecodedBase64<T>(sink: (s: string, bytes: unknown) => void, run: () => T, known?: ReadonlyMap<string, unknown>): T {
  decodedSink = sink;
  knownDecoded = known ?? null;
  try {
    return run();
  } finally {
    decodedSink = null;
    knownDecoded = null;
  }
}

/** True when `s` is well-formed standard base64 (no data: prefix, no whitespace). */
export function isRawBase64(s: string): boolean {
  if (s.length === 0 || s.length % 4 !== 0) return false;
  return NodeBuffer ? decodesExactly(s, NodeBuffer) : BASE64_RE.test(s);
}

/** The regex form, for tests that compare the two. */
export function isRawBase64ByRegex(s: string): boolean {
  return s.length % 4 === 0 && BASE64_RE.test(s);
}

/** Longest URL accepted for an image or a callback. */
export const MAX_URL_CHARS = 2048;
/** Control characters (and other whitespace): the URL parser would silently drop some of them. */
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControlChars(s: string): boolean {
  return CONTROL_RE.test(s);
}

/** Length as a person counts it: by Unicode code points, so an emoji is one, as in the browser's counter. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

export function isHttpUrl(s: string): boolean {
  if (s.length > MAX_URL_CHARS || !/^https?:\/\//i.test(s) || hasControlChars(s) || /\s/.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

import "server-only";
// Parses a JSON body whose bulk is a few long base64 strings (the images) without turning the whole body into one
// JS string and parsing that: each long string value that is exact standard base64 is lifted out of the bytes
// (one native copy, its base64 decoded once), a unique stand-in takes its place, and only the small text that is
// left goes through JSON.parse. The answer is the value JSON.parse would give for the whole text.
//
// Why it is the same value: outside a string, `"` always opens one, so pairing quotes from the start of the bytes
// finds the same string tokens a JSON tokenizer would (up to where the text stops being JSON). A lifted string holds
// only base64 characters (no quote, backslash or control character), so it and its stand-in are both plain string
// contents, and the text is valid JSON exactly when the small text is. A string that is not exact base64 stays in
// the text and is parsed as usual; so does a long key.
import { isUtf8 } from "node:buffer";
import { randomBytes } from "node:crypto";
import { base64ByteLength } from "@/lib/kling/image-rules";

/** Standard base64 is what the schema asks of an image; Node's decoder also reads these two (base64url). */
const DASH = 0x2d;
const UNDERSCORE = 0x5f;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Past this many strings the rest of the body is left to JSON.parse (a body of tiny strings gains nothing). */
const MAX_STRINGS = 10_000;

export interface ParsedWithLongStrings {
  /** What JSON.parse gives for the whole body (throws as it does when the body is not JSON). */
  value: unknown;
  /** The decoded bytes of every lifted string, by the string itself. */
  decoded: Map<string, Buffer>;
  /** The text that was parsed, with stand-ins for the lifted strings (for counting the keys it writes). */
  text: string;
  /** The bytes are UTF-8 (lifted strings are ASCII, so checking the rest tells). */
  utf8: boolean;
}

/** The decoded bytes when `bytes[from, to)` is exact standard base64 (as value-checks.ts isRawBase64 has it). */
function exactBase64(bytes: Buffer, from: number, to: number): { text: string; data: Buffer } | null {
  if ((to - from) % 4 !== 0) return null;
  const slice = bytes.subarray(from, to);
  if (slice.indexOf(DASH) >= 0 || slice.indexOf(UNDERSCORE) >= 0) return null;
  // A string over ~1 MB leaves Node as an external one-byte string: one copy, and base64 decodes it fastest.
  const text = bytes.toString("latin1", from, to);
  // The decoder skips any character outside the alphabet and stops at an inner "=": only an exact string decodes
  // to exactly this many bytes.
  const data = Buffer.from(text, "base64");
  return data.length === base64ByteLength(text) ? { text, data } : null;
}

/** The index of the quote that closes the string opened at `open`, or -1. */
function closingQuote(bytes: Buffer, open: number): number {
  let close = open;
  for (;;) {
    close = bytes.indexOf(QUOTE, close + 1);
    if (close < 0) return -1;
    let backslashes = 0;
    while (bytes[close - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close;
  }
}

function followedByColon(bytes: Buffer, at: number): boolean {
  while (at < bytes.length) {
    const c = bytes[at]!;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c === 58;
    at++;
  }
  return false;
}

function substitute(value: unknown, lifted: Map<string, string>): unknown {
  if (typeof value === "string") return lifted.get(value) ?? value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = substitute(value[i], lifted);
    return value;
  }
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = substitute(o[k], lifted);
  }
  return value;
}

/** JSON.parse of `bytes` (UTF-8), with string values of at least `minChars` that are exact base64 lifted out. */
export function parseWithLongStrings(bytes: Buffer, minChars: number): ParsedWithLongStrings {
  // 128 random bits a call: a string of the body cannot name a stand-in it does not know.
  const nonce = `lifted-${randomBytes(16).toString("hex")}-`;
  const parts: string[] = [];
  const lifted = new Map<string, string>();
  const decoded = new Map<string, Buffer>();
  let utf8 = true;
  let from = 0;
  let at = 0;
  for (let strings = 0; strings < MAX_STRINGS; strings++) {
    const open = bytes.indexOf(QUOTE, at);
    if (open < 0) break;
    const close = closingQuote(bytes, open);
    if (close < 0) break;
    at = close + 1;
    if (close - open - 1 < minChars || followedByColon(bytes, at)) continue;
    const b64 = exactBase64(bytes, open + 1, close);
    if (!b64) continue;
    const stand = nonce + lifted.size;
    const piece = bytes.subarray(from, open + 1);
    utf8 &&= isUtf8(piece);
    parts.push(piece.toString("utf8"), stand);
    lifted.set(stand, b64.text);
    decoded.set(b64.text, b64.data);
    from = close;
  }
  const rest = bytes.subarray(from);
  utf8 &&= isUtf8(rest);
  parts.push(rest.toString("utf8"));
  const text = parts.join("");
  const value = substitute(JSON.parse(text), lifted);
  return { value, decoded, text, utf8 };
}

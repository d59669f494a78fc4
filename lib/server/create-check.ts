import "server-only";
// Everything a create body is checked for, from the bytes that arrived to a verdict: text, JSON, the shared
// schema, image headers, then pixel data. One function, run inline for small bodies and in a worker thread for
// large ones (create-pool.ts), so both give the same answer.
import { isUtf8 } from "node:buffer";
import type { Catalog } from "@/lib/kling/catalog";
import { KLING_CODES } from "@/lib/kling/errors";
import type { TaskKind } from "@/lib/kling/limits";
import { describeIssues, withDecodedBase64, type FieldIssue } from "@/lib/kling/schemas";
import { checkDecodedImages, validateCreateBody } from "./image-check";
import { parseWithLongStrings, type ParsedWithLongStrings } from "./json-long-strings";

export type CreateVerdict =
  | { ok: false; code: number; message: string; errors: FieldIssue[] }
  | {
      ok: true;
      /**
       * The validated body, where the worker answered with every string over SKELETON_MAX_CHARS replaced by a
       * short stand-in (its fields, never its images: enough for the simulator and the logs, never sent).
       */
      body: Record<string, unknown>;
      /** The bytes that arrived parse to `body` exactly (no repeated key, valid UTF-8): forward them as they are. */
      forwardable: boolean;
      /** When not forwardable: the validated body serialised again, which is what is sent instead. */
      canonical?: Uint8Array;
    };

/** Strings longer than this (images, in practice) leave the worker as a stand-in. */
export const SKELETON_MAX_CHARS = 4096;

/** Counts the keys of every object in a parsed JSON value (the skeleton only: a few hundred values at most). */
function countParsedKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countParsedKeys(v), 0);
  if (typeof value !== "object" || value === null) return 0;
  let n = 0;
  for (const v of Object.values(value)) n += 1 + countParsedKeys(v);
  return n;
}

/**
 * Counts the keys written in JSON text that JSON.parse accepted: every string followed by ":" outside a string.
 * Long strings (the base64 images) are skipped with indexOf, so this costs a fraction of a millisecond per MiB.
 */
function countWrittenKeys(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    const open = text.indexOf('"', i);
    if (open < 0) break;
    let close = open;
    for (;;) {
      close = text.indexOf('"', close + 1);
      if (close < 0) return n; // cannot happen in valid JSON
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
    }
    i = close + 1;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    if (text.charCodeAt(i) === 58) n++;
  }
  return n;
}

/**
 * True when the bytes that arrived can be forwarded as they are: what Kling parses is then exactly what was
 * validated. Not so with a repeated key (JSON.parse keeps the last, another parser may keep the first) or with bytes
 * that are not UTF-8 (decoding replaced them); such a body is serialised again from the validated value instead.
 */
export function forwardableAsSent(bytes: Uint8Array, text: string, parsed: unknown): boolean {
  return isUtf8(bytes) && countWrittenKeys(text) === countParsedKeys(parsed);
}

/** The body with long strings replaced by a stand-in naming their length. */
export function skeletonOf(value: unknown): unknown {
  if (typeof value === "string") return value.length > SKELETON_MAX_CHARS ? `(${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map(skeletonOf);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeletonOf(v)]));
}

const refuse = (code: number, message: string, errors: FieldIssue[]): CreateVerdict => ({ ok: false, code, message, errors });

/** Every check of a create body; `yieldNow` lets an inline caller give other requests a turn between steps. */
export async function checkCreateBytes(
  kind: TaskKind,
  bytes: Uint8Array,
  catalog?: Catalog,
  yieldNow: () => Promise<void> = async () => {},
): Promise<CreateVerdict> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The images are lifted out of the bytes (each decoded once) and only the rest is parsed as text.
  let parsed: ParsedWithLongStrings | null;
  try {
    parsed = parseWithLongStrings(buf, SKELETON_MAX_CHARS);
  } catch {
    return refuse(KLING_CODES.invalidParams, "body: must be valid JSON", [{ path: "(body)", message: "must be valid JSON" }]);
  }
  const { value: json, decoded, utf8 } = parsed;
  // Keys are counted in the small text that was parsed (stand-ins are never keys); then it can be collected.
  const writtenKeys = countWrittenKeys(parsed.text);
  parsed = null;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return refuse(KLING_CODES.invalidParams, "body: must be a JSON object", [{ path: "(body)", message: "must be a JSON object" }]);
  }
  await yieldNow();
  // Images the schema decodes itself (those not lifted) join the lifted ones for the pixel checks (decoded once).
  const keep = (s: string, b: unknown) => {
    if (s.length > SKELETON_MAX_CHARS && Buffer.isBuffer(b)) decoded.set(s, b);
  };
  const valid = withDecodedBase64(keep, () => validateCreateBody(kind, json, catalog), decoded);
  const invalid = (issues: FieldIssue[]) => refuse(KLING_CODES.invalidParamValue, `Invalid request: ${describeIssues(issues)}`, issues);
  if (!valid.ok) return invalid(valid.issues);
  await yieldNow();
  const pixelIssues = await checkDecodedImages(valid.data, decoded);
  decoded.clear();
  if (pixelIssues.length) return invalid(pixelIssues);
  const forwardable = utf8 && writtenKeys === countParsedKeys(json);
  return {
    ok: true,
    body: json as Record<string, unknown>,
    forwardable,
    ...(forwardable ? {} : { canonical: Buffer.from(JSON.stringify(json)) }),
  };
}

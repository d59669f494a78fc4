// Payload budget arithmetic: the exact JSON body size, aspect-keeping sizes, and the search for a scale and
// JPEG quality that make the whole body fit the server's limit while each image stays inside Kling's rules.
import { MAX_IMAGE_BYTES, MIN_IMAGE_SIDE } from "@/lib/kling/limits";

/** Characters of standard base64 (with padding) for `bytes` bytes. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

const encoder = new TextEncoder();

/** Bytes of `JSON.stringify(value)` as UTF-8: what `fetch` sends. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Exact body size when each image string in `skeleton` (left as "") is filled with base64 of the given lengths.
 * Base64 is plain ASCII that JSON never escapes, so each character is exactly one byte.
 */
export function bodyBytesWith(skeleton: unknown, base64Lengths: readonly number[]): number {
  return jsonBytes(skeleton) + base64Lengths.reduce((a, b) => a + b, 0);
}

/**
 * Exact JSON byte size of `value` without encoding its big base64 strings: each string in `base64` is counted
 * by its length (ASCII, never escaped) and left out of the encoding, so a keystroke costs the skeleton only.
 */
export function bodyBytesOf(value: unknown, base64: ReadonlySet<string>): number {
  let lengths = 0;
  const skeleton = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "string" && v.length > 64 && base64.has(v)) {
      lengths += v.length;
      return "";
    }
    return v;
  });
  return encoder.encode(skeleton ?? "").length + lengths;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The smallest scale that keeps both sides at least 300 px (1 when the image is already at the limit). */
export function minScaleFor(width: number, height: number): number {
  return Math.min(1, MIN_IMAGE_SIDE / Math.min(width, height));
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The size of an image scaled by `scale` (never up), each side at least 300 px.
 * When the sides share a common factor fine enough (4000x3000 = 1000 steps of 4x3), the result is an exact
 * multiple of the reduced ratio, so the aspect ratio is unchanged to the pixel; otherwise it is rounded.
 */
export function scaledSize(width: number, height: number, scale: number): Size {
  if (scale >= 1 || Math.min(width, height) <= MIN_IMAGE_SIDE) return { width, height };
  const g = gcd(width, height);
  const uw = width / g;
  const uh = height / g;
  const minK = Math.ceil(MIN_IMAGE_SIDE / Math.min(uw, uh));
  if (g >= 16 && minK <= g) {
    const k = Math.min(g, Math.max(minK, Math.floor(g * scale)));
    return { width: k * uw, height: k * uh };
  }
  const s = Math.max(scale, minScaleFor(width, height));
  return {
    width: Math.max(MIN_IMAGE_SIDE, Math.round(width * s)),
    height: Math.max(MIN_IMAGE_SIDE, Math.round(height * s)),
  };
}

/** One way of encoding every image: a scale relative to each image's own size, and a JPEG quality. */
export interface Attempt {
  scale: number;
  quality: number;
}

/** What a body measured at, for the search. */
export interface Measured {
  /** Exact bytes of the whole JSON body. */
  bodyBytes: number;
  /** Characters of base64 in the body (images and masks); the rest is the fixed part. */
  imageChars: number;
  /** Decoded bytes of the largest image, for Kling's 10 MB per-image rule. */
  largestImageBytes: number;
}

export const QUALITIES = [0.9, 0.8, 0.7, 0.6, 0.5] as const;
/** Aim a little under the limit: bytes do not scale exactly with area. */
const AIM = 0.97;
/** Extra attempts spent growing an image that fitted with room to spare. */
const REFINEMENTS = 2;

export interface FitOptions<M extends Measured> {
  budget: number;
  maxImageBytes?: number;
  /** The scale below which every image would have a side under 300 px. */
  minScale: number;
  /** The body with the images as they are; `null` when they are known not to fit (not worth building). */
  original: M | null;
  /** Estimated image characters when `original` is null (e.g. the original base64 lengths). */
  originalImageChars?: number;
  measure: (a: Attempt) => Promise<M>;
  qualities?: readonly number[];
  maxAttempts?: number;
}

export type FitResult<M extends Measured> =
  | { ok: true; attempt: Attempt | null; measured: M; tried: { attempt: Attempt; measured: M }[] }
  | {
      ok: false;
      reason: "fixedPartTooLarge" | "cannotShrinkEnough";
      tried: { attempt: Attempt; measured: M }[];
    };

export function fits(m: Measured, budget: number, maxImageBytes = MAX_IMAGE_BYTES): boolean {
  return m.bodyBytes <= budget && m.largestImageBytes <= maxImageBytes;
}

/** The factor (< 1) by which the area-proportional part must shrink, per side. */
function shrinkFactor(m: Measured, budget: number, maxImageBytes: number): number {
  const fixed = m.bodyBytes - m.imageChars;
  const byBody = m.imageChars > 0 ? Math.sqrt(Math.max(0, budget - fixed) / m.imageChars) : 1;
  const byImage = m.largestImageBytes > 0 ? Math.sqrt(maxImageBytes / m.largestImageBytes) : 1;
  return Math.min(byBody, byImage) * AIM;
}

/**
 * Finds the largest attempt (scale first, then quality) whose body fits. Bytes are assumed to scale with the
 * area, corrected by measuring each attempt; quality drops only once every image is at its 300 px floor.
 */
export async function fitToBudget<M extends Measured>(o: FitOptions<M>): Promise<FitResult<M>> {
  const maxImageBytes = o.maxImageBytes ?? MAX_IMAGE_BYTES;
  const qualities = o.qualities ?? QUALITIES;
  const maxAttempts = o.maxAttempts ?? 10;
  const tried: { attempt: Attempt; measured: M }[] = [];
  if (o.original && fits(o.original, o.budget, maxImageBytes)) {
    return { ok: true, attempt: null, measured: o.original, tried };
  }
  const minScale = Math.min(1, o.minScale);
  const atFloor = (s: number) => s <= minScale + 1e-9;

  let qi = 0;
  let scale: number;
  if (o.original) {
    scale = Math.max(minScale, Math.min(1, shrinkFactor(o.original, o.budget, maxImageBytes)));
  } else {
    const chars = o.originalImageChars ?? 0;
    scale = chars > 0 ? Math.max(minScale, Math.min(1, Math.sqrt(o.budget / chars) * AIM)) : 1;
  }

  let best: { attempt: Attempt; measured: M } | null = null;
  let tooBig: number | null = null;
  let refinements = 0;
  const done = () => ({ ok: true as const, attempt: best!.attempt, measured: best!.measured, tried });
  while (tried.length < maxAttempts) {
    const quality = qualities[qi] ?? qualities[qualities.length - 1]!;
    const attempt = { scale, quality };
    const measured = await o.measure(attempt);
    tried.push({ attempt, measured });
    const fixed = measured.bodyBytes - measured.imageChars;
    if (fixed > o.budget) return { ok: false, reason: "fixedPartTooLarge", tried };
    const ok = fits(measured, o.budget, maxImageBytes);
    if (ok && (!best || attempt.scale > best.attempt.scale)) best = { attempt, measured };
    if (!ok) tooBig = tooBig === null ? scale : Math.min(tooBig, scale);

    if (best) {
      // Refine upwards (at most twice) when the fit leaves much of the budget unused: a sharper image.
      if (qi > 0 || refinements >= REFINEMENTS || best.attempt.scale >= 1) return done();
      const room = shrinkFactor(best.measured, o.budget, maxImageBytes);
      const up = tooBig === null ? Math.min(1, best.attempt.scale * room) : Math.sqrt(best.attempt.scale * tooBig);
      if (room < 1.05 || (tooBig !== null && tooBig / best.attempt.scale < 1.04)) return done();
      refinements++;
      scale = up;
      continue;
    }
    if (atFloor(scale)) {
      if (qi >= qualities.length - 1) return { ok: false, reason: "cannotShrinkEnough", tried };
      qi += 1;
      scale = minScale;
      continue;
    }
    scale = Math.max(minScale, scale * Math.min(shrinkFactor(measured, o.budget, maxImageBytes), 0.95));
  }
  return best ? done() : { ok: false, reason: "cannotShrinkEnough", tried };
}

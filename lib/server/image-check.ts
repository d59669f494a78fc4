import "server-only";
// Server-side checks a schema cannot make: decode base64 images and read their headers.
import { imageSize } from "image-size";
import sharp from "sharp";
import { coded, type CodedMessage } from "@/lib/kling/field-codes";
import { base64ByteLength, imageRuleProblems, maskRuleProblems, sniffImageType, type ImageFacts } from "@/lib/kling/image-rules";
import { MAX_IMAGE_BYTES } from "@/lib/kling/limits";
import { jpegStructureProblem } from "./jpeg-structure";
import { checkMaskPngSync } from "./png-mask";
import type { TaskKind } from "@/lib/kling/limits";
import { BUILTIN_CATALOG, type Catalog } from "@/lib/kling/catalog";
import {
  image2videoBodySchemaFor,
  isHttpUrl,
  multiImage2videoBodySchema,
  toFieldIssues,
  type FieldIssue,
  type Image2VideoBody,
  type MultiImage2VideoBody,
} from "@/lib/kling/schemas";

/** No camera makes more than this per side; a header that claims more is forged or corrupt. */
export const MAX_PLAUSIBLE_SIDE = 20_000;
const MAX_PLAUSIBLE_PIXELS = 200_000_000;

/** True when the data ends as a whole file of its type does: PNG with IEND, JPEG with an EOI marker. */
function isComplete(tail: Buffer, type: string): boolean {
  if (type === "png") return tail.length >= 12 && tail.subarray(tail.length - 8, tail.length - 4).toString("latin1") === "IEND";
  // Some encoders pad after EOI; allow a little.
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

/** Decodes only as much of the base64 as a header needs: the pixel size sits near the start. */
function headerSize(b64: string, type: string): { width: number; height: number } | null {
  // PNG: IHDR is in the first 33 bytes. JPEG: the size marker follows any EXIF/ICC blocks, usually early.
  const steps = type === "png" ? [64] : [64 * 1024, 1024 * 1024, b64.length];
  for (const chars of steps) {
    try {
      const dim = imageSize(Buffer.from(b64.slice(0, chars - (chars % 4)), "base64"));
      return { width: dim.width ?? 0, height: dim.height ?? 0 };
    } catch {
      if (chars >= b64.length) return null;
    }
  }
  return null;
}

/** Facts about a raw-base64 image, read from its header and its last bytes, without decoding the whole file. */
function base64ImageFacts(b64: string): ImageFacts & { problem?: CodedMessage } {
  const bytes = base64ByteLength(b64);
  const sniffed = sniffImageType(Buffer.from(b64.slice(0, 16), "base64"));
  if (sniffed === null || bytes > MAX_IMAGE_BYTES) return { type: sniffed, width: 0, height: 0, bytes };
  const size = headerSize(b64, sniffed);
  if (!size) return { type: sniffed, width: 0, height: 0, bytes, problem: coded("image.unreadable") };
  const { width, height } = size;
  const facts = { type: sniffed, width, height, bytes };
  if (width <= 0 || height <= 0) return { ...facts, problem: coded("image.noSize", { width, height }) };
  if (width > MAX_PLAUSIBLE_SIDE || height > MAX_PLAUSIBLE_SIDE || width * height > MAX_PLAUSIBLE_PIXELS) {
    return { ...facts, problem: coded("image.implausible", { width, height, max: MAX_PLAUSIBLE_SIDE }) };
  }
  if (!isComplete(Buffer.from(b64.slice(-88), "base64"), sniffed)) {
    return { ...facts, problem: coded("image.truncated") };
  }
  return facts;
}

function checkImage(value: string, path: string, issues: FieldIssue[]): ImageFacts | null {
  if (isHttpUrl(value)) return null; // Kling fetches URLs itself; we never fetch user URLs (no SSRF).
  const facts = base64ImageFacts(value);
  if (facts.type === null) {
    issues.push({ path, ...coded("image.undecodable") });
    return null;
  }
  if (facts.problem) {
    issues.push({ path, ...facts.problem });
    return null;
  }
  for (const p of imageRuleProblems(facts)) issues.push({ path, ...p });
  // Too large to measure: masks cannot be compared with it.
  return facts.width > 0 ? facts : null;
}

function checkMask(value: string, path: string, image: ImageFacts | null, issues: FieldIssue[]) {
  if (isHttpUrl(value)) return;
  const facts = base64ImageFacts(value);
  if (facts.type !== "png") {
    issues.push({ path, ...coded("mask.png") });
    return;
  }
  if (facts.problem) {
    issues.push({ path, ...facts.problem });
    return;
  }
  if (image) for (const p of maskRuleProblems(facts, image)) issues.push({ path, ...p });
}

/** Checks the decoded images of a schema-valid image2video body. */
export function checkImage2VideoImages(body: Image2VideoBody): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const image = body.image !== undefined ? checkImage(body.image, "image", issues) : null;
  if (body.image_tail !== undefined) checkImage(body.image_tail, "image_tail", issues);
  // Masks are measured against the first frame they animate.
  if (body.static_mask !== undefined) checkMask(body.static_mask, "static_mask", image, issues);
  body.dynamic_masks?.forEach((group, i) => {
    checkMask(group.mask, `dynamic_masks[${i}].mask`, image, issues);
    if (image) {
      group.trajectories.forEach((p, j) => {
        if (p.x >= image.width || p.y >= image.height) {
          issues.push({
            path: `dynamic_masks[${i}].trajectories[${j}]`,
            ...coded("trajectory.inside", { width: image.width, height: image.height, x: p.x, y: p.y }),
          });
        }
      });
    }
  });
  return issues;
}

export function checkMultiImages(body: MultiImage2VideoBody): FieldIssue[] {
  const issues: FieldIssue[] = [];
  body.image_list.forEach((item, i) => checkImage(item.image, `image_list[${i}].image`, issues));
  return issues;
}

/**
 * A frame's pixel data, checked as cheaply as is sure: a JPEG by walking its structure (jpeg-structure.ts: no
 * decode, a few ms for 10 MB); a PNG by a full decode in sharp on libuv's pool (PNG photos are rare, and a PNG's
 * damage shows only when it is inflated).
 */
async function frameProblem(bytes: Buffer): Promise<string | null> {
  if (bytes[0] === 0xff) return jpegStructureProblem(bytes);
  try {
    await sharp(bytes, { failOn: "truncated", limitInputPixels: MAX_PLAUSIBLE_PIXELS }).resize(16, 16, { fit: "fill" }).raw().toBuffer();
    return null;
  } catch {
    return "is corrupt: its pixel data does not decode";
  }
}

/**
 * The checks that read pixel data, for a body that passed `validateCreateBody`: frames are whole, masks hold only
 * black and white. Synchronous but for a PNG frame; large bodies run this in a worker thread (create-pool.ts).
 */
export async function checkDecodedImages(
  body: Image2VideoBody | MultiImage2VideoBody,
  /** Bytes the schema check already decoded (create-check.ts), by their base64. */
  decoded?: ReadonlyMap<string, Buffer>,
): Promise<FieldIssue[]> {
  const bytesOf = (b64: string) => decoded?.get(b64) ?? Buffer.from(b64, "base64");
  const frames: { path: string; value: string }[] = [];
  const masks: { path: string; value: string }[] = [];
  if ("image_list" in body) body.image_list.forEach((item, i) => frames.push({ path: `image_list[${i}].image`, value: item.image }));
  else {
    if (body.image !== undefined) frames.push({ path: "image", value: body.image });
    if (body.image_tail !== undefined) frames.push({ path: "image_tail", value: body.image_tail });
    if (body.static_mask !== undefined) masks.push({ path: "static_mask", value: body.static_mask });
    body.dynamic_masks?.forEach((g, i) => masks.push({ path: `dynamic_masks[${i}].mask`, value: g.mask }));
  }
  const issues: FieldIssue[] = [];
  for (const { path, value } of frames) {
    if (isHttpUrl(value)) continue;
    const problem = await frameProblem(bytesOf(value));
    // The browser words the code; scripts read the walk's own, more precise English in \`message\`.
    if (problem) issues.push({ path, code: problem.startsWith("is truncated") ? "image.truncated" : "image.corrupt", message: problem });
  }
  for (const { path, value } of masks) {
    if (isHttpUrl(value)) continue;
    const verdict = checkMaskPngSync(bytesOf(value), null);
    if (!verdict.ok) issues.push({ path, code: verdict.code, ...(verdict.params ? { params: verdict.params } : {}), message: verdict.message });
  }
  return issues;
}

/**
 * Every rule for a create body: the shared schema, then the decoded images. The gateway and the simulator
 * both call this, so what one refuses the other refuses too.
 */
export function validateCreateBody(
  kind: TaskKind,
  body: unknown,
  catalog: Catalog = BUILTIN_CATALOG,
): { ok: true; data: Image2VideoBody | MultiImage2VideoBody } | { ok: false; issues: FieldIssue[] } {
  if (kind === "image2video") {
    const parsed = image2videoBodySchemaFor(catalog).safeParse(body);
    if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
    const issues = checkImage2VideoImages(parsed.data);
    return issues.length ? { ok: false, issues } : { ok: true, data: parsed.data };
  }
  const parsed = multiImage2videoBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const issues = checkMultiImages(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, data: parsed.data };
}

import "server-only";
// Server-side checks a schema cannot make: decode base64 images and read their headers.
import { imageSize } from "image-size";
import { base64ByteLength, imageProblems, maskProblems, sniffImageType, type ImageFacts } from "@/lib/kling/image-rules";
import { MAX_IMAGE_BYTES } from "@/lib/kling/limits";
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

/** Facts about a raw-base64 image, read from its header; an image over the limit is not decoded at all. */
function base64ImageFacts(b64: string): ImageFacts {
  const bytes = base64ByteLength(b64);
  if (bytes > MAX_IMAGE_BYTES) {
    return { type: sniffImageType(Buffer.from(b64.slice(0, 16), "base64")), width: 0, height: 0, bytes };
  }
  // A JPEG's size marker can sit anywhere before the pixels, so the (at most 10 MB) image is decoded whole.
  const buf = Buffer.from(b64, "base64");
  try {
    const dim = imageSize(buf);
    return { type: dim.type === "jpg" ? "jpeg" : (dim.type ?? null), width: dim.width ?? 0, height: dim.height ?? 0, bytes };
  } catch {
    return { type: null, width: 0, height: 0, bytes };
  }
}

function checkImage(value: string, path: string, issues: FieldIssue[]): ImageFacts | null {
  if (isHttpUrl(value)) return null; // Kling fetches URLs itself; we never fetch user URLs (no SSRF).
  const facts = base64ImageFacts(value);
  if (facts.type === null) {
    issues.push({ path, message: "does not decode as a PNG or JPEG image" });
    return null;
  }
  for (const message of imageProblems(facts)) issues.push({ path, message });
  // Too large to measure: masks cannot be compared with it.
  return facts.width > 0 ? facts : null;
}

function checkMask(value: string, path: string, image: ImageFacts | null, issues: FieldIssue[]) {
  if (isHttpUrl(value)) return;
  const facts = base64ImageFacts(value);
  if (facts.type === null) {
    issues.push({ path, message: "does not decode as a PNG or JPEG image" });
    return;
  }
  if (image) for (const message of maskProblems(facts, image)) issues.push({ path, message });
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
            message: `must lie inside the image (x < ${image.width}, y < ${image.height}; got ${p.x}, ${p.y})`,
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

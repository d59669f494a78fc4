// Pre-flight: the server's shared schemas plus the image facts the browser already knows, as field-named issues.
import { coded } from "@/lib/kling/field-codes";
import { imageRuleProblems, maskRuleProblems, type ImageFacts } from "@/lib/kling/image-rules";
import { BUILTIN_CATALOG, type Catalog } from "@/lib/kling/builtin-catalog";
import {
  image2videoBodySchemaFor,
  isRawBase64,
  multiImage2videoBodySchema,
  toFieldIssues,
  type DynamicMask,
  type FieldIssue,
} from "@/lib/kling/schemas";
import type { ExclusiveGroup } from "./request-body";

/** Long base64 is checked once when it is made; re-testing megabytes on each keystroke would lag. */
const PLACEHOLDER = "AAAA";
const swap = (v: unknown) => (typeof v === "string" && v.length > 256 && isRawBase64(v.slice(0, 256)) ? PLACEHOLDER : v);

export function withPlaceholderImages(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const key of ["image", "image_tail", "static_mask"]) if (key in out) out[key] = swap(out[key]);
  if (Array.isArray(out.dynamic_masks)) {
    out.dynamic_masks = (out.dynamic_masks as Record<string, unknown>[]).map((g) => ({ ...g, mask: swap(g.mask) }));
  }
  if (Array.isArray(out.image_list)) {
    out.image_list = (out.image_list as Record<string, unknown>[]).map((g) => ({ ...g, image: swap(g.image) }));
  }
  return out;
}

/** Facts of each base64 image in the body, by field path ("image", "image_tail", "image_list[0].image", masks...). */
export type FactsByPath = Record<string, ImageFacts | undefined>;

function imageIssues(facts: FactsByPath, paths: string[]): FieldIssue[] {
  return paths.flatMap((path) => {
    const f = facts[path];
    return f ? imageRuleProblems(f).map((p) => ({ path, ...p })) : [];
  });
}

function maskIssues(body: Record<string, unknown>, facts: FactsByPath): FieldIssue[] {
  const image = facts.image;
  if (!image) return [];
  const issues: FieldIssue[] = [];
  const check = (path: string) => {
    const f = facts[path];
    if (f) for (const p of maskRuleProblems(f, image)) issues.push({ path, ...p });
  };
  if (body.static_mask !== undefined) check("static_mask");
  const groups = Array.isArray(body.dynamic_masks) ? (body.dynamic_masks as DynamicMask[]) : [];
  groups.forEach((g, i) => {
    check(`dynamic_masks[${i}].mask`);
    (Array.isArray(g.trajectories) ? g.trajectories : []).forEach((p, j) => {
      if (p.x >= image.width || p.y >= image.height) {
        issues.push({
          path: `dynamic_masks[${i}].trajectories[${j}]`,
          ...coded("trajectory.inside", { width: image.width, height: image.height, x: p.x, y: p.y }),
        });
      }
    });
  });
  return issues;
}

/** Group choices the schema cannot see: a chosen group must carry its fields. */
function groupIssues(body: Record<string, unknown>, group: ExclusiveGroup): FieldIssue[] {
  if (group === "first_last_frame" && body.image_tail === undefined) {
    return [{ path: "image_tail", ...coded("lastFrame.required") }];
  }
  if (group === "motion_brush" && body.static_mask === undefined && body.dynamic_masks === undefined) {
    return [{ path: "dynamic_masks", ...coded("brush.required") }];
  }
  return [];
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function preflightImage2Video(
  body: Record<string, unknown>,
  ctx: { group: ExclusiveGroup; facts: FactsByPath; full?: boolean; catalog?: Catalog },
): FieldIssue[] {
  const parsed = image2videoBodySchemaFor(ctx.catalog ?? BUILTIN_CATALOG).safeParse(ctx.full ? body : withPlaceholderImages(body));
  return dedupe([
    ...(parsed.success ? [] : toFieldIssues(parsed.error)),
    ...groupIssues(body, ctx.group),
    ...imageIssues(ctx.facts, ["image", "image_tail"]),
    ...maskIssues(body, ctx.facts),
  ]);
}

export function preflightMultiImage(body: Record<string, unknown>, ctx: { facts: FactsByPath; full?: boolean }): FieldIssue[] {
  const parsed = multiImage2videoBodySchema.safeParse(ctx.full ? body : withPlaceholderImages(body));
  const n = Array.isArray(body.image_list) ? body.image_list.length : 0;
  const paths = Array.from({ length: n }, (_, i) => `image_list[${i}].image`);
  return dedupe([...(parsed.success ? [] : toFieldIssues(parsed.error)), ...imageIssues(ctx.facts, paths)]);
}

export { issuesAt } from "./preflight-loader";

// What the composer's request is, derived from its state: the body (the fitted images and masks plus the
// fields), its exact size counted from the base64 lengths (never re-encoded), the budget state and the
// pre-flight issues. Pure; the store (composer-store.ts) runs it once per change and shares the result.
import { bodyBytesOf } from "@/lib/composer/budget";
import type { FactsByPath } from "@/lib/composer/preflight";
import type { Preflight } from "@/lib/composer/preflight-loader";
import { buildImage2VideoBody, type Image2VideoDraft } from "@/lib/composer/request-body";
import type { Catalog } from "@/lib/kling/builtin-catalog";
import type { EditorDocument } from "@/lib/editor/document";
import type { BudgetState, ComposerState, Derived } from "./composer-store";
import type { MaskFields } from "./prepare-payload";

/** Placeholder frames so pre-flight can check every other field before the images are fitted. */
const PLACEHOLDER = "AAAA";
const keyIds = new WeakMap<object, number>();
let nextKeyId = 1;
const idOf = (o: object) => {
  let id = keyIds.get(o);
  if (id === undefined) keyIds.set(o, (id = nextKeyId++));
  return id;
};

/** What the masks depend on: strokes and paths, in region order (not names, colours or visibility). */
export function masksKeyOf(doc: EditorDocument): string {
  const size = doc.paintSize ? `${doc.paintSize.width}x${doc.paintSize.height}` : "-";
  return [size, idOf(doc.staticMask.strokes), ...doc.regions.map((r) => `${r.id}:${idOf(r.strokes)}:${idOf(r.path)}`)].join(",");
}

/** The image2video body from the draft and the images (raw base64) and masks that go with it. */
export function buildBody(fields: Image2VideoDraft, images: Readonly<Record<string, string>>, masks: MaskFields | undefined, catalog: Catalog): Record<string, unknown> {
  return buildImage2VideoBody(
    fields,
    { ...(images.image ? { image: images.image } : {}), ...(images.image_tail ? { image_tail: images.image_tail } : {}), ...masks },
    catalog,
  );
}

export function deriveRequest(
  s: ComposerState,
  ctx: { fitKey: string | null; budget: number; catalog: Catalog; preflight: Preflight | null },
): Derived {
  const { budget, catalog } = ctx;
  const key = ctx.fitKey;
  const prepared = key && s.fit ? s.fit.prepared : null;
  const fresh = key !== null && s.fit?.key === key && s.fitting === null;
  let body: Record<string, unknown> | null = null;
  let bytes = 0;
  if (prepared?.ok) {
    const images = Object.fromEntries(prepared.images.map((i) => [i.key, i.base64]));
    body = buildBody(s.fields, images, prepared.masks, catalog);
    // The size from the skeleton plus the base64 lengths: a keystroke never re-encodes megabytes of images.
    const known = new Set<string>(prepared.images.map((i) => i.base64));
    if (prepared.masks?.static_mask) known.add(prepared.masks.static_mask);
    for (const d of prepared.masks?.dynamic_masks ?? []) known.add(d.mask);
    bytes = bodyBytesOf(body, known);
  }
  const overAfterFit = prepared?.ok === true && fresh && bytes > budget;
  let payload: BudgetState;
  if (!key) payload = { status: "empty" };
  else if (!prepared || !fresh || overAfterFit) payload = { status: "preparing" };
  else if (!prepared.ok) payload = { status: "failed", reason: prepared.reason, smallestBytes: prepared.smallestBytes };
  else payload = { status: "ready", bytes, images: prepared.images, attempt: prepared.attempt, maskSize: prepared.maskSize };
  const ready = payload.status === "ready";
  const facts: FactsByPath = {};
  if (payload.status === "ready") for (const img of payload.images) facts[img.key] = { type: img.type, width: img.width, height: img.height, bytes: img.bytes };
  const group = s.fields.group;
  const checked =
    (ready ? body : null) ??
    buildBody(s.fields, { ...(s.frames.first.status === "ready" ? { image: PLACEHOLDER } : {}), ...(group === "first_last_frame" && s.frames.last.status === "ready" ? { image_tail: PLACEHOLDER } : {}) }, undefined, catalog);
  return {
    payload,
    body: ready ? body : null,
    bytes,
    facts,
    schemaIssues: ctx.preflight ? ctx.preflight.preflightImage2Video(checked, { group, facts, catalog }) : null,
    ...(fresh && s.fit?.maskError !== undefined ? { maskError: s.fit.maskError } : {}),
    masksPending: group === "motion_brush" && !ready,
  };
}

// Makes a request body fit the server's budget: measures the body with the images as they are, and if it is too
// large re-encodes every frame at the scale and JPEG quality `fitToBudget` picks. Masks are asked for at the
// first frame's new size, so masks and trajectories always match the image they go with.
import {
  base64Length,
  fitToBudget,
  jsonBytes,
  minScaleFor,
  scaledSize,
  type Attempt,
  type Measured,
  type Size,
} from "@/lib/composer/budget";
import { base64ByteLength } from "@/lib/kling/image-rules";
import { MAX_IMAGE_BYTES } from "@/lib/kling/limits";
import type { DynamicMask } from "@/lib/kling/schemas";

export interface SourceImage {
  /** The field it fills: "image", "image_tail", or "image_list.N" (the builder decides). */
  key: string;
  blob: Blob;
  /** The original bytes as raw base64. */
  base64: string;
  width: number;
  height: number;
  type: "jpeg" | "png";
}

export interface EncodedImage {
  base64: string;
  bytes: number;
  width: number;
  height: number;
  type: "jpeg" | "png";
}

/** Decodes once, encodes as often as the search needs. The browser's is canvas-based (reencode.ts). */
export interface OpenedImage {
  encode(size: Size, quality: number): Promise<EncodedImage>;
  close(): void;
}
export interface ImageCodec {
  open(blob: Blob): Promise<OpenedImage>;
}

export interface MaskFields {
  static_mask?: string;
  dynamic_masks?: DynamicMask[];
}

export interface PrepareInput {
  budget: number;
  sources: readonly SourceImage[];
  /** The key whose size the masks follow (the first frame). */
  maskOwner?: string;
  /** Masks and trajectories at exactly `size` (the editor's export). */
  masksAt?: (size: Size) => Promise<MaskFields>;
  build: (images: Readonly<Record<string, string>>, masks: MaskFields | undefined) => Record<string, unknown>;
  codec: ImageCodec;
  maxImageBytes?: number;
  /**
   * A fit made earlier for the same sources and budget. When only the rest of the body changed (a brush
   * stroke, a prompt), its images are tried first: no decode, no encode, while the body still fits.
   */
  reuse?: { images: readonly PreparedImage[]; attempt: Attempt | null };
}

export interface PreparedImage extends EncodedImage {
  key: string;
  changed: boolean;
  original: { width: number; height: number; bytes: number };
}

export type Prepared =
  | {
      ok: true;
      body: Record<string, unknown>;
      bodyBytes: number;
      images: PreparedImage[];
      /** The masks sent, made at `maskSize`; undefined without masks. */
      masks: MaskFields | undefined;
      /** The size masks were made at; null without masks. */
      maskSize: Size | null;
      /** null: sent as they are. */
      attempt: Attempt | null;
      attempts: number;
    }
  | { ok: false; reason: "fixedPartTooLarge" | "cannotShrinkEnough"; smallestBytes: number; attempts: number };

interface Trial extends Measured {
  body: Record<string, unknown>;
  images: PreparedImage[];
  masks: MaskFields | undefined;
  maskSize: Size | null;
}

function maskChars(m: MaskFields | undefined): number {
  if (!m) return 0;
  return (m.static_mask?.length ?? 0) + (m.dynamic_masks ?? []).reduce((n, g) => n + g.mask.length, 0);
}

const asIs = (s: SourceImage): PreparedImage => ({
  key: s.key,
  base64: s.base64,
  bytes: base64ByteLength(s.base64),
  width: s.width,
  height: s.height,
  type: s.type,
  changed: false,
  original: { width: s.width, height: s.height, bytes: base64ByteLength(s.base64) },
});

export async function preparePayload(input: PrepareInput): Promise<Prepared> {
  const { sources, budget, build } = input;
  const maxImageBytes = input.maxImageBytes ?? MAX_IMAGE_BYTES;
  const ownerKey = input.maskOwner ?? "image";
  const maskCache = new Map<string, Promise<MaskFields>>();
  const masksFor = (images: PreparedImage[]): { size: Size | null; masks: Promise<MaskFields | undefined> } => {
    const owner = images.find((i) => i.key === ownerKey);
    if (!input.masksAt || !owner) return { size: null, masks: Promise.resolve(undefined) };
    const size = { width: owner.width, height: owner.height };
    const key = `${size.width}x${size.height}`;
    let p = maskCache.get(key);
    if (!p) {
      p = input.masksAt(size);
      maskCache.set(key, p);
    }
    return { size, masks: p };
  };
  const trial = async (images: PreparedImage[]): Promise<Trial> => {
    const { size, masks: pending } = masksFor(images);
    const masks = await pending;
    const body = build(Object.fromEntries(images.map((i) => [i.key, i.base64])), masks);
    return {
      body,
      images,
      masks,
      maskSize: masks ? size : null,
      bodyBytes: jsonBytes(body),
      imageChars: images.reduce((n, i) => n + i.base64.length, 0) + maskChars(masks),
      largestImageBytes: Math.max(0, ...images.map((i) => i.bytes)),
    };
  };

  const fits = (t: Trial) => t.bodyBytes <= budget && t.largestImageBytes <= maxImageBytes;
  const reuse = input.reuse;
  if (reuse && reuse.images.length === sources.length && reuse.images.every((img, i) => img.key === sources[i]!.key)) {
    const again = await trial([...reuse.images]);
    if (fits(again)) {
      const { body, bodyBytes, images, masks, maskSize } = again;
      return { ok: true, body, bodyBytes, images, masks, maskSize, attempt: reuse.attempt, attempts: 0 };
    }
  }

  // The originals, measured exactly, unless their base64 alone is already over the budget.
  const originals = sources.map(asIs);
  const originalChars = originals.reduce((n, i) => n + base64Length(i.bytes), 0);
  const hopeless = originalChars + jsonBytes(build({}, undefined)) > budget;
  const original = hopeless ? null : await trial(originals);

  const opened = new Map<string, Promise<OpenedImage>>();
  const open = (s: SourceImage) => {
    let p = opened.get(s.key);
    if (!p) {
      p = input.codec.open(s.blob);
      opened.set(s.key, p);
    }
    return p;
  };
  try {
    const result = await fitToBudget<Trial>({
      budget,
      maxImageBytes,
      // Each image stops at its own 300 px floor; only when all have stopped does the quality drop.
      minScale: Math.min(...sources.map((s) => minScaleFor(s.width, s.height))),
      original,
      originalImageChars: originalChars,
      measure: async ({ scale, quality }) => {
        const images = await Promise.all(
          sources.map(async (s): Promise<PreparedImage> => {
            const size = scaledSize(s.width, s.height, scale);
            const encoded = await (await open(s)).encode(size, quality);
            const same = size.width === s.width && size.height === s.height;
            // Never re-encode a JPEG into something bigger at the same size.
            if (same && s.type === "jpeg" && base64ByteLength(s.base64) <= encoded.bytes) return asIs(s);
            return { ...encoded, key: s.key, changed: true, original: asIs(s).original };
          }),
        );
        return trial(images);
      },
    });
    if (!result.ok) {
      const smallest = Math.min(...result.tried.map((t) => t.measured.bodyBytes), original?.bodyBytes ?? Infinity);
      return { ok: false, reason: result.reason, smallestBytes: smallest, attempts: result.tried.length };
    }
    const m = result.measured;
    return {
      ok: true,
      body: m.body,
      bodyBytes: m.bodyBytes,
      images: m.images,
      masks: m.masks,
      maskSize: m.maskSize,
      attempt: result.attempt,
      attempts: result.tried.length,
    };
  } finally {
    for (const p of opened.values()) void p.then((o) => o.close(), () => undefined);
  }
}

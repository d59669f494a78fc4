// The mask export's protocol between the page and its Web Worker, and both sides' pure work. The page sends
// each area's marks under a key that names that very list of marks; the worker rasterises the areas it has
// no raster for (cached by key and size), resolves precedence, encodes the PNGs and answers with base64 and
// pixel counts. Nothing here touches the DOM or a Worker, so Node tests run both ends in-process.
import type { Mark } from "./document";
import type { Size } from "./geometry";
import { encodeMaskPng, toBase64 } from "./mask-png";
import { paintedPixels, rasteriseLayer, resolvePrecedence, type SpanMask } from "./raster";

export interface MaskLayer {
  /** Names this list of marks: equal keys promise equal marks (the page gives each list object its own). */
  key: number;
  marks: readonly Mark[];
}

export interface MaskRequest {
  id: number;
  /** The pixel size marks are expressed in (the document's paintSize). */
  source: Size;
  /** The size of the masks wanted. */
  target: Size;
  /** In precedence order: the regions (Region 1 first), then the static area last. */
  layers: MaskLayer[];
}

export interface EncodedMask {
  /** Raw base64 of the PNG; "" when the area owns no pixel (nothing worth encoding). */
  png: string;
  pixels: number;
}

/** Per layer of the request, in the same order: what each area owns after precedence. */
export type MaskAnswer = { id: number; ok: true; masks: EncodedMask[] } | { id: number; ok: false; error: string };

const sizeKey = (s: Size) => `${s.width}x${s.height}`;

/** A small least-recently-used map. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V) {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
  delete(key: K) {
    this.map.delete(key);
  }
  get size() {
    return this.map.size;
  }
}

/** The worker's side: one raster per area, cached by (marks key, source size, target size). */
export function createMaskRasteriser(capacity = 32) {
  const rasters = new Lru<string, SpanMask>(capacity);
  let rasterised = 0;
  return {
    /** How many layers were rasterised so far (cache misses), for tests. */
    get rasterised() {
      return rasterised;
    },
    run(req: MaskRequest): MaskAnswer {
      try {
        const sizes = `${sizeKey(req.source)}>${sizeKey(req.target)}`;
        const layers = req.layers.map((l) => {
          const key = `${l.key}@${sizes}`;
          let r = rasters.get(key);
          if (!r) {
            r = rasteriseLayer(l.marks, req.source, req.target);
            rasterised++;
            rasters.set(key, r);
          }
          return r;
        });
        const owned = resolvePrecedence(layers);
        const masks = owned.map((m): EncodedMask => {
          const pixels = paintedPixels(m);
          return { png: pixels > 0 ? toBase64(encodeMaskPng(m)) : "", pixels };
        });
        return { id: req.id, ok: true, masks };
      } catch (e) {
        return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

export type MaskRasteriser = ReturnType<typeof createMaskRasteriser>;

/** Every message a worker sends is an answer of this shape; anything else is a protocol failure. */
export function isMaskAnswer(v: unknown): v is MaskAnswer {
  if (typeof v !== "object" || v === null) return false;
  const a = v as Record<string, unknown>;
  if (typeof a.id !== "number") return false;
  if (a.ok === true) return Array.isArray(a.masks) && a.masks.every((m) => typeof m?.png === "string" && typeof m?.pixels === "number");
  return a.ok === false && typeof a.error === "string";
}

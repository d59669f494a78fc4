// The exact body a job sent, kept with the job. Large strings (base64 frames and masks) are stored once per
// content hash, so ten jobs from one photo hold the photo once; the record keeps a small reference instead.

/** Strings at least this long that are not URLs are stored by hash. */
export const INLINE_LIMIT = 1024;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** What stands in for a stored string inside the kept body. */
export interface FrameRef {
  $frame: string;
}

export interface FrameStore {
  get(hash: string): Promise<string | undefined>;
  put(hash: string, data: string): Promise<void>;
  remove(hash: string): Promise<void>;
  keys(): Promise<string[]>;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const isRef = (v: unknown): v is FrameRef =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as FrameRef).$frame === "string";

const isBig = (s: string) => s.length >= INLINE_LIMIT && !/^https?:\/\//i.test(s);

/** Replaces every large string by a reference; returns the small body and the strings by hash. */
export async function splitBody(body: unknown): Promise<{ body: Json; frames: Map<string, string> }> {
  const frames = new Map<string, string>();
  const walk = async (v: unknown): Promise<Json> => {
    if (typeof v === "string") {
      if (!isBig(v)) return v;
      const hash = await sha256Hex(v);
      frames.set(hash, v);
      return { $frame: hash };
    }
    if (Array.isArray(v)) return Promise.all(v.map(walk));
    if (typeof v === "object" && v !== null) {
      const out: { [key: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = await walk(x);
      return out;
    }
    if (typeof v === "number" || typeof v === "boolean" || v === null) return v;
    return null;
  };
  return { body: await walk(body), frames };
}

/** Every hash a kept body refers to. */
export function frameRefs(body: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (isRef(v)) out.add(v.$frame);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(walk);
  };
  walk(body);
  return [...out];
}

/** The body exactly as sent, or null when a stored frame is missing. */
export async function joinBody(body: unknown, frames: Pick<FrameStore, "get">): Promise<Json | null> {
  let missing = false;
  const walk = async (v: unknown): Promise<Json> => {
    if (isRef(v)) {
      const data = await frames.get(v.$frame);
      if (data === undefined) missing = true;
      return data ?? "";
    }
    if (Array.isArray(v)) return Promise.all(v.map(walk));
    if (typeof v === "object" && v !== null) {
      const out: { [key: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) out[k] = await walk(x);
      return out;
    }
    return v as Json;
  };
  const joined = await walk(body);
  return missing ? null : joined;
}

export function memoryFrameStore(): FrameStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: async (h) => map.get(h),
    put: async (h, d) => void map.set(h, d),
    remove: async (h) => void map.delete(h),
    keys: async () => [...map.keys()],
  };
}

// The page's side of the mask export. Masks depend on the marks and the sizes only, so they are cached by
// the identity of each area's list of marks (the reducer shares unchanged lists) and the target size: moving
// a path point, renaming or hiding an area re-uses them, and only the trajectories are made again. What is
// not cached is rasterised and encoded in a Web Worker (in-process where there is none: Node, tests), so a
// 4096x4096 export leaves the main thread free. The worker keeps each area's raster, so one new stroke
// re-rasterises one area.
import type { EditorDocument, Mark } from "./document";
import type { Size } from "./geometry";
import { MaskExportFailure, MotionBrushExportError } from "./brush-problems";
import { preparedFrom, type MotionBrushFields, type PreparedMotionBrush } from "./mask-fields";
import { createMaskRasteriser, isMaskAnswer, Lru, type EncodedMask, type MaskAnswer, type MaskRequest } from "./mask-protocol";

export interface MaskExporterOptions {
  /** Makes the worker; null (or none given) rasterises in-process. Called once, on the first export. */
  worker?: () => Worker | null;
  /** How many finished exports are kept (each is one set of encoded masks at one size). */
  capacity?: number;
}

export interface MaskExporter {
  prepare(doc: EditorDocument, target: Size): Promise<PreparedMotionBrush>;
  /** Throws MotionBrushExportError naming what is missing, or MaskExportFailure when the exporter failed. */
  export(doc: EditorDocument, target: Size): Promise<MotionBrushFields>;
  /** Layers rasterised so far by the in-process fallback (tests). */
  readonly rasterisedInProcess: number;
}

export function createMaskExporter(opts: MaskExporterOptions = {}): MaskExporter {
  const keys = new WeakMap<readonly Mark[], number>();
  let nextKey = 1;
  const keyOf = (marks: readonly Mark[]) => {
    let k = keys.get(marks);
    if (k === undefined) keys.set(marks, (k = nextKey++));
    return k;
  };
  const done = new Lru<string, Promise<EncodedMask[]>>(opts.capacity ?? 12);
  const local = createMaskRasteriser();
  let nextId = 1;

  // ---- The worker: started on first use; if it cannot run, what it was given is done in-process. ----
  let worker: Worker | null | undefined;
  const pending = new Map<number, { req: MaskRequest; resolve: (a: MaskAnswer) => void }>();
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    for (const { req, resolve } of pending.values()) resolve(local.run(req));
    pending.clear();
  };
  const getWorker = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = opts.worker?.() ?? null;
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<unknown>) => {
        const answer = e.data;
        const id = isMaskAnswer(answer) ? answer.id : (e.data as { id?: unknown } | null)?.id;
        const waiting = typeof id === "number" ? pending.get(id) : undefined;
        if (!waiting) return;
        pending.delete(waiting.req.id);
        waiting.resolve(isMaskAnswer(answer) ? answer : { id: waiting.req.id, ok: false, error: "an answer of the wrong shape" });
      };
      // A worker that cannot load (a blocked script, an old browser) or dies: fall back, never hang.
      worker.onerror = (e) => {
        e.preventDefault?.();
        giveUp();
      };
      worker.onmessageerror = giveUp;
    }
    return worker;
  };

  const rasterise = (req: MaskRequest): Promise<MaskAnswer> => {
    const w = getWorker();
    if (!w) return Promise.resolve(local.run(req));
    return new Promise((resolve) => {
      pending.set(req.id, { req, resolve });
      w.postMessage(req);
    });
  };

  const masksOf = (doc: EditorDocument, source: Size, target: Size): Promise<EncodedMask[]> => {
    const lists = [...doc.regions.map((r) => r.strokes), doc.staticMask.strokes];
    const layers = lists.map((marks) => ({ key: keyOf(marks), marks }));
    const cacheKey = `${source.width}x${source.height}>${target.width}x${target.height}|${layers.map((l) => l.key).join(",")}`;
    const hit = done.get(cacheKey);
    if (hit) return hit;
    const made = rasterise({ id: nextId++, source, target, layers }).then((a) => {
      if (a.ok && a.masks.length === layers.length) return a.masks;
      throw new MaskExportFailure(a.ok ? "worker-protocol" : "exporter-crashed", a.ok ? "wrong number of masks" : a.error);
    });
    done.set(cacheKey, made);
    made.catch(() => done.delete(cacheKey));
    return made;
  };

  const prepare = async (doc: EditorDocument, target: Size): Promise<PreparedMotionBrush> => {
    if (!doc.paintSize) return preparedFrom(doc, target, []);
    return preparedFrom(doc, target, await masksOf(doc, doc.paintSize, target));
  };

  return {
    prepare,
    async export(doc, target) {
      const prepared = await prepare(doc, target);
      if (!prepared.ok) throw new MotionBrushExportError(prepared.problems);
      return prepared.fields;
    },
    get rasterisedInProcess() {
      return local.rasterised;
    },
  };
}

/** The browser's module worker (bundled by Next from this very expression); none outside a browser. */
function browserWorker(): Worker | null {
  if (typeof window === "undefined" || typeof Worker === "undefined") return null;
  return new Worker(new URL("./mask-export.worker.ts", import.meta.url), { type: "module", name: "mask-export" });
}

let shared: MaskExporter | undefined;
/** The page's one exporter: one worker and one cache for the composer, the drawing export and the bench. */
export function defaultMaskExporter(): MaskExporter {
  return (shared ??= createMaskExporter({ worker: browserWorker }));
}

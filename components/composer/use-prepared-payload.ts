"use client";
// Keeps the images of a request fitted to the server's budget. Re-fits when the frames, the masks or the
// budget change, or when text fields grow the body past the budget; the body itself is rebuilt on every
// render from the fitted images, so the preview, the meter and the submit all see the same bytes.
import { useEffect, useMemo, useRef, useState } from "react";
import { preparePayload, type MaskFields, type Prepared, type SourceImage } from "@/lib/client/prepare-payload";
import { canvasCodec } from "@/lib/client/reencode";
import { bodyBytesOf, type Size } from "@/lib/composer/budget";
import type { BudgetState } from "./budget-meter";

export type BuildBody = (images: Readonly<Record<string, string>>, masks: MaskFields | undefined) => Record<string, unknown>;

export interface PayloadInput {
  /** null while a frame is missing, being read or invalid. */
  sources: readonly SourceImage[] | null;
  /** Changes whenever `sources` does (ids of the picked files). */
  sourcesKey: string;
  masksAt?: (size: Size) => Promise<MaskFields>;
  /** Changes whenever the painting does. */
  masksKey?: string;
  budget: number;
  build: BuildBody;
}

export interface PreparedPayload {
  state: BudgetState;
  /** The body to preview and send; null until the images are fitted. */
  body: Record<string, unknown> | null;
  bytes: number;
  /** Why the masks could not be made for the current fit (the export's own error), if they could not. */
  maskError?: unknown;
}

const DEBOUNCE_MS = 200;

export function usePreparedPayload(input: PayloadInput): PreparedPayload {
  const { sources, sourcesKey, masksAt, masksKey = "", budget, build } = input;
  const [result, setResult] = useState<{ key: string; prepared: Prepared; maskError?: unknown } | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const buildRef = useRef(build);
  const masksRef = useRef(masksAt);
  useEffect(() => {
    buildRef.current = build;
    masksRef.current = masksAt;
  });

  const key = sources ? `${sourcesKey}|${masksKey}|${budget}|${round}` : null;
  // The last successful fit of these very frames at this budget: a new stroke or prompt reuses its images.
  const lastFit = useRef<{ frames: string; prepared: Extract<Prepared, { ok: true }> } | null>(null);

  useEffect(() => {
    if (!key || !sources) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setBusyKey(key);
      const ask = masksRef.current;
      // Masks that cannot be made are left out of the body, and the reason is kept for the composer to show.
      let maskError: unknown;
      const masks = ask
        ? (size: Size) =>
            ask(size).catch((e: unknown): MaskFields => {
              maskError = e;
              return {};
            })
        : undefined;
      try {
        const frames = `${sourcesKey}|${budget}`;
        const last = lastFit.current?.frames === frames ? lastFit.current.prepared : undefined;
        const prepared = await preparePayload({
          budget,
          sources,
          masksAt: masks,
          build: (i, m) => buildRef.current(i, m),
          codec: canvasCodec,
          ...(last ? { reuse: { images: last.images, attempt: last.attempt } } : {}),
        });
        if (prepared.ok) lastFit.current = { frames, prepared };
        if (!cancelled) setResult({ key, prepared, ...(maskError !== undefined ? { maskError } : {}) });
      } catch {
        // A frame the browser cannot re-encode: report it as not fitting rather than spin forever.
        if (!cancelled) setResult({ key, prepared: { ok: false, reason: "cannotShrinkEnough", smallestBytes: 0, attempts: 0 } });
      } finally {
        if (!cancelled) setBusyKey(null);
      }
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `sources` is identified by `sourcesKey`, inside `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, budget]);

  const prepared = sources && result ? result.prepared : null;
  const fresh = result?.key === key && busyKey === null;
  const body = useMemo(() => {
    if (!prepared?.ok) return null;
    const images = Object.fromEntries(prepared.images.map((i) => [i.key, i.base64]));
    return build(images, prepared.masks);
  }, [prepared, build]);
  // The size from the skeleton plus the base64 lengths: a keystroke never re-encodes megabytes of images.
  const bytes = useMemo(() => {
    if (!body || !prepared?.ok) return 0;
    const blobs = new Set<string>(prepared.images.map((i) => i.base64));
    const masks = prepared.masks;
    if (masks?.static_mask) blobs.add(masks.static_mask);
    for (const d of masks?.dynamic_masks ?? []) blobs.add(d.mask);
    return bodyBytesOf(body, blobs);
  }, [body, prepared]);

  // Text grew the body past the budget after the fit: fit again with the current fields.
  const overAfterFit = prepared?.ok === true && fresh && bytes > budget;
  const [refitFrom, setRefitFrom] = useState<string | null>(null);
  if (overAfterFit && result && refitFrom !== result.key) {
    // Adjusting state while rendering (React's pattern for derived state): once per fitted result.
    setRefitFrom(result.key);
    setRound((r) => r + 1);
  }

  let state: BudgetState;
  if (!sources) state = { status: "empty" };
  else if (!prepared || !fresh || overAfterFit) state = { status: "preparing" };
  else if (!prepared.ok) state = { status: "failed", reason: prepared.reason, smallestBytes: prepared.smallestBytes };
  else state = { status: "ready", bytes, images: prepared.images, attempt: prepared.attempt, maskSize: prepared.maskSize };

  return {
    state,
    body: state.status === "ready" ? body : null,
    bytes,
    ...(fresh && result?.maskError !== undefined ? { maskError: result.maskError } : {}),
  };
}

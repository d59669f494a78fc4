// Words that only a lazily loaded part of the page shows (the jobs panel, the motion brush editor, the camera panel,
// the multi-image composer...) live in a feature catalogue beside the core one (lib/i18n/features/<name>.en.ts and
// .zh.ts), so the page's first load does not carry them. A feature module defines its catalogue once with
// `defineFeature` and hands out one hook; its English words travel in the chunk of the code that imports the hook,
// another language is fetched the first time a component asks for it (the component suspends until it is there).
import { use, useEffect, useState } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locale";
import { useLocale } from "./messages-context";

// English is the default (DEFAULT_LOCALE): its words are imported, not fetched.
type OtherLocale = Exclude<Locale, "en">;

export interface FeatureCatalogue<M> {
  readonly en: M;
  readonly load: Record<OtherLocale, () => Promise<M>>;
}

interface FeatureState<M> extends FeatureCatalogue<M> {
  readonly loaded: Partial<Record<Locale, M>>;
  readonly pending: Partial<Record<Locale, Promise<M>>>;
}

/** A feature's catalogue: its English words, and a loader for each other language (checked against the English shape). */
export function defineFeature<M>(en: M, load: Record<OtherLocale, () => Promise<M>>): FeatureCatalogue<M> {
  const state: FeatureState<M> = { en, load, loaded: { [DEFAULT_LOCALE]: en }, pending: {} };
  return state;
}

/** The feature's words in the page's language (suspends once per language while they are fetched). */
export function useFeatureMessages<M>(feature: FeatureCatalogue<M>): M {
  const locale = useLocale();
  const f = feature as FeatureState<M>;
  const ready = f.loaded[locale];
  if (ready) return ready;
  const load = f.load[locale as OtherLocale];
  if (!load) return f.en;
  const promise = (f.pending[locale] ??= load().then((m) => (f.loaded[locale] = m)));
  return use(promise);
}

export interface LaterCatalogue<M> {
  readonly load: Record<Locale, () => Promise<M>>;
}

interface LaterState<M> extends LaterCatalogue<M> {
  readonly loaded: Partial<Record<Locale, M>>;
  readonly pending: Partial<Record<Locale, Promise<M>>>;
}

/**
 * A catalogue whose words are only shown after something else has loaded (a frame read, an answer): every language,
 * English too, is fetched when first wanted, and nothing suspends meanwhile (see useLaterMessages).
 */
export function defineLaterFeature<M>(load: Record<Locale, () => Promise<M>>): LaterCatalogue<M> {
  const state: LaterState<M> = { load, loaded: {}, pending: {} };
  return state;
}

/** The words once loaded, else null (the caller shows "checking" or the English fallback); `wanted` starts the load. */
export function useLaterMessages<M>(feature: LaterCatalogue<M>, wanted: boolean): M | null {
  const locale = useLocale();
  const f = feature as LaterState<M>;
  const ready = f.loaded[locale] ?? null;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (ready || !wanted) return;
    let live = true;
    (f.pending[locale] ??= f.load[locale]().then((m) => (f.loaded[locale] = m)))
      .then(() => live && setArrived((n) => n + 1))
      .catch(() => (f.pending[locale] = undefined)); // tried again on the next render that wants it
    return () => {
      live = false;
    };
  }, [f, locale, ready, wanted]);
  return ready;
}

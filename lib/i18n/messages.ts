// Locale registry: one place to add a language. Server components call `getMessages`, client ones `useMessages` for
// the core words and a feature's hook (lib/i18n/features/<name>.ts) for the words of a lazily loaded part.
// This module holds every catalogue, core and features: for the server, the tests and the journeys, not the browser.
import { en, type Messages as CoreMessages } from "./en";
import { access, camera, editor, issueCodes, jobs, motionPreview, multi, upstream } from "./features/all";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";
import { zh } from "./zh";

type Features = {
  jobs: typeof jobs.en;
  editor: typeof editor.en;
  multi: typeof multi.en;
  camera: typeof camera.en;
  motionPreview: typeof motionPreview.en;
  access: typeof access.en;
  upstream: typeof upstream.en;
  issueCodes: typeof issueCodes.en;
};
/** Every word of a language: the core catalogue (en.ts, zh.ts) and the feature catalogues (features/). */
export type Messages = CoreMessages & Features;

const withFeatures = (core: CoreMessages, locale: Locale): Messages => ({
  ...core,
  jobs: jobs[locale],
  editor: editor[locale],
  multi: multi[locale],
  camera: camera[locale],
  motionPreview: motionPreview[locale],
  access: access[locale],
  upstream: upstream[locale],
  issueCodes: issueCodes[locale],
});

export const MESSAGES: Record<Locale, Messages> = { en: withFeatures(en, "en"), zh: withFeatures(zh, "zh") };
export { DEFAULT_LOCALE, isLocale, LOCALE_TAGS, LOCALES, type Locale } from "./locale";

/** The messages for a locale (the default one when the locale is unknown). */
export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return isLocale(locale) ? MESSAGES[locale] : MESSAGES[DEFAULT_LOCALE];
}

/** Short alias for server components: `const m = t(); m.app.name`. */
export const t = getMessages;

// Locale registry: one place to add a language. Server components call `getMessages`, client ones `useMessages`.
import { en, type Messages } from "./en";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";
import { zh } from "./zh";

export const MESSAGES = { en, zh } satisfies Record<Locale, Messages>;
export { DEFAULT_LOCALE, isLocale, LOCALE_TAGS, LOCALES, type Locale } from "./locale";

/** The messages for a locale (the default one when the locale is unknown). */
export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return isLocale(locale) ? MESSAGES[locale] : MESSAGES[DEFAULT_LOCALE];
}

/** Short alias for server components: `const m = t(); m.app.name`. */
export const t = getMessages;
export type { Messages };

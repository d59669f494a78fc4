// Locale registry: one place to add a language. Server components call `getMessages`, client ones `useMessages`.
import { en, type Messages } from "./en";

export const MESSAGES = { en } satisfies Record<string, Messages>;
export type Locale = keyof typeof MESSAGES;
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(MESSAGES, value);
}

/** The messages for a locale (the default one when the locale is unknown). */
export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return isLocale(locale) ? MESSAGES[locale] : MESSAGES[DEFAULT_LOCALE];
}

/** Short alias for server components: `const m = t(); m.app.name`. */
export const t = getMessages;
export type { Messages };

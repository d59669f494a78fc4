// Which languages exist and how a request picks one. Pure (no catalogues, no Next), so the switch, the server and
// the tests share it without pulling every message into the bundle that only needs a locale name.
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers a choice made with the language switch. */
export const LOCALE_COOKIE = "mb-locale";
const COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The BCP 47 tag for `<html lang>` and for `Intl`. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", zh: "zh-CN" };

/** Each language's name in itself: the switch shows these whatever the current language is. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale a language tag asks for, or null: "zh", "zh-CN", "zh-Hans-SG" → zh; "en-GB" → en; "fr" → null. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * The best supported locale in an Accept-Language header, by q-value and then order: "fr, zh-CN;q=0.8, en;q=0.5"
 * → zh. Null when the header names none we have (the caller falls back to the default).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const locale = localeOfTag(entry.tag);
    if (locale) return locale;
  }
  return null;
}

/** The request's locale: the remembered choice, else the browser's preference, else English. */
export function pickLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The `document.cookie` assignment that remembers a choice for a year. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${COOKIE_MAX_AGE_S}; SameSite=Lax`;
}

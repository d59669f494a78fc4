import { describe, expect, it } from "vitest";
import { isLocale, LOCALE_COOKIE, LOCALE_TAGS, localeCookie, localeFromAcceptLanguage, localeOfTag, pickLocale } from "./locale";

describe("localeOfTag", () => {
  it.each([
    ["zh", "zh"],
    ["zh-CN", "zh"],
    ["zh-Hans-SG", "zh"],
    ["ZH_tw", "zh"],
    ["en", "en"],
    ["en-GB", "en"],
    ["fr-FR", null],
    ["", null],
  ])("%s → %s", (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });
});

describe("localeFromAcceptLanguage", () => {
  it("takes the first supported language in the browser's order", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
  });

  it("skips languages it does not have", () => {
    expect(localeFromAcceptLanguage("fr-FR, de;q=0.9, zh;q=0.5")).toBe("zh");
  });

  it("ranks by q-value, not by position", () => {
    expect(localeFromAcceptLanguage("en;q=0.3, zh-CN;q=0.8")).toBe("zh");
  });

  it("ignores q=0, the wildcard and junk", () => {
    expect(localeFromAcceptLanguage("zh;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBeNull();
    expect(localeFromAcceptLanguage(";;,,q=")).toBeNull();
  });

  it("gives null without a header", () => {
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
  });
});

describe("pickLocale", () => {
  it("prefers the remembered choice over the browser's preference", () => {
    expect(pickLocale({ cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(pickLocale({ cookie: "zh", acceptLanguage: "en-US" })).toBe("zh");
  });

  it("ignores a cookie naming no language it has", () => {
    expect(pickLocale({ cookie: "xx", acceptLanguage: "zh-TW" })).toBe("zh");
  });

  it("falls back to English", () => {
    expect(pickLocale({})).toBe("en");
    expect(pickLocale({ cookie: null, acceptLanguage: "ja-JP" })).toBe("en");
  });
});

describe("locale names and cookie", () => {
  it("tags <html lang> as en and zh-CN", () => {
    expect(LOCALE_TAGS).toEqual({ en: "en", zh: "zh-CN" });
  });

  it("remembers a choice site-wide for a year", () => {
    expect(localeCookie("zh")).toBe(`${LOCALE_COOKIE}=zh; Path=/; Max-Age=31536000; SameSite=Lax`);
  });

  it("knows its locales", () => {
    expect(isLocale("zh")).toBe(true);
    expect(isLocale("zh-CN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

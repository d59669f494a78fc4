// The sweep's two checks of a screen: no English a person can see or hear on a Chinese page (text, accessible
// names, placeholders, live regions), and axe with no violations. Each check is recorded for the closing note.
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { strayLatin } from "@/lib/i18n/glossary";

/**
 * Left out: the request preview (the API's own words), code such as task ids, text marked as verbatim, and text
 * marked as another language (the language switch names each language in itself).
 */
const VERBATIM =
  'code, pre, script, style, noscript, template, [translate="no"], [data-testid="request-preview"], [lang]:not([lang^="zh"]):not(html)';

/** Every text on the page a person can see or a screen reader can say, outside the verbatim parts. */
export async function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate((skip) => {
    const out: string[] = [];
    const shown = (el: Element, owner: Element = el) => !el.closest(skip) && owner.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!text || !el) continue;
      // An <option> of a closed <select> is not "visible", but it is what the list shows when opened.
      const owner = el.closest("option") ? el.closest("select")! : el;
      if (shown(el, owner)) out.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], [alt], [aria-valuetext], [aria-roledescription]")) {
      if (!shown(el)) continue;
      for (const attr of ["aria-label", "placeholder", "title", "alt", "aria-valuetext", "aria-roledescription"]) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  }, VERBATIM);
}

export interface SweepRecord {
  screen: string;
  locale: string;
  axeViolations: number;
  english?: string[];
}

export class Sweep {
  readonly records: SweepRecord[] = [];
  constructor(
    readonly page: Page,
    readonly locale: "en" | "zh",
    /** User content shown back (prompts, names typed): allowed in any language. */
    readonly userContent: string[] = [],
  ) {}

  /** English words left on the page once brand and technical names and user content are taken out. */
  async strayEnglish(): Promise<string[]> {
    const texts = await readableTexts(this.page);
    const found = texts.flatMap((t) => {
      // Ids (task ids, external ids) are technical: long tokens with digits in them.
      const rest = this.userContent.reduce((s, u) => s.split(u).join(" "), t).replace(/[\w=.-]*\d[\w=.-]*/g, (w) => (w.length >= 12 ? " " : w));
      const words = strayLatin(rest);
      return words.length ? [`${t.slice(0, 120)} → ${words.join(" ")}`] : [];
    });
    return [...new Set(found)];
  }

  async check(screen: string) {
    await expect(this.page.locator("html")).toHaveAttribute("lang", this.locale === "zh" ? "zh-CN" : "en");
    const axe = await new AxeBuilder({ page: this.page }).analyze();
    const violations = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    const record: SweepRecord = { screen, locale: this.locale, axeViolations: axe.violations.length };
    if (this.locale === "zh") record.english = await this.strayEnglish();
    this.records.push(record);
    expect.soft(violations, `axe on "${screen}" (${this.locale})`).toEqual([]);
    if (record.english) expect.soft(record.english, `English on "${screen}"`).toEqual([]);
  }

  /** Writes what was checked to .ci-out/i18n-sweep/<name>.json for the closing note. */
  save(name: string) {
    mkdirSync(".ci-out/i18n-sweep", { recursive: true });
    writeFileSync(`.ci-out/i18n-sweep/${name}-${this.locale}.json`, JSON.stringify(this.records, null, 2));
  }
}

/** Opens the page in a language, as the switch remembers it. */
export async function useLocale(page: Page, locale: "en" | "zh", baseURL: string) {
  await page.context().addCookies([{ name: "mb-locale", value: locale, url: baseURL }]);
}

// Screenshots of the page in Chinese at a desktop and a phone size, and a list of visible Latin-script words that
// are not on the glossary's allow-list: `BASE_URL=http://127.0.0.1:3000 npx tsx scripts/i18n-screenshots.ts`.
// Writes PNGs to .ci-out/i18n/. A look-and-fix aid; the assertions live in e2e/i18n.spec.ts.
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { KEPT_IN_LATIN } from "../lib/i18n/glossary";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const OUT = ".ci-out/i18n";
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

async function strayLatin(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Skip code, the request preview, and text marked as another language (the switch's "English").
      if (!el || el.closest("script,style,pre,code,[data-testid=request-preview-json],[lang]:not(html)")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      if (n.textContent?.trim()) out.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll("[aria-label],[placeholder],[title],img[alt]")) {
      for (const a of ["aria-label", "placeholder", "title", "alt"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  const allowed = new RegExp(
    [
      `\\b(?:${KEPT_IN_LATIN.join("|")})\\b`,
      "https?://\\S+",
      "/api/kling/\\S+",
      "\\bkling-v[\\w.-]*",
      "\\b[a-z]+(?:_[a-z0-9]+)+(?:\\.[a-z_]+)*", // API field names
      "\\b(?=[\\w-]*\\d)[\\w-]{16,}", // task ids
    ].join("|"),
    "g",
  );
  return [...new Set(texts.filter((t) => /[A-Za-z]{2,}/.test(t.replace(allowed, " "))))];
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: size, locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    const page = await context.newPage();
    const shot = async (state: string) => {
      await page.screenshot({ path: `${OUT}/${size.name}-${state}.png`, fullPage: true });
      const stray = await strayLatin(page);
      if (stray.length) console.log(`[${size.name} ${state}] stray Latin:\n  ${stray.join("\n  ")}`);
    };
    await page.goto(BASE);
    await page.getByRole("heading", { name: "任务" }).waitFor();
    await shot("1-empty");

    await page.getByRole("button", { name: "使用示例照片" }).first().click();
    await page.getByTestId("budget-meter").filter({ visible: true }).first().waitFor();
    await page.waitForTimeout(1500);
    await page.getByRole("radio", { name: /运动笔刷/ }).click();
    await page.waitForTimeout(1500);
    await shot("2-motion-brush");

    await page.getByRole("radio", { name: /^运镜/ }).click();
    await page.waitForTimeout(500);
    await shot("3-camera");

    await page.getByLabel("提示词", { exact: true }).fill("船只轻轻摇晃，海鸥飞过天空");
    await page.getByRole("radio", { name: /仅首帧/ }).click();
    await page.waitForTimeout(1500);
    await page.getByRole("button", { name: /^生成视频/ }).click();
    await page.waitForTimeout(1500);
    await shot("4-job-running");
    await page.getByTestId("job-status").first().and(page.locator('[data-status="succeed"]')).waitFor({ timeout: 30_000 }).catch(() => {});
    await shot("5-job-done");

    await page.getByRole("tab", { name: "多图参考生视频" }).click();
    await page.waitForTimeout(500);
    await shot("6-multi");

    // The failure states: refused by Kling (429, resource pack) and a task that ends failed.
    await page.getByRole("tab", { name: "图生视频" }).click();
    const panel = page.getByRole("tabpanel").filter({ visible: true });
    for (const token of ["[sim:429]", "[sim:fail]"]) {
      await panel.getByLabel("提示词", { exact: true }).fill(`${token} 船只轻轻摇晃`);
      await page.waitForTimeout(800);
      await panel.getByRole("button", { name: /^生成视频/ }).click();
      await page.waitForTimeout(1500);
    }
    await page.locator('[data-testid="job-status"][data-status="failed"]').first().waitFor({ timeout: 30_000 }).catch(() => {});
    await shot("7-failures");
    await context.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

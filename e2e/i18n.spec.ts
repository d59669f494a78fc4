// Languages: the browser's preference on first visit, the header switch, remembered, <html lang> following, and
// a switch that re-renders in place without losing what was typed.
import { expect, test } from "@playwright/test";
import { openBeforeScripts } from "./helpers";

test.describe("a browser that prefers Chinese", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });

  test("gets the Chinese page on its first visit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("tab", { name: "图生视频" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "图生视频" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "语言" })).toHaveValue("zh");
    expect(await page.title()).toBe("Motionbrush");
  });

  test("switches to English in place, keeps the prompt, and remembers the choice", async ({ page, context }) => {
    await page.goto("/");
    await page.getByRole("textbox", { name: "提示词", exact: true }).fill("海鸥飞过天空");

    await page.getByRole("combobox", { name: "语言" }).selectOption("en");
    await expect(page.getByRole("tab", { name: "Image to video", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("textbox", { name: "Prompt", exact: true })).toHaveValue("海鸥飞过天空");
    expect((await context.cookies()).find((c) => c.name === "mb-locale")?.value).toBe("en");

    await page.reload();
    await expect(page.getByRole("tab", { name: "Image to video", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("what was typed before the page's script ran is kept through a language switch", async ({ page }) => {
  const release = await openBeforeScripts(page, "/");
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("gulls cross the sky");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");

  await page.getByRole("combobox", { name: "Language" }).selectOption("zh");
  await expect(page.getByRole("tab", { name: "图生视频" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "提示词", exact: true })).toHaveValue("gulls cross the sky");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "提示词", exact: true })).toHaveValue("gulls cross the sky");
});

test("an English browser gets English and can switch to Chinese", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const sw = page.getByRole("combobox", { name: "Language" });
  await expect(sw.locator("option")).toHaveText(["English", "中文"]);
  await sw.selectOption("zh");
  await expect(page.getByRole("tab", { name: "图生视频" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.reload();
  await expect(page.getByRole("tab", { name: "图生视频" })).toBeVisible();
});

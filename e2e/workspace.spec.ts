// The workspace as a new user meets it: at 1440x900 the canvas is the page's centre and Create stays in view;
// on a phone the canvas comes first at full width. Screenshots go outside the repo when SHOTS_DIR is set.
import { expect, test, type Page } from "@playwright/test";

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

async function openBrush(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Model", { exact: true }).selectOption("kling-v1");
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await expect(page.getByRole("application", { name: /Motion brush canvas/ })).toBeVisible();
}

test.describe("desktop 1440x900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("shows the canvas at least 60 % wide and wholly in view, with Create in view after painting", async ({ page }) => {
    await page.goto("/");
    await shot(page, "d-01-empty");
    await openBrush(page);
    const canvas = page.getByRole("application", { name: /Motion brush canvas/ });
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(0.6 * 1440);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await shot(page, "d-02-brush-empty");

    await page.getByRole("button", { name: "Add a moving region" }).click();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.7);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.72, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByRole("button", { name: /^Create video/ })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await shot(page, "d-03-painted");
  });
});

test.describe("phone 390x844", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("puts the canvas first at full width, with 44 px tool targets and Create pinned at the foot", async ({ page }) => {
    await openBrush(page);
    const canvas = page.getByRole("application", { name: /Motion brush canvas/ });
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(390 - 2 * 32);
    for (const name of ["Brush", "Eraser", "Select by click (magic wand)", "Path"]) {
      const b = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.width).toBeGreaterThanOrEqual(44);
    }
    await expect(page.getByRole("button", { name: /^Create video/ })).toBeInViewport();
    await shot(page, "m-02-brush-empty");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

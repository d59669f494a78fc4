// The jobs panel beside the workspace: on a desktop a column that covers no control, on a phone a full-screen sheet;
// focus goes into it on open and back to its opener on close (its button, Escape, the toggle). And the camera
// preview gives focus back to the button that opened it. Screenshots go outside the repo when SHOTS_DIR is set.
import { expect, test, type Locator, type Page } from "@playwright/test";

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const toggle = (page: Page) => page.getByRole("button", { name: /^Jobs/ });
const panel = (page: Page) => page.getByRole("complementary", { name: "Jobs" });

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const x = (await a.boundingBox())!;
  const y = (await b.boundingBox())!;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

async function openPanel(page: Page) {
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeFocused();
}

test.describe("desktop 1440x900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the open panel is a column beside the settings, and gives focus back on Escape and on Close", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Use the sample photo" }).click();
    await shot(page, "jobs-d-closed");
    await openPanel(page);
    await shot(page, "jobs-d-open");
    const settings = page.getByRole("group", { name: "Video settings" });
    expect(await overlaps(panel(page), settings)).toBe(false);
    expect(await overlaps(panel(page), toggle(page))).toBe(false);
    expect(await overlaps(panel(page), page.getByRole("group", { name: "Workspace" }))).toBe(false);
    // Every control of the settings column is still where a pointer can reach it: the panel is not on top of it.
    const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
    await prompt.click();
    await expect(prompt).toBeFocused();

    // Escape from inside the panel closes it and returns focus to the toggle that opened it.
    await page.getByRole("heading", { name: "Jobs" }).focus();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();
    await expect(toggle(page)).toBeFocused();

    await openPanel(page);
    await page.getByRole("button", { name: "Close the jobs list" }).click();
    await expect(panel(page)).toBeHidden();
    await expect(toggle(page)).toBeFocused();
  });

  test("closing the camera preview gives focus back to the button that opened it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Use the sample photo" }).click();
    await page.getByRole("radio", { name: /Camera movement/ }).check();
    const open = page.getByRole("button", { name: "Preview the motion" });
    await expect(open).toBeEnabled();
    await open.click();
    await page.getByRole("button", { name: "Back to editing" }).click();
    await expect(page.getByRole("button", { name: "Preview the motion" })).toBeFocused();
  });
});

test.describe("phone 390x844", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the panel is a full-screen modal dialog whose close button gives focus back to the toggle", async ({ page }) => {
    await page.goto("/");
    await shot(page, "jobs-p-closed");
    await openPanel(page);
    await shot(page, "jobs-p-open");
    // A sheet over the whole page: a modal dialog named by its heading, not a landmark beside the page.
    const sheet = page.getByRole("dialog", { name: "Jobs" });
    await expect(sheet).toBeVisible();
    await expect(sheet).toHaveAttribute("aria-modal", "true");
    await expect(panel(page)).toHaveCount(0);
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBe(390);
    expect(box.height).toBe(844);
    // What the sheet covers is out of reach meanwhile (inert): out of the tab order and the accessibility tree.
    expect(await page.locator("main").evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    await page.getByRole("button", { name: "Close the jobs list" }).click();
    await expect(sheet).toBeHidden();
    await expect(toggle(page)).toBeFocused();
    expect(await page.locator("main").evaluate((el) => (el as HTMLElement).inert)).toBe(false);
  });
});

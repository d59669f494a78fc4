// The workspace as a new user meets it: at 1440x900 the canvas is the page's centre and Create stays in view;
// on a phone the canvas comes first at full width. Screenshots go outside the repo when SHOTS_DIR is set.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";

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
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
  });

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

    // Tap the boat with the wand, then play the preview, at phone size.
    await page.getByRole("button", { name: "Add a moving region" }).click();
    await page.getByRole("button", { name: "Select by click (magic wand)" }).click();
    await canvas.scrollIntoViewIfNeeded();
    const sail = await page.evaluate(() => window.__motionbrushEditor!.frameToClient({ x: 580, y: 440 }));
    await page.touchscreen.tap(sail.x, sail.y);
    await expect(page.getByTestId("editor-announcer")).toContainText("Selected");
    await shot(page, "m-03-wand-selected");
    await page.getByRole("button", { name: "Preview the motion" }).click();
    await expect(page.getByRole("img", { name: "Motion preview" })).toBeVisible();
    await shot(page, "m-04-preview");
  });
});

test.describe("select by click, preview, send", () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
  });

  test("selects the boat with the wand, draws its path, plays the preview and sends a mask that covers the boat", async ({ page }) => {
    await openBrush(page);
    await page.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);
    const toClient = (p: { x: number; y: number }) => page.evaluate((q) => window.__motionbrushEditor!.frameToClient(q), p);
    await page.getByRole("button", { name: "Add a moving region" }).click();
    await page.getByRole("button", { name: "Select by click (magic wand)" }).click();
    // The sail, then Shift+click the hull: the sample's boat (scripts/make-sample.ts) sits at x 500-620, y 390-515.
    const sail = await toClient({ x: 580, y: 440 });
    await page.mouse.click(sail.x, sail.y);
    const hull = await toClient({ x: 560, y: 496 });
    await page.keyboard.down("Shift");
    await page.mouse.click(hull.x, hull.y);
    await page.keyboard.up("Shift");
    await expect(page.getByTestId("editor-announcer")).toContainText("Added");
    await shot(page, "d-04-wand-selected");

    await page.getByRole("button", { name: "Path", exact: true }).click();
    const from = await toClient({ x: 560, y: 470 });
    const to = await toClient({ x: 900, y: 470 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__motionbrushEditor!.getDocument().regions[0]!.path.length)).toBeGreaterThan(1);

    await page.getByRole("button", { name: "Preview the motion" }).click();
    const preview = page.getByRole("img", { name: "Motion preview" });
    await expect(preview).toBeVisible();
    await expect(page.getByText(/not the model's output/)).toBeVisible();
    const first = await preview.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await expect.poll(() => preview.evaluate((c) => Number(c.getAttribute("data-t")))).toBeGreaterThan(0.3);
    await page.getByRole("button", { name: "Pause" }).click();
    const later = await preview.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    expect(later).not.toBe(first);
    await shot(page, "d-05-preview-playing");
    await page.getByRole("slider", { name: "Preview time" }).fill("1000");
    await expect(preview).toHaveAttribute("data-t", "1.000");
    await page.getByRole("button", { name: "Back to editing" }).click();
    await expect(page.getByRole("button", { name: "Preview the motion" })).toBeFocused();

    const submit = page.getByRole("button", { name: /^Create video/ });
    await expect(submit).toBeEnabled({ timeout: 30_000 });
    await expect(submit).toBeInViewport();
    const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
    await submit.click();
    const body = JSON.parse((await sent).postData() ?? "{}") as { dynamic_masks: { mask: string; trajectories: { x: number; y: number }[] }[] };
    const png = Buffer.from(body.dynamic_masks[0]!.mask, "base64");
    const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[y * info.width + x];
    for (const [x, y] of [[580, 440], [600, 470], [560, 496], [520, 495]] as const) expect(at(x, y)).toBe(255);
    for (const [x, y] of [[200, 650], [560, 200], [900, 496], [450, 496]] as const) expect(at(x, y)).toBe(0);
    await expect(page.getByRole("heading", { name: "Jobs" })).toBeFocused();
    await shot(page, "d-06-sent-jobs-panel");
  });
});

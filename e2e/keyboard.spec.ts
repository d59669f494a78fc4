// A motion-brush job from the sample photo to a finished video with the keyboard alone: focus moves by the
// keyboard, every action is a key press, and focus never falls to the page body.
import { expect, test, type Page } from "@playwright/test";

const SHOTS = process.env.SHOTS_DIR;

async function expectFocusKept(page: Page) {
  await page.waitForTimeout(50); // one frame, for focus moves made in requestAnimationFrame
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
}

test.use({ viewport: { width: 1440, height: 900 } });

test("a keyboard-only motion-brush job: sample photo, wand at a typed point, points from the table, Create, video", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("img", { name: /first frame/i })).toBeVisible();
  await expectFocusKept(page);

  const model = page.getByLabel("Model", { exact: true });
  await model.focus();
  await model.selectOption("kling-v1");
  await page.getByRole("radio", { name: "First frame only" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Motion brush" })).toBeChecked();

  // The canvas shows a focus ring when reached by the keyboard.
  const canvas = page.getByRole("application", { name: /Motion brush canvas/ });
  await canvas.focus();
  expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");

  await page.getByRole("button", { name: "Add a moving region" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("editor-announcer")).toHaveText(/Region 1 added/);
  await expectFocusKept(page);

  await page.getByText("Add to Region 1 without drawing").focus();
  await page.keyboard.press("Enter");
  // The sail of the sample's boat, in Kling coordinates (bottom-left origin): x 580, y 719 - 440.
  const x = page.getByRole("spinbutton", { name: "Centre x" });
  await x.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("580");
  const y = page.getByRole("spinbutton", { name: "Centre y" });
  await y.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("279");
  await page.getByRole("button", { name: "Select the object at the centre point into Region 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("editor-announcer")).toHaveText(/Added [\d,]+ pixels/);
  await expectFocusKept(page);

  const addPoint = page.getByRole("button", { name: "Add a point" });
  await addPoint.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("editor-announcer")).toHaveText(/Point 1 added to Region 1/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("editor-announcer")).toHaveText(/Point 2 added to Region 1/);
  await expectFocusKept(page);

  const submit = page.getByRole("button", { name: /^Create video/ });
  await expect(submit).toBeEnabled({ timeout: 30_000 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/k-01-keyboard-ready.png` });
  await submit.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeFocused();
  const card = page.getByTestId("job-card").first();
  await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 30_000 });
  await expect(card.locator("video")).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/k-02-keyboard-video.png` });
});

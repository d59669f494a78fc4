// The motion-brush journey in Chromium: paint on a zoomed canvas with the mouse, submit, and check the body the
// server received. Editor state is read through the test hook (window.__motionbrushEditor), never from pixels.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { drag, toClient, type Vec } from "./helpers";

const W = 1280; // the sample photo's natural size
const H = 720;

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
});

async function openBrush(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("the boat drifts, the gull flies");
  // Before any painting, the tab says which models take the brush and that the official API retired them.
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await expect(page.getByTestId("guide-availability")).toContainText("Only kling-v1-5, kling-v1 accept the motion brush");
  await expect(page.getByTestId("guide-availability")).toContainText("retired on the official Kling API since 2026-09-15");
  // kling-v1 lists the motion brush in std 5 s. It is retired on the official API, so the send is confirmed on purpose
  // (the simulator, like a relay that still serves it, runs it).
  await page.getByLabel("Model", { exact: true }).selectOption("kling-v1");
  await expect(page.getByText(/kling-v1 is retired on the official Kling API since 2026-09-15/)).toBeVisible();
  await page.getByRole("checkbox", { name: /Send it anyway/ }).check();
  await page.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
}

/** The part of the frame visible in the canvas, in frame pixels, shrunk by a margin. */
async function visibleFrame(page: Page) {
  return page.evaluate(() => {
    const { viewport: vp, viewSize } = window.__motionbrushEditor!.getView();
    const x0 = Math.max(0, -vp.x / vp.scale);
    const y0 = Math.max(0, -vp.y / vp.scale);
    const x1 = Math.min(1280, (viewSize.width - vp.x) / vp.scale);
    const y1 = Math.min(720, (viewSize.height - vp.y) / vp.scale);
    return { x0, y0, x1, y1, w: x1 - x0, h: y1 - y0 };
  });
}

async function click(page: Page, p: Vec) {
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
  const c = await toClient(page, p);
  await page.mouse.click(c.x, c.y);
  await page.waitForTimeout(350); // two quick clicks would be a double click
}

async function grey(b64: string) {
  const png = Buffer.from(b64, "base64");
  const meta = await sharp(png).metadata();
  const { data } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { meta, data, at: (x: number, row: number) => data[row * meta.width! + x] };
}

test("paints a static area and two moving regions with paths on a zoomed canvas, and sends them as Kling wants", async ({ page }) => {
  await openBrush(page);
  const scaleNow = () => page.evaluate(() => window.__motionbrushEditor!.getView().viewport.scale);
  const fitScale = await scaleNow();
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  await zoomIn.click();
  await zoomIn.click();
  expect(await scaleNow()).toBeCloseTo(fitScale * 1.25 * 1.25, 5);
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
  const v = await visibleFrame(page);
  const at = (fx: number, fy: number): Vec => ({ x: v.x0 + v.w * fx, y: v.y0 + v.h * fy });

  // The static area: a band across the lower part of what is visible (brush on the static area is the default).
  await drag(page, [at(0.1, 0.85), at(0.5, 0.88), at(0.9, 0.85)]);

  // Region 1: a blob, then a freehand path that starts on it.
  await page.getByRole("button", { name: "Add a moving region" }).click();
  const boat = at(0.25, 0.4);
  await drag(page, [boat, { x: boat.x + 8, y: boat.y + 4 }]);
  await page.getByRole("button", { name: "Path", exact: true }).click();
  await drag(page, [boat, at(0.35, 0.3), at(0.45, 0.25)]);

  // Region 2: a blob, then a path made of clicks that starts on it.
  await page.getByRole("button", { name: "Add a moving region" }).click();
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  const gull = at(0.75, 0.5);
  await drag(page, [gull, { x: gull.x + 6, y: gull.y }]);
  await page.getByRole("button", { name: "Path", exact: true }).click();
  for (const p of [gull, at(0.7, 0.3), at(0.6, 0.15)]) await click(page, p);

  // The live readout speaks Kling: bottom-left origin, so a point near the top has a large y.
  const probe = await toClient(page, at(0.5, 0.2));
  await page.mouse.move(probe.x, probe.y);
  await expect(page.getByTestId("pointer-readout")).toHaveText(/^x \d+, y \d+$/);
  const [rx, ry] = ((await page.getByTestId("pointer-readout").textContent()) ?? "").match(/\d+/g)!.map(Number);
  const probeFrame = at(0.5, 0.2);
  expect(Math.abs(rx! - Math.floor(probeFrame.x))).toBeLessThanOrEqual(2);
  expect(Math.abs(ry! - (H - 1 - Math.floor(probeFrame.y)))).toBeLessThanOrEqual(2);

  const doc = await page.evaluate(() => window.__motionbrushEditor!.getDocument());
  expect(doc.staticMask.strokes).toHaveLength(1);
  expect(doc.regions.map((r) => [r.name, r.strokes.length])).toEqual([
    ["Region 1", 1],
    ["Region 2", 1],
  ]);
  expect(doc.regions[1]!.path).toHaveLength(3);
  await expect(page.getByRole("table", { name: /Path of Region 2/ }).getByRole("row")).toHaveCount(4);
  const axe = await new AxeBuilder({ page }).include('[data-testid="motion-brush-editor"]').include('[data-testid="exclusive-groups"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
  await page.getByRole("button", { name: "Create video" }).click();
  const body = (await sent).postDataJSON() as {
    image: string;
    image_tail?: string;
    static_mask: string;
    dynamic_masks: { mask: string; trajectories: Vec[] }[];
  };
  await expect(page.getByText("Job created")).toBeVisible();

  expect(body.image_tail).toBeUndefined();
  expect(body.dynamic_masks).toHaveLength(2);
  const masks = [body.static_mask, ...body.dynamic_masks.map((d) => d.mask)];
  for (const b64 of masks) {
    expect(b64.startsWith("data:")).toBe(false);
    const m = await grey(b64);
    expect([m.meta.width, m.meta.height]).toEqual([W, H]);
    expect(m.meta.hasAlpha).toBe(false);
    expect([...new Set(m.data)].sort((a, b) => a - b)).toEqual([0, 255]);
  }
  for (const [i, d] of body.dynamic_masks.entries()) {
    expect(d.trajectories.length).toBeGreaterThanOrEqual(2);
    expect(d.trajectories.length).toBeLessThanOrEqual(77);
    for (const p of d.trajectories) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      expect(p.x >= 0 && p.x < W && p.y >= 0 && p.y < H).toBe(true);
    }
    // Each path starts on its own region: bottom-left origin, so the mask row is H - 1 - y.
    const start = d.trajectories[0]!;
    const own = await grey(d.mask);
    expect(own.at(start.x, H - 1 - start.y)).toBe(255);
    const other = await grey(body.dynamic_masks[1 - i]!.mask);
    expect(other.at(start.x, H - 1 - start.y)).toBe(0);
    // The drawn start, converted by hand: x = col, y = H - 1 - row.
    const drawn = doc.regions[i]!.path[0]!;
    expect(start).toEqual({ x: Math.floor(drawn.x), y: H - 1 - Math.floor(drawn.y) });
  }
  // Paths travel upward on screen, so Kling's y grows along them.
  for (const d of body.dynamic_masks) expect(d.trajectories.at(-1)!.y).toBeGreaterThan(d.trajectories[0]!.y);
});

test("refuses to send a region without a path, naming it, and keeps the painting after a reload", async ({ page }) => {
  await openBrush(page);
  await page.getByRole("button", { name: "Add a moving region" }).click();
  await page.getByRole("textbox", { name: "Name of Region 1" }).fill("Boat");
  await page.getByRole("textbox", { name: "Name of Region 1" }).press("Enter");
  await drag(page, [{ x: 600, y: 500 }, { x: 640, y: 510 }]);
  // Pre-flight names the region and the send is refused until it has a path.
  await expect(page.getByText("Boat needs a path of at least 2 points").first()).toBeVisible();
  const submit = page.getByRole("button", { name: /^Create video/ });
  await expect(submit).toBeDisabled();
  // In the editor's words, not the API path.
  await expect(submit).toHaveAccessibleName(/Boat needs a path/);

  // A seventh region is refused with the reason.
  const add = page.getByRole("button", { name: "Add a moving region" });
  for (let i = 0; i < 5; i++) await add.click();
  await expect(add).toHaveAttribute("aria-disabled", "true");
  await add.click({ force: true }); // aria-disabled still answers a click: with the reason
  await expect(page.getByRole("alert").filter({ hasText: /At most 6 moving regions/ })).toBeVisible();
  expect(await page.evaluate(() => window.__motionbrushEditor!.getDocument().regions.length)).toBe(6);

  // Undo removes the regions one by one; Escape mid-stroke leaves no trace.
  await page.keyboard.press("Control+z");
  expect(await page.evaluate(() => window.__motionbrushEditor!.getDocument().regions.length)).toBe(5);
  await page.getByRole("radio", { name: "Work on Boat" }).check();
  const before = await page.evaluate(() => window.__motionbrushEditor!.getDocument().regions[0]!.strokes.length);
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
  const a = await toClient(page, { x: 300, y: 300 });
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 40, a.y + 10, { steps: 5 });
  await page.keyboard.press("Escape");
  await page.mouse.up();
  expect(await page.evaluate(() => window.__motionbrushEditor!.getDocument().regions[0]!.strokes.length)).toBe(before);

  // Nothing lost: the frame, the strokes and the names come back from IndexedDB.
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await page.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);
  const restored = await page.evaluate(() => window.__motionbrushEditor!.getDocument());
  expect(restored.regions.map((r) => r.name)[0]).toBe("Boat");
  expect(restored.regions).toHaveLength(5);
  expect(restored.regions[0]!.strokes).toHaveLength(1);
  await expect(page.getByRole("img", { name: "Preview of the chosen first frame" })).toBeVisible();
});

// The foundation's user journey in Chromium against the built-in simulator: upload, submit, watch, play.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";

async function chooseFirstFrame(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Choose an image for the first frame", { exact: true }).setInputFiles(file);
}

test("a photo from disk becomes a playable video that survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Simulator mode" })).toBeVisible();
  await chooseFirstFrame(page, "public/samples/harbour.jpg");
  await expect(page.getByText("1280 × 720").or(page.getByText("1280x720")).first()).toBeVisible();
  await page.getByLabel("Prompt", { exact: true }).fill("the boat drifts to the right");

  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const body = (await posted).postDataJSON();
  expect(body).toMatchObject({ prompt: "the boat drifts to the right", duration: expect.stringMatching(/^(5|10)$/) });
  expect(body.image).not.toMatch(/^data:/);
  expect(body.external_task_id).toMatch(/^mb-/);

  const card = page.getByTestId("job-card").first();
  const status = card.getByTestId("job-status");
  await expect(status).toHaveAttribute("data-status", /submitted|processing/);
  await expect(status).toHaveAttribute("data-status", "succeed", { timeout: 20_000 });

  const video = card.getByTestId("job-video");
  await expect(video).toBeVisible();
  const played = await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    await new Promise((r) => setTimeout(r, 800));
    return { time: v.currentTime, width: v.videoWidth, ready: v.readyState };
  });
  expect(played.width).toBeGreaterThan(0);
  expect(played.time).toBeGreaterThan(0.2);
  await expect(card.getByRole("link", { name: "Download video" })).toHaveAttribute("download", /^the-boat-drifts-to-the-right-.+\.mp4$/);

  const taskId = await card.getByTestId("job-task-id").textContent();
  await page.reload();
  const again = page.getByTestId("job-card").first();
  await expect(again.getByTestId("job-status")).toHaveAttribute("data-status", "succeed");
  await expect(again.getByTestId("job-task-id")).toHaveText(taskId!);
});

test("an image Kling would refuse is refused in the browser, naming the rule", async ({ page }) => {
  await page.goto("/");
  const small = await sharp({ create: { width: 200, height: 120, channels: 3, background: "#3366aa" } }).png().toBuffer();
  await chooseFirstFrame(page, { name: "small.png", mimeType: "image/png", buffer: small });
  await expect(page.getByRole("alert").filter({ hasText: "at least 300 px" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Create video:/ })).toBeDisabled();
});

test("a request the upstream refuses shows its reason and creates nothing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("not allowed [sim:content]");
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const card = page.getByTestId("job-card").first();
  await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "refused");
  await expect(card).toContainText("1301");
});

test("a failed task shows Kling's reason", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("[sim:fail]");
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const card = page.getByTestId("job-card").first();
  await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "failed", { timeout: 20_000 });
  await expect(card).toContainText("Simulated failure");
});

test("the page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("the harbour at dusk");
  await expect(page.getByRole("button", { name: "Create video", exact: true })).toBeEnabled();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("a task whose polls fail for a while is kept and followed to the end", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("flaky upstream [sim:5xx]");
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const card = page.getByTestId("job-card").first();
  await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 30_000 });
  await expect(card.getByTestId("job-video")).toBeVisible();
});

test("a phone photo with an EXIF rotation is sent upright, at the size the browser shows", async ({ page }) => {
  // Stored 1200x600 with orientation 6 (rotate 90°): browsers show it 600x1200.
  const stored = await sharp({ create: { width: 1200, height: 600, channels: 3, background: "#6a8caf" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
  await page.goto("/");
  await chooseFirstFrame(page, { name: "phone.jpg", mimeType: "image/jpeg", buffer: stored });
  await expect(page.getByText(/600 × 1200/).first()).toBeVisible();
  await page.getByLabel("Prompt", { exact: true }).fill("a portrait photo");
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const sent = await sharp(Buffer.from((await posted).postDataJSON().image, "base64")).metadata();
  expect({ width: sent.width, height: sent.height, orientation: sent.orientation ?? 1 }).toEqual({ width: 600, height: 1200, orientation: 1 });
});

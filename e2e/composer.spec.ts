// Composer journeys, by clicking only, against the built-in simulator: each job type is composed, the body the
// gateway received equals the request preview, and each job is followed to the end under its own kind.
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { ComposerPage } from "./composer-page";
import e2eEnv from "./e2e-env.json";
import { PORTS } from "./ports";

test("a multi-image job is composed by clicking, sent as previewed, and polled under its own kind", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  await c.chooseTab("Multi-image to video");
  const panel = c.panel();
  await expect(panel.getByTestId("guide-availability")).toContainText("Only kling-v1-6 takes several images, and it is retired on the official Kling API since 2026-09-15");
  await expect(c.submit()).toBeDisabled();
  await expect(c.submit()).toHaveAccessibleName(/Add at least one image first/);

  await panel.getByRole("button", { name: "Use the two sample photos" }).click();
  await expect(panel.getByText("2 of 4")).toBeVisible();
  // The prompt is required: the button says so, and so does the field.
  await expect(c.submit()).toHaveAccessibleName(/Check the prompt/);
  await expect(panel.getByText("is required for multi-image to video").first()).toBeVisible();

  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("two boats cross the harbour at dusk");
  await panel.getByRole("radio", { name: /1:1/ }).check({ force: true });
  await c.waitForBudget();
  const preview = await c.previewBody();
  expect(preview).toMatchObject({ model_name: "kling-v1-6", aspect_ratio: "1:1", prompt: "two boats cross the harbour at dusk" });
  // kling-v1-6 is retired on the official API: the send waits for an explicit confirmation.
  await expect(c.submit()).toHaveAccessibleName(/Confirm sending outside the capability map first/);
  await panel.getByRole("checkbox", { name: /Send it anyway/ }).check();

  const request = await c.submitAndCapture("multi-image2video");
  const received = ComposerPage.received(request);
  expect(received.abbreviated).toEqual(preview);
  expect(received.raw.image_list).toHaveLength(2);

  await c.expectJobSucceeds(String(received.raw.external_task_id), "Multi-image to video");
  // A fresh id for the next submission.
  await expect(panel.getByTestId("external-task-id")).not.toHaveValue(String(received.raw.external_task_id));
});

test("a camera job: one-click switch to a model that lists camera, one axis by clicking, sent as previewed", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("slow zoom on the harbour");
  await panel.getByRole("radio", { name: /Camera movement/ }).check();
  // The default kling-v3 does not list camera control: the tab says who does, and the advice offers it.
  await expect(panel.getByTestId("guide-availability")).toContainText("Only kling-v1-5 accepts camera control");
  await expect(panel.getByText("kling-v3 does not list camera control.")).toBeVisible();
  await panel.getByRole("button", { name: "Use kling-v1-5 (Professional)" }).click();
  // What is left is the plain notice that kling-v1-5 is retired on the official API: sent on purpose.
  await expect(panel.getByTestId("capability-advice")).toHaveCount(1);
  await expect(panel.getByTestId("capability-advice")).toContainText("kling-v1-5 is retired on the official Kling API since 2026-09-15");
  await panel.getByRole("checkbox", { name: /Send it anyway/ }).check();

  const camera = panel.getByTestId("camera-panel");
  await expect(c.submit()).toHaveAccessibleName(/Check the camera movement/);
  // Click the pan slider, then the zoom slider: the pan is reset, visibly.
  const pan = camera.getByRole("slider", { name: "Turn up or down" });
  const zoom = camera.getByRole("slider", { name: "Zoom" });
  const box = await zoom.boundingBox();
  await pan.click({ position: { x: box!.width * 0.2, y: box!.height / 2 } });
  await zoom.click({ position: { x: box!.width * 0.8, y: box!.height / 2 } });
  await expect(camera.getByText("Turn up or down reset to 0: only one axis can move at a time.")).toBeVisible();
  await expect(camera.getByRole("textbox", { name: /^Turn up or down/ })).toHaveValue("0");

  await c.waitForBudget();
  const preview = (await c.previewBody()) as { camera_control: { type: string; config: Record<string, number> } };
  expect(preview).toMatchObject({ model_name: "kling-v1-5", mode: "pro", duration: "5", cfg_scale: 0.5 });
  const config = preview.camera_control.config;
  expect(Object.entries(config).filter(([, v]) => v !== 0).map(([k]) => k)).toEqual(["zoom"]);
  expect(config.zoom).toBeGreaterThan(0);

  const request = await c.submitAndCapture("image2video");
  const received = ComposerPage.received(request);
  expect(received.abbreviated).toEqual(preview);
  await c.expectJobSucceeds(String(received.raw.external_task_id), "Image to video");
});

test("a first-and-last-frame job: the end photo, the mode the map lists, sent as previewed", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("the tide comes in");
  await panel.getByLabel("Model", { exact: true }).selectOption("kling-v2-5-turbo");
  await panel.getByRole("radio", { name: /First \+ last frame/ }).check();
  await expect(c.submit()).toHaveAccessibleName(/Choose a last frame first/);
  await panel.getByRole("button", { name: "Use the sample end photo" }).click();
  // kling-v2-5-turbo lists first + last frame in pro only.
  await expect(panel.getByText("kling-v2-5-turbo lists first + last frame only as Professional 5, 10 s.")).toBeVisible();
  await panel.getByRole("button", { name: "Switch to Professional" }).click();

  await c.waitForBudget();
  const preview = (await c.previewBody()) as Record<string, unknown>;
  expect(preview).toMatchObject({ model_name: "kling-v2-5-turbo", mode: "pro" });
  expect(String(preview.image_tail)).toMatch(/…\[base64, /);
  expect(preview).not.toHaveProperty("camera_control");

  const request = await c.submitAndCapture("image2video");
  const received = ComposerPage.received(request);
  expect(received.abbreviated).toEqual(preview);
  expect(received.raw.image_tail).not.toBe(received.raw.image);
  await c.expectJobSucceeds(String(received.raw.external_task_id), "Image to video");
});

test("an invalid combination explains itself next to each field, in a summary, and on the button", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  await expect(c.submit()).toHaveAccessibleName(/Choose a first frame first/);
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  // The prompt is required (except with custom shots).
  await expect(c.submit()).toHaveAccessibleName(/Check the prompt/);
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("the camera pulls back");

  // A callback that is not an http(s) URL: named next to the field, in the summary and on the button.
  await panel.getByRole("textbox", { name: "Callback URL (optional)" }).fill("ftp://example.com/hook");
  await expect(panel.getByText("must be an http(s) URL").first()).toBeVisible();
  await expect(panel.getByTestId("preflight-summary")).toContainText("the callback address: must be an http(s) URL");
  await expect(c.submit()).toHaveAccessibleName(/Check the callback address/);
  await panel.getByRole("textbox", { name: "Callback URL (optional)" }).clear();

  // Camera on kling-v3 with a preset: outside the map. It can be sent, but only after confirming.
  await panel.getByRole("radio", { name: /Camera movement/ }).check();
  await panel.getByRole("radio", { name: /Down and back/ }).check({ force: true });
  await expect(panel.getByText("kling-v3 does not list camera control.")).toBeVisible();
  await c.waitForBudget();
  await expect(c.submit()).toHaveAccessibleName(/Confirm sending outside the capability map first/);

  // Switching group says what it sets aside, and keeps it.
  await expect(panel.getByText(/Choosing this sets aside the camera movement/).first()).toBeVisible();
  await panel.getByRole("radio", { name: /First frame only/ }).check();
  await expect(panel.getByTestId("group-set-aside")).toContainText("Your camera movement.");
  await panel.getByRole("radio", { name: /Camera movement/ }).check();
  await expect(panel.getByRole("radio", { name: /Down and back/ })).toBeChecked();

  // The model that lists camera, but only the simple type: a second advice, with its own switch.
  await panel.getByRole("button", { name: "Use kling-v1-5 (Professional)" }).click();
  await expect(panel.getByText('kling-v1-5 lists only “One axis” camera movement, not a preset.')).toBeVisible();
  await panel.getByRole("checkbox", { name: /Send it anyway/ }).check();
  await expect(c.submit()).toBeEnabled();
  await panel.getByRole("button", { name: "Use “One axis” instead of the preset" }).click();
  // Only the retired-model notice is left.
  await expect(panel.getByTestId("capability-advice")).toHaveCount(1);
  await expect(c.submit()).toHaveAccessibleName(/Check the camera movement/);
});

test.describe("behind a 4.5 MB body limit", () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.smallBudget}` });

  test("an over-budget photo is shrunk in the browser, fits the budget, and is accepted", async ({ page }, info) => {
    const file = info.outputPath("big-photo.jpg");
    const bytes = await noisyPhoto(4000, 3000);
    writeFileSync(file, bytes);
    expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(bytes.length).toBeLessThanOrEqual(10 * 1024 * 1024);

    const c = new ComposerPage(page);
    await c.open();
    const panel = c.panel();
    const chooser = page.waitForEvent("filechooser");
    await panel.getByText("Choose an image", { exact: false }).first().click();
    await (await chooser).setFiles(file);
    await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("grain dances in the light");

    const meter = await c.waitForBudget();
    await expect(meter).toContainText("of 4.5 MB");
    await expect(meter.getByTestId("budget-images")).toContainText("4000×3000 px");
    const shown = Number(await meter.getAttribute("data-bytes"));
    expect(shown).toBeLessThanOrEqual(e2eEnv.smallBudgetBytes);

    const preview = await c.previewBody();
    const request = await c.submitAndCapture("image2video");
    const received = ComposerPage.received(request);
    expect(received.abbreviated).toEqual(preview);
    expect(received.bytes).toBe(shown);
    expect(received.bytes).toBeLessThanOrEqual(e2eEnv.smallBudgetBytes);
    await c.expectJobSucceeds(String(received.raw.external_task_id), "Image to video");
  });
});

/** A noisy 4000x3000 JPEG of 8-10 MB: gradients plus grain that JPEG cannot squeeze. */
async function noisyPhoto(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < raw.length; i += 3) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const n = (seed >>> 24) - 128;
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = Math.max(0, Math.min(255, (x * 255) / width + n * 0.9));
    raw[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + n * 0.9));
    raw[i + 2] = Math.max(0, Math.min(255, 128 + n * 0.9));
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 91 }).toBuffer();
}

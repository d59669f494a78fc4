// The December 2026 contract in the composer, by clicking only, against the built-in simulator: what a job
// should cost and did cost, retired models said before sending, and custom shots that must fill the duration.
import { expect, test } from "@playwright/test";
import { ComposerPage, composeThreeShots } from "./composer-page";

test("a new user's first job goes to a live model, shows its cost before sending and its charge after", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("the boats rock gently");
  await expect(panel.getByLabel("Model", { exact: true })).toHaveValue("kling-v3");
  await expect(panel.getByTestId("cost-estimate")).toContainText("about 3 units (≈ US$0.42)");
  await panel.getByLabel("Duration", { exact: true }).selectOption("15");
  await panel.getByRole("radio", { name: /^Professional/ }).check({ force: true });
  await expect(panel.getByTestId("cost-estimate")).toContainText("about 12 units (≈ US$1.68)");
  // No rate is published for a retired model: unknown, never 0.
  await panel.getByLabel("Model", { exact: true }).selectOption("kling-v1-6");
  await expect(panel.getByTestId("cost-estimate")).toContainText("unknown");
  await panel.getByLabel("Model", { exact: true }).selectOption("kling-v3");
  await panel.getByLabel("Duration", { exact: true }).selectOption("5");
  await panel.getByRole("radio", { name: /^Standard/ }).check({ force: true });
  await expect(panel.getByTestId("capability-advice")).toHaveCount(0);

  await c.waitForBudget();
  const request = await c.submitAndCapture("image2video");
  const received = ComposerPage.received(request);
  expect(received.raw).toMatchObject({ model_name: "kling-v3", mode: "std", duration: "5", sound: "off" });
  expect(received.raw).not.toHaveProperty("cfg_scale");
  const id = String(received.raw.external_task_id);
  await c.expectJobSucceeds(id, "Image to video");
  await expect(c.jobCard(id).getByTestId("units-charged")).toHaveText("Kling charged 3 units");
});

test("a retired model shows its warning before sending, and is sent only on purpose", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/kling/")) posts++;
  });
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("the flag waves");
  const model = panel.getByLabel("Model", { exact: true });
  await expect(model.getByRole("option", { name: /kling-v2-1 \(retired\)/ })).toHaveCount(1);
  await model.selectOption("kling-v2-1");
  const warning = panel.getByTestId("capability-advice");
  await expect(warning).toContainText("kling-v2-1 is retired on the official Kling API since 2026-09-15");
  await expect(warning).toContainText("Only a relay or private deployment that still serves it will run this job");
  await c.waitForBudget();
  await expect(c.submit()).toBeDisabled();
  await expect(c.submit()).toHaveAccessibleName(/Confirm sending outside the capability map first/);
  // One click goes back to a live model.
  await warning.getByRole("button", { name: "Use kling-v3" }).click();
  await expect(model).toHaveValue("kling-v3");
  await expect(warning).toHaveCount(0);
  expect(posts).toBe(0);
});

test("custom shots whose seconds do not add up explain themselves and send nothing", async ({ page }) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/kling/")) posts++;
  });
  await composeThreeShots(c);
  await panel.getByRole("spinbutton", { name: "Shot 3 seconds" }).fill("2");
  await expect(panel.getByText("2 s of 12 s left to give to shots.")).toBeVisible();
  await expect(panel.getByText("the shots add up to 10 s, but the video is 12 s: make them add up to 12 s").first()).toBeVisible();
  await expect(c.submit()).toBeDisabled();
  await expect(c.submit()).toHaveAccessibleName(/Check the custom shots/);
  await panel.getByRole("spinbutton", { name: "Shot 3 seconds" }).fill("6");
  await expect(panel.getByText("The shots run 2 s over the 12 s duration.")).toBeVisible();
  await expect(c.submit()).toBeDisabled();
  expect(posts).toBe(0);
});

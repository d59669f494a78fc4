// Reopen, reload and project files: a motion-brush job reopened after a reload, or exported, imported into a
// browser with empty storage and sent again, sends the same body under a new external_task_id.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Request } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { ComposerPage } from "./composer-page";
import { drag } from "./helpers";

const CREATE = "/api/kling/v1/videos/image2video";
const PROMPT = "the boat drifts out of the harbour";

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
});

/** The retired kling-v1 takes the brush: its send is confirmed on purpose (the simulator runs it). */
async function confirmRetired(page: Page) {
  await page.getByRole("checkbox", { name: /Send it anyway/ }).check();
}

async function send(page: Page): Promise<Record<string, unknown>> {
  const posted = page.waitForRequest((r: Request) => r.method() === "POST" && r.url().endsWith(CREATE));
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  return (await posted).postDataJSON() as Record<string, unknown>;
}

async function sendMotionBrushJob(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill(PROMPT);
  await page.getByRole("radio", { name: "Motion brush" }).check();
  await page.getByLabel("Model", { exact: true }).selectOption("kling-v1");
  await confirmRetired(page);
  await page.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);
  await drag(page, [{ x: 100, y: 650 }, { x: 600, y: 660 }, { x: 1100, y: 650 }]);
  await page.getByRole("button", { name: "Add a moving region" }).click();
  await drag(page, [{ x: 400, y: 300 }, { x: 420, y: 310 }]);
  await page.getByRole("button", { name: "Path", exact: true }).click();
  await drag(page, [{ x: 400, y: 300 }, { x: 550, y: 250 }, { x: 700, y: 200 }]);
  const body = await send(page);
  expect(body.static_mask).toBeTruthy();
  expect(body.dynamic_masks).toHaveLength(1);
  return body;
}

/** The jobs list is a panel opened from the header (a send opens it by itself). */
async function openJobs(page: Page) {
  const toggle = page.getByRole("button", { name: /^Jobs/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
}

const card = (page: Page) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: PROMPT }) });
const withoutId = (b: Record<string, unknown>) => JSON.stringify({ ...b, external_task_id: null });

test("a motion-brush job reopened after a reload sends the same body under a new external_task_id", async ({ page }) => {
  const first = await sendMotionBrushJob(page);
  await expect(card(page)).toHaveCount(1);
  await page.waitForTimeout(600); // the editor's autosave
  await page.reload();
  await openJobs(page);

  const reopen = card(page).getByRole("button", { name: /^Reopen as new draft \(duplicate and change\)/ });
  await reopen.focus();
  await page.keyboard.press("Enter");
  // The panel steps aside for the draft; the job itself stays in the list.
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeHidden();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(PROMPT);
  await expect(page.getByRole("radio", { name: "Motion brush" })).toBeChecked();
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("kling-v1");
  await page.waitForFunction(() => (window.__motionbrushEditor?.getDocument().regions[0]?.path.length ?? 0) > 1);
  await confirmRetired(page);
  const again = await send(page);

  expect(again.external_task_id).not.toBe(first.external_task_id);
  expect(withoutId(again)).toBe(withoutId(first));
  await expect(card(page)).toHaveCount(2);
});

test("a project exported, imported into empty storage and sent again sends the same body", async ({ page, browser }) => {
  const first = await sendMotionBrushJob(page);
  // A send opens the jobs panel by itself.
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
  const job = card(page);
  await expect(job).toHaveCount(1);

  const download = page.waitForEvent("download");
  await job.getByRole("button", { name: /^Export project: job / }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^the-boat-drifts-out-of-the-harbour-.+\.motionbrush\.json$/);
  const projectPath = await file.path();
  const project = JSON.parse(readFileSync(projectPath, "utf8"));
  expect(project).toMatchObject({ format: "motionbrush-project", version: 1, recipe: { version: 1, guideMode: "motion_brush" } });
  expect(JSON.stringify(project.sentBody)).toBe(JSON.stringify(first));

  const zipDownload = page.waitForEvent("download");
  await job.getByRole("button", { name: /^Export drawing of job / }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toMatch(/-drawing\.zip$/);
  const files = unzipSync(readFileSync(await zip.path()));
  expect(Object.keys(files).sort()).toEqual(["drawing.json", "dynamic_mask_1.png", "static_mask.png", "tracks_top_left.json", "trajectories_kling.json"]);
  const kling = JSON.parse(strFromU8(files["trajectories_kling.json"]!));
  expect(kling[0]).toEqual((first.dynamic_masks as { trajectories: unknown }[])[0]!.trajectories);

  // A browser with empty storage: no jobs, no draft, no painting.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await fresh.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
  const other = await fresh.newPage();
  await other.goto("/");
  await openJobs(other);
  await expect(other.getByText("No jobs yet.")).toBeVisible();

  // A damaged file is refused and changes nothing.
  const input = other.getByLabel("Import a project file");
  await input.setInputFiles({ name: "broken.motionbrush.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(other.getByText("Not imported, nothing was changed: the file is damaged (it is not valid JSON).")).toBeVisible();
  await input.setInputFiles({ name: "v2.motionbrush.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...project, version: 2 })) });
  await expect(other.getByText(/cannot read/)).toBeVisible();
  await expect(other.getByText("No jobs yet.")).toBeVisible();

  // By keyboard: the Import project button opens the file chooser.
  const chooser = other.waitForEvent("filechooser");
  await other.getByRole("button", { name: "Import project" }).focus();
  await other.keyboard.press("Enter");
  await (await chooser).setFiles(projectPath);
  await expect(other.getByText(`Imported "${PROMPT}".`, { exact: false })).toBeVisible();
  const imported = card(other);
  await expect(imported.getByTestId("job-status")).toHaveAttribute("data-status", "imported");
  await input.setInputFiles(projectPath);
  await expect(other.getByText("This job is already in the list: nothing was changed.")).toBeVisible();
  await expect(card(other)).toHaveCount(1);
  const axe = await new AxeBuilder({ page: other }).include("#jobs-heading").include("article").analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await imported.getByRole("button", { name: /^Reopen as new draft \(duplicate and change\)/ }).click();
  await expect(other.getByLabel("Prompt", { exact: true })).toHaveValue(PROMPT);
  await other.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);
  await confirmRetired(other);
  const again = await send(other);
  expect(again.external_task_id).not.toBe(first.external_task_id);
  expect(withoutId(again)).toBe(withoutId(first));
  await fresh.close();
});

test("a reload keeps the prompt, negative prompt, model and guide mode", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("gulls over the quay");
  await page.getByLabel("Negative prompt", { exact: true }).fill("blur");
  await page.getByRole("radio", { name: "Camera movement" }).check();
  await page.getByLabel("Model", { exact: true }).selectOption("kling-v1-5");
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue("gulls over the quay");
  await expect(page.getByLabel("Negative prompt", { exact: true })).toHaveValue("blur");
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("kling-v1-5");
  await expect(page.getByRole("radio", { name: "Camera movement" })).toBeChecked();
  await expect(page.getByRole("img", { name: "Preview of the chosen first frame" })).toBeVisible();
});

test("a multi-image draft survives a reload, and its job reopens from the list and sends the same body under a new id", async ({ page }) => {
  const c = new ComposerPage(page);
  const prompt = "two boats cross the harbour at dusk";
  await c.open();
  await c.chooseTab("Multi-image to video");
  await c.panel().getByRole("button", { name: "Use the two sample photos" }).click();
  await c.panel().getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
  await c.panel().getByRole("radio", { name: /1:1/ }).check({ force: true });
  await c.waitForBudget();
  await page.waitForTimeout(600); // the draft is written a moment after the last change
  await page.reload();

  await c.chooseTab("Multi-image to video");
  await expect(c.panel().getByRole("textbox", { name: "Prompt", exact: true })).toHaveValue(prompt);
  await expect(c.panel().getByRole("radio", { name: /1:1/ })).toBeChecked();
  await expect(c.panel().getByText("2 of 4")).toBeVisible();
  await c.waitForBudget();
  // The confirmation is never kept: it is given again for what is on screen.
  await c.panel().getByRole("checkbox", { name: /Send it anyway/ }).check();
  const first = ComposerPage.received(await c.submitAndCapture("multi-image2video")).raw;
  expect(first.image_list).toHaveLength(2);

  // A reload later, the job's card reopens it into the multi-image composer (its tab opens by itself).
  await page.reload();
  await openJobs(page);
  const jobCard = page.getByRole("article").filter({ has: page.getByRole("heading", { name: prompt }) });
  await jobCard.getByRole("button", { name: /^Reopen as new draft/ }).click();
  await expect(page.getByRole("tab", { name: "Multi-image to video" })).toHaveAttribute("aria-selected", "true");
  await expect(c.panel().getByRole("textbox", { name: "Prompt", exact: true })).toHaveValue(prompt);
  await expect(c.panel().getByText("2 of 4")).toBeVisible();
  await c.waitForBudget();
  await c.panel().getByRole("checkbox", { name: /Send it anyway/ }).check();
  const again = ComposerPage.received(await c.submitAndCapture("multi-image2video")).raw;
  expect(again.external_task_id).not.toBe(first.external_task_id);
  expect(withoutId(again)).toBe(withoutId(first));
});

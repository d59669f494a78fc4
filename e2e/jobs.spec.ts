// Jobs that last: the kept video, one poll at a time across tabs, failures with advice, tasks made elsewhere.
import { readFileSync } from "node:fs";
import { expect, test, type Page, type Request } from "@playwright/test";
import { sampleBase64, watchCsp } from "./helpers";

const CREATE = "/api/kling/v1/videos/image2video";

async function createJob(page: Page, prompt: string): Promise<Request> {
  await page.getByRole("button", { name: "Use the sample photo" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(CREATE));
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  return posted;
}

/** The jobs list is a panel opened from the header (a send opens it by itself; a reload closes it). */
async function openJobs(page: Page) {
  const toggle = page.getByRole("button", { name: /^Jobs/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
}

const card = (page: Page, prompt: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: prompt }) });

test("a finished job still plays from this browser after the upstream's video stops answering", async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto("/");
  await createJob(page, "kept copy of the harbour");
  const job = card(page, "kept copy of the harbour");
  await expect(job.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 20_000 });
  await expect(job.getByText("Saved in this browser")).toBeVisible();
  await expect(job.getByText(/Kling deletes its copy in 30 days/)).toBeVisible();
  await expect(job.getByRole("link", { name: "Download video" })).toHaveAttribute("download", /^kept-copy-of-the-harbour-.+\.mp4$/);

  // The upstream's copy is gone: neither the video URL nor the media route answers any more.
  await page.route("**/simulator/sample.mp4", (r) => r.abort());
  await page.route("**/api/media**", (r) => r.abort());
  await page.reload();
  expect(await page.evaluate(() => fetch("/simulator/sample.mp4").then(() => "answered", () => "gone"))).toBe("gone");
  await openJobs(page);

  const again = card(page, "kept copy of the harbour");
  const video = again.getByRole("region").or(again.locator("video"));
  await expect(again.locator("video")).toHaveAttribute("data-source", "local");
  const played = await video.first().evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    await new Promise((r) => setTimeout(r, 800));
    return { time: v.currentTime, width: v.videoWidth, src: v.currentSrc };
  });
  expect(played.src).toMatch(/^blob:/);
  expect(played.width).toBeGreaterThan(0);
  expect(played.time).toBeGreaterThan(0.2);
  await expect(page.getByTestId("storage-summary")).toContainText(/\d+ videos? kept/);
  expect(violations).toEqual([]);
});

test("two tabs on one job send one poll at a time, and both show its end", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/");
  await b.goto("/");
  await openJobs(b);

  const polls = { a: 0, b: 0 };
  let inFlight = 0;
  let maxInFlight = 0;
  const isPoll = (r: Request) => r.method() === "GET" && /\/api\/kling\/v1\/videos\/image2video\/[^/?]+$/.test(new URL(r.url()).pathname);
  for (const [name, page] of [["a", a], ["b", b]] as const) {
    page.on("request", (r) => {
      if (!isPoll(r)) return;
      polls[name]++;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
    });
    const done = (r: Request) => {
      if (isPoll(r)) inFlight--;
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
  }

  await createJob(a, "two tabs watch one boat");
  for (const page of [a, b]) {
    await expect(card(page, "two tabs watch one boat").getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 20_000 });
  }
  const taskId = (await card(a, "two tabs watch one boat").getByTestId("job-task-id").textContent())!;

  // What the server received for this task, from its own log.
  const log = readFileSync(".ci-out/app-embedded.log", "utf8");
  const serverPolls = log.split("\n").filter((l) => l.includes('"route":"GET image2video"') && l.includes(taskId)).length;
  expect(polls.a + polls.b).toBeGreaterThan(0);
  expect(Math.min(polls.a, polls.b)).toBe(0);
  expect(maxInFlight).toBe(1);
  expect(serverPolls).toBe(polls.a + polls.b);
});

test("a failed task says what to do next and retries the same request under a new id", async ({ page }) => {
  await page.goto("/");
  const first = await createJob(page, "[sim:fail] a boat");
  const job = card(page, "[sim:fail] a boat").first();
  await expect(job.getByTestId("job-status")).toHaveAttribute("data-status", "failed", { timeout: 20_000 });
  await expect(job).toContainText("Kling's content check refused the image");
  await expect(job).toContainText("try another photo");
  await expect(job).toContainText("Simulated failure");

  const retried = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(CREATE));
  await job.getByRole("button", { name: /^Retry job/ }).click();
  const before = first.postDataJSON() as Record<string, unknown>;
  const after = (await retried).postDataJSON() as Record<string, unknown>;
  expect(after.external_task_id).not.toBe(before.external_task_id);
  expect({ ...after, external_task_id: "" }).toEqual({ ...before, external_task_id: "" });
  await expect(card(page, "[sim:fail] a boat")).toHaveCount(2);
});

test("tasks made elsewhere on the account are added with their videos", async ({ page, request }) => {
  const violations = watchCsp(page);
  const made = await request.post(CREATE, {
    data: { model_name: "kling-v2-6", image: sampleBase64(), prompt: "made by a script", duration: "5", external_task_id: `script-${Date.now()}` },
  });
  const taskId = ((await made.json()) as { data: { task_id: string } }).data.task_id;
  await page.goto("/");
  await openJobs(page);
  await page.getByRole("button", { name: "Find tasks made elsewhere" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Added \d+ tasks?\./ })).toBeVisible();
  const found = page.getByRole("article").filter({ has: page.getByText(taskId) });
  await expect(found).toContainText("Found in your Kling account");
  await expect(found.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 20_000 });
  await expect(found.locator("video")).toBeVisible();
  expect(violations).toEqual([]);
});

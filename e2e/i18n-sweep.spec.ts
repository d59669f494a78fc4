// Every state a person can reach in the composer and the job list, in Chinese and in English: on the Chinese page
// no English outside the request preview, user content and brand or technical names; axe finds nothing in either.
// The screens checked and the axe counts are written to .ci-out/i18n-sweep/ for the closing note.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { MESSAGES } from "@/lib/i18n/messages";
import { Sweep, useLocale } from "./zh-sweep";

const zh = MESSAGES.zh;

const CREATE = "**/api/kling/v1/videos/image2video";
const starts = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

const PROMPTS = {
  done: "海港黄昏，小船缓缓向右漂去",
  failed: "[sim:fail] 暴风雨中的灯塔",
  refused: "[sim:content] 不允许的内容",
  queued: "码头上盘旋的海鸥",
  running: "晨雾中的渔船",
  limited: "被限流的任务",
  file: "small.png",
};

for (const locale of ["zh", "en"] as const) {
  test(`every composer and job state reads in ${locale === "zh" ? "Chinese" : "English"} with no axe violation`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const m = MESSAGES[locale];
    const sweep = new Sweep(page, locale, Object.values(PROMPTS));
    await useLocale(page, locale, baseURL!);

    // Polls of the held jobs answer queued or running, so those states stay on screen while we look.
    const held = new Map<string, "submitted" | "processing">();
    await page.route(`${CREATE}/*`, async (route) => {
      // A poll the page gave up on (another tab's turn, a reload) disposes of its answer: let it go.
      const answer = await route.fetch().then(
        async (res) => ({ res, json: await res.json() }),
        () => null,
      ).catch(() => null);
      if (!answer) return route.abort().catch(() => {});
      const { res, json } = answer;
      const hold = held.get(json.data?.task_info?.external_task_id);
      if (hold) {
        json.data.task_status = hold;
        delete json.data.task_result;
      }
      await route.fulfill({ response: res, json });
    });

    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: m.upstream.simulator })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await sweep.check("composer, empty, with the simulator banner");

    const panel = page.getByRole("tabpanel").filter({ visible: true });
    // An image Kling would refuse: the rule, with this image's size.
    const small = await sharp({ create: { width: 200, height: 120, channels: 3, background: "#3366aa" } }).png().toBuffer();
    await panel.getByLabel(m.composer.firstFrame.choose + m.composer.firstFrame.chooseContext, { exact: true }).setInputFiles({
      name: "small.png",
      mimeType: "image/png",
      buffer: small,
    });
    await expect(page.getByRole("alert").filter({ hasText: "200 × 120" }).first()).toBeVisible();
    await sweep.check("image rule error (too small)");

    await panel.getByRole("button", { name: m.composer.firstFrame.sample }).click();
    await expect(panel.getByTestId("cost-estimate")).toContainText(m.cost.label);
    await sweep.check("composer with the sample photo, cost estimate, nothing typed (prompt required)");

    await panel.getByLabel(m.composer.prompt.label, { exact: true }).fill(PROMPTS.done);
    await panel.getByRole("radio", { name: starts(m.frames.groups.options.first_last_frame.label) }).check();
    await sweep.check("guide: first + last frame, no last frame yet (validation)");

    await panel.getByRole("radio", { name: starts(m.frames.groups.options.camera.label) }).check();
    await expect(panel.getByTestId("camera-panel")).toBeVisible();
    await sweep.check("guide: camera, where it works, retired models");
    await panel.getByRole("textbox", { name: m.camera.numberLabel(m.camera.axes.pan) }).fill("3");
    await expect(panel.getByText(m.camera.active(m.camera.axes.pan, 3, m.camera.sign.up))).toBeVisible();
    await sweep.check("guide: camera, one axis set");

    await panel.getByRole("radio", { name: starts(m.frames.groups.options.motion_brush.label) }).check();
    await expect(panel.getByTestId("editor-canvas")).toBeVisible();
    await sweep.check("guide: motion brush, nothing painted (validation)");
    await panel.getByLabel(m.composer.model.label, { exact: true }).selectOption("kling-v1");
    await expect(panel.getByTestId("capability-advice").first()).toBeVisible();
    await sweep.check("retired-model warning (kling-v1) with send anyway");

    await page.getByRole("tab", { name: m.composerTabs.multi, exact: true }).click();
    await page.getByRole("tabpanel").filter({ visible: true }).getByRole("button", { name: m.multi.images.sample }).click();
    await sweep.check("guide: multi-image, two sample photos, no prompt (validation)");

    // Jobs: back to the plain first frame and a live model, one job for each state a job can be in.
    await page.getByRole("tab", { name: m.composerTabs.single, exact: true }).click();
    await panel.getByLabel(m.composer.model.label, { exact: true }).selectOption("kling-v3");
    await panel.getByRole("radio", { name: starts(m.frames.groups.options.first_frame.label) }).check();
    const send = async (prompt: string, hold?: "submitted" | "processing") => {
      await panel.getByLabel(m.composer.prompt.label, { exact: true }).fill(prompt);
      const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
      await panel.getByRole("button", { name: m.composer.submit.label, exact: true }).click();
      const id = (await posted).postDataJSON().external_task_id as string;
      if (hold) held.set(id, hold);
      return page.locator(`[data-testid="job-card"][data-external-task-id="${id}"]`);
    };
    const closeJobs = async () => {
      const close = page.getByRole("button", { name: m.layout.closeJobs });
      if (await close.isVisible()) await close.click();
    };
    const status = (card: ReturnType<Page["locator"]>) => card.getByTestId("job-status");

    const queued = await send(PROMPTS.queued, "submitted");
    await expect(status(queued)).toHaveAttribute("data-status", "submitted");
    await sweep.check("a sent job, queued");
    await closeJobs();
    const running = await send(PROMPTS.running, "processing");
    await expect(status(running)).toHaveAttribute("data-status", "processing", { timeout: 20_000 });
    await sweep.check("a sent job, running");
    await closeJobs();
    const done = await send(PROMPTS.done);
    await expect(status(done)).toHaveAttribute("data-status", "succeed", { timeout: 30_000 });
    await expect(done.getByTestId("job-video")).toBeVisible();
    await sweep.check("a job that succeeded, with its video and the units charged");
    await closeJobs();
    const failed = await send(PROMPTS.failed);
    await expect(status(failed)).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
    await sweep.check("a job that failed, with advice");
    await closeJobs();
    // A refused create stays in the composer (its reason above Create); the card waits in the jobs list.
    const jobsButton = page.getByRole("button", { name: starts(m.layout.jobsButton) });
    const openJobs = async () => {
      if (!(await page.getByRole("button", { name: m.layout.closeJobs }).isVisible())) await jobsButton.click();
    };
    const refused = await send(PROMPTS.refused);
    await expect(panel.getByRole("alert").filter({ hasText: m.composer.result.refused("").slice(0, 8) })).toBeVisible();
    await sweep.check("a create Kling refused (1301), its reason in the composer");
    await openJobs();
    await expect(status(refused)).toHaveAttribute("data-status", "refused");
    await sweep.check("a job Kling refused (1301), with advice");
    await closeJobs();

    // The gateway's own refusal (a limit): its reason code is worded here, not its English message.
    await page.route(CREATE, (route) =>
      route.fulfill({
        status: 401,
        json: { code: 1001, message: "Sign in first: this Motionbrush server needs a session or an API token.", request_id: "r-gate", reason: "sign-in-required" },
      }),
    );
    const limited = await send(PROMPTS.limited);
    await openJobs();
    await expect(limited).toContainText(m.refusals["sign-in-required"]);
    await sweep.check("a job the server's gate refused (401, sign-in-required)");
    await page.unroute(CREATE);

    await openJobs();
    await expect(page.getByRole("region", { name: m.layout.jobsPanel, exact: true })).toBeVisible();
    await sweep.check("the jobs panel with six jobs");

    // Listing the account's tasks fails (a relay's 502 with an English message): worded from its status and code.
    const listing = (url: URL) => url.pathname.startsWith("/api/kling/v1/videos/") && url.searchParams.has("pageNum");
    await page.route(listing, (route) =>
      route.fulfill({ status: 502, json: { code: 5000, message: "upstream relay exploded", request_id: "r-list" } }),
    );
    await page.getByRole("button", { name: m.jobs.upstream.find }).click();
    await expect(page.getByRole("status").filter({ hasText: m.jobs.upstream.failed(m.lookupFailure.http(502, 5000)) })).toBeVisible();
    await sweep.check("listing the account's tasks failed (502)");
    await page.unroute(listing);

    await page.getByLabel(m.jobs.project.importLabel).setInputFiles({
      name: "broken.motionbrush.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await expect(page.getByText(starts(m.jobs.project.refused("").trim())).first()).toBeVisible();
    await sweep.check("project import error");

    sweep.save("composer-and-jobs");
  });
}

test.describe("the motion brush in Chinese", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("sample photo, a region, a path, send, and the finished video plays, with no English on the way", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const m = zh;
    const prompt = "小船向右漂去";
    const sweep = new Sweep(page, "zh", [prompt]);
    await page.addInitScript(() => window.localStorage.setItem("motionbrush:test-hook", "1"));
    await useLocale(page, "zh", baseURL!);
    await page.goto("/");
    // The Chinese catalogue is its own chunk: a click before the page hydrated would be lost.
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    const panel = page.getByRole("tabpanel").filter({ visible: true });
    await panel.getByRole("button", { name: m.composer.firstFrame.sample }).click();
    await panel.getByLabel(m.composer.prompt.label, { exact: true }).fill(prompt);
    await panel.getByRole("radio", { name: starts(m.frames.groups.options.motion_brush.label) }).check();
    await panel.getByLabel(m.composer.model.label, { exact: true }).selectOption("kling-v1");
    await panel.getByRole("checkbox", { name: m.advice.confirm }).check();
    await page.waitForFunction(() => window.__motionbrushEditor?.getDocument().paintSize?.width === 1280);

    const canvas = page.getByTestId("editor-canvas");
    const drag = async (points: { x: number; y: number }[]) => {
      await canvas.scrollIntoViewIfNeeded();
      const at = await Promise.all(points.map((p) => page.evaluate((q) => window.__motionbrushEditor!.frameToClient(q), p)));
      await page.mouse.move(at[0]!.x, at[0]!.y);
      await page.mouse.down();
      for (const c of at.slice(1)) await page.mouse.move(c.x, c.y, { steps: 8 });
      await page.mouse.up();
    };

    // A region painted on the boat: the page asks for its path, in Kling's words.
    await page.getByRole("button", { name: m.editor.layers.add }).click();
    await drag([{ x: 320, y: 300 }, { x: 360, y: 320 }, { x: 340, y: 340 }]);
    await expect(page.getByRole("button", { name: starts(m.composer.submit.label) })).toHaveAccessibleName(new RegExp(m.issueWords.region(1)));
    await sweep.check("motion brush: a region painted, no path yet");

    await page.getByRole("button", { name: m.editor.tools.path, exact: true }).click();
    await drag([{ x: 340, y: 320 }, { x: 500, y: 280 }, { x: 640, y: 240 }]);
    await expect.poll(() => page.evaluate(() => window.__motionbrushEditor!.getDocument().regions[0]?.path.length ?? 0)).toBeGreaterThanOrEqual(2);
    await sweep.check("motion brush: a region with its path, ready to send");

    const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/kling/v1/videos/image2video"));
    await panel.getByRole("button", { name: m.composer.submit.label, exact: true }).click();
    const body = (await sent).postDataJSON() as { external_task_id: string; dynamic_masks: { trajectories: unknown[] }[] };
    expect(body.dynamic_masks).toHaveLength(1);
    expect(body.dynamic_masks[0]!.trajectories.length).toBeGreaterThanOrEqual(2);

    const card = page.locator(`[data-testid="job-card"][data-external-task-id="${body.external_task_id}"]`);
    await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 30_000 });
    const video = card.getByRole("region", { name: m.jobs.video(prompt) }).or(card.getByLabel(m.jobs.video(prompt)));
    await expect(video.first()).toBeVisible();
    const player = card.getByTestId("job-video");
    await player.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
    });
    // Playing: the clock moves and the frames have a size.
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0);
    expect(await player.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    await sweep.check("motion brush job finished, its video playing");
    sweep.save("motion-brush-journey");
  });
});

// Looks at the job list with a finished, a failed and a running job, at desktop and phone sizes (screenshots in
// .ci-out/screens for a person to look at), and checks the three are shown side by side without overflow.
import { expect, test, type Page } from "@playwright/test";

async function send(page: Page, prompt: string) {
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  await expect(page.getByRole("heading", { name: prompt })).toBeVisible();
  // The new job opens the jobs panel over the settings; close it to compose the next one.
  await page.getByRole("button", { name: "Close the jobs list" }).click();
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the job list shows a finished, a failed and a running job at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    // The running job's polls are held at "processing" so it stays running while we look.
    const held = new Set<string>();
    await page.route("**/api/kling/v1/videos/image2video/*", async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      if (held.has(json.data?.task_info?.external_task_id)) {
        json.data.task_status = "processing";
        delete json.data.task_result;
      }
      await route.fulfill({ response: res, json });
    });
    await page.goto("/");
    await page.getByRole("button", { name: "Use the sample photo" }).click();
    await send(page, "the harbour at dusk, boats drifting slowly to the right");
    await send(page, "[sim:fail] a lighthouse in the storm");
    await expect(page.getByRole("button", { name: "Create video", exact: true })).toBeEnabled();
    held.add(await page.getByLabel("Your task id (external_task_id)").inputValue());
    await send(page, "gulls circling over the pier");

    await page.getByRole("button", { name: /^Jobs/ }).click();
    const jobs = page.getByRole("region", { name: "Jobs", exact: true });
    const status = (prompt: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { name: prompt }) }).getByTestId("job-status");
    await expect(status("the harbour at dusk, boats drifting slowly to the right")).toHaveAttribute("data-status", "succeed", { timeout: 20_000 });
    await expect(status("[sim:fail] a lighthouse in the storm")).toHaveAttribute("data-status", "failed", { timeout: 20_000 });
    await expect(status("gulls circling over the pier")).toHaveAttribute("data-status", "processing", { timeout: 20_000 });

    const list = jobs.first();
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.ci-out/screens/jobs-${size.width}x${size.height}.png`, fullPage: true });
    await list.screenshot({ path: `.ci-out/screens/jobs-list-${size.width}x${size.height}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

// Page object for the composer journeys: what a person clicks, named as they would name it.
import { expect, type Page, type Request } from "@playwright/test";
import { abbreviateBody } from "@/lib/composer/preview";

export class ComposerPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("button", { name: /^Jobs/ })).toBeVisible();
  }

  panel() {
    return this.page.getByRole("tabpanel").filter({ visible: true });
  }

  async chooseTab(name: "Image to video" | "Multi-image to video") {
    await this.page.getByRole("tab", { name }).click();
  }

  submit() {
    return this.panel().getByRole("button", { name: /^Create video/ });
  }

  async waitForBudget() {
    const meter = this.panel().getByTestId("budget-meter");
    await expect(meter).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
    return meter;
  }

  /** The preview as shown (images abbreviated), parsed. */
  async previewBody(): Promise<unknown> {
    const preview = this.panel().getByTestId("request-preview");
    if (!(await preview.evaluate((d) => (d as HTMLDetailsElement).open))) await preview.locator("summary").click();
    return JSON.parse(await preview.getByTestId("request-preview-json").innerText());
  }

  /** Clicks submit and returns the create request the browser sent to the gateway. */
  async submitAndCapture(kind: "image2video" | "multi-image2video"): Promise<Request> {
    const sent = this.page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(`/api/kling/v1/videos/${kind}`));
    await this.submit().click();
    return sent;
  }

  /** The body the gateway received, abbreviated the way the preview abbreviates it. */
  static received(request: Request): { abbreviated: unknown; raw: Record<string, unknown>; bytes: number } {
    const text = request.postData() ?? "";
    const raw = JSON.parse(text) as Record<string, unknown>;
    return { abbreviated: abbreviateBody(raw), raw, bytes: Buffer.byteLength(text) };
  }

  jobCard(externalTaskId: string) {
    return this.page.locator(`[data-testid="job-card"][data-external-task-id="${externalTaskId}"]`);
  }

  async expectJobSucceeds(externalTaskId: string, kindLabel: string) {
    const card = this.jobCard(externalTaskId);
    await expect(card).toContainText(kindLabel);
    await expect(card.getByTestId("job-status")).toHaveAttribute("data-status", "succeed", { timeout: 30_000 });
  }
}

/** kling-v3, 4K, 12 s, three custom shots of 4 s each: all by clicking and typing in the composer. */
export async function composeThreeShots(c: ComposerPage) {
  const panel = c.panel();
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await expect(panel.getByLabel("Model", { exact: true })).toHaveValue("kling-v3");
  await panel.getByLabel("Duration", { exact: true }).selectOption("12");
  await panel.getByRole("radio", { name: /^4K/ }).check({ force: true });
  await panel.getByRole("radio", { name: /My shots/ }).check({ force: true });
  await panel.getByRole("spinbutton", { name: "Shot 1 seconds" }).fill("4");
  for (const n of [2, 3]) {
    await panel.getByRole("button", { name: "Add a shot" }).click();
    await panel.getByRole("spinbutton", { name: `Shot ${n} seconds` }).fill("4");
  }
  const prompts = ["the harbour at dawn", "a boat leaves the quay", "gulls circle the mast"];
  for (const [i, text] of prompts.entries()) await panel.getByRole("textbox", { name: `Shot ${i + 1} prompt` }).fill(text);
  await expect(panel.getByText("All 12 s are given to shots.")).toBeVisible();
  return prompts;
}

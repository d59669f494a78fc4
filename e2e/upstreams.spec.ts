// Runs in the official (JWT), passthrough-relay and new-api-relay projects: the app talks to a standalone
// simulator over real HTTP, configured only by environment variables.
import { expect, test } from "@playwright/test";
import { abbreviateBody } from "@/lib/composer/preview";
import { ComposerPage, composeThreeShots } from "./composer-page";
import { expectNoSecret, pollUntilDone, sampleBase64, upstreamRecord } from "./helpers";

test("a task created through the app reaches the upstream and polls to a playable video", async ({ request }, info) => {
  const externalId = `mb-e2e-${info.project.name}-${Date.now()}`;
  const body = { model_name: "kling-v1-6", image: sampleBase64(), prompt: "a boat drifts", duration: "5", external_task_id: externalId };
  const res = await request.post("/api/kling/v1/videos/image2video", { data: body });
  const text = await res.text();
  expectNoSecret(text);
  expect(res.status(), text.slice(0, 300)).toBe(200);
  const created = JSON.parse(text);
  expect(created).toMatchObject({ code: 0, message: "SUCCEED", data: { task_status: "submitted" } });

  const done = await pollUntilDone(request, "image2video", created.data.task_id);
  expect(done.data?.task_status).toBe("succeed");
  const video = done.data!.task_result!.videos[0]!;
  expect(video.duration).toBe("5");
  const mp4 = await request.get(video.url);
  expect(mp4.headers()["content-type"]).toBe("video/mp4");
  expect((await mp4.body()).subarray(4, 8).toString()).toBe("ftyp");

  // The app's media route fetches this upstream's result host (on its allow-list) and no other.
  const kept = await request.get(`/api/media?${new URLSearchParams({ url: video.url })}`);
  expect(kept.status()).toBe(200);
  expect((await kept.body()).subarray(4, 8).toString()).toBe("ftyp");
  const other = await request.get(`/api/media?${new URLSearchParams({ url: "http://127.0.0.1:9/videos/sample.mp4" })}`);
  expect(other.status()).toBe(403);

  // The upstream received exactly the body the browser sent.
  const received = upstreamRecord(info.project.name).find(
    (r) => r.method === "POST" && (r.body as { external_task_id?: string })?.external_task_id === externalId,
  );
  expect(received?.path).toMatch(/^(\/kling)?\/v1\/videos\/image2video$/);
  expect(received?.body).toEqual(body);
});

test("a refused request is refused by the app with a field-named 400 before reaching the upstream", async ({ request }, info) => {
  const externalId = `mb-e2e-bad-${info.project.name}-${Date.now()}`;
  const res = await request.post("/api/kling/v1/videos/image2video", {
    data: { image: sampleBase64(), duration: 5, cfg_scale: 0.5, model_name: "kling-v2-1", external_task_id: externalId },
  });
  expect(res.status()).toBe(400);
  const json = await res.json();
  expect(json.code).toBe(1201);
  expect(json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["cfg_scale", "duration", "prompt"]);
  expect(upstreamRecord(info.project.name).some((r) => JSON.stringify(r.body ?? "").includes(externalId))).toBe(false);
});

test("an upstream refusal keeps its status and Kling code", async ({ request }, info) => {
  const res = await request.post("/api/kling/v1/videos/image2video", {
    data: { image: sampleBase64(), prompt: "busy [sim:429]", duration: "5" },
  });
  const text = await res.text();
  expectNoSecret(text);
  expect(res.status()).toBe(429);
  // new-api relays answer string codes; the gateway maps their 429 to Kling's "too many requests" family.
  expect(JSON.parse(text).code).toBe(info.project.name === "newapi" ? 1302 : 1303);
});

test("the page and every script it loads carry no key", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/_next/static/") && r.url().endsWith(".js")) scripts.push(await r.text());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Motionbrush" })).toBeVisible();
  expectNoSecret(await page.content());
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expectNoSecret(s);
  const list = await request.get("/api/kling/v1/videos/image2video?pageNum=1&pageSize=5");
  expectNoSecret(await list.text());
});

test("a camera job composed by clicking reaches the upstream exactly as previewed, and plays", async ({ page }, info) => {
  const c = new ComposerPage(page);
  await c.open();
  const panel = c.panel();
  await expect(page.getByText(/Simulator mode/)).toHaveCount(0);
  await panel.getByRole("button", { name: "Use the sample photo" }).click();
  await panel.getByRole("textbox", { name: "Prompt", exact: true }).fill("slow push in on the harbour");
  await panel.getByLabel("Model", { exact: true }).selectOption("kling-v1-5");
  await panel.getByRole("radio", { name: /Professional/ }).check({ force: true });
  await panel.getByRole("radio", { name: /Camera movement/ }).check();
  // kling-v1-5 lists camera control as "simple" only: one axis, no preset.
  const zoom = panel.getByTestId("camera-panel").getByRole("slider", { name: "Zoom" });
  const box = await zoom.boundingBox();
  await zoom.click({ position: { x: box!.width * 0.75, y: box!.height / 2 } });
  // kling-v1-5 is retired on the official API; this upstream still serves it, so it is sent on purpose.
  await panel.getByRole("checkbox", { name: /Send it anyway/ }).check();
  await c.waitForBudget();
  const preview = await c.previewBody();
  expect(preview).toMatchObject({ model_name: "kling-v1-5", camera_control: { type: "simple" } });

  const request = await c.submitAndCapture("image2video");
  const externalId = String(ComposerPage.received(request).raw.external_task_id);
  await c.expectJobSucceeds(externalId, "Image to video");
  const video = c.jobCard(externalId).getByTestId("job-video");
  expect(await video.evaluate((v: HTMLVideoElement) => v.play().then(() => v.videoWidth))).toBeGreaterThan(0);

  const upstream = upstreamRecord(info.project.name).find(
    (r) => r.method === "POST" && (r.body as { external_task_id?: string })?.external_task_id === externalId,
  );
  expect(upstream, "the upstream recorded the create").toBeDefined();
  expect(abbreviateBody(upstream!.body as Record<string, unknown>)).toEqual(preview);
});

test("a kling-v3 job with 3 custom shots over 12 s in 4K reaches the upstream exactly as previewed", async ({ page }, info) => {
  const c = new ComposerPage(page);
  await c.open();
  const prompts = await composeThreeShots(c);
  // The estimate follows model, mode and duration: 3 units/s in 4K for 12 s.
  await expect(c.panel().getByTestId("cost-estimate")).toContainText("about 36 units (≈ US$5.04)");
  await c.waitForBudget();
  const preview = (await c.previewBody()) as Record<string, unknown>;
  expect(preview).toMatchObject({
    model_name: "kling-v3",
    mode: "4k",
    duration: "12",
    multi_shot: true,
    shot_type: "customize",
    multi_prompt: prompts.map((prompt, i) => ({ index: i + 1, prompt, duration: "4" })),
  });
  // Kling ignores prompt with custom shots, and v3 takes no cfg_scale: neither is sent.
  expect(preview).not.toHaveProperty("prompt");
  expect(preview).not.toHaveProperty("cfg_scale");

  const request = await c.submitAndCapture("image2video");
  const externalId = String(ComposerPage.received(request).raw.external_task_id);
  await c.expectJobSucceeds(externalId, "Image to video");
  const upstream = upstreamRecord(info.project.name).find(
    (r) => r.method === "POST" && (r.body as { external_task_id?: string })?.external_task_id === externalId,
  );
  expect(upstream, "the upstream recorded the create").toBeDefined();
  expect(abbreviateBody(upstream!.body as Record<string, unknown>)).toEqual(preview);
});

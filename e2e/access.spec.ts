// The gate, against an instance with Kling keys, a password, a session secret and an API token
// (playwright.config.ts), plus a keys-but-no-gate instance and two instances sharing limits in Redis.
import { existsSync, mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import e2eEnv from "./e2e-env.json";
import { openBeforeScripts, sampleBase64, upstreamRecord, watchCsp } from "./helpers";
import { PORTS } from "./ports";

const ACCESS = e2eEnv.access;
const CREATE = "/api/kling/v1/videos/image2video";
const url = (port: number, path = "/") => `http://127.0.0.1:${port}${path}`;
const SHOTS = ".ci-out/screens";
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function signIn(page: Page) {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Password").fill(ACCESS.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("tab", { name: "Image to video", exact: true })).toBeVisible();
}

test("signing in with the password lets the page send a job, with no CSP violation on the way", async ({ page }) => {
  const violations = watchCsp(page);
  await signIn(page);
  await expect(page.getByText("Signed in.")).toBeVisible();
  await page.getByLabel("Choose an image for the first frame", { exact: true }).setInputFiles("public/samples/harbour.jpg");
  await page.getByLabel("Prompt", { exact: true }).fill("the gated boat drifts");
  const created = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith(CREATE));
  await page.getByRole("button", { name: "Create video", exact: true }).click();
  const res = await created;
  expect(res.status()).toBe(200);
  const taskId = ((await res.json()) as { data: { task_id: string } }).data.task_id;
  await expect(page.getByText("Succeeded").first()).toBeVisible({ timeout: 30_000 });
  expect(upstreamRecord("official").some((r) => r.method === "POST" && JSON.stringify(r.body).includes("the gated boat drifts"))).toBe(true);
  expect(taskId).toBeTruthy();
  expect(violations).toEqual([]);

  // Sign-out ends the session: the page goes back to sign-in and the API refuses. The new job opened the jobs
  // panel; it is a column beside the page, so Sign out is clicked with the panel still open.
  await expect(page.getByRole("complementary", { name: "Jobs" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get(CREATE)).status()).toBe(401);
});

test("a password filled before the page's script ran (a password manager, a slow phone) still signs in", async ({ page }) => {
  const release = await openBeforeScripts(page, "/sign-in");
  await page.getByLabel("Password").fill(ACCESS.password);
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("tab", { name: "Image to video", exact: true })).toBeVisible();
});

test("a second browser without the cookie is refused by create, poll and list", async ({ browser }) => {
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    await page.goto(url(PORTS.gated));
    await expect(page).toHaveURL(/\/sign-in$/);
    const r = stranger.request;
    const create = await r.post(url(PORTS.gated, CREATE), { data: { image: sampleBase64(), prompt: "stranger", duration: "5" } });
    expect(create.status()).toBe(401);
    expect(await create.json()).toMatchObject({ code: 1001, reason: "sign-in-required", request_id: expect.any(String) });
    expect((await r.get(url(PORTS.gated, `${CREATE}/123`))).status()).toBe(401);
    expect((await r.get(url(PORTS.gated, `${CREATE}?pageSize=500`))).status()).toBe(401);
    // A forged cookie is no better than none.
    const forged = await r.get(url(PORTS.gated, CREATE), { headers: { cookie: "motionbrush_session=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0." } });
    expect(forged.status()).toBe(401);
  } finally {
    await stranger.close();
  }
});

test("a script with an API token uses the gateway with Kling's paths and envelope", async ({ request }) => {
  const auth = { authorization: `Bearer ${ACCESS.token}` };
  const list = await request.get(url(PORTS.gated, `${CREATE}?pageSize=5`), { headers: auth });
  expect(list.status()).toBe(200);
  expect(await list.json()).toMatchObject({ code: 0, message: "SUCCEED", data: expect.any(Array) });
  const wrong = await request.get(url(PORTS.gated, CREATE), { headers: { authorization: "Bearer not-the-token" } });
  expect(wrong.status()).toBe(401);
});

test("a hostile page cannot make a signed-in browser send a job", async ({ page }) => {
  await signIn(page);
  const before = upstreamRecord("official").filter((r) => r.method === "POST").length;
  const target = url(PORTS.gated, CREATE);
  // Another origin serves a page that tries a form post and a no-cors text/plain fetch at the gateway.
  await page.route("http://hostile.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><form id=f method=post enctype=text/plain action="${target}"><input name='{"prompt":"x","image":"' value='"}'></form>
        <script>fetch(${JSON.stringify(target)}, {method: "POST", mode: "no-cors", credentials: "include", headers: {"content-type": "text/plain"}, body: "{}"}).finally(() => document.getElementById("f").submit());</script>`,
    }),
  );
  const answered = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST" && r.request().resourceType() === "document");
  await page.goto("http://hostile.test/");
  const res = await answered;
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ reason: "cross-origin" });
  expect(upstreamRecord("official").filter((r) => r.method === "POST").length).toBe(before);
});

test("security headers are on the page, on assets and on API answers", async ({ page, request }) => {
  const res = await page.goto(url(PORTS.gated, "/sign-in"));
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("worker-src 'self' blob:");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["strict-transport-security"]).toBeUndefined();
  const api = await request.get(url(PORTS.gated, "/api/health"), { headers: { "x-forwarded-proto": "https" } });
  expect(api.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  const asset = await request.get(url(PORTS.gated, "/samples/harbour.jpg"));
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("keys with no gate refuse every call and the page says exactly what to set", async ({ page, request }) => {
  const res = await request.get(url(PORTS.closed, CREATE));
  expect(res.status()).toBe(401);
  expect(await res.json()).toMatchObject({ code: 1000, reason: "no-gate", message: expect.stringContaining("MOTIONBRUSH_PASSWORD") });
  await page.goto(url(PORTS.closed));
  const alert = page.getByRole("alert").filter({ hasText: "Kling keys are set, but nobody is let in" });
  await expect(alert).toContainText("MOTIONBRUSH_API_TOKENS");
  await expect(alert).toContainText("MOTIONBRUSH_ALLOW_ANONYMOUS=true");
});

test("an open instance with keys warns on the page", async ({ page }) => {
  await page.goto(url(PORTS.official));
  await expect(page.getByRole("alert").filter({ hasText: "Open to anyone" })).toBeVisible();
});

test("two instances sharing Redis hold one create limit", async ({ request }) => {
  test.skip(!existsSync("/usr/bin/redis-server") && !existsSync("/usr/local/bin/redis-server"), "needs Debian's redis-server (.ci/run installs it)");
  // A fresh client address per run, so a Redis kept from an earlier run starts this count at zero.
  const who = { "x-forwarded-for": `10.${Date.now() % 250}.${process.pid % 250}.${Math.floor(Math.random() * 250)}` };
  // Only creates that pass validation count: bodies refused with 400 use no slot, on either instance.
  const attempt = (port: number, data: object) => request.post(url(port, CREATE), { data, headers: who });
  const valid = { image: sampleBase64(), prompt: "a shared limit", duration: "5" };
  expect((await attempt(PORTS.sharedA, {})).status()).toBe(400);
  expect((await attempt(PORTS.sharedB, {})).status()).toBe(400);
  expect((await attempt(PORTS.sharedA, valid)).status()).toBe(200);
  expect((await attempt(PORTS.sharedB, valid)).status()).toBe(200);
  expect((await attempt(PORTS.sharedA, {})).status()).toBe(400);
  expect((await attempt(PORTS.sharedA, valid)).status()).toBe(200);
  const refused = await attempt(PORTS.sharedB, valid);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.json()).toMatchObject({ code: 1302, reason: "limit-create" });
});

test("a create body over 10 MB reaches the gateway whole through proxy.ts", async ({ request }) => {
  // Next buffers bodies for the proxy and cuts them at proxyClientMaxBodySize (10 MB unless next.config says more).
  const width = 3000;
  const height = 2400;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const frame = (await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()).toString("base64");
  const data = { model_name: "kling-v2-1", image: frame, image_tail: frame, prompt: "big", duration: "5" };
  expect(JSON.stringify(data).length).toBeGreaterThan(12 * 1024 * 1024);
  const res = await request.post(url(PORTS.embedded, CREATE), { data });
  expect(res.status(), (await res.text()).slice(0, 200)).toBe(200);
});

test("screenshots of the sign-in page, the anonymous warning and the no-gate message", async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await ctx.newPage();
    await page.goto(url(PORTS.gated, "/sign-in"));
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/sign-in-${size.name}.png` });
    await page.goto(url(PORTS.official));
    await expect(page.getByRole("alert").filter({ hasText: "Open to anyone" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/anonymous-${size.name}.png` });
    await page.goto(url(PORTS.closed));
    await expect(page.getByRole("alert").first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/no-gate-${size.name}.png` });
    await ctx.close();
  }
});

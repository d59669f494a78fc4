import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import e2eEnv from "./e2e-env.json";

export const SECRETS = Object.values(e2eEnv.secrets);

/** The bundled sample photo as raw base64 (no data: prefix), as the browser sends it. */
export function sampleBase64(name = "harbour.jpg"): string {
  return readFileSync(`public/samples/${name}`).toString("base64");
}

/**
 * Opens `path` with the page's scripts held back, so what the test types lands in the server-rendered HTML (as on a
 * slow phone, or a password manager filling early); the returned function lets them load.
 */
export async function openBeforeScripts(page: Page, path: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path, { waitUntil: "commit" });
  return release;
}

export function expectNoSecret(text: string) {
  for (const s of SECRETS) if (text.includes(s)) throw new Error(`a secret (${s.slice(0, 6)}...) leaked into a response`);
}

interface TaskAnswer {
  code: number;
  message: string;
  data?: { task_id: string; task_status: string; task_result?: { videos: { url: string; duration: string }[] } };
}

/** Polls a task through the app until it ends, returning the last answer. */
export async function pollUntilDone(request: APIRequestContext, kind: string, taskId: string, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const res = await request.get(`/api/kling/v1/videos/${kind}/${taskId}`);
    const text = await res.text();
    expectNoSecret(text);
    const json = JSON.parse(text) as TaskAnswer;
    const status = json.data?.task_status;
    if (status === "succeed" || status === "failed" || Date.now() > end) return json;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Requests the upstream simulator received, as it recorded them (method, path, body; never headers). */
export function upstreamRecord(name: string): { method: string; path: string; body?: unknown }[] {
  try {
    return readFileSync(`.ci-out/sim-${name}.jsonl`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

/** Collects CSP violations the page reports, from the DOM event and from the console. */
export function watchCsp(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(msg.text())) seen.push(msg.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to load (CSP ${e.violatedDirective}) ${e.blockedURI}`));
  });
  return seen;
}

export type Vec = { x: number; y: number };

/** A point of the frame (image pixels, top-left origin) in the page's client coordinates, through the editor's test hook. */
export const toClient = (page: Page, p: Vec) => page.evaluate((q) => window.__motionbrushEditor!.frameToClient(q), p);

/** A mouse drag through frame points on the editor's canvas, as a person would draw it. */
export async function drag(page: Page, points: Vec[]) {
  await page.getByTestId("editor-canvas").scrollIntoViewIfNeeded();
  const first = await toClient(page, points[0]!);
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of points.slice(1)) {
    const c = await toClient(page, p);
    await page.mouse.move(c.x, c.y, { steps: 8 });
  }
  await page.mouse.up();
}

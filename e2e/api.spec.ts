// The gateway's public HTTP surface on the built-in simulator: envelopes, errors, no HTML, no secrets.
import { expect, test } from "@playwright/test";
import { pollUntilDone, sampleBase64 } from "./helpers";

test("every gateway answer is a JSON envelope, even for unknown routes and kinds", async ({ request }) => {
  const unknownRoute = await request.get("/api/nope");
  expect(unknownRoute.status()).toBe(404);
  expect(await unknownRoute.json()).toMatchObject({ code: 1202 });
  const unknownKind = await request.get("/api/kling/v1/videos/text2video/abc");
  expect(unknownKind.status()).toBe(404);
  expect((await unknownKind.json()).message).toMatch(/Unknown task kind/);
  const badJson = await request.post("/api/kling/v1/videos/image2video", {
    data: Buffer.from("{oops"),
    headers: { "content-type": "application/json" },
  });
  expect(badJson.status()).toBe(400);
  expect(await badJson.json()).toMatchObject({ code: 1200, message: "body: must be valid JSON" });
  const notObject = await request.post("/api/kling/v1/videos/image2video", { data: [1, 2] });
  expect(await notObject.json()).toMatchObject({ code: 1200, message: "body: must be a JSON object" });
});

test("the exclusive groups are refused together, naming the field", async ({ request }) => {
  const img = sampleBase64();
  const res = await request.post("/api/kling/v1/videos/image2video", {
    data: { image: img, image_tail: sampleBase64("harbour-end.jpg"), camera_control: { type: "down_back" } },
  });
  expect(res.status()).toBe(400);
  const json = await res.json();
  expect(json.errors[0].path).toBe("camera_control");
  expect(json.message).toMatch(/^Invalid request: camera_control: cannot be combined with image_tail/);
});

test("a multi-image task polls to success under its own kind, and not under the other", async ({ request }) => {
  const res = await request.post("/api/kling/v1/videos/multi-image2video", {
    data: { model_name: "kling-v1-6", prompt: "a harbour at dusk", image_list: [{ image: sampleBase64() }, { image: sampleBase64("harbour-end.jpg") }] },
  });
  expect(res.status()).toBe(200);
  const id = (await res.json()).data.task_id as string;
  const wrongKind = await request.get(`/api/kling/v1/videos/image2video/${id}`);
  expect(wrongKind.status()).toBe(404);
  expect((await wrongKind.json()).code).toBe(1203);
  const done = await pollUntilDone(request, "multi-image2video", id);
  expect(done.data?.task_status).toBe("succeed");
});

test("a simulated failure ends failed with its reason", async ({ request }) => {
  const res = await request.post("/api/kling/v1/videos/image2video", {
    data: { image: sampleBase64(), prompt: "please fail [sim:fail]" },
  });
  const done = await pollUntilDone(request, "image2video", (await res.json()).data.task_id);
  expect(done.data?.task_status).toBe("failed");
  expect(JSON.stringify(done)).toMatch(/Simulated failure/);
});

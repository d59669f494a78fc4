// The owner's create limits as the gateway applies them: only a create that passed validation and is forwarded
// uses a slot of the rate or of the daily cap; one refused with 400 uses none.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTask, type GatewayResult, type TaskBackend } from "./gateway";
import { LIMIT_KEY_HEADER } from "./guard";
import { createLimiters, type Limiters } from "./rate-limits";
import { pngBase64 } from "@/lib/testing/images";

let frame: string;
beforeAll(async () => {
  frame = await pngBase64(640, 360);
});

const opened: Limiters[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

function setup(createRate: { points: number; seconds: number } | null, dailyCreateCap: number | null) {
  const limits = createLimiters({ createRate, dailyCreateCap, pollRate: null, redisUrl: undefined });
  opened.push(limits);
  let forwarded = 0;
  const ok: GatewayResult = { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: { task_id: "t" } } };
  const backend: TaskBackend = {
    async createTask() {
      forwarded++;
      return ok;
    },
    getTask: async () => ok,
    listTasks: async () => ok,
  };
  const deps = { config: { bodyLimitBytes: 1024 * 1024, problems: [] }, backend, limits, pool: null };
  const send = (body: unknown, key = "address:203.0.113.9") =>
    createTask(
      deps,
      "image2video",
      new Request("http://app.test/api/kling/v1/videos/image2video", {
        method: "POST",
        headers: { "content-type": "application/json", [LIMIT_KEY_HEADER]: key },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  return { send, forwarded: () => forwarded };
}

describe("create limits in the gateway", () => {
  it("counts no slot for bodies refused with 400, and refuses the create past the rate with 429 before forwarding it", async () => {
    const { send, forwarded } = setup({ points: 2, seconds: 60 }, null);
    for (const bad of ["{", "{}", { image: "not base64!", prompt: "p" }, { image: frame, duration: 5 }]) {
      expect((await send(bad)).status).toBe(400);
    }
    expect((await send({ image: frame, prompt: "one" })).status).toBe(200);
    expect((await send({ image: frame, prompt: "two" })).status).toBe(200);
    const third = await send({ image: frame, prompt: "three" });
    expect(third.status).toBe(429);
    expect(third.envelope).toMatchObject({ code: 1302, reason: "limit-create" });
    expect(Number(third.headers?.["Retry-After"])).toBeGreaterThan(0);
    expect(third.notSent).toBe(true);
    expect(forwarded()).toBe(2);
    // Full, a create is refused before its body is even read: an invalid one gets 429 too, not 400.
    expect((await send("{")).status).toBe(429);
    // Another identity has its own count.
    expect((await send({ image: frame, prompt: "other" }, "address:203.0.113.10")).status).toBe(200);
  });

  it("holds the daily cap on forwarded creates only, and a create the cap refuses gives its rate slot back", async () => {
    const { send, forwarded } = setup({ points: 3, seconds: 60 }, 2);
    expect((await send({})).status).toBe(400);
    expect((await send({ image: frame, prompt: "one" })).status).toBe(200);
    expect((await send({})).status).toBe(400);
    expect((await send({ image: frame, prompt: "two" })).status).toBe(200);
    const capped = await send({ image: frame, prompt: "three" });
    expect([capped.status, capped.envelope.reason]).toEqual([429, "limit-daily"]);
    expect(forwarded()).toBe(2);
  });

  it("counts nothing when no identity came with the request (no proxy in front: a unit caller)", async () => {
    const { send, forwarded } = setup({ points: 1, seconds: 60 }, null);
    expect((await send({ image: frame, prompt: "one" }, "")).status).toBe(200);
    expect((await send({ image: frame, prompt: "two" }, "")).status).toBe(200);
    expect(forwarded()).toBe(2);
  });
});

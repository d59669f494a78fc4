// The worker pool gives the same verdict as the inline check, for valid and invalid bodies, and hands the bytes back.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCreateBytes } from "./create-check";
import { createPool } from "./create-pool";
import { maskBase64, pngBase64 } from "@/lib/testing/images";

const pool = createPool(1);
afterAll(() => pool.close());

let frame: string;
let good: string;
let grey: string;
beforeAll(async () => {
  frame = await pngBase64(640, 360);
  good = await maskBase64(640, 360);
  grey = await maskBase64(640, 360, (x) => (x < 320 ? 0 : 128));
  // The first job starts the worker (from source it compiles the modules it imports).
  await pool.check("image2video", Buffer.from("{}"));
}, 60_000);

const bytesOf = (body: unknown) => new Uint8Array(Buffer.from(JSON.stringify(body)));

describe("the create-check pool", () => {
  it("accepts a valid mask as the inline check does, and hands back the very bytes it was given", async () => {
    const body = { image: frame, prompt: "p", static_mask: good, dynamic_masks: [{ mask: good, trajectories: [{ x: 1, y: 1 }, { x: 300, y: 200 }] }] };
    const inline = await checkCreateBytes("image2video", bytesOf(body));
    const sent = bytesOf(body);
    const copy = new Uint8Array(sent);
    const pooled = await pool.check("image2video", sent);
    expect(inline.ok).toBe(true);
    expect(pooled.verdict.ok).toBe(true);
    expect(Buffer.from(pooled.bytes).equals(Buffer.from(copy))).toBe(true);
    // The fields come back; the images as stand-ins, never as themselves.
    if (pooled.verdict.ok && inline.ok) {
      expect(pooled.verdict.body.prompt).toBe("p");
      expect(pooled.verdict.body.image).not.toBe(frame);
      expect(pooled.verdict.forwardable).toBe(inline.forwardable);
    }
  });

  it("refuses a grey mask with the same field and message as the inline check", async () => {
    const body = { image: frame, prompt: "p", static_mask: grey };
    const inline = await checkCreateBytes("image2video", bytesOf(body));
    const pooled = await pool.check("image2video", bytesOf(body));
    expect(inline.ok).toBe(false);
    expect(pooled.verdict).toEqual(inline);
    expect(!pooled.verdict.ok && pooled.verdict.errors[0]).toMatchObject({
      path: "static_mask",
      code: "mask.grey",
      params: { x: 320, y: 0 },
      message: expect.stringMatching(/only black \(0\) and white \(255\)/),
    });
  });

  it("answers several jobs at once, each with its own verdict", async () => {
    const bodies = [{ image: frame, prompt: "a", static_mask: good }, { image: frame, prompt: "b", static_mask: grey }, "not json", { image: frame, prompt: "c", static_mask: good }];
    const verdicts = await Promise.all(bodies.map((b) => pool.check("image2video", typeof b === "string" ? new Uint8Array(Buffer.from(b)) : bytesOf(b))));
    expect(verdicts.map((v) => v.verdict.ok)).toEqual([true, false, false, true]);
  });

  // Linux keeps a nice value per thread: field 19 of /proc/<pid>/task/<tid>/stat (counted after the name's ")").
  it.runIf(process.platform === "linux")("runs its checks on threads of lower CPU priority than the main thread", async () => {
    const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    const main = niceOf(readFileSync("/proc/self/stat", "utf8"));
    const threads = readdirSync("/proc/self/task").map((tid) => niceOf(readFileSync(`/proc/self/task/${tid}/stat`, "utf8")));
    expect(main).toBeLessThan(10);
    expect(threads).toContain(10);
  });
});

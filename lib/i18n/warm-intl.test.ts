import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { warmIntlScript, warmIntlWorkerSource } from "./warm-intl";

describe("ICU warm-up worker", () => {
  it("builds each locale's formatters and then ends itself", () => {
    for (const tag of ["en", "zh-CN"]) {
      let closed = false;
      runInNewContext(warmIntlWorkerSource(tag), { Intl, close: () => (closed = true) });
      expect(closed).toBe(true);
    }
  });

  it("starts that worker from a blob, and a browser that refuses it is left alone", () => {
    const started: string[] = [];
    class FakeWorker {
      constructor(url: string) {
        started.push(url);
      }
    }
    const blobs: unknown[][] = [];
    const context = {
      Worker: FakeWorker,
      Blob: class {
        constructor(parts: unknown[]) {
          blobs.push(parts);
        }
      },
      URL: { createObjectURL: () => "blob:warm" },
    };
    runInNewContext(warmIntlScript("zh-CN"), context);
    expect(started).toEqual(["blob:warm"]);
    expect(blobs[0]).toEqual([warmIntlWorkerSource("zh-CN")]);
    // No Worker (an old browser, a CSP that forbids it): no throw reaches the page.
    expect(() => runInNewContext(warmIntlScript("en"), {})).not.toThrow();
  });
});

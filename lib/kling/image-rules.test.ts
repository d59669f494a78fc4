import { describe, expect, it } from "vitest";
import { base64ByteLength, imageProblems, maskProblems, sniffImageType } from "./image-rules";

const ok = { type: "png", width: 1280, height: 720, bytes: 100_000 };

describe("image rules", () => {
  it("accepts a 1280x720 png", () => expect(imageProblems(ok)).toEqual([]));
  it("limits size to 10 MB inclusive", () => {
    expect(imageProblems({ ...ok, bytes: 10 * 1024 * 1024 })).toEqual([]);
    expect(imageProblems({ ...ok, bytes: 10 * 1024 * 1024 + 1 })[0]).toMatch(/at most 10\.0 MB/);
  });
  it("needs 300 px on each side", () => {
    expect(imageProblems({ ...ok, width: 300, height: 300 })).toEqual([]);
    expect(imageProblems({ ...ok, width: 300, height: 299 })[0]).toMatch(/at least 300 px/);
  });
  it("keeps the aspect ratio within 1:2.5 and 2.5:1", () => {
    expect(imageProblems({ ...ok, width: 1000, height: 400 })).toEqual([]);
    expect(imageProblems({ ...ok, width: 400, height: 1000 })).toEqual([]);
    expect(imageProblems({ ...ok, width: 1001, height: 400 })[0]).toMatch(/aspect ratio/);
    expect(imageProblems({ ...ok, width: 400, height: 1001 })[0]).toMatch(/aspect ratio/);
  });
  it("takes png and jpeg only", () => {
    expect(imageProblems({ ...ok, type: "jpeg" })).toEqual([]);
    expect(imageProblems({ ...ok, type: "webp" })[0]).toMatch(/PNG or JPEG.*webp/);
  });
  it("wants a mask of exactly the image's size", () => {
    expect(maskProblems({ ...ok }, { width: 1280, height: 720 })).toEqual([]);
    expect(maskProblems({ ...ok, width: 1279 }, { width: 1280, height: 720 })[0]).toMatch(/1280x720 \(got 1279x720\)/);
  });
  it("sniffs types from magic bytes", () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffImageType(new Uint8Array([0x52, 0x49, 0x46, 0x46]))).toBeNull();
  });
  it("computes decoded base64 length", () => {
    for (const s of ["", "a", "ab", "abc", "hello world"]) {
      expect(base64ByteLength(Buffer.from(s).toString("base64"))).toBe(s.length);
    }
  });
});

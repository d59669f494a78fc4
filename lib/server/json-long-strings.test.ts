import { describe, expect, it } from "vitest";
import { parseWithLongStrings } from "./json-long-strings";

const b64 = (n: number, seed = 1) => {
  const bytes = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes.toString("base64");
};
const parse = (text: string | Buffer, min = 64) => parseWithLongStrings(Buffer.isBuffer(text) ? text : Buffer.from(text), min);

describe("parseWithLongStrings", () => {
  it("gives what JSON.parse gives, with long base64 values lifted and decoded once", () => {
    const image = b64(3000);
    const mask = b64(900, 7);
    const body = { model_name: "kling-v1", image, dynamic_masks: [{ mask, trajectories: [{ x: 1, y: 2 }] }], note: "短" };
    const text = JSON.stringify(body, null, 1);
    const got = parse(text);
    expect(got.value).toEqual(JSON.parse(text));
    expect([...got.decoded.keys()].sort()).toEqual([image, mask].sort());
    expect(got.decoded.get(image)).toEqual(Buffer.from(image, "base64"));
    expect(got.text.length).toBeLessThan(400);
    expect(got.utf8).toBe(true);
  });

  it("leaves in the text what is not exact standard base64, and long keys", () => {
    const long = b64(300);
    const cases = [
      { a: long.slice(0, -1) + "-" },
      { a: long.slice(0, -1) + "_" },
      { a: long + "A" },
      { a: long.slice(0, 40) + "=" + long.slice(41) },
      { a: long.slice(0, 40) + "\n" + long.slice(41) },
      { a: long.slice(0, 40) + "é" + long.slice(41) },
      { a: long.slice(0, 40) + '\\"' + long.slice(41) },
      { [long]: 1 },
      { a: "====" + long.slice(4) },
    ];
    for (const c of cases) {
      const text = JSON.stringify(c);
      const got = parse(text);
      expect(got.value).toEqual(JSON.parse(text));
      expect(got.decoded.size).toBe(0);
    }
  });

  it("refuses what JSON.parse refuses, whatever sits around a lifted string", () => {
    const long = b64(300);
    for (const text of [`{"a":"${long}"`, `{"a":"${long}",}`, `{"a" "${long}"}`, `{"a":"${long}" "b"}`, `["${long}"]x`, `{"a":"${long}`]) {
      expect(() => JSON.parse(text)).toThrow();
      expect(() => parse(text)).toThrow();
    }
  });

  it("handles escaped quotes and backslashes before a lifted string", () => {
    const long = b64(300);
    const text = `{"a":"x\\\\","b":"q\\"","c":"${long}","d":["${long}",{"e":"${long}"}]}`;
    const got = parse(text);
    expect(got.value).toEqual(JSON.parse(text));
    expect(got.decoded.size).toBe(1);
  });

  it("tells bytes that are not UTF-8 (decoded as JSON.parse of the UTF-8 text would be)", () => {
    const long = b64(300);
    const bytes = Buffer.concat([Buffer.from(`{"p":"`), Buffer.from([0xff, 0xfe]), Buffer.from(`","i":"${long}"}`)]);
    const got = parse(bytes);
    expect(got.utf8).toBe(false);
    expect(got.value).toEqual(JSON.parse(bytes.toString("utf8")));
  });

  it("a body string that spells a stand-in's form is not taken for one", () => {
    const long = b64(300);
    const text = JSON.stringify({ a: long, b: "lifted-00000000000000000000000000000000-0" });
    expect(parse(text).value).toEqual(JSON.parse(text));
  });
});

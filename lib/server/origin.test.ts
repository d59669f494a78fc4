import { describe, expect, it } from "vitest";
import { isCrossOrigin, isJsonContentType, ownOrigin } from "./origin";

const url = new URL("http://127.0.0.1:3000/api/kling/v1/videos/image2video");
const h = (init: Record<string, string>) => new Headers({ host: "127.0.0.1:3000", ...init });

describe("origin checks", () => {
  it("accepts our own origin, same-origin fetch metadata, and scripts that send neither", () => {
    expect(isCrossOrigin(url, h({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossOrigin(url, h({}))).toBe(false);
  });
  it("refuses another origin, a null origin and cross-site or same-site fetch metadata", () => {
    expect(isCrossOrigin(url, h({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOrigin(url, h({ origin: "null" }))).toBe(true);
    expect(isCrossOrigin(url, h({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossOrigin(url, h({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossOrigin(url, h({ origin: "http://127.0.0.1:3001" }))).toBe(true);
  });
  it("uses the forwarded host and scheme behind a proxy", () => {
    const headers = h({ "x-forwarded-host": "brush.example.com", "x-forwarded-proto": "https" });
    expect(ownOrigin(url, headers)).toBe("https://brush.example.com");
    expect(isCrossOrigin(url, new Headers({ ...Object.fromEntries(headers), origin: "https://brush.example.com" }))).toBe(false);
    expect(isCrossOrigin(url, new Headers({ ...Object.fromEntries(headers), origin: "http://brush.example.com" }))).toBe(true);
  });
  it("only counts application/json as JSON", () => {
    expect(isJsonContentType(new Headers({ "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isJsonContentType(new Headers({ "content-type": "text/plain" }))).toBe(false);
    expect(isJsonContentType(new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isJsonContentType(new Headers())).toBe(false);
  });
});

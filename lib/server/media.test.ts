import { describe, expect, it } from "vitest";
import { fetchMedia, hostAllowed } from "./media";

const HOSTS = ["*.klingai.com", "cdn.kling.ai"];

function fakeFetch(route: (url: string) => Response) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    return route(url);
  }) as typeof fetch;
  return { fn, calls };
}

const mp4 = (bytes: number, headers: Record<string, string> = {}) =>
  new Response(new Uint8Array(bytes), { status: 200, headers: { "content-type": "video/mp4", ...headers } });

describe("media route: allow-list, redirects, size cap", () => {
  it("matches subdomains for a *. pattern and exact names otherwise", () => {
    expect(hostAllowed(new URL("https://v1-kling.klingai.com/x.mp4"), HOSTS)).toBe(true);
    expect(hostAllowed(new URL("https://cdn.kling.ai/x.mp4"), HOSTS)).toBe(true);
    expect(hostAllowed(new URL("https://klingai.com.evil.example/x.mp4"), HOSTS)).toBe(false);
    expect(hostAllowed(new URL("https://evilklingai.com/x.mp4"), HOSTS)).toBe(false);
    expect(hostAllowed(new URL("https://other.kling.ai/x.mp4"), HOSTS)).toBe(false);
    expect(hostAllowed(new URL("http://127.0.0.1:9/x.mp4"), ["127.0.0.1:8791"])).toBe(false);
  });

  it("streams a video from an allowed host", async () => {
    const f = fakeFetch(() => mp4(1000, { "content-length": "1000" }));
    const res = await fetchMedia("https://s1.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 10_000, fetch: f.fn });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect((await res.arrayBuffer()).byteLength).toBe(1000);
  });

  it("refuses other hosts without fetching anything", async () => {
    const f = fakeFetch(() => mp4(10));
    for (const url of ["https://example.com/v.mp4", "http://169.254.169.254/latest", "file:///etc/passwd", "not a url", null]) {
      const res = await fetchMedia(url, { allowedHosts: HOSTS, maxBytes: 10_000, fetch: f.fn });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(((await res.json()) as { code: number }).code).toBe(1201);
    }
    expect(f.calls).toEqual([]);
  });

  it("follows a redirect within the list and refuses one to another host", async () => {
    const ok = fakeFetch((url) =>
      url.includes("a.klingai.com") ? new Response(null, { status: 302, headers: { location: "https://b.klingai.com/v.mp4" } }) : mp4(5),
    );
    expect((await fetchMedia("https://a.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 100, fetch: ok.fn })).status).toBe(200);
    expect(ok.calls).toEqual(["https://a.klingai.com/v.mp4", "https://b.klingai.com/v.mp4"]);

    const bad = fakeFetch(() => new Response(null, { status: 302, headers: { location: "http://10.0.0.1/secret" } }));
    const res = await fetchMedia("https://a.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 100, fetch: bad.fn });
    expect(res.status).toBe(403);
    expect(bad.calls).toEqual(["https://a.klingai.com/v.mp4"]);
  });

  it("refuses a video whose declared size is over the cap", async () => {
    const f = fakeFetch(() => mp4(10, { "content-length": "5000" }));
    const res = await fetchMedia("https://s.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 1000, fetch: f.fn });
    expect(res.status).toBe(413);
  });

  it("cuts off a video that turns out larger than the cap while streaming", async () => {
    const f = fakeFetch(() => mp4(5000));
    const res = await fetchMedia("https://s.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 1000, fetch: f.fn });
    await expect(res.arrayBuffer()).rejects.toThrow();
  });

  it("says the video is gone when the host no longer has it, and refuses what is not a video", async () => {
    const gone = fakeFetch(() => new Response("nope", { status: 404 }));
    expect((await fetchMedia("https://s.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 1000, fetch: gone.fn })).status).toBe(404);
    const html = fakeFetch(() => new Response("<html>", { status: 200, headers: { "content-type": "text/html" } }));
    expect((await fetchMedia("https://s.klingai.com/v.mp4", { allowedHosts: HOSTS, maxBytes: 1000, fetch: html.fn })).status).toBe(502);
  });

  it("resolves the embedded simulator's relative address against the app", async () => {
    const f = fakeFetch(() => mp4(3));
    const res = await fetchMedia("/simulator/sample.mp4", { allowedHosts: ["127.0.0.1:3000"], maxBytes: 100, baseUrl: "http://127.0.0.1:3000", fetch: f.fn });
    expect(res.status).toBe(200);
    expect(f.calls).toEqual(["http://127.0.0.1:3000/simulator/sample.mp4"]);
  });
});

import "server-only";
// Fetches a finished video for the browser to keep. Only hosts on the allow-list are fetched, redirects
// included; the body is streamed, never buffered, and cut off past the size cap. It never fetches any other URL.
import { randomUUID } from "node:crypto";
import { KLING_CODES } from "@/lib/kling/errors";

export interface MediaOptions {
  /** Host patterns: `cdn.example.com`, `*.example.com` (any subdomain), optionally with `:port`. */
  allowedHosts: readonly string[];
  maxBytes: number;
  /** Resolves relative URLs (the embedded simulator's videos live on the app itself). */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxRedirects?: number;
}

export function hostAllowed(url: URL, patterns: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const withPort = url.port ? `${host}:${url.port}` : host;
  return patterns.some((p) => {
    const hasPort = /:\d+$/.test(p);
    const subject = hasPort ? withPort : host;
    if (p.startsWith("*.")) return subject.endsWith(p.slice(1));
    return subject === p;
  });
}

function refuse(status: number, code: number, message: string): Response {
  return Response.json({ code, message, request_id: randomUUID() }, { status, headers: { "Cache-Control": "no-store" } });
}

const VIDEO_TYPES = /^(video\/|application\/octet-stream|binary\/octet-stream)/i;

/** Counts bytes as they pass and errors the stream past the cap, so a lying Content-Length gains nothing. */
function capped(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let total = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) controller.error(new Error("media size cap exceeded"));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function fetchMedia(rawUrl: string | null, options: MediaOptions): Promise<Response> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const maxRedirects = options.maxRedirects ?? 3;
  let url: URL;
  try {
    if (!rawUrl || rawUrl.length > 4096) throw new Error("missing");
    url = new URL(rawUrl, options.baseUrl);
  } catch {
    return refuse(400, KLING_CODES.invalidParamValue, "url: must be the address of a Kling result video");
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 120_000);
  for (let hop = 0; ; hop++) {
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) {
      return refuse(400, KLING_CODES.invalidParamValue, "url: only plain http(s) addresses are fetched");
    }
    if (!hostAllowed(url, options.allowedHosts)) {
      return refuse(403, KLING_CODES.invalidParamValue, `url: ${url.hostname.slice(0, 80)} is not one of Kling's result hosts`);
    }
    let res: Response;
    try {
      res = await fetchImpl(url, { redirect: "manual", signal, headers: { accept: "video/*" } });
    } catch {
      return refuse(502, KLING_CODES.serverError, "The video host did not answer");
    }
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get("location");
      await res.body?.cancel();
      if (!location || hop >= maxRedirects) return refuse(502, KLING_CODES.serverError, "The video host redirected too often");
      url = new URL(location, url);
      continue;
    }
    if (res.status === 404 || res.status === 410 || res.status === 403) {
      await res.body?.cancel();
      return refuse(404, KLING_CODES.notFound, "The video is no longer on the host (Kling deletes results after 30 days)");
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      return refuse(502, KLING_CODES.serverError, `The video host answered HTTP ${res.status}`);
    }
    const type = res.headers.get("content-type") ?? "application/octet-stream";
    if (!VIDEO_TYPES.test(type)) {
      await res.body.cancel();
      return refuse(502, KLING_CODES.serverError, "The address does not give a video");
    }
    const declared = Number(res.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await res.body.cancel();
      return refuse(413, KLING_CODES.invalidParams, `The video is larger than this server's cap of ${Math.round(options.maxBytes / 1048576)} MB`);
    }
    const headers: Record<string, string> = { "content-type": /^video\//i.test(type) ? type : "video/mp4", "cache-control": "private, no-store" };
    if (Number.isFinite(declared)) headers["content-length"] = String(declared);
    return new Response(capped(res.body, options.maxBytes), { status: 200, headers });
  }
}

// The request preview: the exact body with long base64 abbreviated, and a cURL command for the official API.
import type { TaskKind } from "@/lib/kling/limits";
import { base64ByteLength } from "@/lib/kling/image-rules";
import { isRawBase64 } from "@/lib/kling/value-checks";

export const OFFICIAL_BASE_URL = "https://api-singapore.klingai.com";
/** A shell variable, never a key: the user signs a JWT from their own AccessKey/SecretKey (kling-api.md section 1). */
export const JWT_PLACEHOLDER = "$KLING_JWT";

const HEAD = 16;

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** "/9j/4AAQSkZJRgABAQ…[base64, 1,234,567 chars, 904.2 KB]": enough to recognise, small enough to read. */
export function abbreviateBase64(s: string): string {
  // The head is enough to tell base64 from a URL; testing megabytes on every render is not.
  if (s.length <= HEAD * 2 || !isRawBase64(s.length > 256 ? s.slice(0, 256) : s)) return s;
  return `${s.slice(0, HEAD)}…[base64, ${s.length.toLocaleString("en")} chars, ${kb(base64ByteLength(s))}]`;
}

const IMAGE_KEYS = new Set(["image", "image_tail", "static_mask", "mask"]);

/** A copy of the body with every image or mask string abbreviated; every other value exactly as sent. */
export function abbreviateBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(abbreviateBody);
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, IMAGE_KEYS.has(k) && typeof v === "string" ? abbreviateBase64(v) : abbreviateBody(v)]),
    );
  }
  return body;
}

/** The preview text: pretty JSON in the body's own key order. */
export function previewJson(body: unknown): string {
  return JSON.stringify(abbreviateBody(body), null, 2);
}

export function officialUrl(kind: TaskKind, baseUrl = OFFICIAL_BASE_URL): string {
  return `${baseUrl.replace(/\/+$/, "")}/v1/videos/${kind}`;
}

/**
 * A cURL command for the official API. The body goes through stdin (a here-document): a single argument
 * over 128 KB fails on Linux, and base64 images are megabytes. `$KLING_JWT` is expanded by the shell.
 */
export function curlCommand(kind: TaskKind, body: unknown, opts: { abbreviate?: boolean; baseUrl?: string } = {}): string {
  const json = opts.abbreviate ? JSON.stringify(abbreviateBody(body), null, 2) : JSON.stringify(body);
  return [
    `curl -sS -X POST "${officialUrl(kind, opts.baseUrl)}" \\`,
    `  -H "Authorization: Bearer ${JWT_PLACEHOLDER}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  --data-binary @- <<'KLING_BODY'`,
    json,
    "KLING_BODY",
  ].join("\n");
}

import "server-only";
// Browser-only protections: a state-changing request from a browser must come from our own origin.

/** The origin this request was addressed to, as the browser saw it (behind a proxy: X-Forwarded-Host/Proto). */
export function ownOrigin(url: URL, headers: Headers): string {
  const first = (v: string | null) => v?.split(",")[0]?.trim() || undefined;
  const proto = first(headers.get("x-forwarded-proto")) ?? url.protocol.replace(/:$/, "");
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? url.host;
  return `${proto}://${host}`.toLowerCase();
}

export function isHttps(url: URL, headers: Headers): boolean {
  return ownOrigin(url, headers).startsWith("https://");
}

/**
 * True when a browser says the request comes from another site or origin. Scripts and Kling clients send
 * neither header and pass; every current browser sends Sec-Fetch-Site, and Origin on every POST.
 */
export function isCrossOrigin(url: URL, headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  return origin.toLowerCase() !== ownOrigin(url, headers);
}

/** A create's body must be declared JSON: a cross-site form or text/plain "simple" request cannot do that. */
export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

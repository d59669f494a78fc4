import "server-only";
// Security headers for every page and route. The CSP carries a per-request nonce that Next puts on its own scripts.

export interface CspOptions {
  nonce: string;
  https: boolean;
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, https, dev }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    // strict-dynamic: scripts Next loads from its nonced bootstrap are trusted; nothing inline without the nonce.
    // React's development build needs eval for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Konva set style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    // Videos play from this browser's own copy (blob:) or through /api/media, which fetches only Kling's result
    // hosts: never straight from another origin.
    "media-src 'self' blob:",
    // "Load from a URL" fetches a public image with CORS.
    "connect-src 'self' https:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers that do not depend on the request (besides https). */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  const h: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https) h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return h;
}

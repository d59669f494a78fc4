import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  it("builds a CSP with the nonce, no unsafe-eval in production, and the editor's blob:/data: needs", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: false, dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("img-src 'self' blob: data:");
    expect(csp).toContain("worker-src 'self' blob:");
    // Videos only from this origin (the media route) or the browser's own copies: no other host, not even https:.
    expect(csp).toMatch(/(^|; )media-src 'self' blob:(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
  it("allows eval only for React's development build, and upgrades requests over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: true, dev: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests/);
  });
  it("sends HSTS only over https", () => {
    expect(staticSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
    expect(staticSecurityHeaders(false)["X-Content-Type-Options"]).toBe("nosniff");
  });
});

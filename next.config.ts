import type { NextConfig } from "next";

// Headers that hold for every response, build assets included; proxy.ts adds the CSP (with its nonce) and
// repeats these on what it answers itself. HSTS only when the request arrived over https (a proxy says so).
const always = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `node .next/standalone/server.js` runs the app without node_modules (the Dockerfile uses it).
  output: "standalone",
  // The gateway reads image headers and signs JWTs on the server only.
  serverExternalPackages: ["image-size", "sharp"],
  experimental: {
    // With a proxy.ts, Next buffers each request body for it and silently TRUNCATES bodies past this size
    // (default 10 MB), so a 25 MB job would reach the gateway cut short. Keep it at the largest body limit
    // env.ts allows (MAX_BODY_LIMIT); lib/server/env.test.ts checks the two agree.
    proxyClientMaxBodySize: 128 * 1024 * 1024,
  },
  async headers() {
    return [
      { source: "/:path*", headers: always },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;

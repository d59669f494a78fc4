import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The gateway reads image headers and signs JWTs on the server only.
  serverExternalPackages: ["image-size"],
};

export default nextConfig;

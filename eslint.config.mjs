import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Code the browser runs takes zod from lib/kling/zod.ts (jitless), so the CSP never sees an eval probe.
    files: ["lib/kling/**", "lib/editor/**", "lib/client/**", "lib/composer/**", "components/**"],
    ignores: ["lib/kling/zod.ts", "**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "zod", message: 'Import { z } from "@/lib/kling/zod" (jitless, CSP-safe).' }] }] },
  },
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".bench/**"],
  },
];
export default config;

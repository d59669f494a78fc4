import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Code the browser runs takes zod from lib/kling/zod.ts (jitless), so the CSP never sees an eval probe.
    files: ["lib/kling/**", "lib/editor/**", "lib/client/**", "lib/composer/**", "components/**"],
    ignores: ["lib/kling/zod.ts", "**/*.test.ts"],
    // And as a namespace: `import { z }` is one object holding all of zod, which no bundler can shake (+56 KB gzip).
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "zod", message: 'Import * as z from "@/lib/kling/zod" (jitless, CSP-safe).' },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='@/lib/kling/zod'] > ImportSpecifier[imported.name='z']",
          message: 'Import * as z from "@/lib/kling/zod": the `z` object keeps all of zod in the bundle.',
        },
      ],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".bench/**"],
  },
];
export default config;

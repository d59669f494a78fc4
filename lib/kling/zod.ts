// zod, configured once before any schema is built: without JIT it never probes `new Function`, which the
// page's CSP (no 'unsafe-eval') refuses. In code the browser runs, import it from here, as a namespace:
//   import * as z from "@/lib/kling/zod";
// not `import { z } from "zod"`: that `z` is one object holding all of zod (every locale, JSON Schema, the
// compiler), which no bundler can shake, so it put about 90 KB gzip into the page's first load. Member accesses
// on a namespace import (`z.object`) let the bundler keep only what is used.
import { config } from "zod";

config({ jitless: true });

export * from "zod";

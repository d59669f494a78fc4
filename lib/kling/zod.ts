// zod, configured once before any schema is built: without JIT it never probes `new Function`, which the
// page's CSP (no 'unsafe-eval') refuses. Import `z` from here, not from "zod", in code the browser runs.
import { z } from "zod";

z.config({ jitless: true });

export { z };

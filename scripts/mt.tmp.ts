import { readFileSync } from "node:fs";
import { checkMaskPngSync } from "@/lib/server/png-mask";
const body = JSON.parse(readFileSync("/tmp/server3-large.json", "latin1"));
const masks = [body.static_mask, ...body.dynamic_masks.map((d: { mask: string }) => d.mask)].map((m: string) => Buffer.from(m, "base64"));
for (let r = 0; r < 5; r++) {
  const c0 = process.cpuUsage();
  for (const m of masks) if (!checkMaskPngSync(m, null).ok) throw new Error("bad");
  const c = process.cpuUsage(c0);
  console.log("7 masks cpu ms", ((c.user + c.system) / 1000).toFixed(1));
}

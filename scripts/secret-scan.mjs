// Fails when any of the given secrets appears in any file under a folder.
// Usage: node scripts/secret-scan.mjs DIR SECRET...   or   DIR --logs-only (the e2e secrets, in server logs)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const [dir, ...rest] = process.argv.slice(2);
let secrets = rest;
let filter = () => true;
if (rest[0] === "--logs-only") {
  secrets = Object.values(JSON.parse(readFileSync("e2e/e2e-env.json", "utf8")).secrets);
  filter = (f) => f.endsWith(".log") || f.endsWith(".jsonl");
}
if (!dir || secrets.length === 0) {
  console.error("usage: secret-scan DIR SECRET...");
  process.exit(2);
}
const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const files = walk(dir).filter(filter);
const hits = [];
for (const file of files) {
  const text = readFileSync(file, "latin1");
  for (const s of secrets) if (text.includes(s)) hits.push(`${file}: contains ${s.slice(0, 6)}...`);
}
console.log(`secret-scan: ${files.length} files, ${secrets.length} secrets, ${hits.length} hits`);
for (const h of hits) console.log("  " + h);
process.exit(hits.length ? 1 : files.length ? 0 : 1);

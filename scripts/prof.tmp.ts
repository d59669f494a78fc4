import { writeFileSync } from "node:fs";
import { bodies } from "./bench-cpu";
void bodies().then((b) => {
  writeFileSync("/tmp/server3-large.json", b.large);
  writeFileSync("/tmp/server3-realistic.json", b.realistic);
  console.log("written", b.large.length);
});

// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

const [vitestFile, playwrightFile, failedStepCount = "0", failedSteps = ""] = process.argv.slice(2);
const read = (f) => (f && existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
const v = read(vitestFile);
const p = read(playwrightFile);
const unitPassed = v?.numPassedTests ?? 0;
const unitFailed = v?.numFailedTests ?? 0;
const e2ePassed = (p?.stats?.expected ?? 0) + (p?.stats?.flaky ?? 0);
const e2eFailed = p?.stats?.unexpected ?? 0;
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
const steps = Number(failedStepCount);
console.log(`unit: ${unitPassed} passed, ${unitFailed} failed; e2e: ${e2ePassed} passed, ${e2eFailed} failed`);
if (steps > 0) console.log(`failed steps: ${failedSteps}`);
const passed = unitPassed + e2ePassed;
// A failed step without a test report (typecheck, lint, build, scans) counts as one failure.
const failed = unitFailed + e2eFailed + (steps > 0 && unitFailed + e2eFailed === 0 ? steps : 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || steps > 0 ? 1 : 0);

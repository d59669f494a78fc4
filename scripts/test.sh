#!/usr/bin/env bash
# One command to run every test: typecheck, lint, unit, build (with a secret scan), end-to-end.
# Prints a final "N passed, N failed" line; exits non-zero when anything failed or nothing ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
OUT=.ci-out
rm -rf "$OUT" && mkdir -p "$OUT"

bash scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

failed_steps=()
step() {
  local name=$1; shift
  echo "==> $name"
  local t0=$SECONDS
  if "$@"; then echo "    $name ok ($((SECONDS - t0)) s)"; else echo "    $name FAILED ($((SECONDS - t0)) s)"; failed_steps+=("$name"); fi
}

step typecheck npx tsc --noEmit
step lint npx eslint . --max-warnings 0
step unit npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/vitest.json"
# Build with fake keys in the environment: none may reach the client bundle.
step build env KLING_ACCESS_KEY=AK-build-canary-1f2e KLING_SECRET_KEY=SK-build-canary-9c8d KLING_API_KEY=sk-build-canary-77aa npx next build
step secret-scan node scripts/secret-scan.mjs .next/static AK-build-canary-1f2e SK-build-canary-9c8d sk-build-canary-77aa
step e2e npx playwright test
step log-scan node scripts/secret-scan.mjs "$OUT" --logs-only

node scripts/test-summary.mjs "$OUT/vitest.json" "$OUT/playwright.json" "${#failed_steps[@]}" "${failed_steps[*]:-}"

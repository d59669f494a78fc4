#!/usr/bin/env bash
# Installs what Motionbrush needs on a fresh Debian machine: npm packages, and Chromium for the tests.
# Usage: bash scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm install"
  # npm ci rejects lockfiles made on this platform; install respects the committed lockfile.
  npm install --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then
    echo "==> using Chromium at $CHROME_PATH"
  elif command -v chromium >/dev/null 2>&1; then
    echo "==> using $(command -v chromium)"
  elif command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Chromium from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    echo "==> no apt-get: using Playwright's own browser"
    npx playwright install chromium
  fi
fi

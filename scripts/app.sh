#!/usr/bin/env bash
# One command to run Motionbrush: installs, builds and serves on PORT (default 3000).
# With no Kling keys in the environment (or .env.local) it runs against the built-in simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NEXT_TELEMETRY_DISABLED=1
npx next build
exec npx next start -p "${PORT:-3000}"

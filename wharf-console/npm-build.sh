#!/usr/bin/env bash
# Builds the console into target/classes/static with the machine's npm: npm ci when node_modules is
# older than the lock file (npm records what it installed in node_modules/.package-lock.json), then
# the type check and Vite's build.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! "node_modules/.package-lock.json" -nt package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run build --silent

#!/usr/bin/env bash
# Installs the peers the gateway and dns benchmarks measure Wharf against (Debian/Ubuntu):
# HAProxy, nginx-light (the backends), wrk, Knot DNS and dnsperf. Idempotent; sudo when not root.
# The packages' own system services are stopped afterwards: the benchmarks start their own
# processes with their own config files, on 127.0.0.1 and free ports only.
# Usage: scripts/setup-bench.sh
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(haproxy nginx-light wrk knot dnsperf)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "wharf: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

# The packages start their services on default ports (nginx on :80, knot on :53); stop them.
for service in nginx haproxy knot; do
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $SUDO systemctl stop "$service" >/dev/null 2>&1 || true
    $SUDO systemctl disable "$service" >/dev/null 2>&1 || true
  elif command -v service >/dev/null 2>&1; then
    $SUDO service "$service" stop >/dev/null 2>&1 || true
  fi
done
echo "wharf: installed ${missing[*]}; their system services are stopped" >&2

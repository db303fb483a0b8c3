#!/usr/bin/env bash
# Installs what Wharf needs on Debian/Ubuntu: Podman with runc, busybox-static for the sample
# image, a JDK and Maven to build, and the containers.conf drop-in this kind of host needs.
# Usage: scripts/setup-host.sh [--for-tests]   (--for-tests adds PostgreSQL and dig; idempotent; sudo when not root)
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(podman runc uidmap busybox-static)
command -v java >/dev/null 2>&1 || packages+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || packages+=(maven)
if [ "${1:-}" = "--for-tests" ]; then packages+=(postgresql bind9-dnsutils); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "wharf: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dropin=/etc/containers/containers.conf.d/50-wharf.conf
if [ ! -f "$dropin" ]; then
  $SUDO mkdir -p "$(dirname "$dropin")"
  printf '%s\n' '[engine]' 'runtime = "runc"' '' '[containers]' \
    'default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]' | $SUDO tee "$dropin" >/dev/null
fi

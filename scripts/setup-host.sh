#!/usr/bin/env bash
# Installs what Wharf needs on Debian/Ubuntu: Podman with runc, busybox-static for the sample
# image, a JDK, Maven and Node.js with npm to build (the console), and the containers.conf drop-in this
# kind of host needs.
# Usage: scripts/setup-host.sh [--for-tests]   (--for-tests adds PostgreSQL, dig, slowhttptest, nginx-light (the binary of
# a test image, its service stopped), Chromium for the console's browser tests, and the
# Kubernetes schema check's npm packages; idempotent; sudo when not root)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(podman runc uidmap busybox-static docker-registry skopeo curl)
command -v java >/dev/null 2>&1 || packages+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || packages+=(maven)
# by command, not package: a Node.js from elsewhere (NodeSource) brings its own npm
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ "${1:-}" = "--for-tests" ]; then
  packages+=(postgresql bind9-dnsutils slowhttptest nginx-light chromium)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "wharf: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [[ " ${missing[*]} " == *" nginx-light "* ]] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true   # only its binary is wanted, not a server on :80
  fi
fi

dropin=/etc/containers/containers.conf.d/50-wharf.conf
if [ ! -f "$dropin" ]; then
  $SUDO mkdir -p "$(dirname "$dropin")"
  printf '%s\n' '[engine]' 'runtime = "runc"' '' '[containers]' \
    'default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]' | $SUDO tee "$dropin" >/dev/null
fi

# the pinned kubernetes-models that OfficialSchemaIT validates rendered manifests with; npm records
# what it installed in node_modules/.package-lock.json, so a lock file older than that is in place
schema="$repo/wharf-runtime-kubernetes/src/test/schema"
if [ "${1:-}" = "--for-tests" ] && [ ! "$schema/node_modules/.package-lock.json" -nt "$schema/package-lock.json" ]; then
  echo "wharf: installing the npm packages of ${schema#"$repo/"}" >&2
  npm ci --prefix "$schema" --no-audit --no-fund --loglevel=error >/dev/null
fi

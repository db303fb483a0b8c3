#!/usr/bin/env bash
# Builds the sample image (default localhost/wharf/hello:1) from Debian's busybox-static.
# Usage: images/build-hello.sh [IMAGE] [VERSION]   VERSION is what the page reports (default 1).
set -euo pipefail
image=${1:-localhost/wharf/hello:1}
version=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
busybox=$(command -v busybox || true)
[ -n "$busybox" ] && [ -x "$busybox" ] || { echo "busybox-static is not installed (apt-get install busybox-static)" >&2; exit 1; }
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/tmp"
chmod 1777 "$ctx/rootfs/tmp"
cp "$busybox" "$ctx/rootfs/bin/busybox"
for tool in sh httpd hostname mkdir echo sleep cat ls kill wget env; do ln -s busybox "$ctx/rootfs/bin/$tool"; done
install -m 0755 "$here/hello/hello.sh" "$ctx/rootfs/bin/hello.sh"
mkdir -p "$ctx/rootfs/etc"
echo "$version" > "$ctx/rootfs/etc/hello-version"   # makes each version's layer (and image) its own
cp "$here/hello/Containerfile" "$ctx/Containerfile"
podman build --quiet --env "HELLO_VERSION=$version" --tag "$image" "$ctx" >/dev/null
echo "$image"

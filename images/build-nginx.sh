#!/usr/bin/env bash
# Builds a keep-alive backend image (default localhost/wharf/nginx-keepalive:1) from Debian's nginx-light:
# the binary, the libraries ldd lists, images/nginx/nginx.conf and a 256 KiB file for /slow, FROM scratch.
# Usage: images/build-nginx.sh [IMAGE]
set -euo pipefail
image=${1:-localhost/wharf/nginx-keepalive:1}
here=$(cd "$(dirname "$0")" && pwd)
nginx=/usr/sbin/nginx
[ -x "$nginx" ] || { echo "nginx is not installed (scripts/setup-host.sh --for-tests installs nginx-light)" >&2; exit 1; }
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
root=$ctx/rootfs
mkdir -p "$root/usr/sbin" "$root/etc/nginx" "$root/tmp"
chmod 1777 "$root/tmp"
cp "$nginx" "$root/usr/sbin/nginx"
for lib in $(ldd "$nginx" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
cp "$here/nginx/nginx.conf" "$root/etc/nginx/nginx.conf"
mkdir -p "$root/srv"
head -c 262144 /dev/zero > "$root/srv/slow.bin"
cp "$here/nginx/Containerfile" "$ctx/Containerfile"
podman build --quiet --tag "$image" "$ctx" >/dev/null
echo "$image"

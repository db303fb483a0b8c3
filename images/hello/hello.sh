#!/bin/sh
# Serve a page naming this instance; exit at once on SIGTERM so that scale-down is quick.
mkdir -p /tmp/www
echo "hello from ${WHARF_INSTANCE:-$(hostname)} (${WHARF_SYSTEM:-?}/${WHARF_APP:-?} revision ${WHARF_REVISION:-?}) version ${HELLO_VERSION:-1}" > /tmp/www/index.html
echo ok > /tmp/www/healthz
httpd -f -p "${PORT:-8080}" -h /tmp/www &
trap 'kill $! 2>/dev/null; exit 0' TERM INT
wait $!

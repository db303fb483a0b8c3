#!/usr/bin/env bash
# The README's first command, end to end: `./wharf up` in the background on a fresh home, then the
# tour's first steps through `./wharf`: three ready instances, each answering HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
WHARF_HOME=$(mktemp -d /tmp/wharf-smoke-XXXXXX)
export WHARF_HOME
export WHARF_PORT=${WHARF_PORT:-17170} WHARF_GATEWAY_PORT=${WHARF_GATEWAY_PORT:-17180} WHARF_DNS_PORT=${WHARF_DNS_PORT:-17153}
log=$WHARF_HOME/up.log

./wharf up >"$log" 2>&1 &
up_pid=$!
cleanup() {
  ./wharf system delete smoke --cascade >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do   # the engine removes the containers; give it the time before stopping it
    [ -z "$(podman ps -aq --filter label=wharf.io/system=smoke --filter "label=wharf.io/installation=$(cat "$WHARF_HOME/installation.id" 2>/dev/null)")" ] && break
    sleep 1
  done
  kill "$up_pid" 2>/dev/null && wait "$up_pid" 2>/dev/null || true
  [ -f "$WHARF_HOME/podman-service.pid" ] && kill "$(cat "$WHARF_HOME/podman-service.pid")" 2>/dev/null || true
  rm -rf "$WHARF_HOME"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  grep -q 'Wharf is up' "$log" && break
  kill -0 "$up_pid" 2>/dev/null || { cat "$log"; echo "smoke: ./wharf up exited" >&2; exit 1; }
  sleep 0.5
done
grep -A7 'Wharf is up' "$log"

./wharf system create smoke
./wharf app create smoke/hello --image localhost/wharf/hello:1 --port 8080 --replicas 3 --wait --timeout 10s
./wharf ps smoke/hello
addresses=$(./wharf ps smoke/hello -o json | grep -o '"address" *: *"[^"]*"' | cut -d'"' -f4)
[ "$(echo "$addresses" | grep -c .)" -eq 3 ] || { echo "smoke: expected 3 addresses, got: $addresses" >&2; exit 1; }
for address in $addresses; do
  busybox wget -q -O - "http://$address/" | grep 'hello from'
done

# The app's name and load balancer: the gateway spreads over all three, DNS names them.
host=hello.smoke.wharf.localhost
served=$(for _ in $(seq 1 30); do
  busybox wget -q -O - --header "Host: $host" "http://127.0.0.1:$WHARF_GATEWAY_PORT/" | grep -o 'hello from [a-z0-9-]*'
done | sort | uniq -c)
echo "$served"
[ "$(echo "$served" | grep -c .)" -eq 3 ] || { echo "smoke: the gateway did not spread over 3 instances" >&2; exit 1; }
if command -v dig >/dev/null; then
  a=$(dig +short @127.0.0.1 -p "$WHARF_DNS_PORT" "$host")
  echo "$a"
  [ "$a" = 127.0.0.1 ] || { echo "smoke: DNS did not answer the gateway address" >&2; exit 1; }
  srv=$(dig +short @127.0.0.1 -p "$WHARF_DNS_PORT" SRV "_http._tcp.$host")
  echo "$srv"
  [ "$(echo "$srv" | grep -c .)" -eq 3 ] || { echo "smoke: SRV does not list 3 instances" >&2; exit 1; }
fi
echo "smoke: ./wharf up, the tour's first steps, the gateway and DNS work"

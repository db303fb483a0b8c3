#!/usr/bin/env bash
# The README's tour as written: starts `./wharf up` on a fresh home (and ports of its own), then runs
# every command of the code blocks under "## A five-minute tour" in order, each of which must succeed.
# What a reader types differently is replaced: the ports, ~/.wharf, and the example instance id and
# address (hello-x7k2q, 127.0.0.1:40123) by a real ready instance's. Commands that run until Ctrl-C
# (-f, top, exec -it) run for a few seconds. Then the console's browser test against the same server.
set -euo pipefail
cd "$(dirname "$0")/.."
WHARF_HOME=$(mktemp -d /tmp/wharf-tour-XXXXXX)
export WHARF_HOME
export WHARF_PORT=${WHARF_PORT:-17170} WHARF_GATEWAY_PORT=${WHARF_GATEWAY_PORT:-17180} WHARF_DNS_PORT=${WHARF_DNS_PORT:-17153}
log=$WHARF_HOME/up.log
# curl as the tour runs it: quiet, and a refused request (4xx, 5xx) fails the command
printf 'silent\nshow-error\nfail\n' >"$WHARF_HOME/.curlrc"
export CURL_HOME=$WHARF_HOME
installation() { cat "$WHARF_HOME/installation.id" 2>/dev/null; }

./wharf up >"$log" 2>&1 &
up_pid=$!
cleanup() {
  ./wharf system delete demo --cascade >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do   # the engine removes the containers; give it the time before stopping it
    [ -z "$(podman ps -aq --filter label=wharf.io/system=demo --filter "label=wharf.io/installation=$(installation)")" ] && break
    sleep 1
  done
  kill "$up_pid" 2>/dev/null && wait "$up_pid" 2>/dev/null || true
  [ -f "$WHARF_HOME/podman-service.pid" ] && kill "$(cat "$WHARF_HOME/podman-service.pid")" 2>/dev/null || true
  rm -rf "$WHARF_HOME"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  grep -q 'Wharf is up' "$log" && break
  kill -0 "$up_pid" 2>/dev/null || { cat "$log"; echo "tour: ./wharf up exited" >&2; exit 1; }
  sleep 0.5
done
grep -q 'Wharf is up' "$log" || { cat "$log"; echo "tour: ./wharf up did not come up in 2 minutes" >&2; exit 1; }

# The tour's commands: the sh blocks between "## A five-minute tour" and the next section.
commands=$(awk '/^## A five-minute tour/ {tour=1; next} /^## / {tour=0}
  tour && /^```sh/ {block=1; next} block && /^```/ {block=0; next}
  tour && block && NF && $1 != "#" {print}' README.md)
[ "$(echo "$commands" | grep -c .)" -ge 20 ] || { echo "tour: found too few commands in README.md" >&2; exit 1; }

# A ready instance of demo/hello, as "id address".
ready_instance() {
  ./wharf ps demo/hello -o json | tr -d '\n ' | grep -o '{"id":"[^"]*","state":"running","ready":true,"address":"[^"]*"' \
    | head -1 | sed 's/{"id":"\([^"]*\)".*"address":"\([^"]*\)"/\1 \2/'
}

run() {
  local line=$1 cmd=$1 instance address
  [[ $line == "./wharf up"* ]] && return 0
  if [[ $cmd == *hello-x7k2q* || $cmd == *127.0.0.1:40123* ]]; then
    read -r instance address <<<"$(ready_instance)"
    [ -n "$instance" ] || { echo "tour: no ready instance of demo/hello for: $line" >&2; exit 1; }
    cmd=${cmd//hello-x7k2q/$instance}
    cmd=${cmd//127.0.0.1:40123/$address}
  fi
  cmd=${cmd//127.0.0.1:7080/127.0.0.1:$WHARF_GATEWAY_PORT}
  cmd=${cmd//127.0.0.1:7070/127.0.0.1:$WHARF_PORT}
  cmd=${cmd//-p 7053/-p $WHARF_DNS_PORT}
  cmd=${cmd//\~\/.wharf/$WHARF_HOME}
  # only this tour's containers, not another installation's
  cmd=${cmd//--filter label=wharf.io\/app=hello/--filter label=wharf.io/app=hello --filter label=wharf.io/installation=$(installation)}
  echo "tour\$ $line"
  local status=0
  if [[ $cmd == *" -f "* || $cmd == *" top "* || $cmd == *"exec -it"* ]]; then
    printf 'hostname\nexit\n' | timeout 5 bash -o pipefail -c "$cmd" || status=$?
    [ "$status" -eq 0 ] || [ "$status" -eq 124 ] || { echo "tour: failed ($status): $line" >&2; exit 1; }
  else
    bash -o pipefail -c "$cmd" </dev/null || status=$?
    # a command whose comment says it exits 1 when it has something to report (wharf doctor) may
    [ "$status" -eq 0 ] || { [ "$status" -eq 1 ] && [[ $line == *"(exit 1 if any)"* ]]; } \
      || { echo "tour: failed ($status): $line" >&2; exit 1; }
  fi
}

while IFS= read -r line; do
  run "$line"
done <<<"$commands"

echo "tour: every command of the README's tour ran"

# The console on this very ./wharf up, in Chromium (the browser test of wharf-console, with a system of its own)
if [ -d wharf-console/node_modules/playwright-core ] && command -v chromium >/dev/null; then
  WHARF_URL=http://127.0.0.1:$WHARF_PORT WHARF_TOKEN=$(cat "$WHARF_HOME/admin.token") WHARF_SYSTEM=console-tour \
    WHARF_SCREENSHOTS=wharf-console/target/screenshots \
    node wharf-console/e2e/console.e2e.mjs || { echo "tour: the console's browser test failed" >&2; exit 1; }
  ./wharf system delete console-tour --cascade >/dev/null
  for _ in $(seq 1 60); do
    [ -z "$(podman ps -aq --filter label=wharf.io/system=console-tour --filter "label=wharf.io/installation=$(installation)")" ] && break
    sleep 1
  done
  echo "tour: the console works on ./wharf up"
else
  echo "tour: the console's browser test needs chromium and wharf-console's npm packages (scripts/setup-host.sh --for-tests, a build); skipped" >&2
fi

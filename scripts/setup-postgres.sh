#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and creates the role and database the store tests use
# (wharf/wharf, database wharf_test on 127.0.0.1:5432). Idempotent.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  echo "setup-postgres: no PostgreSQL cluster found" >&2; exit 1
fi
# shellcheck disable=SC2086
$SUDO pg_ctlcluster $cluster start 2>/dev/null || true
as_postgres() { if [ -n "$SUDO" ]; then sudo -u postgres "$@"; else runuser -u postgres -- "$@"; fi; }
psql_admin() { (cd / && as_postgres psql -v ON_ERROR_STOP=1 -qtA "$@"); }
for _ in $(seq 1 30); do psql_admin -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin -c "select 1 from pg_roles where rolname='wharf'")" != "1" ]; then
  psql_admin -c "create role wharf login password 'wharf'"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname='wharf_test'")" != "1" ]; then
  psql_admin -c "create database wharf_test owner wharf"
fi

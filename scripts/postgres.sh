#!/usr/bin/env bash
# Make a local PostgreSQL server available for the tests: install Debian's package if missing,
# start the cluster (apt does not), and create the test role and database. Prints the URL.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "installing postgresql (Debian package)..." >&2
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
as_postgres() { su postgres -c "psql -p $port -qtAX $*"; }
as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = 'tracker'\"" | grep -q 1 \
  || as_postgres "-c \"CREATE ROLE tracker LOGIN SUPERUSER PASSWORD 'tracker'\"" >&2
as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = 'tracker_test'\"" | grep -q 1 \
  || as_postgres "-c \"CREATE DATABASE tracker_test OWNER tracker\"" >&2
echo "postgresql://tracker:tracker@127.0.0.1:$port/tracker_test"

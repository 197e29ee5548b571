#!/usr/bin/env bash
# Sourced by .ci/run and bench/run: makes sure PostgreSQL answers on 127.0.0.1:5432 as user postgres without a
# password, installing it with apt and starting its cluster when the machine lacks it.

postgres_ready() {
  psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1
}

ensure_postgres() {
  if postgres_ready; then
    return
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q postgresql postgresql-client
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    echo "PostgreSQL is installed but has no cluster" >&2
    exit 1
  fi
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  # The tests connect as postgres over TCP without a password, as on the development machines.
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nlocal all all trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart || pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do
    postgres_ready && return
    sleep 1
  done
  echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2
  exit 1
}

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a fresh cluster in DIR, listening only on a Unix
# socket in DIR (no TCP), trust authentication for local connections, stopped and removed at the end.
#   tests/support/pg_server.sh start DIR   # prints the connection URI; writes it to DIR.uri
#   tests/support/pg_server.sh stop DIR
# Run as root (as CI does), the cluster belongs to the `postgres` system user that Debian's package
# creates; run as anyone else, to that user. Fails loudly when PostgreSQL is not installed: the tests
# that need it must not pass by skipping.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bin="${TUANTHU_PG_BIN:-}"
if [ -z "$bin" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin="$candidate"
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg_server.sh: PostgreSQL's initdb was not found; install it with scripts/setup.sh --tests" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# On a shared machine something may have replaced /dev/null with a regular file (a program
# renaming its output over `--out /dev/null`); initdb cannot run as postgres without it.
if [ ! -c /dev/null ] && [ "$(id -u)" = 0 ]; then
  echo "pg_server.sh: /dev/null is not a device; recreating it" >&2
  rm -f /dev/null && mknod -m 666 /dev/null c 1 3
fi

case "$action" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
-c shared_buffers=128MB" start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    uri="postgresql://postgres@/postgres?host=$dir"
    echo "$uri" >"$dir.uri"
    echo "$uri"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir" "$dir.uri"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

# Sourced by scripts/run and scripts/test: a private PostgreSQL cluster under .data/.
# shellcheck shell=bash

# as_postgres_owner CMD...: PostgreSQL refuses to run as root, so root runs it as the postgres user.
as_cluster_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres DIR PORT [fast]: creates the cluster on first use, then starts it; prints nothing on success.
start_postgres() {
  local dir="$1" port="$2" mode="${3:-}" bin
  bin=$(postgres_bin_dir)
  mkdir -p "$(dirname "$dir")"
  if [ ! -f "$dir/PG_VERSION" ]; then
    say "Creating a PostgreSQL cluster in ${dir#"$PWD"/}"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    as_cluster_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '/tmp'"
      echo "max_connections = 200"
      if [ "$mode" = fast ]; then
        # Test clusters trade durability for speed; they hold nothing worth keeping.
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } | as_cluster_owner tee -a "$dir/postgresql.conf" >/dev/null
  fi
  if as_cluster_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    return 0
  fi
  as_cluster_owner "$bin/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" -o "-p $port" start >/dev/null \
    || { echo "PostgreSQL did not start; see $dir/server.log" >&2; exit 1; }
}

stop_postgres() {
  local dir="$1" bin
  bin=$(postgres_bin_dir)
  as_cluster_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# ensure_database PORT NAME: creates the database when it does not exist yet.
ensure_database() {
  local port="$1" name="$2" psql
  psql="$(postgres_bin_dir)/psql"
  if ! "$psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}

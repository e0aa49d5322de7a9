# Sourced by scripts/run and scripts/test: installs what a fresh machine lacks, once.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

postgres_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  command -v pg_ctl >/dev/null 2>&1 && dirname "$(command -v pg_ctl)"
}

# postgresql and chromium come from the machine's package manager; we install them only as root.
ensure_system_packages() {
  local missing=()
  [ -n "$(postgres_bin_dir)" ] || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages: ${missing[*]}." >&2
    echo "Install them first, for example: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  say "Installing ${missing[*]} (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet_tools() {
  say "Restoring .NET tools"
  dotnet tool restore >/dev/null
}

# The GraphQL explorer (Altair) comes from npm and is rendered into Host's wwwroot.
ensure_explorer() {
  local host="$1/src/Host"
  if [ ! -f "$host/wwwroot/graphql/ui/index.html" ] || [ "$host/package-lock.json" -nt "$host/wwwroot/graphql/ui/index.html" ]; then
    say "Installing the GraphQL explorer (npm altair-static)"
    (cd "$host" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && node Explorer/render-explorer.mjs)
  fi
}

setup_machine() {
  local root="$1"
  command -v dotnet >/dev/null || { echo "The .NET SDK is required (see global.json)." >&2; exit 1; }
  command -v npm >/dev/null || { echo "Node.js and npm are required for the GraphQL explorer." >&2; exit 1; }
  ensure_system_packages
  ensure_dotnet_tools
  ensure_explorer "$root"
}

# wait_for_url URL NAME: waits until the URL answers 200, or gives up after a minute.
wait_for_url() {
  local url="$1" name="$2"
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$url"; then return 0; fi
    sleep 0.5
  done
  echo "$name did not start; see its output above." >&2
  return 1
}

# Sums one counter (passed, failed, notExecuted, total) over every TRX file in a folder.
summary_field() {
  local folder="$1" field="$2"
  cat "$folder"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $field=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'
}

print_summary() {
  local folder="$1" passed failed skipped line
  passed=$(summary_field "$folder" passed)
  failed=$(summary_field "$folder" failed)
  skipped=$(summary_field "$folder" notExecuted)
  line="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo "$line"
}

#!/usr/bin/env bash
# Times `safehar sanitize` on a generated body-heavy HAR against cat and
# jq -c . in the same run, on one core, and measures peak RSS on 1 GB.
# Usage: scripts/bench.sh [size-MB (default 200)] [big-MB for RSS (default 1024)]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-200}
big=${2:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v jq >/dev/null || { echo "bench: jq is missing (apt-get install jq)"; exit 2; }
go build -o "$work/safehar" ./host
go run ./internal/hargen/cmd/hargen -size "$size" >"$work/in.har"
bytes=$(stat -c %s "$work/in.har")
export GOMAXPROCS=1 SAFEHAR_NO_KEYRING=1
one="taskset -c 0"
command -v taskset >/dev/null || one=""

measure() { # name command...
  local name=$1; shift
  cat "$work/in.har" >/dev/null # warm the page cache
  local t0 t1
  t0=$(date +%s.%N)
  local rc=0
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>"$work/err" || rc=$?
  # verify exits 1 when it finds secrets, as it does here.
  if [ "$rc" -gt 1 ]; then cat "$work/err"; exit 1; fi
  t1=$(date +%s.%N)
  awk -v n="$name" -v b="$bytes" -v t0="$t0" -v t1="$t1" -v rss="$(tail -1 "$work/rss")" \
    'BEGIN { s = t1 - t0; printf "| %-28s | %8.2f s | %8.0f MB/s | %6.0f MB |\n", n, s, b / s / 1e6, rss / 1024 }'
}

echo "input: $((bytes / 1000000)) MB body-heavy HAR (internal/hargen), one core (GOMAXPROCS=1, taskset -c 0)"
echo
echo "| command | time | throughput | peak RSS |"
echo "|---|---:|---:|---:|"
measure "cat" $one cat "$work/in.har"
measure "jq -c ." $one jq -c . "$work/in.har"
measure "safehar verify" $one "$work/safehar" verify "$work/in.har"
measure "safehar sanitize (stdout)" $one "$work/safehar" sanitize -q "$work/in.har"
measure "safehar sanitize -o (fsync)" $one "$work/safehar" sanitize -q -o "$work/out.har" "$work/in.har"

if [ "$big" -gt 0 ]; then
  go run ./internal/hargen/cmd/hargen -size "$big" -seed 2 >"$work/big.har"
  bytes=$(stat -c %s "$work/big.har")
  rm -f "$work/in.har" "$work/out.har"
  /usr/bin/time -f "%e %M" -o "$work/rss" $one "$work/safehar" sanitize -q -o "$work/big.out.har" "$work/big.har"
  read -r secs rss <"$work/rss"
  echo
  echo "1 GB check: $((bytes / 1000000)) MB in ${secs} s, peak RSS $((rss / 1024)) MB"
fi

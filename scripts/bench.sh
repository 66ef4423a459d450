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

runs=${BENCH_RUNS:-5}
measure() { # name command...: the best and the median of $runs runs
  local name=$1; shift
  cat "$work/in.har" >/dev/null # warm the page cache
  local times=() rc t0 t1
  for _ in $(seq "${MEASURE_RUNS:-$runs}"); do
    rc=0
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>"$work/err" || rc=$?
    t1=$(date +%s.%N)
    # verify exits 1 when it finds secrets, as it does here.
    if [ "$rc" -gt 1 ]; then cat "$work/err"; exit 1; fi
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v n="$name" -v b="$bytes" -v rss="$(tail -1 "$work/rss")" \
    '{ t[NR] = $1 } END { best = t[1]; med = t[int((NR + 1) / 2)];
       printf "| %-28s | %8.2f s | %8.0f MB/s | %8.0f MB/s | %6.0f MB |\n", n, best, b / best / 1e6, b / med / 1e6, rss / 1024 }'
}

echo "input: $((bytes / 1000000)) MB body-heavy HAR (internal/hargen), one core (GOMAXPROCS=1, taskset -c 0)"
echo
echo "best and median of $runs runs"
echo
echo "| command | best time | best throughput | median throughput | peak RSS |"
echo "|---|---:|---:|---:|---:|"
measure "cat" $one cat "$work/in.har"
MEASURE_RUNS=1 measure "jq -c . (one run)" $one jq -c . "$work/in.har"
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

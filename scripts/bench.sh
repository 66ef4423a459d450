#!/usr/bin/env bash
# Times `safehar sanitize` and `safehar verify` on a generated body-heavy
# HAR against cat and jq -c . in the same run, on one core and on two
# (the same file, interleaved), and measures peak RSS on 1 GB on one core
# and on two.
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
export SAFEHAR_NO_KEYRING=1
ncpu=$(nproc)
# on CORES: run on that many cores (GOMAXPROCS, and taskset when there is one).
on() {
  local cores=$1; shift
  if command -v taskset >/dev/null && [ "$cores" -le "$ncpu" ]; then
    GOMAXPROCS=$cores taskset -c "0-$((cores - 1))" "$@"
  else
    GOMAXPROCS=$cores "$@"
  fi
}

runs=${BENCH_RUNS:-5}
declare -A best
# measure NAME CORES COMMAND...: the best and the median of $runs runs, the
# CPU time (user + system) of the best run, and the peak RSS.
measure() {
  local name=$1 cores=$2; shift 2
  cat "$work/in.har" >/dev/null # warm the page cache
  local lines=() rc t0 t1
  for _ in $(seq "${MEASURE_RUNS:-$runs}"); do
    rc=0
    t0=$(date +%s.%N)
    on "$cores" /usr/bin/time -f "%U %S %M" -o "$work/rss" "$@" >/dev/null 2>"$work/err" || rc=$?
    t1=$(date +%s.%N)
    # verify exits 1 when it finds secrets, as it does here.
    if [ "$rc" -gt 1 ]; then cat "$work/err"; exit 1; fi
    lines+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(tail -1 "$work/rss")")
  done
  local sorted
  sorted=$(printf '%s\n' "${lines[@]}" | sort -g)
  best[$name/$cores]=$(echo "$sorted" | head -1 | cut -d' ' -f1)
  echo "$sorted" | awk -v n="$name" -v c="$cores" -v b="$bytes" \
    '{ t[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 } END { med = t[int((NR + 1) / 2)];
       printf "| %-28s | %d | %7.2f s | %6.0f MB/s | %6.0f MB/s | %6.2f s | %5.0f MB |\n", n, c, t[1], b / t[1] / 1e6, b / med / 1e6, cpu[1], rss[1] / 1024 }'
}

echo "input: $((bytes / 1000000)) MB body-heavy HAR (internal/hargen); cores: GOMAXPROCS=N and taskset -c 0-(N-1)"
echo "machine: $ncpu cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo
echo "best and median of $runs runs; CPU is user + system time of the best run"
echo
echo "| command | cores | best time | best throughput | median throughput | CPU | peak RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "cat" 1 cat "$work/in.har"
MEASURE_RUNS=1 measure "jq -c . (one run)" 1 jq -c . "$work/in.har"
for cores in 1 2; do
  measure "safehar verify" "$cores" "$work/safehar" verify "$work/in.har"
  measure "safehar sanitize (stdout)" "$cores" "$work/safehar" sanitize -q "$work/in.har"
  measure "safehar sanitize -o (fsync)" "$cores" "$work/safehar" sanitize -q -o "$work/out.har" "$work/in.har"
done
echo
for c in "safehar verify" "safehar sanitize (stdout)" "safehar sanitize -o (fsync)"; do
  awk -v n="$c" -v a="${best[$c/1]}" -v b="${best[$c/2]}" 'BEGIN { printf "two cores / one core, %s: %.2fx (best times)\n", n, a / b }'
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$big" -gt 0 ]; then
  go run ./internal/hargen/cmd/hargen -size "$big" -seed 2 >"$work/big.har"
  bytes=$(stat -c %s "$work/big.har")
  rm -f "$work/in.har" "$work/out.har"
  echo
  for cores in 1 2; do
    on "$cores" /usr/bin/time -f "%e %M" -o "$work/rss" "$work/safehar" sanitize -q -o "$work/big.out.har" "$work/big.har"
    read -r secs rss <"$work/rss"
    echo "1 GB check, $cores core(s): $((bytes / 1000000)) MB sanitized to a file in ${secs} s, peak RSS $((rss / 1024)) MB"
    rm -f "$work/big.out.har"
  done
fi

#!/usr/bin/env bash
# Measures the exposure report (`safehar verify` over many files) against
# single-file verify, on generated HAR files (internal/hargen).
#
# Usage: scripts/bench-exposure.sh [FILES] [MB_PER_FILE]    (default: 1000 files of 2 MB, ~2 GB)
#        BENCH_DIR=/path scripts/bench-exposure.sh          (keep the generated files there)
#        ROUNDS=5 scripts/bench-exposure.sh                 (best of 5 instead of 3)
#
# Prints, for each run: wall time, MB/s, CPU use (user+sys over wall: 2.0 means
# both cores busy) and peak RSS; then whether the many-file scan is within
# 1.5x of single-file verify's throughput. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
mb=${2:-2}
rounds=${ROUNDS:-3}
keep=${BENCH_DIR:+1}
work=${BENCH_DIR:-$(mktemp -d /tmp/safehar-bench-exposure.XXXXXX)}
mkdir -p "$work/hars"
cleanup() { if [ -z "$keep" ]; then rm -rf "$work"; fi; }
trap cleanup EXIT

echo "== build"
go build -o "$work/safehar" ./host
go build -o "$work/hargen" ./internal/hargen/cmd/hargen
printf 'safehar-bench-exposure-key-0123' > "$work/key"

echo "== generate $n files of ~$mb MB in $work/hars (hargen, seeds 1..$n)"
existing=$(find "$work/hars" -name 'case-*.har' | wc -l)
if [ "$existing" -ne "$n" ]; then
  rm -f "$work/hars"/case-*.har
  seq 1 "$n" | xargs -P "$(nproc)" -I{} sh -c '"$1/hargen" -size "$2" -seed "$3" > "$1/hars/case-$3.har" 2>/dev/null' _ "$work" "$mb" {}
fi
[ -f "$work/big.har" ] || "$work/hargen" -size 200 -seed 424242 > "$work/big.har" 2>/dev/null
total=$(du -cb "$work"/hars/case-*.har | tail -1 | cut -f1)
big=$(stat -c %s "$work/big.har")
echo "   $n files, $((total / 1000000)) MB; single file $((big / 1000000)) MB"
echo "   cores: $(nproc); GOMAXPROCS default; $(go version)"

# Warm the page cache so that the disk is not measured.
cat "$work"/hars/case-*.har "$work/big.har" > /dev/null

# run NAME BYTES CMD...: times CMD (exit 0 or 1 is success) and prints a line.
run() {
  local name=$1 bytes=$2
  shift 2
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "   $name: exit $rc"; cat "$work/stderr"; exit 2
  fi
  read -r wall user sys rss < <(tail -1 "$work/time")
  local mbps cpu percpu
  mbps=$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.0f", b / 1e6 / w }')
  cpu=$(awk -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN { printf "%.2f", (u + s) / w }')
  percpu=$(awk -v b="$bytes" -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", b / 1e6 / (u + s) }')
  printf '   %-40s %7.2f s  %5s MB/s  cpu %s  %4s MB/cpu-s  rss %d MB\n' "$name" "$wall" "$mbps" "$cpu" "$percpu" $((rss / 1024))
  echo "$mbps $percpu" > "$work/last"
}

echo "== runs (best of $rounds, single-file and many-file runs interleaved; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
K=(--key-file "$work/key" --at 2026-11-22T12:00:00Z)
best_single=0
best_multi=0
for r in $(seq 1 "$rounds"); do
  run "[$r] single-file verify (big.har)" "$big" "$work/safehar" verify "${K[@]}" "$work/big.har"
  read -r w c < "$work/last"
  best_single=$(awk -v a="$best_single" -v b="$w" 'BEGIN { print (b > a ? b : a) }')
  cpu_single=$(awk -v a="${cpu_single:-0}" -v b="$c" 'BEGIN { print (b > a ? b : a) }')
  run "[$r] $n files, $(nproc) workers" "$total" "$work/safehar" verify "${K[@]}" "$work/hars"
  read -r w c < "$work/last"
  best_multi=$(awk -v a="$best_multi" -v b="$w" 'BEGIN { print (b > a ? b : a) }')
  cpu_multi=$(awk -v a="${cpu_multi:-0}" -v b="$c" 'BEGIN { print (b > a ? b : a) }')
done
run "$n files, 1 worker (GOMAXPROCS=1)" "$total" env GOMAXPROCS=1 "$work/safehar" verify "${K[@]}" "$work/hars"
run "$n files, $(nproc) workers, --json" "$total" "$work/safehar" verify --json "${K[@]}" "$work/hars"
run "$n files, $(nproc) workers, --html" "$total" "$work/safehar" verify --html "$work/report.html" "${K[@]}" "$work/hars"
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== result"
awk -v s="$cpu_single" -v m="$cpu_multi" 'BEGIN {
  printf "   work per byte: single-file %d MB per CPU-second, many-file %d (ratio %.2f; 1.00 = no per-file overhead)\n", s, m, s / m
}'
echo "   (wall-clock figures are only meaningful when the load average is below ~1: other processes share the cores)"
awk -v s="$best_single" -v m="$best_multi" 'BEGIN {
  r = s / m
  printf "   many-file throughput %d MB/s vs single-file %d MB/s (best runs): single/many = %.2f (limit 1.5): %s\n", m, s, r, (r <= 1.5 ? "PASS" : "FAIL")
  exit (r <= 1.5 ? 0 : 1)
}'

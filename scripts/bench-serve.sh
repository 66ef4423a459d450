#!/usr/bin/env bash
# Load benchmark of `safehar serve` with a real HTTP load tool (Debian's hey)
# on loopback, bounded in time (a fixed number of requests per run, about
# two minutes in all here): for 1 MB and 50 MB generated HARs at
# concurrency 1, 8 and 32 it prints requests/s, MB/s, p50/p99 latency, the
# status codes and errors, the service's CPU seconds (MB/s per core) and its
# peak RSS; then concurrency 48 against --max-concurrent 16, where the
# excess must get clean 503s and nothing else fails; and, for comparison,
# `safehar sanitize` (the CLI) on the same files: MB/s per core.
#
# "MB/s per core" is bytes sanitized over CPU seconds (user + system, from
# /proc/PID/stat for the service, the shell's `time` for the CLI), not wall
# time: the machine's 2 cores are shared (with hey here, and with other
# work), which moves wall-clock figures a lot and CPU seconds much less.
# The CLI's 50 MB figure is measured three times, before, between and after
# the service's runs, and the median is the one compared.
#
# Usage: scripts/bench-serve.sh            (the full table, for docs/SERVE.md)
#        BENCH_SMOKE=1 scripts/bench-serve.sh   (a few requests, for CI)
# Needs: go, hey (apt-get install -y hey).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hey >/dev/null || { echo "bench-serve: hey is missing (apt-get install -y hey)" >&2; exit 2; }
work=$(mktemp -d /tmp/safehar-bench-serve.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
go build -o "$work/safehar" ./host
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/key.hex"
smoke=${BENCH_SMOKE:-}
sizes="1 50"
[ -n "$smoke" ] && sizes="1"
for mb in $sizes; do go run ./internal/hargen/cmd/hargen -size "$mb" -seed 7 > "$work/$mb.har" 2>/dev/null; done
tck=$(getconf CLK_TCK)
cpu_of() { awk -v t="$tck" '{print ($14 + $15) / t}' "/proc/$1/stat"; }

start_serve() { # max-concurrent
  "$work/safehar" serve --listen 127.0.0.1:0 --key-file "$work/key.hex" --max-concurrent "$1" \
    --max-body 128 --spool-dir "$work" 2> "$work/serve.log" &
  pid=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/serve.log")
    [ -n "$url" ] && curl -fs "$url/healthz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "bench-serve: the service did not start: $(cat "$work/serve.log")" >&2; exit 1
}
stop_serve() { kill -TERM "$pid"; wait "$pid" || true; pid=; }

# run MB CONCURRENCY REQUESTS: one hey run; prints a table row.
run() {
  local mb=$1 c=$2 n=$3 out
  echo 5 > "/proc/$pid/clear_refs" 2>/dev/null || true # reset the peak RSS (VmHWM)
  local cpu0; cpu0=$(cpu_of "$pid")
  # CSV: one line per answered request (response-time, ..., status-code,
  # offset); requests that failed (no answer) are not listed.
  hey -n "$n" -c "$c" -t 300 -o csv -m POST -T application/json -D "$work/$mb.har" "$url/v1/sanitize" > "$work/hey.csv"
  local cpu1; cpu1=$(cpu_of "$pid")
  local rss; rss=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
  local rps p50 p99 codes errs ok
  tail -n +2 "$work/hey.csv" > "$work/rows.csv"
  local answered; answered=$(wc -l < "$work/rows.csv")
  errs=$(( n - answered ))
  rps=$(awk -F, '{end = $8 + $1; if (end > max) max = end} END {if (max > 0) printf "%.1f", NR / max; else print 0}' "$work/rows.csv")
  cut -d, -f1 "$work/rows.csv" | sort -g > "$work/lat"
  pct() { awk -v p="$1" '{a[NR] = $1} END {if (NR == 0) {print "-"; exit} i = int(p * NR / 100 + 0.999999); if (i < 1) i = 1; printf "%.3f", a[i]}' "$work/lat"; }
  p50=$(pct 50); p99=$(pct 99)
  codes=$(cut -d, -f7 "$work/rows.csv" | sort | uniq -c | awk '{printf "%s%s×%s", sep, $2, $1; sep=" "}')
  ok=$(awk -F, '$7 == 200' "$work/rows.csv" | wc -l)
  local cpu; cpu=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {printf "%.2f", b - a}')
  local bytes; bytes=$(stat -c %s "$work/$mb.har")
  local mbs; mbs=$(awk -v r="$rps" -v b="$bytes" -v n="$answered" -v ok="$ok" 'BEGIN {if (n > 0) printf "%.0f", r * b * ok / n / 1e6; else print 0}')
  local percore; percore=$(awk -v b="$bytes" -v ok="$ok" -v cpu="$cpu" 'BEGIN {if (cpu > 0) printf "%.0f", b * ok / 1e6 / cpu; else print "-"}')
  printf '| %s MB | %s | %s | %s | %s | %s | %s s | %s s | %s | %s | %s MB |\n' "$mb" "$c" "$n" "$rps" "$mbs" "$percore" "$p50" "$p99" "$codes" "$errs" "$rss"
  echo "$percore" > "$work/last-percore"
  echo "$codes" > "$work/last-codes"
  echo "$errs" > "$work/last-errs"
}

# cli_row MB WHEN: the CLI's MB/s on MB.har, a table row (kept in cli_rows;
# the 50 MB figure also in cli_50).
cli_rows=() cli_50=()
cli_row() {
  local mb=$1 bytes reps t real user sys wall core row
  bytes=$(stat -c %s "$work/$mb.har")
  reps=$([ "$mb" = 1 ] && echo 20 || echo 5)
  [ -n "$smoke" ] && reps=3
  TIMEFORMAT='%R %U %S'
  t=$( { time (for _ in $(seq "$reps"); do "$work/safehar" sanitize -q --key-file "$work/key.hex" -o "$work/cli.har" "$work/$mb.har"; done) ; } 2>&1 )
  read -r real user sys <<<"$t"
  wall=$(awk -v b="$bytes" -v r="$reps" -v t="$real" 'BEGIN {printf "%.0f", b * r / 1e6 / t}')
  core=$(awk -v b="$bytes" -v r="$reps" -v u="$user" -v s="$sys" 'BEGIN {printf "%.0f", b * r / 1e6 / (u + s)}')
  row=$(printf '| %s MB | %s | %s | %s | %s |' "$mb" "$2" "$reps" "$wall" "$core")
  cli_rows+=("$row")
  [ "$mb" = 50 ] && cli_50+=("$core")
  echo "$row"
}
[ -z "$smoke" ] && cli_row 50 "before the service" > /dev/null

echo "safehar serve under hey, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo '| HAR | concurrency | requests | req/s | MB/s | MB/s per core | p50 | p99 | status codes | errors | peak RSS |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|'
start_serve 32
fail=0
for mb in $sizes; do
  [ "$mb" = 50 ] && cli_row 50 "between the service's runs" > /dev/null
  for c in 1 8 32; do
    if [ -n "$smoke" ]; then n=$(( c * 2 )); elif [ "$mb" = 1 ]; then n=$(( c * 12 > 60 ? c * 12 : 60 )); else n=$(( c > 6 ? c : 6 )); fi
    [ "$mb" = 50 ] && [ "$c" = 8 ] && n=16
    run "$mb" "$c" "$n"
    [ "$(cat "$work/last-errs")" = 0 ] && [ "$(cat "$work/last-codes")" = "200×$n" ] || { echo "bench-serve: failures below --max-concurrent" >&2; fail=1; }
    [ "$mb" = 50 ] && eval "serve_percore_$c=$(cat "$work/last-percore")"
  done
done
peak=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
stop_serve

echo
echo "Over the limit: --max-concurrent 16, concurrency 48 (the excess must get 503, nothing else may fail):"
echo
echo '| HAR | concurrency | requests | req/s | MB/s | MB/s per core | p50 | p99 | status codes | errors | peak RSS |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|'
start_serve 16
over_mb=1; [ -z "$smoke" ] && over_mb=1
run "$over_mb" 48 $([ -n "$smoke" ] && echo 96 || echo 480)
codes=$(cat "$work/last-codes")
if [ "$(cat "$work/last-errs")" != 0 ] || ! grep -q '503×' <<<"$codes" || grep -qvE '^(200|503)×[0-9]+( (200|503)×[0-9]+)*$' <<<"$codes"; then
  echo "bench-serve: over the limit, want only 200 and 503 (some 503) and no errors; got $codes, $(cat "$work/last-errs") errors" >&2; fail=1
fi
stop_serve

echo
echo "The CLI on the same files (safehar sanitize --key-file, -o a file), CPU seconds of the processes:"
echo
echo '| HAR | when | runs | MB/s (wall) | MB/s per core |'
echo '|---|---|---:|---:|---:|'
cli_row 1 "after the service" > /dev/null
[ -z "$smoke" ] && cli_row 50 "after the service" > /dev/null
printf '%s\n' "${cli_rows[@]}"
cli_percore=$(printf '%s\n' "${cli_50[@]}" | sort -g | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}')
echo
echo "peak RSS of the service over the runs at --max-concurrent 32: $peak MB"
if [ -z "$smoke" ]; then
  line="service / CLI, MB/s per core, 50 MB:"
  for c in 1 8 32; do
    eval "s=\$serve_percore_$c"
    line="$line $(awk -v s="$s" -v c="$cli_percore" 'BEGIN {printf "%.0f", 100 * s / c}')% at concurrency $c,"
  done
  echo "${line%,} (target >= 80%; the CLI's median of $(IFS=/; echo "${cli_50[*]}") MB/s per core)"
  [ "$peak" -lt 200 ] || { echo "bench-serve: peak RSS $peak MB is not under 200 MB" >&2; fail=1; }
fi
exit $fail

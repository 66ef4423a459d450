#!/usr/bin/env bash
# Measures the native-messaging host against "safehar sanitize" on the same
# generated 200 MB capture: throughput of both and peak RSS of both
# (/usr/bin/time for the CLI, VmHWM for the host). Figures go in host/BENCH.md.
# Usage: scripts/bench-host.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench 'BenchmarkHost200MB' -benchtime "${1:-3}x" -timeout 20m ./host/

#!/usr/bin/env bash
# The main job on the bundled sample: build safehar, register it as the
# browsers' native-messaging host for this user, sanitize testdata/sample.har
# (a login flow full of live-looking credentials) and verify the result.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/safehar ./host
bin/safehar install --browser all
bin/safehar sanitize -o sample.sanitized.har testdata/sample.har
echo
echo "== what the original exposes (verify exits 1: secrets found)"
bin/safehar verify testdata/sample.har || test $? -eq 1
echo
echo "== the sanitized copy"
bin/safehar verify sample.sanitized.har
echo
echo "Saved sample.sanitized.har: compare it with testdata/sample.har."

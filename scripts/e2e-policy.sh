#!/bin/sh
# Managed-deployment end-to-end check in real Chromium (see e2e-policy.mjs).
# Needs root (for a private mount namespace), unshare, chromium, node, openssl
# and extension/node_modules (npm ci in extension/). Nothing it writes to
# /etc/chromium is visible outside its namespace; it leaves nothing behind.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "e2e-policy: needs root (a private mount namespace for /etc/chromium)" >&2; exit 2; }
work=$(mktemp -d /tmp/safehar-e2e-policy.XXXXXX)
# Browsers' helper processes may still write into the profile for a moment.
trap 'for i in 1 2 3 4 5; do rm -rf "$work" 2>/dev/null && break; sleep 1; done' EXIT
cd "$repo"
go build -o "$work/safehar" ./host
make -s crx DIST="$work/dist" CRX_BASE_URL="file://$work/dist" >/dev/null
mkdir -p "$work/etc-chromium"
[ -d /etc/chromium ] && cp -a /etc/chromium/. "$work/etc-chromium/" 2>/dev/null || true
E2E_WORK="$work" E2E_HOST="$work/safehar" E2E_DIST="$work/dist" \
unshare --mount --propagation private sh -c '
	set -e
	[ -d /etc/chromium ] || { echo "e2e-policy: /etc/chromium is missing (apt-get install -y chromium)" >&2; exit 2; }
	mount --bind "$E2E_WORK/etc-chromium" /etc/chromium
	exec timeout 300 node "'"$repo"'/scripts/e2e-policy.mjs"
'

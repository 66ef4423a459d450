#!/bin/sh
# Managed-deployment end-to-end check in real Chromium (see e2e-policy.mjs).
# Needs root (for a private mount namespace), unshare, overlayfs, chromium,
# node, openssl and extension/node_modules (npm ci in extension/). In its
# namespace /etc is an overlay (so the host's system policy goes to the real
# /etc/safehar/policy.json, read by the release binary) and /etc/chromium a
# bind-mounted temporary copy. Nothing it writes is visible outside its
# namespace; it leaves nothing behind.
#
# With --admin-key it plays an administrator with a signing key of their
# own: a fresh RSA key signs the .crx (make crx CRX_KEY=...), the id it
# gives goes to `safehar policy --extension-id` and `safehar install
# --system --extension-id`, and one export runs through the host registered
# for that id (the shorter check: no options page, no user-level control).
set -eu
admin=
[ "${1:-}" = --admin-key ] && admin=1
repo=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "e2e-policy: needs root (a private mount namespace for /etc/chromium)" >&2; exit 2; }
work=$(mktemp -d /tmp/safehar-e2e-policy.XXXXXX)
# Browsers' helper processes may still write into the profile for a moment.
trap 'for i in 1 2 3 4 5; do rm -rf "$work" 2>/dev/null && break; sleep 1; done' EXIT
cd "$repo"
# The release build (no test hooks): the system policy is at its real path.
go build -o "$work/safehar" ./host
if [ -n "$admin" ]; then
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/admin.pem" 2>/dev/null
	make -s crx CRX_KEY="$work/admin.pem" DIST="$work/dist" CRX_BASE_URL="file://$work/dist" >/dev/null
	E2E_EXT_ID=$(cat "$work/dist/chrome-extension-id.txt")
	[ "$E2E_EXT_ID" != "$(cat extension/chrome-extension-id.txt)" ] || { echo "e2e-policy: the fresh key gave the development id" >&2; exit 1; }
	export E2E_EXT_ID E2E_ADMIN=1
else
	make -s crx DIST="$work/dist" CRX_BASE_URL="file://$work/dist" >/dev/null
fi
mkdir -p "$work/etc-chromium" "$work/etc/upper" "$work/etc/work"
[ -d /etc/chromium ] && cp -a /etc/chromium/. "$work/etc-chromium/" 2>/dev/null || true
E2E_WORK="$work" E2E_HOST="$work/safehar" E2E_DIST="$work/dist" \
unshare --mount --propagation private sh -c '
	set -e
	[ -d /etc/chromium ] || { echo "e2e-policy: /etc/chromium is missing (apt-get install -y chromium)" >&2; exit 2; }
	mount -t overlay safehar-e2e -o "lowerdir=/etc,upperdir=$E2E_WORK/etc/upper,workdir=$E2E_WORK/etc/work" /etc
	mkdir -p /etc/safehar
	mount --bind "$E2E_WORK/etc-chromium" /etc/chromium
	exec timeout 300 node "'"$repo"'/scripts/e2e-policy.mjs"
'

#!/bin/sh
# Managed settings through Firefox ESR's enterprise policy file
# (policies.json, 3rdparty section), end to end:
# extension/test/e2e/firefox-policy.e2e.mjs.
#
# Needs root (a private mount namespace), unshare, overlayfs, firefox-esr,
# node, go and extension/node_modules (npm ci in extension/). Firefox reads
# its policy from /etc/firefox/policies/policies.json (Debian's firefox-esr
# too; /etc/firefox-esr/policies is NOT read) or from the install's
# distribution folder. Here both /etc and that folder are overlays, writable
# in a private mount namespace only, their changes kept in a temporary
# folder: nothing is visible outside this run, nothing is left behind.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "e2e-policy-firefox: needs root (a private mount namespace for Firefox's policy folders)" >&2; exit 2; }
[ -x /usr/bin/firefox-esr ] || { echo "e2e-policy-firefox: /usr/bin/firefox-esr is missing (apt-get install -y firefox-esr)" >&2; exit 2; }
dist=$(readlink -f /usr/lib/firefox-esr/distribution)
[ -d "$dist" ] || { echo "e2e-policy-firefox: $dist is missing" >&2; exit 2; }
work=$(mktemp -d /tmp/safehar-e2e-policy-firefox.XXXXXX)
# Browsers' helper processes may still write into the profile for a moment.
trap 'for i in 1 2 3 4 5; do rm -rf "$work" 2>/dev/null && break; sleep 1; done' EXIT
mkdir -p "$work/etc/upper" "$work/etc/work" "$work/dist/upper" "$work/dist/work"
SAFEHAR_FF_OUTER_MNT_NS=$(readlink /proc/self/ns/mnt) E2E_WORK="$work" E2E_DIST="$dist" \
SAFEHAR_FF_POLICY_FILES="${SAFEHAR_FF_POLICY_FILES:-/etc/firefox/policies/policies.json,/usr/lib/firefox-esr/distribution/policies.json}" \
unshare --mount --propagation private sh -c '
	set -e
	mount -t overlay safehar-e2e -o "lowerdir=/etc,upperdir=$E2E_WORK/etc/upper,workdir=$E2E_WORK/etc/work" /etc
	mount -t overlay safehar-e2e -o "lowerdir=$E2E_DIST,upperdir=$E2E_WORK/dist/upper,workdir=$E2E_WORK/dist/work" "$E2E_DIST"
	cd "'"$repo"'/extension"
	exec timeout 480 node --test --test-concurrency=1 test/e2e/firefox-policy.e2e.mjs
'

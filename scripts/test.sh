#!/usr/bin/env bash
# Runs every test of safehar on a fresh Debian machine, installing what it needs.
# Usage: scripts/test.sh            (everything)
#        SAFEHAR_SKIP_SETUP=1 scripts/test.sh   (skip apt/npm installs)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$PATH:$(go env GOPATH)/bin"

step() { printf '\n=== %s\n' "$*"; }

if [ -z "${SAFEHAR_SKIP_SETUP:-}" ]; then
  step "setup: Debian packages"
  need=()
  for p in chromium firefox-esr dbus gnome-keyring jq xdg-utils zip openssl util-linux lintian rpm wixl msitools openssh-client hey podman curl; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" dbus-x11 >/dev/null
  fi
  step "setup: Go tools"
  command -v staticcheck >/dev/null || go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
  step "setup: npm packages"
  (cd extension && npm ci --no-audit --no-fund --loglevel=error)
fi

step "go: gofmt, vet, staticcheck"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
go vet ./...
staticcheck ./...

step "go: cross-compile (linux, darwin, windows)"
for os in linux darwin windows; do GOOS=$os GOARCH=amd64 go build -o /dev/null ./host; done

step "go: unit, CLI and host tests (real Secret Service via gnome-keyring)"
# gnome-keyring's secrets component under a private D-Bus session, unlocked
# with a throwaway password, so the keyring tests talk to a real Secret Service.
# The keyring files go to a fresh folder, so an old login keyring with
# another password cannot get in the way.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home" 2>/dev/null || true' EXIT
XDG_DATA_HOME=$keyring_home dbus-run-session -- bash -c '
  echo -n safehar-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset XDG_DATA_HOME
  go test -count=1 -timeout 20m ./...
' 2>&1 | { grep -v -e "^dbus-daemon\[" -e "Gtk-WARNING" -e "cannot open display" -e "^$" || true; }

step "go: fuzzing, bounded (${FUZZ_TIME:=10s} per target)"
# Each target runs from its seeds and testdata corpus for a bounded time;
# the execs per target are printed. A failure leaves its input in
# sanitize/testdata/fuzz (or the package's) to commit as a regression.
#
# Go 1.26's fuzz coordinator can report a bare "context deadline exceeded"
# at the end of a duration -fuzztime with no failing input (a race between
# its deadline and a worker's last call, golang/go#75804, fixed in Go 1.27).
# That one outcome, with no new input written, is run again with a count
# budget (the execs it reached), which has no deadline to race; a real
# crash or hang still fails (a hang through go test's own -timeout).
for pkg in ./sanitize ./host/internal/nm ./host/internal/nativehost; do
  dir=${pkg#./}/testdata/fuzz
  for target in $(go test -list 'Fuzz.*' "$pkg" | grep '^Fuzz'); do
    before=$(ls -R "$dir" 2>/dev/null | md5sum)
    if ! out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZ_TIME" "$pkg" 2>&1); then
      reached=$(echo "$out" | grep -o 'execs: [0-9]*' | tail -1 | grep -o '[0-9]*' || true)
      if [ "$(ls -R "$dir" 2>/dev/null | md5sum)" = "$before" ] && [ -n "$reached" ] && [ "$reached" -gt 0 ] &&
        [ "$(echo "$out" | grep -c -e '^--- FAIL' -e 'context deadline exceeded')" = 2 ] &&
        ! echo "$out" | grep -q -e 'panic' -e 'Failing input' -e 'fuzz_test.go:[0-9]*:' -e '_test.go:[0-9]*:'; then
        echo "$target: the Go fuzz coordinator's deadline race (no failing input); again for ${reached} execs"
        out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "${reached}x" -timeout 10m "$pkg" 2>&1) || { echo "$out" | tail -30; exit 1; }
      else
        echo "$out" | tail -30; exit 1
      fi
    fi
    printf '%-22s %s\n' "$target" "$(echo "$out" | grep -o 'execs: [0-9]*' | tail -1)"
  done
done

step "extension: lint and unit tests"
(cd extension && npm test)
step "extension: end-to-end in Chromium and Firefox, with the real host"
(cd extension && npm run e2e)

step "managed policy: end-to-end in Chromium (force-installed extension, policy files in a private mount namespace)"
scripts/e2e-policy.sh
step "managed policy: the administrator's own key (fresh .crx key, its id in safehar policy and safehar install, one export)"
scripts/e2e-policy.sh --admin-key
step "managed policy: end-to-end in Firefox ESR (policies.json 3rdparty section, private mount namespace)"
scripts/e2e-policy-firefox.sh

step "serve: the page at / in headless Chromium (real service, real HAR, download equal to the CLI's)"
node --test scripts/e2e-serve.mjs
step "serve: load smoke run with hey (the full table: scripts/bench-serve.sh)"
BENCH_SMOKE=1 scripts/bench-serve.sh
step "serve: container image (podman build FROM scratch, then run it read-only as non-root)"
scripts/test-image.sh

step "packaging: make dist (binaries for 3 OSes x 2 arches, .deb (lintian), .rpm, .msi (msiinfo), macOS universal, extension .zips, .xpi (web-ext lint), .crx + update.xml, signed SHA256SUMS)"
SAFEHAR_TEST_DIST=1 go test -count=1 -run Dist -timeout 20m ./host
echo
echo "all tests passed"

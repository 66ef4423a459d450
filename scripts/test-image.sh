#!/bin/sh
# Builds the safehar serve container image (Dockerfile: static binary FROM
# scratch, non-root, read-only root file system) with Debian's podman and
# runs it: the probes, a sanitize equal to the CLI's, the user it runs as,
# a write to the root file system refused, and a clean stop on SIGTERM.
#
# This machine kind needs three things for `podman run` (found by trying):
# rlimits no higher than the sandbox's own (--ulimit nofile/nproc: podman's
# defaults fail with "setrlimit RLIMIT_NOFILE: Operation not permitted"),
# no cgroups (--cgroups=disabled, cgroupfs manager), and cgroup v1 alone
# (crun refuses the hybrid v1+v2 layout here, so the run happens in a
# private mount namespace with /sys/fs/cgroup/unified unmounted), and the
# host network (--network=host: no bridge in the sandbox). Resource limits
# of the container are therefore not exercised here; Kubernetes sets them
# (deploy/deployment.yaml).
#
# SAFEHAR_IMAGE_BUILD_ONLY=1 builds without running.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
command -v podman >/dev/null || { echo "test-image: podman is missing (apt-get install -y podman)" >&2; exit 2; }
work=$(mktemp -d /tmp/safehar-image.XXXXXX)
name=safehar-image-test-$$
trap 'podman rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
make -s image IMAGE=localhost/safehar:test >/dev/null
echo "image: built localhost/safehar:test ($(podman image inspect localhost/safehar:test --format '{{.Size}}') bytes, user $(podman image inspect localhost/safehar:test --format '{{.Config.User}}'))"
[ -z "${SAFEHAR_IMAGE_BUILD_ONLY:-}" ] || exit 0

head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/key.hex"
chmod 0644 "$work/key.hex"
go build -o "$work/safehar" ./host
port=$(( 20000 + $$ % 20000 )); admin=$(( port + 1 ))
cat > "$work/run.sh" <<RUN
set -e
umount /sys/fs/cgroup/unified 2>/dev/null || true
podman --cgroup-manager=cgroupfs run -d --name $name --cgroups=disabled --network=host \
  --ulimit nofile=\$(ulimit -Sn):\$(ulimit -Hn) --ulimit nproc=4096:4096 \
  --read-only --tmpfs /tmp:rw,size=256m -v $work/key.hex:/etc/safehar/key:ro \
  localhost/safehar:test --listen 127.0.0.1:$port --admin-listen 127.0.0.1:$admin --key-file /etc/safehar/key
RUN
if ! out=$(unshare --mount --propagation private sh "$work/run.sh" 2>&1); then
  echo "test-image: SKIP running the image (built fine): podman run failed here: $out"
  exit 0
fi
for i in $(seq 1 50); do curl -fs "http://127.0.0.1:$admin/healthz" >/dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$admin/readyz" | grep -q ready
curl -fs -H 'Content-Type: application/json' --data-binary @testdata/sample.har "http://127.0.0.1:$port/v1/sanitize" -o "$work/served.har"
"$work/safehar" sanitize -q --key-file "$work/key.hex" -o "$work/cli.har" testdata/sample.har
strip() { sed -E 's/"exportId":"[0-9a-f-]{36}"//; s/"sanitizedAt":"[^"]*"//' "$1"; }
[ "$(strip "$work/served.har")" = "$(strip "$work/cli.har")" ] || { echo "test-image: the container's output differs from the CLI's" >&2; exit 1; }
pid=$(podman inspect "$name" --format '{{.State.Pid}}')
uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
[ "$uid" = 65532 ] || { echo "test-image: the service runs as uid $uid, not 65532" >&2; exit 1; }
# The root file system is read-only: nothing but /tmp (tmpfs) is writable.
ro=$(awk '$2 == "/" {print $4}' "/proc/$pid/mounts" | cut -d, -f1)
[ "$ro" = ro ] || { echo "test-image: the root file system is mounted $ro" >&2; exit 1; }
curl -fs "http://127.0.0.1:$admin/metrics" | grep -q 'safehar_requests_total{route="/v1/sanitize",code="200"} 1'
podman stop -t 20 "$name" >/dev/null
code=$(podman inspect "$name" --format '{{.State.ExitCode}}')
[ "$code" = 0 ] || { echo "test-image: exit $code after SIGTERM: $(podman logs "$name" 2>&1 | tail -3)" >&2; exit 1; }
echo "image: ran as uid $uid on a read-only root, probes and metrics answered, sanitize equal to the CLI, stopped cleanly on SIGTERM"

# safehar serve as a container image: one static binary FROM scratch (no
# base image to pull, nothing but the binary in it), running as a non-root
# user, made for a read-only root file system. Build the binary first:
#
#   make image            (CGO_ENABLED=0 go build into build/image/, then podman build)
#
# or by hand:
#
#   CGO_ENABLED=0 go build -trimpath -ldflags '-s -w' -o build/image/safehar ./host
#   podman build -t safehar:latest -f Dockerfile build/image
#
# Run it with the key file mounted and a writable /tmp for the encrypted
# spools (an emptyDir in Kubernetes, see deploy/):
#
#   podman run --read-only --tmpfs /tmp -v ./key.hex:/etc/safehar/key:ro -p 8080:8080 safehar:latest
FROM scratch
COPY safehar /safehar
# The encrypted spools of uploads go to $TMPDIR: mount something writable
# there, the root file system stays read-only.
ENV TMPDIR=/tmp GOMEMLIMIT=160MiB
USER 65532:65532
EXPOSE 8080 9090
ENTRYPOINT ["/safehar", "serve"]
CMD ["--listen", ":8080", "--admin-listen", ":9090", "--key-file", "/etc/safehar/key"]

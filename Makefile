# safehar release packaging. See docs/DEPLOY.md.
#
#   make dist                      everything below, into dist/
#   make binaries                  safehar for linux, darwin, windows × amd64, arm64
#   make deb                       dist/safehar_<version>_<arch>.deb (amd64, arm64)
#   make extension-zip             dist/safehar-extension-<version>.zip (Chrome Web Store,
#                                  Edge Add-ons, addons.mozilla.org)
#   make image                     the safehar serve container image (Dockerfile: static
#                                  binary FROM scratch) as $(IMAGE), with podman
#   make crx                       dist/safehar-extension-<version>.crx + dist/update.xml
#                                  (self-hosting; needs chromium and openssl)
#
# Variables: VERSION (host, from host/main.go), CRX_KEY (the extension's
# signing key, PEM; the default is the test key, NOT for releases),
# CRX_BASE_URL (where the .crx will be served; default file://<dist>),
# CHROMIUM (the browser binary that packs the .crx).

GO           ?= go
DIST         ?= dist
VERSION      ?= $(shell sed -n 's/^var Version = "\(.*\)"/\1/p' host/main.go)
EXT_VERSION  := $(shell sed -n 's/^  "version": "\(.*\)",/\1/p' extension/manifest.json)
EXT_ID       := $(shell cat extension/chrome-extension-id.txt)
EXT_FILES    := manifest.json managed_schema.json devtools.html popup.html options.html styles.css src icons
PLATFORMS    := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
DEB_ARCHES   := amd64 arm64
CRX_KEY      ?= extension/test/fixtures/dev-key.pem
CHROMIUM     ?= chromium
DIST_ABS      = $(abspath $(DIST))
CRX_BASE_URL ?= file://$(DIST_ABS)
LDFLAGS      := -s -w -X main.Version=$(VERSION)

IMAGE        ?= localhost/safehar:$(VERSION)

.PHONY: dist binaries deb extension-zip crx checksums clean image

dist: binaries deb extension-zip crx checksums
	@echo "dist: done; see $(DIST)/ (docs/DEPLOY.md explains each file)"

binaries:
	@mkdir -p $(DIST)
	@set -e; for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=$(DIST)/safehar-$(VERSION)-$$os-$$arch$$ext; \
		echo "go build $$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $$out ./host; \
	done

# The .deb installs /usr/bin/safehar, the policy templates under
# /usr/share/safehar/policies, and registers the host for every user
# (safehar install --system: Chrome, Chromium, Edge, Brave and Firefox
# system manifest folders) in postinst; prerm removes the registration.
deb: binaries
	@set -e; for arch in $(DEB_ARCHES); do \
		root=$(DIST)/deb-$$arch; rm -rf $$root; \
		mkdir -p $$root/DEBIAN $$root/usr/bin $$root/usr/share/safehar/policies $$root/usr/share/doc/safehar; \
		install -m 0755 $(DIST)/safehar-$(VERSION)-linux-$$arch $$root/usr/bin/safehar; \
		cp -r manifest/policies/. $$root/usr/share/safehar/policies/; \
		install -m 0644 docs/DEPLOY.md $$root/usr/share/doc/safehar/DEPLOY.md; \
		{ printf '%s\n' 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
			'Upstream-Name: safehar' '' 'Files: *' 'Copyright: the safehar authors' 'License: Apache-2.0' \
			' On Debian systems the full text of the Apache License 2.0 is in' \
			' /usr/share/common-licenses/Apache-2.0; it is also the LICENSE file of the source.'; \
		} > $$root/usr/share/doc/safehar/copyright; \
		printf '%s\n' \
			'Package: safehar' \
			'Version: $(VERSION)' \
			"Architecture: $$arch" \
			'Maintainer: safehar <safehar@safehar.dev>' \
			'Section: utils' \
			'Priority: optional' \
			'Homepage: https://safehar.dev' \
			'Description: share HAR files without sharing your sessions' \
			' safehar redacts cookies, tokens, keys and other secrets from HAR captures.' \
			' This package installs the command-line tool and registers it as the' \
			' native-messaging host of the safehar browser extension for all users' \
			' (Chrome, Chromium, Edge, Brave, Firefox).' > $$root/DEBIAN/control; \
		printf '%s\n' '#!/bin/sh' 'set -e' \
			'if [ "$$1" = configure ]; then' \
			'  /usr/bin/safehar install --system >/dev/null || echo "safehar: could not register the native host; run: sudo safehar install --system" >&2' \
			'fi' > $$root/DEBIAN/postinst; \
		printf '%s\n' '#!/bin/sh' 'set -e' \
			'if [ "$$1" = remove ] || [ "$$1" = deconfigure ]; then' \
			'  /usr/bin/safehar uninstall --system >/dev/null || true' \
			'fi' > $$root/DEBIAN/prerm; \
		chmod 0755 $$root/DEBIAN/postinst $$root/DEBIAN/prerm; \
		find $$root -type d -exec chmod 0755 {} +; \
		find $$root/usr/share -type f -exec chmod 0644 {} +; \
		dpkg-deb --root-owner-group -Zxz --build $$root $(DIST)/safehar_$(VERSION)_$$arch.deb >/dev/null; \
		rm -rf $$root; \
		echo "dpkg-deb $(DIST)/safehar_$(VERSION)_$$arch.deb"; \
	done

# The store package: only the shipped files (no tests, tools, node_modules).
extension-zip:
	@mkdir -p $(DIST)
	@rm -f $(DIST)/safehar-extension-$(EXT_VERSION).zip
	cd extension && zip -qr -X $(DIST_ABS)/safehar-extension-$(EXT_VERSION).zip $(EXT_FILES)

# The self-hosted package: a CRX3 signed with CRX_KEY by Chromium itself,
# and the update manifest that ExtensionInstallForcelist/ExtensionSettings
# point at. The key must give the id in extension/chrome-extension-id.txt.
crx:
	@command -v $(CHROMIUM) >/dev/null || { echo "crx: $(CHROMIUM) not found; install chromium or set CHROMIUM=/path/to/chrome" >&2; exit 1; }
	@mkdir -p $(DIST)
	@set -e; tmp=$$(mktemp -d); \
		trap 'for i in 1 2 3 4 5; do rm -rf $$tmp 2>/dev/null && break; sleep 1; done; true' EXIT; \
		mkdir $$tmp/safehar-extension; \
		for f in $(EXT_FILES); do cp -r extension/$$f $$tmp/safehar-extension/; done; \
		openssl pkey -in $(CRX_KEY) -out $$tmp/key.pem; \
		id=$$(openssl pkey -in $$tmp/key.pem -pubout -outform DER 2>/dev/null | sha256sum | cut -c1-32 | tr 0-9a-f a-p); \
		[ "$$id" = "$(EXT_ID)" ] || { echo "crx: $(CRX_KEY) gives the id $$id, not $(EXT_ID) (extension/chrome-extension-id.txt)" >&2; exit 1; }; \
		$(CHROMIUM) --headless=new --no-sandbox --disable-gpu --user-data-dir=$$tmp/profile \
			--pack-extension=$$tmp/safehar-extension --pack-extension-key=$$tmp/key.pem >/dev/null 2>&1 || true; \
		[ -s $$tmp/safehar-extension.crx ] || { echo "crx: $(CHROMIUM) did not pack the extension" >&2; exit 1; }; \
		install -m 0644 $$tmp/safehar-extension.crx $(DIST)/safehar-extension-$(EXT_VERSION).crx
	@printf '%s\n' \
		"<?xml version='1.0' encoding='UTF-8'?>" \
		"<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>" \
		"  <app appid='$(EXT_ID)'>" \
		"    <updatecheck codebase='$(CRX_BASE_URL)/safehar-extension-$(EXT_VERSION).crx' version='$(EXT_VERSION)' />" \
		"  </app>" \
		"</gupdate>" > $(DIST)/update.xml
	@echo "crx $(DIST)/safehar-extension-$(EXT_VERSION).crx, $(DIST)/update.xml (codebase $(CRX_BASE_URL))"

checksums:
	@cd $(DIST) && rm -f SHA256SUMS && sha256sum $$(ls | grep -v '^SHA256SUMS$$' | sort) > SHA256SUMS

clean:
	rm -rf $(DIST)

# The container image of safehar serve: a static binary FROM scratch.
image:
	@mkdir -p build/image
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o build/image/safehar ./host
	podman build -q -t $(IMAGE) -f Dockerfile build/image

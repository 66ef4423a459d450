# safehar release packaging. See docs/DEPLOY.md.
#
#   make dist            everything below, into dist/
#   make binaries        safehar for linux, darwin, windows x amd64, arm64
#   make deb             dist/safehar_<v>_<arch>.deb (amd64, arm64; lintian-clean)
#   make rpm             dist/safehar-<v>-1.<arch>.rpm (x86_64, aarch64; needs rpmbuild)
#   make msi             dist/safehar-<v>-windows-x64.msi (needs wixl)
#   make macos           dist/safehar-<v>-macos-universal.tar.gz (unsigned)
#   make extension       the extension packages: the store .zip (no "key"),
#                        the self-hosting .zip (fixed id), the Firefox .xpi
#   make crx             dist/safehar-extension-<v>.crx + dist/update.xml
#                        (self-hosting; needs chromium and openssl)
#   make checksums       dist/SHA256SUMS, and SHA256SUMS.sig when SIGN_KEY is set
#   make image           the safehar serve container image (Dockerfile: static
#                        binary FROM scratch) as $(IMAGE), with podman
#
# Variables:
#   VERSION        the release (from host/main.go)
#   CRX_KEY        the extension's signing key (PEM). The default is the
#                  DEVELOPMENT key, whose private half is in this repository:
#                  never publish a .crx signed with it. With your own key the
#                  id changes; make crx prints it and the packages register
#                  the host for it.
#   EXTENSION_IDS  the ids the packages' host registration allows (default:
#                  the .crx's id and the Firefox add-on id); add the Chrome
#                  Web Store's id here when you publish there
#   CRX_BASE_URL   where the .crx will be served (default file://<dist>)
#   SIGN_KEY       an SSH private key: SHA256SUMS.sig is its detached signature
#   CHROMIUM       the browser binary that packs the .crx

GO            ?= go
DIST          ?= dist
VERSION       ?= $(shell sed -n 's/^var Version = "\(.*\)"/\1/p' host/main.go)
EXT_VERSION   := $(shell sed -n 's/^  "version": "\(.*\)",/\1/p' extension/manifest.json)
EXT_FILES     := manifest.json managed_schema.json devtools.html popup.html options.html styles.css src icons
PLATFORMS     := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
DEV_KEY       := extension/test/fixtures/dev-key.pem
CRX_KEY       ?= $(DEV_KEY)
# The id a key gives: the first 16 bytes of the SHA-256 of its public key, in the letters a-p.
key_id         = $(shell openssl pkey -in $(1) -pubout -outform DER 2>/dev/null | sha256sum | cut -c1-32 | tr 0-9a-f a-p)
CRX_ID        := $(call key_id,$(CRX_KEY))
FIREFOX_ID    := safehar@safehar.dev
EXTENSION_IDS ?= $(CRX_ID),$(FIREFOX_ID)
CHROMIUM      ?= chromium
DIST_ABS       = $(abspath $(DIST))
CRX_BASE_URL  ?= file://$(DIST_ABS)
LDFLAGS       := -s -w -X main.Version=$(VERSION)
comma         := ,
INSTALL_ARGS   = $(foreach id,$(subst $(comma), ,$(EXTENSION_IDS)),--extension-id $(id))
CHANGELOG     := manifest/packaging/changelog
DEB_DATE      := $(shell sed -n 's/^ -- .*  //p' $(CHANGELOG) | head -1)

IMAGE         ?= localhost/safehar:$(VERSION)

.PHONY: dist binaries man deb rpm msi macos extension crx checksums devkey-warning clean image

dist: devkey-warning binaries deb rpm msi macos extension crx checksums
	@echo "dist: done; see $(DIST)/ (docs/DEPLOY.md explains each file)"

devkey-warning:
	@if [ "$(CRX_ID)" = "$(call key_id,$(DEV_KEY))" ]; then \
		echo '******************************************************************' >&2; \
		echo '* WARNING: the .crx is signed with the DEVELOPMENT key, whose    *' >&2; \
		echo '* private half is public in this repository. Anyone can sign an  *' >&2; \
		echo '* update with this id. For a release: make crx CRX_KEY=your.pem  *' >&2; \
		echo '* (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)  *' >&2; \
		echo '******************************************************************' >&2; \
	fi

binaries:
	@mkdir -p $(DIST)
	@set -e; for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=$(DIST)/safehar-$(VERSION)-$$os-$$arch$$ext; \
		echo "go build $$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $$out ./host; \
	done

# dist/.pkg holds what the packages share: the man page (from the CLI's
# help) and the Debian copyright (from LICENSE).
man: binaries
	@mkdir -p $(DIST)/.pkg
	@[ "$$(sed -n '1s/^safehar (\([^)]*\)).*/\1/p' $(CHANGELOG))" = "$(VERSION)" ] || { echo "man: $(CHANGELOG) has no entry for $(VERSION) at the top" >&2; exit 1; }
	@$(GO) build -o $(DIST)/.pkg/safehar-native ./host
	@scripts/manpage.sh $(DIST)/.pkg/safehar-native $(VERSION) "$$(date -u -d '$(DEB_DATE)' +%Y-%m-%d)" | gzip -9n > $(DIST)/.pkg/safehar.1.gz
	@{ printf '%s\n' \
		'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
		'Upstream-Name: safehar' \
		'Source: https://safehar.dev' \
		'' \
		'Files: *' \
		'Copyright: 2026 the safehar authors' \
		"License: $$(sed -n 's/^ *\(Apache\) License$$/\1-2.0/p' LICENSE | head -1)" \
		'' \
		'License: Apache-2.0' \
		' Licensed under the Apache License, Version 2.0 (the "License");' \
		' you may not use this file except in compliance with the License.' \
		' You may obtain a copy of the License at' \
		' .' \
		'     http://www.apache.org/licenses/LICENSE-2.0' \
		' .' \
		' Unless required by applicable law or agreed to in writing, software' \
		' distributed under the License is distributed on an "AS IS" BASIS,' \
		' WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.' \
		' See the License for the specific language governing permissions and' \
		' limitations under the License.' \
		' .' \
		' On Debian systems, the complete text of the Apache License, Version 2.0' \
		' can be found in "/usr/share/common-licenses/Apache-2.0".'; } > $(DIST)/.pkg/copyright

# stage_linux ROOT ARCH: the files of the Linux packages under ROOT.
define stage_linux
	rm -rf $(1); \
	mkdir -p $(1)/usr/bin $(1)/usr/share/safehar/policies $(1)/usr/share/doc/safehar $(1)/usr/share/man/man1; \
	install -m 0755 $(DIST)/safehar-$(VERSION)-linux-$(2) $(1)/usr/bin/safehar; \
	cp -r manifest/policies/. $(1)/usr/share/safehar/policies/; \
	install -m 0644 docs/DEPLOY.md $(1)/usr/share/doc/safehar/DEPLOY.md; \
	install -m 0644 $(DIST)/.pkg/safehar.1.gz $(1)/usr/share/man/man1/safehar.1.gz; \
	find $(1) -type d -exec chmod 0755 {} +; \
	find $(1)/usr/share -type f -exec chmod 0644 {} +
endef


# The .deb installs /usr/bin/safehar, the policy templates under
# /usr/share/safehar/policies, the man page, and registers the host for
# every user (safehar install --system: Chrome, Chromium, Edge, Brave and
# Firefox system manifest folders) in postinst; prerm removes the
# registration (and the folders it made, once empty).
deb: man
	@set -e; for arch in amd64 arm64; do \
		root=$(DIST)/.pkg/deb-$$arch; \
		$(call stage_linux,$$root,$$arch); \
		mkdir -p $$root/DEBIAN; \
		install -m 0644 $(DIST)/.pkg/copyright $$root/usr/share/doc/safehar/copyright; \
		gzip -9n < $(CHANGELOG) > $$root/usr/share/doc/safehar/changelog.gz; \
		chmod 0644 $$root/usr/share/doc/safehar/changelog.gz; \
		install -D -m 0644 manifest/packaging/lintian-overrides $$root/usr/share/lintian/overrides/safehar; \
		printf '%s\n' \
			'Package: safehar' \
			'Version: $(VERSION)' \
			"Architecture: $$arch" \
			'Maintainer: safehar <safehar@safehar.dev>' \
			"Installed-Size: $$(du -sk --exclude=DEBIAN $$root | cut -f1)" \
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
			'  safehar install --system $(INSTALL_ARGS) >/dev/null || echo "safehar: could not register the native host; run: sudo safehar install --system" >&2' \
			'fi' > $$root/DEBIAN/postinst; \
		printf '%s\n' '#!/bin/sh' 'set -e' \
			'if [ "$$1" = remove ] || [ "$$1" = deconfigure ]; then' \
			'  safehar uninstall --system >/dev/null || true' \
			'fi' > $$root/DEBIAN/prerm; \
		chmod 0755 $$root/DEBIAN/postinst $$root/DEBIAN/prerm; \
		(cd $$root && find usr -type f | sort | xargs md5sum) > $$root/DEBIAN/md5sums; \
		chmod 0644 $$root/DEBIAN/md5sums; \
		dpkg-deb --root-owner-group -Zxz --build $$root $(DIST)/safehar_$(VERSION)_$$arch.deb >/dev/null; \
		rm -rf $$root; \
		echo "dpkg-deb $(DIST)/safehar_$(VERSION)_$$arch.deb"; \
	done

# The .rpm: the same files (the licence as %license), %post/%preun as the
# .deb's postinst/prerm. The %changelog is the Debian changelog's, reworded.
rpm: man
	@command -v rpmbuild >/dev/null || { echo "rpm: rpmbuild not found (apt-get install rpm)" >&2; exit 1; }
	@set -e; for arch in amd64 arm64; do \
		rarch=x86_64; [ $$arch = arm64 ] && rarch=aarch64; \
		top=$(DIST_ABS)/.pkg/rpm-$$arch; root=$$top/stage; rm -rf $$top; \
		$(call stage_linux,$$root,$$arch); \
		install -D -m 0644 LICENSE $$root/usr/share/licenses/safehar/LICENSE; \
		sed 's|@INSTALL_ARGS@|$(INSTALL_ARGS)|' manifest/packaging/safehar.spec.in > $$top/safehar.spec; \
		awk '/^safehar \(/ { v=$$2; gsub(/[()]/, "", v); n=0; next } \
			/^  \* / { sub(/^  \* /, "- "); body[n++]=$$0; next } \
			/^    / { sub(/^    /, "  "); body[n++]=$$0; next } \
			/^ -- / { who=$$0; sub(/^ -- /, "", who); sub(/  .*/, "", who); d=$$0; sub(/.*  /, "", d); \
				cmd="date -u -d \"" d "\" \"+%a %b %d %Y\""; cmd | getline day; close(cmd); \
				print "* " day " " who " - " v "-1"; for (i=0; i<n; i++) print body[i]; print "" }' \
			$(CHANGELOG) >> $$top/safehar.spec; \
		rpmbuild -bb --quiet --target $$rarch-linux --define "_topdir $$top" --define "_stage $$root" \
			--define "version $(VERSION)" --define "_rpmdir $$top/out" $$top/safehar.spec >/dev/null; \
		install -m 0644 $$top/out/$$rarch/safehar-$(VERSION)-1.$$rarch.rpm $(DIST)/; \
		rm -rf $$top; \
		echo "rpmbuild $(DIST)/safehar-$(VERSION)-1.$$rarch.rpm"; \
	done

# The .msi (x64): see manifest/packaging/safehar.wxs.in.
msi: binaries
	@command -v wixl >/dev/null || { echo "msi: wixl not found (apt-get install wixl msitools)" >&2; exit 1; }
	@set -e; w=$(DIST)/.pkg/msi; rm -rf $$w; mkdir -p $$w; \
		origins=; ffids=; for id in $(subst $(comma), ,$(EXTENSION_IDS)); do \
			case $$id in *@*|{*) ffids="$$ffids$${ffids:+, }\"$$id\"";; \
			*) origins="$$origins$${origins:+, }\"chrome-extension://$$id/\"";; esac; done; \
		printf '{"name": "com.safehar.host", "description": "safehar: sanitize HAR captures before they leave your machine", "path": "safehar.exe", "type": "stdio", "allowed_origins": [%s]}\n' "$$origins" > $$w/chrome.json; \
		printf '{"name": "com.safehar.host", "description": "safehar: sanitize HAR captures before they leave your machine", "path": "safehar.exe", "type": "stdio", "allowed_extensions": [%s]}\n' "$$ffids" > $$w/firefox.json; \
		cp $(DIST)/safehar-$(VERSION)-windows-amd64.exe $$w/safehar.exe; cp LICENSE $$w/LICENSE.txt; \
		sed -e 's|@VERSION@|$(VERSION)|g' -e 's|@EXE@|safehar.exe|' -e 's|@CHROME_JSON@|chrome.json|' \
			-e 's|@FIREFOX_JSON@|firefox.json|' -e 's|@LICENSE@|LICENSE.txt|' manifest/packaging/safehar.wxs.in > $$w/safehar.wxs; \
		(cd $$w && wixl -a x64 -o safehar.msi safehar.wxs); \
		install -m 0644 $$w/safehar.msi $(DIST)/safehar-$(VERSION)-windows-x64.msi; \
		rm -rf $$w; echo "wixl $(DIST)/safehar-$(VERSION)-windows-x64.msi"

# macOS: one universal binary (amd64 + arm64, merged by internal/fatmacho,
# as lipo would) in a .tar.gz with the licence and the install steps.
# Unsigned: see docs/DEPLOY.md for signing and notarising.
macos: binaries
	@set -e; d=$(DIST)/.pkg/safehar-$(VERSION)-macos; rm -rf $$d; mkdir -p $$d; \
		$(GO) run ./internal/fatmacho/cmd/fatmacho -o $$d/safehar $(DIST)/safehar-$(VERSION)-darwin-amd64 $(DIST)/safehar-$(VERSION)-darwin-arm64; \
		cp LICENSE $$d/LICENSE; \
		printf '%s\n' 'safehar $(VERSION) for macOS (universal: Apple silicon and Intel)' '' \
			'This binary is NOT signed or notarised: Gatekeeper blocks it when it' \
			'arrives with the quarantine attribute (a browser download). To install:' '' \
			'  sudo install -m 0755 safehar /usr/local/bin/safehar' \
			'  sudo xattr -d com.apple.quarantine /usr/local/bin/safehar 2>/dev/null || true' \
			'  sudo /usr/local/bin/safehar install --system' '' \
			'Administrators: sign and notarise it before deploying (docs/DEPLOY.md).' > $$d/INSTALL.txt; \
		tar -C $(DIST)/.pkg --owner=0 --group=0 --numeric-owner -czf $(DIST)/safehar-$(VERSION)-macos-universal.tar.gz safehar-$(VERSION)-macos; \
		rm -rf $$d; echo "tar $(DIST)/safehar-$(VERSION)-macos-universal.tar.gz"

# stage_ext DIR KEY: the shipped extension files in DIR; KEY "none" drops
# the manifest's "key", "firefox" drops it and background.service_worker
# (Firefox runs background.scripts and warns about it), "dev" keeps it, anything else is a PEM whose public
# key replaces it (so an unpacked load gets the .crx's id too).
define stage_ext
	rm -rf $(1); mkdir -p $(1); \
	for f in $(EXT_FILES); do cp -r extension/$$f $(1)/; done; \
	case "$(2)" in \
	none) sed -i '/^  "key": /d' $(1)/manifest.json ;; \
	firefox) sed -i -e '/^  "key": /d' -e '/^    "service_worker": /d' $(1)/manifest.json ;; \
	dev) ;; \
	*) k=$$(openssl pkey -in "$(2)" -pubout -outform DER | base64 -w0); \
	   sed -i "s|^  \"key\": \".*\",|  \"key\": \"$$k\",|" $(1)/manifest.json ;; \
	esac
endef

# The store package (Chrome Web Store, Edge Add-ons: no "key", the store
# assigns the id), the self-hosting package (the fixed id's "key") and the
# Firefox .xpi (no "key"; unsigned: addons.mozilla.org signs it), each
# with only the shipped files. The .xpi is linted with web-ext when the
# extension's node modules are installed.
extension:
	@mkdir -p $(DIST)
	@set -e; s=$(DIST_ABS)/.pkg/ext; \
		$(call stage_ext,$$s/store,none); \
		$(call stage_ext,$$s/selfhost,$(if $(filter $(DEV_KEY),$(CRX_KEY)),dev,$(CRX_KEY))); \
		$(call stage_ext,$$s/firefox,firefox); \
		rm -f $(DIST)/safehar-extension-$(EXT_VERSION)-*.zip $(DIST)/safehar-extension-$(EXT_VERSION).xpi; \
		(cd $$s/store && zip -qr -X $(DIST_ABS)/safehar-extension-$(EXT_VERSION)-store.zip .); \
		(cd $$s/selfhost && zip -qr -X $(DIST_ABS)/safehar-extension-$(EXT_VERSION)-selfhost.zip .); \
		(cd $$s/firefox && zip -qr -X $(DIST_ABS)/safehar-extension-$(EXT_VERSION).xpi .); \
		if [ -x extension/node_modules/.bin/web-ext ]; then \
			extension/node_modules/.bin/web-ext lint --source-dir=$$s/firefox --warnings-as-errors --output=text >$$s/lint.txt 2>&1 \
				|| { cat $$s/lint.txt >&2; echo "extension: web-ext lint found problems in the .xpi" >&2; exit 1; }; \
			echo "web-ext lint: the .xpi is clean"; \
		else echo "extension: extension/node_modules is missing (npm ci in extension/): the .xpi was not linted" >&2; fi; \
		rm -rf $$s; \
		echo "zip $(DIST)/safehar-extension-$(EXT_VERSION)-store.zip, -selfhost.zip, .xpi"

# The self-hosted package: a CRX3 signed with CRX_KEY by Chromium itself,
# and the update manifest that ExtensionInstallForcelist/ExtensionSettings
# point at. The id is CRX_KEY's (printed, and in dist/chrome-extension-id.txt).
crx: devkey-warning
	@command -v $(CHROMIUM) >/dev/null || { echo "crx: $(CHROMIUM) not found; install chromium or set CHROMIUM=/path/to/chrome" >&2; exit 1; }
	@[ -n "$(CRX_ID)" ] || { echo "crx: $(CRX_KEY) is not a private key openssl can read" >&2; exit 1; }
	@mkdir -p $(DIST)
	@set -e; tmp=$$(mktemp -d); \
		trap 'for i in 1 2 3 4 5; do rm -rf $$tmp 2>/dev/null && break; sleep 1; done; true' EXIT; \
		openssl pkey -in $(CRX_KEY) -out $$tmp/key.pem; \
		$(call stage_ext,$$tmp/safehar-extension,$(if $(filter $(DEV_KEY),$(CRX_KEY)),dev,$$tmp/key.pem)); \
		$(CHROMIUM) --headless=new --no-sandbox --disable-gpu --user-data-dir=$$tmp/profile \
			--pack-extension=$$tmp/safehar-extension --pack-extension-key=$$tmp/key.pem >/dev/null 2>&1 || true; \
		[ -s $$tmp/safehar-extension.crx ] || { echo "crx: $(CHROMIUM) did not pack the extension" >&2; exit 1; }; \
		install -m 0644 $$tmp/safehar-extension.crx $(DIST)/safehar-extension-$(EXT_VERSION).crx
	@echo $(CRX_ID) > $(DIST)/chrome-extension-id.txt
	@printf '%s\n' \
		"<?xml version='1.0' encoding='UTF-8'?>" \
		"<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>" \
		"  <app appid='$(CRX_ID)'>" \
		"    <updatecheck codebase='$(CRX_BASE_URL)/safehar-extension-$(EXT_VERSION).crx' version='$(EXT_VERSION)' />" \
		"  </app>" \
		"</gupdate>" > $(DIST)/update.xml
	@echo "crx $(DIST)/safehar-extension-$(EXT_VERSION).crx, $(DIST)/update.xml (codebase $(CRX_BASE_URL))"
	@echo "crx: extension id $(CRX_ID); use it with:"
	@echo "  safehar policy --browser chrome --os linux --extension-id $(CRX_ID) --update-url $(CRX_BASE_URL)/update.xml"
	@echo "  sudo safehar install --system --extension-id $(CRX_ID) --extension-id $(FIREFOX_ID)"

checksums:
	@rm -rf $(DIST)/.pkg
	@cd $(DIST) && rm -f SHA256SUMS SHA256SUMS.sig && sha256sum $$(ls | sort) > SHA256SUMS
	@if [ -n "$(SIGN_KEY)" ]; then \
		ssh-keygen -Y sign -q -f $(SIGN_KEY) -n file $(DIST)/SHA256SUMS && echo "ssh-keygen: $(DIST)/SHA256SUMS.sig"; \
	else echo "checksums: no SIGN_KEY given: SHA256SUMS is not signed" >&2; fi

clean:
	rm -rf $(DIST)

# The container image of safehar serve: a static binary FROM scratch.
image:
	@mkdir -p build/image
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o build/image/safehar ./host
	podman build -q -t $(IMAGE) -f Dockerfile build/image

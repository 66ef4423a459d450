package main

import (
	"context"
	"io"
	"log"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/safehar/safehar/host/internal/install"
	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/nativehost"
)

// ProtocolVersion is the native-messaging protocol this host speaks
// (host/PROTOCOL.md).
const ProtocolVersion = nativehost.ProtocolVersion

// chunkSize is the chunk length the host suggests to the extension.
const chunkSize = nativehost.ChunkSize

func init() {
	register(&command{name: "native-messaging", summary: "serve the browser extension (started by the browser)", run: runNative})
}

// runNative serves one native-messaging port until the browser closes
// stdin: the session (host/internal/nativehost) with this binary's system
// policy, keyring, audit log and output folder.
func runNative(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	sys := loadSystemPolicy()
	keys := keyStore()
	s := nativehost.New(nativehost.Config{
		Out:       stdout,
		Log:       log.New(stderr, "safehar host: ", 0),
		Version:   Version,
		Caller:    func() (bool, string) { return callerAllowed(args, sys.Source != "") },
		System:    sys,
		PolicyEnv: policyEnv(),
		Getenv:    os.Getenv,
		Key: func() ([]byte, string) {
			return keystore.Load(context.Background(), keys)
		},
		Audit:       auditSaved,
		IdleTimeout: idleTimeout(),
	})
	stop := s.HandleSignals(os.Exit)
	defer stop()
	return s.Run(stdin)
}

// idleTimeout is how long an open transfer may wait for its next message
// before the host aborts it (host/PROTOCOL.md); test builds shorten it.
var idleTimeout = func() time.Duration { return nativehost.DefaultIdleTimeout }

// callerAllowed checks the caller the browser names against the ids the
// installed manifests (and the project's defaults) allow. Under a system
// policy (managed) only manifests in the system folders count: a manifest
// in the user's own folders, or the one Firefox names on the command line
// when it is not a system one, adds no id (docs/DEPLOY.md).
func callerAllowed(args []string, managed bool) (bool, string) {
	o, _ := installOptions(nil)
	found, _ := install.Registered(o, install.OSRegistry())
	var manifests []*install.Manifest
	for _, f := range found {
		if f.Manifest != nil && f.Manifest.Name == HostName && (f.System || !managed) {
			manifests = append(manifests, f.Manifest)
		}
	}
	if origin := args[0]; strings.HasPrefix(origin, "chrome-extension://") {
		allowed := []string{"chrome-extension://" + DefaultChromeExtensionID + "/"}
		for _, m := range manifests {
			allowed = append(allowed, m.AllowedOrigins...)
		}
		return slices.Contains(allowed, origin), origin
	}
	if len(args) < 2 {
		return false, "an unknown caller"
	}
	id := args[1]
	allowed := []string{FirefoxAddonID}
	if !managed {
		if m, err := install.ReadManifest(args[0]); err == nil && m.Name == HostName {
			allowed = append(allowed, m.AllowedExtensions...)
		}
	}
	for _, m := range manifests {
		allowed = append(allowed, m.AllowedExtensions...)
	}
	return slices.Contains(allowed, id), "the add-on " + id
}

package main

import (
	"os"

	"github.com/safehar/safehar/host/internal/audit"
)

// The test binary doubles as the safehar command in testscript scripts
// (script_test.go); it honours SAFEHAR_ROOT like a safehar_testhooks build,
// and writes no audit line to the machine's system log (the native tests
// check that sink through the safehar_testhooks build, testhooks.go).
func init() {
	systemRoot = func() string { return os.Getenv("SAFEHAR_ROOT") }
	auditSystemSink = func() audit.Sink { return nil }
}

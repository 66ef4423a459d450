//go:build safehar_testhooks

package main

import (
	"os"

	"github.com/safehar/safehar/host/internal/audit"
)

// A test build only (go build -tags safehar_testhooks): SAFEHAR_ROOT
// prefixes every system path, so the native-messaging and end-to-end tests
// can give the host a system policy and registrations without touching the
// machine. Release builds never compile this file and never read the
// variable (TestReleaseIgnoresTestHooks checks it).
func init() {
	systemRoot = func() string { return os.Getenv("SAFEHAR_ROOT") }
	auditSystemSink = testAuditSink
}

// testAuditSink: the system log is a datagram socket named by
// SAFEHAR_TEST_AUDIT_SYSLOG, or none, so tests never write to the
// machine's log.
func testAuditSink() audit.Sink {
	if p := os.Getenv("SAFEHAR_TEST_AUDIT_SYSLOG"); p != "" {
		return audit.Syslog{Network: "unixgram", Addr: p}
	}
	return nil
}

//go:build safehar_testhooks

package main

import (
	"os"
	"time"

	"github.com/safehar/safehar/host/internal/audit"
)

// A test build only (go build -tags safehar_testhooks): SAFEHAR_ROOT
// prefixes every system path, so the native-messaging and end-to-end tests
// can give the host a system policy and registrations without touching the
// machine; SAFEHAR_TEST_IDLE_TIMEOUT (a Go duration) shortens the idle
// timeout of a transfer, so a stalled client is tested in a second; the
// audit log's system sink is a test socket (or none). Release builds never
// compile this file and never read the variables
// (TestReleaseIgnoresTestHooks checks it).
func init() {
	systemRoot = func() string { return os.Getenv("SAFEHAR_ROOT") }
	if d, err := time.ParseDuration(os.Getenv("SAFEHAR_TEST_IDLE_TIMEOUT")); err == nil && d > 0 {
		idleTimeout = func() time.Duration { return d }
	}
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

//go:build safehar_testhooks

package main

import "os"

// A test build only (go build -tags safehar_testhooks): SAFEHAR_ROOT
// prefixes every system path, so the native-messaging and end-to-end tests
// can give the host a system policy and registrations without touching the
// machine. Release builds never compile this file and never read the
// variable (TestReleaseIgnoresTestHooks checks it).
func init() { systemRoot = func() string { return os.Getenv("SAFEHAR_ROOT") } }

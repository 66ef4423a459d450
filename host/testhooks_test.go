package main

import "os"

// The test binary doubles as the safehar command in testscript scripts
// (script_test.go); it honours SAFEHAR_ROOT like a safehar_testhooks build.
func init() { systemRoot = func() string { return os.Getenv("SAFEHAR_ROOT") } }

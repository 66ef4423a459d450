package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// hostBin is the real safehar binary, built once by TestMain with the
// safehar_testhooks tag (so SAFEHAR_ROOT gives it a private system root),
// that the native-messaging tests start as a browser would.
var hostBin string

// buildM builds hostBin before the tests run and removes it after.
type buildM struct{ m *testing.M }

func (b buildM) Run() int {
	dir, err := os.MkdirTemp("", "safehar-host-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	hostBin = filepath.Join(dir, "safehar")
	if out, err := exec.Command("go", "build", "-tags", "safehar_testhooks", "-o", hostBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building the host: %v\n%s", err, out)
		return 2
	}
	return b.m.Run()
}

// TestMain makes this test binary double as the safehar command inside
// testscript scripts, and builds the real binary for the host tests.
func TestMain(m *testing.M) {
	testscript.Main(buildM{m}, map[string]func(){
		"safehar": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the CLI scripts in testdata/script.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Keep scripts away from the real keyring, home and system.
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("SAFEHAR_ROOT", filepath.Join(env.WorkDir, "root"))
			env.Setenv("SAFEHAR_NO_KEYRING", "1")
			env.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
			return nil
		},
	})
}

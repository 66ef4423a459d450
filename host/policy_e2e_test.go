package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestChromiumPolicyE2E runs scripts/e2e-policy.sh: real Chromium, in a
// private mount namespace, force-installs the extension from a file://
// update URL by policy, receives the managed settings, and the host redacts
// the extra names of both the browser policy and its own system policy; a
// user-level host manifest is ignored while NativeMessagingUserLevelHosts is
// false (and used once it is not, as a control). About 35 s; it needs root,
// unshare, chromium, openssl and extension/node_modules, so it runs only
// with SAFEHAR_TEST_E2E=1.
func TestChromiumPolicyE2E(t *testing.T) {
	if testing.Short() || os.Getenv("SAFEHAR_TEST_E2E") != "1" {
		t.Skip("set SAFEHAR_TEST_E2E=1 to run the Chromium policy end-to-end test")
	}
	out, err := exec.Command("../scripts/e2e-policy.sh").CombinedOutput()
	t.Logf("%s", out)
	if err != nil || !strings.Contains(string(out), "e2e-policy: PASS") {
		t.Fatalf("scripts/e2e-policy.sh: %v", err)
	}
}

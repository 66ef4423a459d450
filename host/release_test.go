package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildRelease builds safehar as a release is built (no build tags) into a
// temporary folder.
func buildRelease(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the release binary; not with -short")
	}
	bin := filepath.Join(t.TempDir(), "safehar")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// userRoot is what a user who wants to weaken the administrator's settings
// would set up: a folder with a permissive policy of their own, named by
// SAFEHAR_ROOT in the environment the browser passes on to the host.
func userRoot(t *testing.T) (root string, env []string) {
	t.Helper()
	root = t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "etc", "safehar"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "etc", "safehar", "policy.json"), []byte(`{}`), 0o644); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	env = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "SAFEHAR_ROOT=" + root, "SAFEHAR_NO_KEYRING=1"}
	return root, env
}

func runBin(t *testing.T, bin string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out)
	}
	return string(out)
}

// runDoctorBin runs doctor, whose exit status 1 (nothing registered, as
// here) is its verdict, not a failure.
func runDoctorBin(t *testing.T, bin string, env []string) string {
	t.Helper()
	cmd := exec.Command(bin, "doctor")
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("%s doctor: %v\n%s", filepath.Base(bin), err, out)
	}
	return string(out)
}

// TestReleaseIgnoresTestHooks: the release binary does not know the test
// hooks at all, and SAFEHAR_ROOT changes none of its system paths. The same
// run against the test build (hostBin, -tags safehar_testhooks) shows the
// hook at work, so the check cannot pass for the wrong reason.
func TestReleaseIgnoresTestHooks(t *testing.T) {
	rel := buildRelease(t)
	data, err := os.ReadFile(rel)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"SAFEHAR_ROOT", "SAFEHAR_TEST"} {
		if bytes.Contains(data, []byte(s)) {
			t.Errorf("the release binary contains %q", s)
		}
	}

	root, env := userRoot(t)
	for _, tt := range []struct {
		bin    string
		hooked bool
	}{{rel, false}, {hostBin, true}} {
		dry := runBin(t, tt.bin, env, "install", "--system", "--dry-run", "--browser", "chromium")
		doc := runDoctorBin(t, tt.bin, env)
		want := "write /etc/chromium/native-messaging-hosts/com.safehar.host.json"
		if tt.hooked {
			want = "write " + filepath.Join(root, "etc/chromium/native-messaging-hosts/com.safehar.host.json")
		}
		if !strings.Contains(dry, want) {
			t.Errorf("%s install --system --dry-run: want %q in:\n%s", tt.bin, want, dry)
		}
		if got := strings.Contains(dry+doc, root); got != tt.hooked {
			t.Errorf("%s (test hooks %v): output names SAFEHAR_ROOT's folder: %v:\n%s\n%s", tt.bin, tt.hooked, got, dry, doc)
		}
		if !tt.hooked && !strings.Contains(doc, "system /etc/chromium/native-messaging-hosts/com.safehar.host.json") {
			t.Errorf("release doctor does not show the real system path:\n%s", doc)
		}
	}
}

// TestReleaseSystemPolicyNotBypassed: as root, in a private mount namespace
// with an overlay on /etc, a real /etc/safehar/policy.json names an extra
// header; SAFEHAR_ROOT points at a user's policy without it. The release
// binary still redacts the header; the test build (control) does not.
func TestReleaseSystemPolicyNotBypassed(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root for a private mount namespace")
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("needs unshare (util-linux)")
	}
	if out, err := exec.Command("unshare", "--mount", "--propagation", "private", "true").CombinedOutput(); err != nil {
		t.Skipf("unshare cannot make a mount namespace here: %v %s", err, out)
	}
	rel := buildRelease(t)
	_, env := userRoot(t)
	work := t.TempDir()
	for _, d := range []string{"upper", "work"} {
		if err := os.Mkdir(filepath.Join(work, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const tenant = "tenant-7f3a9c2e41d8b605"
	har := `{"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [
  {"startedDateTime": "2026-11-22T10:00:00Z", "time": 1,
   "request": {"method": "GET", "url": "https://api.example.com/x", "httpVersion": "h2",
     "headers": [{"name": "X-Acme-Tenant", "value": "` + tenant + `"}],
     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
   "response": {"status": 200, "statusText": "OK", "httpVersion": "h2", "headers": [], "cookies": [],
     "content": {"size": 0, "mimeType": "text/plain", "text": ""}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
   "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}]}}`
	in := filepath.Join(work, "in.har")
	if err := os.WriteFile(in, []byte(har), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `set -e
mount -t overlay safehar-test -o "lowerdir=/etc,upperdir=$W/upper,workdir=$W/work" /etc
mkdir -p /etc/safehar
printf '%s' '{"extraHeaders": ["X-Acme-Tenant"]}' > /etc/safehar/policy.json
"$REL" sanitize -q -o "$W/release.har" "$W/in.har"
"$TEST" sanitize -q -o "$W/testbuild.har" "$W/in.har"
`
	cmd := exec.Command("unshare", "--mount", "--propagation", "private", "sh", "-c", script)
	cmd.Env = append(env, "W="+work, "REL="+rel, "TEST="+hostBin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("in the mount namespace: %v\n%s", err, out)
	}
	if _, err := os.Stat("/etc/safehar/policy.json"); err == nil && !t.Failed() {
		t.Log("note: this machine has its own /etc/safehar/policy.json; the test's copy stayed in its namespace")
	}
	relOut, err := os.ReadFile(filepath.Join(work, "release.har"))
	if err != nil {
		t.Fatal(err)
	}
	testOut, err := os.ReadFile(filepath.Join(work, "testbuild.har"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(relOut, []byte(tenant)) {
		t.Errorf("the release binary let SAFEHAR_ROOT replace the system policy: X-Acme-Tenant is not redacted")
	}
	if !bytes.Contains(testOut, []byte(tenant)) {
		t.Errorf("control: the test build should read the SAFEHAR_ROOT policy (X-Acme-Tenant kept), but redacted it")
	}
}

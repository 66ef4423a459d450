package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// placeholderIn returns the placeholder the planted cookie got in a saved
// capture.
func placeholderIn(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := placeholderRE.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s has no cookie placeholder", path)
	}
	return string(m[1])
}

// TestNativeKeyringAcrossExports exports the same secret through two host
// processes on the real Secret Service (scripts/test.sh runs gnome-keyring
// under dbus-run-session): both must give it the same placeholder.
func TestNativeKeyringAcrossExports(t *testing.T) {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is empty): run scripts/test.sh, which starts gnome-keyring under dbus-run-session")
	}
	text := smallHAR(4 << 10)
	var got []string
	for i := range 2 {
		out := t.TempDir()
		p := startHost(t, hostEnv(t, out))
		p.send(map[string]any{"type": "hello", "protocol": 1})
		if h := p.expect("hello"); h["keyring"] != "ok" {
			t.Fatalf("host %d: keyring %q, want ok", i, h["keyring"])
		}
		done := p.export("example.com", text, 1024)
		if done["type"] != "done" || done["keyring"] != "ok" {
			t.Fatalf("host %d: %v", i, done)
		}
		if code := p.wait(); code != 0 {
			t.Fatalf("host %d exit %d: %s", i, code, p.stderr)
		}
		got = append(got, placeholderIn(t, checkOutDir(t, out, 1)[0]))
	}
	if got[0] != got[1] {
		t.Fatalf("the same cookie got %s and %s in two exports", got[0], got[1])
	}
}

// TestNativeNoKeyring points the host at a D-Bus address nobody listens on:
// the export must still succeed, promptly, with a one-time key and a note
// saying so, and two exports must not share placeholders.
func TestNativeNoKeyring(t *testing.T) {
	text := smallHAR(4 << 10)
	out := t.TempDir()
	dead := "DBUS_SESSION_BUS_ADDRESS=unix:path=" + filepath.Join(t.TempDir(), "no-bus")
	p := startHost(t, hostEnv(t, out, dead))
	start := time.Now()
	p.send(map[string]any{"type": "hello", "protocol": 1})
	if h := p.expect("hello"); !strings.Contains(h["keyring"].(string), "one-time key") {
		t.Fatalf("keyring %q", h["keyring"])
	}
	var got []string
	for range 2 {
		done := p.export("example.com", text, 1024)
		if done["type"] != "done" || !strings.Contains(done["keyring"].(string), "one-time key") {
			t.Fatalf("got %v", done)
		}
		got = append(got, placeholderIn(t, done["path"].(string)))
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("took %s without a keyring", d)
	}
	if got[0] == got[1] {
		t.Fatalf("two exports without a keyring share placeholder %s", got[0])
	}
	p.wait()
	checkOutDir(t, out, 2)
}

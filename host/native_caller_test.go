package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCallerUnderSystemPolicy: with a system policy in place, only host
// manifests in the system folders may add allowed extension ids; one in
// the user's ~/.config or ~/.mozilla, or a path Firefox names on the
// command line, adds none (docs/DEPLOY.md). Without a system policy they
// still do, as a per-user install needs.
func TestCallerUnderSystemPolicy(t *testing.T) {
	const otherID = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	const otherAddon = "other@example.com"
	chrome := func(dir string) string {
		b, _ := json.Marshal(map[string]any{"name": HostName, "path": hostBin, "type": "stdio", "allowed_origins": []string{"chrome-extension://" + otherID + "/"}})
		return writeManifest(t, dir, b)
	}
	firefox := func(dir string) string {
		b, _ := json.Marshal(map[string]any{"name": HostName, "path": hostBin, "type": "stdio", "allowed_extensions": []string{otherAddon}})
		return writeManifest(t, dir, b)
	}
	tests := []struct {
		name    string
		managed bool
		setup   func(home, root string) []string // the host's arguments
		allowed bool
	}{
		{"user chrome manifest, managed", true, func(home, _ string) []string {
			chrome(filepath.Join(home, ".config/google-chrome/NativeMessagingHosts"))
			return []string{"chrome-extension://" + otherID + "/"}
		}, false},
		{"user chromium manifest, managed", true, func(home, _ string) []string {
			chrome(filepath.Join(home, ".config/chromium/NativeMessagingHosts"))
			return []string{"chrome-extension://" + otherID + "/"}
		}, false},
		{"system chrome manifest, managed", true, func(_, root string) []string {
			chrome(filepath.Join(root, "etc/opt/chrome/native-messaging-hosts"))
			return []string{"chrome-extension://" + otherID + "/"}
		}, true},
		{"user chrome manifest, unmanaged", false, func(home, _ string) []string {
			chrome(filepath.Join(home, ".config/google-chrome/NativeMessagingHosts"))
			return []string{"chrome-extension://" + otherID + "/"}
		}, true},
		{"user firefox manifest, managed", true, func(home, _ string) []string {
			m := firefox(filepath.Join(home, ".mozilla/native-messaging-hosts"))
			return []string{m, otherAddon}
		}, false},
		{"firefox command-line manifest, managed", true, func(home, _ string) []string {
			return []string{firefox(filepath.Join(home, "elsewhere")), otherAddon}
		}, false},
		{"firefox command-line manifest, unmanaged", false, func(home, _ string) []string {
			return []string{firefox(filepath.Join(home, "elsewhere")), otherAddon}
		}, true},
		{"system firefox manifest, managed", true, func(_, root string) []string {
			m := firefox(filepath.Join(root, "usr/lib/mozilla/native-messaging-hosts"))
			return []string{m, otherAddon}
		}, true},
		{"the default extension, managed", true, func(_, _ string) []string {
			return []string{chromeOrigin}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			env := hostEnv(t, out, "SAFEHAR_NO_KEYRING=1")
			var home, root string
			for _, kv := range env {
				if v, ok := strings.CutPrefix(kv, "HOME="); ok {
					home = v
				}
				if v, ok := strings.CutPrefix(kv, "SAFEHAR_ROOT="); ok {
					root = v
				}
			}
			if tt.managed {
				writeManifest(t, filepath.Join(root, "etc/safehar"), []byte(`{"jwt": "drop"}`), "policy.json")
			}
			p := startHost(t, env, tt.setup(home, root)...)
			if !tt.allowed {
				p.expect("error", "not_allowed")
				if code := p.wait(); code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				return
			}
			p.send(map[string]any{"type": "hello", "protocol": 1})
			p.expect("hello")
			if code := p.wait(); code != 0 {
				t.Errorf("exit %d (stderr: %s)", code, p.stderr)
			}
		})
	}
}

// writeManifest writes b as dir/com.safehar.host.json (or dir/name) and
// returns its path.
func writeManifest(t *testing.T, dir string, b []byte, name ...string) string {
	t.Helper()
	file := HostName + ".json"
	if len(name) > 0 {
		file = name[0]
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, file)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

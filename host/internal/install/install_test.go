package install

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func options(t *testing.T, goos string, system bool, browsers ...string) Options {
	t.Helper()
	dir := t.TempDir()
	return Options{
		GOOS: goos, Home: filepath.Join(dir, "home"), Root: filepath.Join(dir, "root"), System: system,
		Browsers: browsers, HostName: "com.safehar.host", Binary: "/opt/safehar/safehar",
		ChromeIDs: []string{"abcdefghijklmnopabcdefghijklmnop"}, FirefoxIDs: []string{"safehar@safehar.dev"},
		WindowsDir: filepath.Join(dir, "appdata", "safehar"),
	}
}

// TestInstallUninstall installs, checks every manifest and key, and
// uninstalls, on each platform's layout (Windows with a fake registry).
func TestInstallUninstall(t *testing.T) {
	tests := []struct {
		goos     string
		system   bool
		browsers []string
		files    []string // relative to Home (user) or Root (system) or WindowsDir
		keys     []string
	}{
		{goos: "linux", files: []string{
			".config/google-chrome/NativeMessagingHosts/com.safehar.host.json",
			".config/chromium/NativeMessagingHosts/com.safehar.host.json",
			".config/microsoft-edge/NativeMessagingHosts/com.safehar.host.json",
			".config/BraveSoftware/Brave-Browser/NativeMessagingHosts/com.safehar.host.json",
			".mozilla/native-messaging-hosts/com.safehar.host.json"}},
		{goos: "linux", system: true, files: []string{
			"etc/opt/chrome/native-messaging-hosts/com.safehar.host.json",
			"etc/chromium/native-messaging-hosts/com.safehar.host.json",
			"etc/opt/edge/native-messaging-hosts/com.safehar.host.json",
			"usr/lib/mozilla/native-messaging-hosts/com.safehar.host.json"}},
		{goos: "darwin", browsers: []string{"chrome", "firefox"}, files: []string{
			"Library/Application Support/Google/Chrome/NativeMessagingHosts/com.safehar.host.json",
			"Library/Application Support/Mozilla/NativeMessagingHosts/com.safehar.host.json"}},
		{goos: "darwin", system: true, browsers: []string{"edge", "chromium"}, files: []string{
			"Library/Microsoft/Edge/NativeMessagingHosts/com.safehar.host.json",
			"Library/Application Support/Chromium/NativeMessagingHosts/com.safehar.host.json"}},
		{goos: "windows", files: []string{"com.safehar.host.chrome.json", "com.safehar.host.firefox.json"}, keys: []string{
			`HKCU\SOFTWARE\Google\Chrome\NativeMessagingHosts\com.safehar.host`,
			`HKCU\SOFTWARE\Chromium\NativeMessagingHosts\com.safehar.host`,
			`HKCU\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\com.safehar.host`,
			`HKCU\SOFTWARE\Mozilla\NativeMessagingHosts\com.safehar.host`}},
		{goos: "windows", system: true, browsers: []string{"brave"}, files: []string{"com.safehar.host.chrome.json"}, keys: []string{
			`HKLM\SOFTWARE\Google\Chrome\NativeMessagingHosts\com.safehar.host`}},
	}
	for _, tt := range tests {
		name := tt.goos
		if tt.system {
			name += "-system"
		}
		t.Run(name, func(t *testing.T) {
			o := options(t, tt.goos, tt.system, tt.browsers...)
			reg := Fake{}
			acts, err := PlanInstall(o)
			if err != nil {
				t.Fatal(err)
			}
			if err := Apply(acts, reg); err != nil {
				t.Fatal(err)
			}
			base := o.Home
			switch {
			case tt.goos == "windows":
				base = o.WindowsDir
			case tt.system:
				base = o.Root
			}
			var written []string
			filepath.Walk(filepath.Dir(base), func(p string, fi os.FileInfo, err error) error {
				if err == nil && !fi.IsDir() {
					written = append(written, p)
				}
				return nil
			})
			for _, f := range tt.files {
				p := filepath.Join(base, f)
				if !slices.Contains(written, p) {
					t.Fatalf("%s not written; wrote %v", f, written)
				}
				checkManifest(t, p, strings.Contains(f, "ozilla") || strings.Contains(f, "firefox"))
			}
			if len(written) != len(tt.files) {
				t.Fatalf("wrote %d files %v, want %d", len(written), written, len(tt.files))
			}
			for _, k := range tt.keys {
				if v, ok := reg[k]; !ok || !strings.HasPrefix(v, o.WindowsDir) {
					t.Fatalf("registry key %s = %q", k, v)
				}
			}
			if len(reg) != len(tt.keys) {
				t.Fatalf("registry holds %v", reg)
			}
			found, err := Registered(o, reg)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, f := range found {
				if f.Manifest != nil {
					n++
				}
			}
			if n == 0 {
				t.Fatal("Registered found nothing")
			}

			acts, err = PlanUninstall(o, reg)
			if err != nil {
				t.Fatal(err)
			}
			if err := Apply(acts, reg); err != nil {
				t.Fatal(err)
			}
			for _, f := range tt.files {
				if _, err := os.Stat(filepath.Join(base, f)); !os.IsNotExist(err) {
					t.Fatalf("%s left after uninstall", f)
				}
			}
			if len(reg) != 0 {
				t.Fatalf("registry keys left: %v", reg)
			}
			// No folder install made is left: only the shared ones
			// (.config, etc/opt, Library/...) and the test's own.
			filepath.Walk(filepath.Dir(base), func(p string, fi os.FileInfo, err error) error {
				if err != nil || !fi.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(filepath.Dir(o.Home), p)
				rel = filepath.ToSlash(rel)
				for _, top := range []string{"home", "root"} {
					rel = strings.TrimPrefix(strings.TrimPrefix(rel, top), "/")
				}
				if rel != "." && rel != "" && rel != "appdata" && !slices.ContainsFunc(sharedDirs, func(s string) bool {
					return strings.HasPrefix(strings.TrimPrefix(s, "/")+"/", rel+"/")
				}) {
					t.Errorf("folder %s left after uninstall", p)
				}
				return nil
			})
		})
	}
}

func checkManifest(t *testing.T, path string, firefox bool) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	_, origins := m["allowed_origins"]
	_, exts := m["allowed_extensions"]
	if firefox != exts || firefox == origins {
		t.Fatalf("%s has allowed_origins=%v allowed_extensions=%v (Firefox rejects both)", path, origins, exts)
	}
	if m["name"] != "com.safehar.host" || m["path"] != "/opt/safehar/safehar" || m["type"] != "stdio" {
		t.Fatalf("%s: %s", path, b)
	}
}

func TestSplitIDs(t *testing.T) {
	chrome, firefox, err := SplitIDs([]string{"abcdefghijklmnopabcdefghijklmnop, a@b.c", "{12345678-1234-1234-1234-123456789abc}", "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/"})
	if err != nil || len(chrome) != 2 || len(firefox) != 2 {
		t.Fatalf("SplitIDs = %v %v %v", chrome, firefox, err)
	}
	for _, bad := range []string{"ABC", "abcdefghijklmnopabcdefghijklmnoz", `x"@y`} {
		if _, _, err := SplitIDs([]string{bad}); err == nil {
			t.Errorf("SplitIDs accepted %q", bad)
		}
	}
}

package outdir

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSafeHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"example.com", "example.com"},
		{"Example.COM", "example.com"},
		{"https://user:pw@api.example.com:8443/x?y", "api.example.com"},
		{"../../etc/passwd", "etc-passwd"},
		{"a/b\\c d\x00e", "a-b-c-d-e"},
		{"..", "capture"},
		{"", "capture"},
		{"bücher.de", "b-cher.de"},
		{"-x-", "x"},
		{string(make([]byte, 200)), "capture"},
	}
	for _, tt := range tests {
		if got := SafeHost(tt.in); got != tt.want {
			t.Errorf("SafeHost(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := SafeHost("abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com")
	if len(long) > 63 {
		t.Errorf("SafeHost kept %d characters", len(long))
	}
}

func TestFileName(t *testing.T) {
	ts := time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)
	got := FileName("example.com", ts, "0193ab12-3456-7abc-8def-0123453f9a1c")
	if want := "example.com-20261122-101500-3f9a1c.har"; got != want {
		t.Fatalf("FileName = %q, want %q", got, want)
	}
}

func TestResolve(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	cfg := filepath.Join(home, "cfg")
	os.MkdirAll(cfg, 0o700)
	os.WriteFile(filepath.Join(cfg, "user-dirs.dirs"), []byte("# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n"), 0o600)
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		name   string
		policy string
		env    map[string]string
		want   string
	}{
		{"default", "", map[string]string{}, filepath.Join(home, "Downloads", "safehar")},
		{"xdg file", "", map[string]string{"XDG_CONFIG_HOME": cfg}, filepath.Join(home, "Téléchargements", "safehar")},
		{"xdg env", "", map[string]string{"XDG_DOWNLOAD_DIR": "/srv/dl"}, "/srv/dl/safehar"},
		{"env override", "", map[string]string{EnvOutputDir: "/tmp/out"}, "/tmp/out"},
		{"policy wins", "/var/safehar", map[string]string{EnvOutputDir: "/tmp/out"}, "/var/safehar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Resolve(tt.policy, env(tt.env))
			if err != nil || got != tt.want {
				t.Fatalf("Resolve = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestCommitAndAbort(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	f, err := Create(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(f.Name()); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("temp file mode %v, %v; want 0600", fi.Mode(), err)
	}
	f.Write([]byte("{}"))
	path, err := f.Commit("a.har")
	if err != nil || path != filepath.Join(dir, "a.har") {
		t.Fatalf("Commit = %q, %v", path, err)
	}
	f.Abort() // no effect after Commit
	if b, err := os.ReadFile(path); err != nil || string(b) != "{}" {
		t.Fatalf("saved %q, %v", b, err)
	}

	g, _ := Create(dir)
	g.Write([]byte("partial"))
	g.Abort()
	h, _ := Create(dir)
	if _, err := h.Commit("a.har"); err == nil {
		t.Fatal("Commit replaced an existing file")
	}
	i, _ := Create(dir)
	if _, err := i.Commit("../escape.har"); err == nil {
		t.Fatal("Commit accepted a path")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "a.har" {
		t.Fatalf("folder holds %v, want only a.har", entries)
	}
}

// TestFolderSwapped: the output folder is moved away between Create and
// Commit and its path made a symbolic link to (or replaced by) another
// folder. Nothing is written there, the commit fails, and the temporary
// file is removed from where the folder went.
func TestFolderSwapped(t *testing.T) {
	for _, how := range []string{"symlink", "other folder", "removed"} {
		t.Run(how, func(t *testing.T) {
			base := t.TempDir()
			dir, moved, elsewhere := filepath.Join(base, "out"), filepath.Join(base, "moved"), filepath.Join(base, "elsewhere")
			os.Mkdir(elsewhere, 0o700)
			f, err := Create(dir)
			if err != nil {
				t.Fatal(err)
			}
			f.Write([]byte(`{"log":{}}`))
			if err := os.Rename(dir, moved); err != nil {
				t.Fatal(err)
			}
			switch how {
			case "symlink":
				err = os.Symlink(elsewhere, dir)
			case "other folder":
				err = os.Mkdir(dir, 0o700)
			}
			if err != nil {
				t.Fatal(err)
			}
			path, err := f.Commit("a.har")
			if !errors.Is(err, ErrFolderMoved) {
				t.Fatalf("Commit = %q, %v; want ErrFolderMoved", path, err)
			}
			for _, d := range []string{elsewhere, moved, dir} {
				if entries, _ := os.ReadDir(d); len(entries) != 0 {
					t.Errorf("%s holds %v, want nothing", d, entries)
				}
			}
		})
	}
}

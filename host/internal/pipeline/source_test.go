package pipeline

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSourceFileChanged: a file replaced or rewritten between the two
// passes is refused with a sentence, not sanitized from mixed bytes.
func TestSourceFileChanged(t *testing.T) {
	for _, change := range []string{"rewrite", "replace"} {
		dir := t.TempDir()
		path := filepath.Join(dir, "in.har")
		if err := os.WriteFile(path, []byte(`{"log":{"entries":[]}}`), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		src := NewSource(f, path, path, "")
		r, err := src.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, r)
		switch change {
		case "rewrite":
			err = os.WriteFile(path, []byte(`{"log":{"entries":[{}]}}`), 0o600)
		case "replace":
			tmp := filepath.Join(dir, "other")
			os.WriteFile(tmp, []byte(`{"log":{"entries":[]}}`), 0o600)
			err = os.Rename(tmp, path)
		}
		if err != nil {
			t.Fatal(err)
		}
		_, err = src.Open()
		if err == nil || !strings.Contains(err.Error(), "changed while it was being read") {
			t.Errorf("%s: second open: %v, want a 'changed' error", change, err)
		}
		src.Close()
	}
}

// TestSourceSpoolRemoved: standard input goes through a spool that is
// gone once the run ends, and reads back the same bytes.
func TestSourceSpoolRemoved(t *testing.T) {
	dir := t.TempDir()
	text := `{"log":{"entries":[]}}`
	src := NewSource(strings.NewReader(text), "", "standard input", dir)
	r, err := src.Open()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(r); string(b) != text {
		t.Fatalf("first pass read %q", b)
	}
	r, err = src.Open()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(r); string(b) != text {
		t.Fatalf("second pass read %q", b)
	}
	src.Close()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}

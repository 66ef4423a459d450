package nativehost

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestExport walks the protocol's good path: hello, begin, chunks, end
// with a checksum, the file saved and audited, reveal and status.
func TestExport(t *testing.T) {
	b := start(t, nil)
	b.send(map[string]any{"type": "hello", "protocol": 1, "extension": "1.0", "req": "h1"})
	h := b.expect("hello")
	if h["req"] != "h1" || h["protocol"] != float64(ProtocolVersion) || h["host"] != "9.9.9-test" || h["keyring"] != "ok" || h["outputDir"] != b.outDir {
		t.Errorf("hello = %v", h)
	}
	pol := h["policy"].(map[string]any)
	if pol["source"] != "none" || pol["enforced"] != true || pol["extension"] != false || pol["errors"] != nil {
		t.Errorf("hello policy = %v", pol)
	}
	if v, _ := h["rulesVersion"].(string); v == "" {
		t.Errorf("hello has no rules version: %v", h)
	}

	b.send(map[string]any{"type": "begin", "site": "https://app.example.com/x", "size": len(testHAR), "req": "b1"})
	r := b.expect("ready")
	id := r["transfer"].(string)
	if r["req"] != "b1" || r["chunkSize"] != float64(ChunkSize) || id != "0190d7a0-0000-7000-8000-000000000001" {
		t.Errorf("ready = %v", r)
	}
	seq := b.chunks(id, testHAR, 64)
	sum := sha256.Sum256([]byte(testHAR))
	b.send(map[string]any{"type": "end", "transfer": id, "seq": seq, "sha256": strings.ToUpper(hex.EncodeToString(sum[:])), "req": "e1"})
	d := b.expect("done")
	path := d["path"].(string)
	if d["req"] != "e1" || d["transfer"] != id || d["file"] != filepath.Base(path) || filepath.Dir(path) != b.outDir || d["keyring"] != "ok" {
		t.Errorf("done = %v", d)
	}
	if !regexp.MustCompile(`^app\.example\.com-\d{8}-\d{6}-000001\.har$`).MatchString(filepath.Base(path)) {
		t.Errorf("saved as %s", filepath.Base(path))
	}
	rep := d["report"].(map[string]any)
	if rep["entries"] != float64(1) || rep["redacted"].(float64) < 4 {
		t.Errorf("report = %v", rep)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d["bytes"] != float64(len(data)) {
		t.Errorf("done says %v bytes, the file has %d", d["bytes"], len(data))
	}
	if !bytes.Contains(data, []byte("Bücher café ok")) || !bytes.Contains(data, []byte(`"exportId":"`+id+`"`)) {
		t.Errorf("the saved file lost its text or marker: %s", data)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("saved with mode %v", fi.Mode().Perm())
	}
	if got := b.saved(); len(got) != 1 || got[0] != path {
		t.Errorf("output folder = %v", got)
	}
	if a := b.seen(&b.audited); len(a) != 1 || a[0] != path {
		t.Errorf("audited %v, want %s", a, path)
	}

	b.send(map[string]any{"type": "reveal", "transfer": id, "req": "r1"})
	if v := b.expect("revealed"); v["path"] != path || v["transfer"] != id || v["req"] != "r1" {
		t.Errorf("revealed = %v", v)
	}
	if r := b.seen(&b.revealed); len(r) != 1 || r[0] != path {
		t.Errorf("the file manager was asked for %v", r)
	}
	b.send(map[string]any{"type": "status", "req": "s1"})
	if s := b.expect("hello"); s["req"] != "s1" {
		t.Errorf("status = %v", s)
	}
	if code := b.close(); code != 0 {
		t.Errorf("exit %d after stdin closed, want 0", code)
	}
}

// TestPlaceholdersAcrossExports: with the keyring's key two exports on a
// port give one secret the same placeholder; without a keyring each export
// gets a one-time key, and hello and done say so.
func TestPlaceholdersAcrossExports(t *testing.T) {
	cookie := regexp.MustCompile(`sid=(safehar-cookie-[0-9a-f]+)`)
	placeholders := func(b *browser) []string {
		var ps []string
		for range 2 {
			d := b.export(testHAR)
			if d["type"] != "done" {
				t.Fatalf("export: %v", d)
			}
			data, _ := os.ReadFile(d["path"].(string))
			m := cookie.FindSubmatch(data)
			if m == nil {
				t.Fatalf("no cookie placeholder in %s", data)
			}
			ps = append(ps, string(m[1]))
		}
		return ps
	}
	if ps := placeholders(start(t, nil)); ps[0] != ps[1] {
		t.Errorf("keyring key: placeholders %v differ", ps)
	}
	const note = "The keyring is locked, so this export uses a one-time key."
	b := start(t, func(c *Config) { c.Key = func() ([]byte, string) { return nil, note } })
	b.send(map[string]any{"type": "hello"})
	if h := b.expect("hello"); h["keyring"] != note {
		t.Errorf("hello keyring = %v", h["keyring"])
	}
	if ps := placeholders(b); ps[0] == ps[1] {
		t.Errorf("one-time keys: placeholders %v are the same", ps)
	}
	if !strings.Contains(b.logs.String(), note) {
		t.Errorf("the keyring note is not logged: %s", b.logs)
	}
}

// TestCancel: a cancelled export leaves nothing, and its id is finished.
func TestCancel(t *testing.T) {
	b := start(t, nil)
	id := b.begin(nil)
	b.chunks(id, testHAR[:200], 100)
	b.send(map[string]any{"type": "cancel", "transfer": id, "req": "c"})
	if c := b.expect("cancelled"); c["transfer"] != id || c["req"] != "c" {
		t.Errorf("cancelled = %v", c)
	}
	b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 2, "data": "x"})
	b.expect("error", "unknown_transfer")
	b.send(map[string]any{"type": "end", "transfer": id, "seq": 2})
	b.expect("error", "duplicate_end")
	if got := b.saved(); len(got) != 0 {
		t.Errorf("a cancelled export left %v", got)
	}
	// The port takes a new export after it.
	if d := b.export(testHAR); d["type"] != "done" {
		t.Errorf("export after cancel: %v", d)
	}
}

package nativehost

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// stagedHAR is testHAR with its response body staged as id.
func stagedHAR(id string) string {
	return strings.Replace(testHAR, `"mimeType":"text/plain","text":"Bücher café ok"`, `"mimeType":"application/json","_safeharStaged":"`+id+`"`, 1)
}

// stagedBody is a JSON response body carrying the planted secret.
const stagedBodyText = `{"access_token":"` + plantedCookie + `","note":"Bücher \"café\" ok\n"}`

// exportStaged exports text with begin naming capture; it returns the
// reply to end.
func (b *browser) exportStaged(capture, text string) map[string]any {
	b.t.Helper()
	extra := map[string]any{}
	if capture != "" {
		extra["capture"] = capture
	}
	id := b.begin(extra)
	seq := 0
	for ; len(text) > 0; seq++ {
		k := min(50, len(text))
		for k < len(text) && text[k]&0xC0 == 0x80 {
			k++
		}
		b.send(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": text[:k]})
		if r := b.recv(); r["type"] != "progress" {
			return r // the transfer failed on the way
		}
		text = text[k:]
	}
	b.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	return b.recv()
}

// TestStagedExport: bodies staged before the export are inlined into the
// file, sanitized like any body; an export may be repeated; unstage drops
// them.
func TestStagedExport(t *testing.T) {
	b := start(t, nil)
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b1", "data": stagedBodyText, "req": "s1"})
	if r := b.expect("staged"); r["req"] != "s1" || r["capture"] != "cap-1" || r["body"] != "b1" || r["bytes"] != float64(len(stagedBodyText)) {
		t.Errorf("staged = %v", r)
	}
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "img", "data": "iVBORw0KGgo=", "encoding": "base64"})
	if r := b.expect("staged"); r["bytes"] != float64(len(stagedBodyText)+12) {
		t.Errorf("staged = %v", r)
	}
	text := stagedHAR("b1")
	for round := range 2 { // the staged bodies stay for the next export
		d := b.exportStaged("cap-1", text)
		if d["type"] != "done" {
			t.Fatalf("export %d = %v (log: %s)", round, d, b.logs)
		}
		out := readFile(t, d)
		if strings.Contains(out, plantedCookie) || strings.Contains(out, "_safeharStaged") {
			t.Errorf("export %d kept the secret or the reference: %s", round, out)
		}
		if !strings.Contains(out, `"text":"{\"access_token\":\"safehar-`) || !strings.Contains(out, `Bücher \\\"café\\\" ok\\n`) {
			t.Errorf("export %d lacks the staged body: %s", round, out)
		}
	}
	// Base64: the encoding comes back with the text.
	img := strings.Replace(testHAR, `"mimeType":"text/plain","text":"Bücher café ok"`, `"mimeType":"image/png","_safeharStaged":"img"`, 1)
	if out := readFile(t, b.exportStaged("cap-1", img)); !strings.Contains(out, `"text":"iVBORw0KGgo=","encoding":"base64"`) {
		t.Errorf("base64 body: %s", out)
	}

	b.send(map[string]any{"type": "unstage", "capture": "cap-1", "req": "u1"})
	if r := b.expect("unstaged"); r["capture"] != "cap-1" || r["req"] != "u1" {
		t.Errorf("unstaged = %v", r)
	}
	if e := b.exportStaged("cap-1", text); e["type"] != "error" || e["code"] != "staged_missing" || e["transfer"] == nil {
		t.Errorf("after unstage: %v", e)
	}
	// Unstaging again is fine.
	b.send(map[string]any{"type": "unstage", "capture": "cap-1"})
	b.expect("unstaged")
	if len(b.saved()) != 3 {
		t.Errorf("output folder = %v", b.saved())
	}
}

// TestStagedMissing: a reference the host cannot resolve fails the
// transfer closed, whatever begin said.
func TestStagedMissing(t *testing.T) {
	b := start(t, nil)
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b1", "data": stagedBodyText})
	b.expect("staged")
	for _, c := range []struct {
		name, capture, text string
	}{
		{"unknown body", "cap-1", stagedHAR("b2")},
		{"other capture", "cap-2", stagedHAR("b1")},
		{"no capture in begin", "", stagedHAR("b1")},
		{"bad id", "cap-1", stagedHAR(`b1\\`)},
	} {
		if r := b.exportStaged(c.capture, c.text); r["type"] != "error" || r["code"] != "staged_missing" {
			t.Errorf("%s: %v", c.name, r)
		}
	}
	if got := b.saved(); len(got) != 0 {
		t.Errorf("files saved: %v", got)
	}
	// The port is still usable.
	if d := b.exportStaged("cap-1", stagedHAR("b1")); d["type"] != "done" {
		t.Errorf("after the failures: %v", d)
	}
}

// TestStageLimits: past a cap the body is refused with too_large, nothing
// else changes and the port stays open.
func TestStageLimits(t *testing.T) {
	b := start(t, func(c *Config) { c.MaxStagedCapture, c.MaxStaged, c.MaxStagedBodies = 10, 15, 3 })
	stage := func(capture, body, data string, want ...string) {
		t.Helper()
		b.send(map[string]any{"type": "stage", "capture": capture, "body": body, "data": data})
		if len(want) == 0 {
			b.expect("staged")
		} else {
			b.expect("error", want[0])
		}
	}
	stage("a", "1", "12345678")
	stage("a", "2", "123", "too_large") // 11 > 10 for the capture
	stage("a", "2", "12")
	stage("b", "1", "123456", "too_large") // 16 > 15 for the port
	stage("b", "1", "12345")
	stage("b", "2", "", "too_large")    // a fifth body
	stage("a", "1", "x", "bad_message") // a body id once
	// Bad messages, answered, the port open.
	for _, m := range []map[string]any{
		{"type": "stage", "body": "1", "data": "x"},
		{"type": "stage", "capture": "c", "data": "x"},
		{"type": "stage", "capture": "c", "body": "1"},
		{"type": "stage", "capture": "c d", "body": "1", "data": "x"},
		{"type": "stage", "capture": "c", "body": strings.Repeat("x", 129), "data": "x"},
		{"type": "stage", "capture": "c", "body": "1", "data": "x", "encoding": "gzip"},
		{"type": "unstage"},
		{"type": "begin", "capture": "../x"},
	} {
		b.send(m)
		b.expect("error", "bad_message")
	}
	// Unstaging gives the room back.
	b.send(map[string]any{"type": "unstage", "capture": "a"})
	b.expect("unstaged")
	stage("c", "1", "1234567890")
}

// TestStageCaptureLimit: at most maxStagedCaptures captures hold bodies.
func TestStageCaptureLimit(t *testing.T) {
	b := start(t, nil)
	for i := range maxStagedCaptures {
		b.send(map[string]any{"type": "stage", "capture": fmt.Sprintf("c%d", i), "body": "1", "data": "x"})
		b.expect("staged")
	}
	b.send(map[string]any{"type": "stage", "capture": "one-more", "body": "1", "data": "x"})
	b.expect("error", "too_large")
	b.send(map[string]any{"type": "stage", "capture": "c0", "body": "2", "data": "x"})
	b.expect("staged")
}

// TestUnstageDuringExport: a capture an open transfer reads stays.
func TestUnstageDuringExport(t *testing.T) {
	b := start(t, nil)
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b1", "data": stagedBodyText})
	b.expect("staged")
	id := b.begin(map[string]any{"capture": "cap-1"})
	seq := b.chunks(id, stagedHAR("b1"), 100)
	b.send(map[string]any{"type": "unstage", "capture": "cap-1"})
	if e := b.expect("error", "transfer_busy"); e["transfer"] != id {
		t.Errorf("unstage during the export: %v", e)
	}
	// Staging another body meanwhile is fine.
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b2", "data": "x"})
	b.expect("staged")
	b.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	if d := b.expect("done"); !strings.Contains(readFile(t, d), "access_token") {
		t.Errorf("the staged body is not in the file")
	}
}

// TestStagedGoneWithPort: the staged bodies live in an encrypted spool
// that is gone once the port closes.
func TestStagedGoneWithPort(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	b := start(t, nil)
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b1", "data": stagedBodyText})
	b.expect("staged")
	b.s.staged.mu.Lock()
	sp := b.s.staged.captures["cap-1"].sp
	b.s.staged.mu.Unlock()
	ents, _ := os.ReadDir(tmp)
	for _, e := range ents {
		data, _ := os.ReadFile(tmp + "/" + e.Name())
		if strings.Contains(string(data), plantedCookie) {
			t.Errorf("%s holds the body in the clear", e.Name())
		}
	}
	if code := b.close(); code != 0 {
		t.Errorf("exit %d", code)
	}
	if _, err := sp.Section(0, 1); err == nil {
		t.Error("the spool is still open after the port closed")
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("left in the temporary folder: %v", ents)
	}
}

package nativehost

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// TestProtocolErrors: every error a message can draw, whether the port
// stays open, and that an aborted transfer leaves nothing in the output
// folder and is finished (a later chunk is unknown_transfer).
func TestProtocolErrors(t *testing.T) {
	no := false
	strict := policy.Result{Source: "/etc/safehar/policy.json", Policy: policy.Policy{AllowExportWithoutBodies: &no}}
	tests := []struct {
		name string
		cfg  func(*Config)
		// run sends the messages; id is an open transfer when open is set.
		open    bool
		run     func(b *browser, id string)
		code    string
		aborted bool   // the open transfer is finished by the error
		says    string // the error message contains it
	}{
		{name: "no type", run: func(b *browser, _ string) { b.send(map[string]any{"req": "x"}) }, code: nm.CodeBadMessage, says: `no "type"`},
		{name: "unknown type", run: func(b *browser, _ string) { b.send(map[string]any{"type": "upload"}) }, code: nm.CodeBadMessage, says: `"upload"`},
		{name: "ill-typed field", run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin", "size": "big"}) }, code: nm.CodeBadMessage, says: "bad field"},
		{name: "long req", run: func(b *browser, _ string) { b.send(map[string]any{"type": "status", "req": strings.Repeat("r", 200)}) }, code: nm.CodeBadMessage},
		{name: "old protocol", run: func(b *browser, _ string) { b.send(map[string]any{"type": "hello", "protocol": 0}) }, code: nm.CodeUnsupportedProtocol},
		{name: "begin while busy", open: true, run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin"}) }, code: nm.CodeTransferBusy},
		{name: "begin too large", run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin", "size": MaxCapture + 1}) }, code: nm.CodeTooLarge},
		{name: "begin without bodies refused", cfg: func(c *Config) { c.System = strict },
			run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin", "bodies": false}) }, code: nm.CodePolicyRefused},
		{name: "begin, output folder is a file", cfg: func(c *Config) {
			f := filepath.Join(os.TempDir(), "nativehost-not-a-folder")
			os.WriteFile(f, nil, 0o600)
			c.Getenv = func(string) string { return f }
		}, run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin"}) }, code: nm.CodeWriteFailed},
		{name: "begin, no transfer id", cfg: func(c *Config) { c.NewID = func() (string, error) { return "", errors.New("no clock") } },
			run: func(b *browser, _ string) { b.send(map[string]any{"type": "begin"}) }, code: nm.CodeWriteFailed, says: "no clock"},
		{name: "chunk, no transfer", run: func(b *browser, _ string) {
			b.send(map[string]any{"type": "chunk", "transfer": "nope", "seq": 0, "data": "x"})
		}, code: nm.CodeUnknownTransfer},
		{name: "chunk without data", open: true, run: func(b *browser, id string) {
			b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 0})
		}, code: nm.CodeBadMessage, says: `"seq" and "data"`},
		{name: "chunk out of order", open: true, run: func(b *browser, id string) {
			b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": "x"})
		}, code: nm.CodeOutOfOrder, aborted: true},
		{name: "capture grows too large", open: true, cfg: func(c *Config) { c.MaxCapture = 100 }, run: func(b *browser, id string) {
			b.chunks(id, testHAR[:60], 60)
			b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": testHAR[60:200]})
		}, code: nm.CodeTooLarge, aborted: true},
		{name: "end with the wrong count", open: true, run: func(b *browser, id string) {
			b.chunks(id, testHAR, 1000)
			b.send(map[string]any{"type": "end", "transfer": id, "seq": 7})
		}, code: nm.CodeOutOfOrder, aborted: true},
		{name: "end without seq", open: true, run: func(b *browser, id string) {
			b.send(map[string]any{"type": "end", "transfer": id})
		}, code: nm.CodeOutOfOrder, aborted: true},
		{name: "checksum mismatch", open: true, run: func(b *browser, id string) {
			n := b.chunks(id, testHAR, 1000)
			b.send(map[string]any{"type": "end", "transfer": id, "seq": n, "sha256": strings.Repeat("0", 64)})
		}, code: nm.CodeChecksumMismatch, aborted: true},
		{name: "not a HAR", open: true, run: func(b *browser, id string) {
			n := b.chunks(id, `{"log": {"entries": 5}}`, 1000)
			b.send(map[string]any{"type": "end", "transfer": id, "seq": n})
		}, code: nm.CodeInvalidHAR, aborted: true},
		{name: "data after the HAR", open: true, run: func(b *browser, id string) {
			n := b.chunks(id, testHAR+"{}", 1000)
			b.send(map[string]any{"type": "end", "transfer": id, "seq": n})
		}, code: nm.CodeInvalidHAR, aborted: true, says: "after the end"},
		{name: "not JSON, seen at the next chunk", open: true, run: func(b *browser, id string) {
			b.chunks(id, "<html>", 1000)
			waitFailed(b)
			b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": "x"})
		}, code: nm.CodeInvalidHAR, aborted: true},
		{name: "audit log refuses the line", open: true, cfg: func(c *Config) {
			c.Audit = func(_ policy.Policy, _, path string, _ *sanitize.Report, _ func(...any)) error {
				os.Remove(path)
				return errors.New("cannot write the audit file /var/log/safehar.log")
			}
		}, run: func(b *browser, id string) {
			n := b.chunks(id, testHAR, 1000)
			b.send(map[string]any{"type": "end", "transfer": id, "seq": n})
		}, code: nm.CodeWriteFailed, aborted: true, says: "audit file"},
		{name: "cancel, no transfer", run: func(b *browser, _ string) { b.send(map[string]any{"type": "cancel", "transfer": "nope"}) }, code: nm.CodeUnknownTransfer},
		{name: "reveal, nothing saved", run: func(b *browser, _ string) { b.send(map[string]any{"type": "reveal", "transfer": "nope"}) }, code: nm.CodeUnknownTransfer},
		{name: "reveal fails", cfg: func(c *Config) { c.Reveal = func(string) error { return errors.New("no xdg-open") } }, run: func(b *browser, _ string) {
			d := b.export(testHAR)
			b.send(map[string]any{"type": "reveal", "transfer": d["transfer"]})
		}, code: nm.CodeRevealFailed, says: "no xdg-open"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := start(t, tc.cfg)
			id := ""
			if tc.open {
				id = b.begin(nil)
			}
			tc.run(b, id)
			e := b.expect("error", tc.code)
			if !strings.Contains(e["message"].(string), tc.says) {
				t.Errorf("message %q does not say %q", e["message"], tc.says)
			}
			if tc.open && e["transfer"] != id {
				t.Errorf("the error names transfer %v, want %s", e["transfer"], id)
			}
			if !strings.Contains(b.logs.String(), "error "+tc.code) {
				t.Errorf("the error is not logged: %s", b.logs)
			}
			// The port stays open: a status still gets its answer.
			b.send(map[string]any{"type": "status", "req": "after"})
			b.expect("hello")
			if tc.open {
				b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 0, "data": "x"})
				if tc.aborted {
					b.expect("error", nm.CodeUnknownTransfer)
				} else {
					b.recv() // the transfer is still open: progress or an error of its own
				}
			}
			if code := b.close(); code != 0 {
				t.Errorf("exit %d, want 0", code)
			}
			if got := b.saved(); tc.aborted && len(got) != 0 {
				t.Errorf("an aborted export left %v", got)
			}
		})
	}
}

// waitFailed waits until the open transfer's sanitizer stopped with an
// error (it reads the chunks in its own goroutine).
func waitFailed(b *browser) {
	b.t.Helper()
	for range 3000 {
		// The session is waiting for the next frame: its last reply came
		// after it set cur.
		if t := b.s.cur; t != nil && len(t.result) > 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	b.t.Fatal("the sanitizer did not refuse the document")
}

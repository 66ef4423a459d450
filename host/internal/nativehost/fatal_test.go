package nativehost

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"log"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
)

// TestFatalFrames: a frame the session cannot trust ends the port with a
// last error and status 1, aborting any open transfer; the end of stdin
// ends it with status 0 and no reply.
func TestFatalFrames(t *testing.T) {
	tests := []struct {
		name string
		cfg  func(*Config)
		raw  []byte
		code string
	}{
		{name: "not JSON", raw: nm.AppendFrame(nil, []byte(`{"type":`)), code: nm.CodeBadFrame},
		{name: "not an object", raw: nm.AppendFrame(nil, []byte(`["hello"]`)), code: nm.CodeBadFrame},
		{name: "not UTF-8", raw: nm.AppendFrame(nil, []byte("{\"type\":\"hello\",\"req\":\"\xff\"}")), code: nm.CodeBadFrame},
		{name: "length above the cap", cfg: func(c *Config) { c.MaxFrame = 1024 }, raw: binary.LittleEndian.AppendUint32(nil, 4096), code: nm.CodeFrameTooLarge},
		{name: "truncated frame", raw: append(binary.LittleEndian.AppendUint32(nil, 100), `{"type":"st`...), code: nm.CodeBadFrame},
	}
	for _, tc := range tests {
		for _, open := range []bool{false, true} {
			name := tc.name
			if open {
				name += " during an export"
			}
			t.Run(name, func(t *testing.T) {
				b := start(t, tc.cfg)
				id := ""
				if open {
					id = b.begin(nil)
					b.chunks(id, testHAR[:100], 100)
				}
				b.sendRaw(tc.raw)
				if tc.code == nm.CodeBadFrame && strings.HasPrefix(tc.name, "truncated") {
					b.in.Close()
				}
				e := b.expect("error", tc.code)
				if open && e["transfer"] != id {
					t.Errorf("the error names %v, want the open transfer %s", e["transfer"], id)
				}
				if code := b.wait(); code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				if got := b.saved(); len(got) != 0 {
					t.Errorf("left %v", got)
				}
			})
		}
	}
}

// TestPortClosedMidExport: the browser going away during an export leaves
// nothing behind, sends nothing, exits 0, and leaks no goroutine.
func TestPortClosedMidExport(t *testing.T) {
	before := runtime.NumGoroutine()
	func() {
		b := start(t, nil)
		id := b.begin(nil)
		b.chunks(id, testHAR[:300], 100)
		if code := b.close(); code != 0 {
			t.Errorf("exit %d, want 0", code)
		}
		if f, ok := <-b.frames; ok {
			t.Errorf("a reply after the port closed: %s", f)
		}
		if got := b.saved(); len(got) != 0 {
			t.Errorf("left %v", got)
		}
		if !strings.Contains(b.logs.String(), "closed the port during export "+id) {
			t.Errorf("log: %s", b.logs)
		}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after the session, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestCallerRefused: a caller no install allowed gets not_allowed and
// nothing else; with no Caller check configured every caller is refused.
func TestCallerRefused(t *testing.T) {
	for name, caller := range map[string]func() (bool, string){
		"not allowed": func() (bool, string) { return false, "chrome-extension://evil/" },
		"no check":    nil,
	} {
		t.Run(name, func(t *testing.T) {
			b := start(t, func(c *Config) { c.Caller = caller })
			e := b.expect("error", nm.CodeNotAllowed)
			if caller != nil && !strings.Contains(e["message"].(string), "chrome-extension://evil/") {
				t.Errorf("message %q does not name the caller", e["message"])
			}
			if code := b.wait(); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if _, ok := <-b.frames; ok {
				t.Error("more than the one error was sent")
			}
		})
	}
}

// TestIdleTimeout: an open transfer that receives nothing is aborted with
// idle_timeout, nothing is left, and the port stays open.
func TestIdleTimeout(t *testing.T) {
	b := start(t, func(c *Config) { c.IdleTimeout = 200 * time.Millisecond })
	time.Sleep(300 * time.Millisecond) // no transfer open: nothing happens
	id := b.begin(nil)
	b.chunks(id, testHAR[:100], 100)
	e := b.expect("error", nm.CodeIdleTimeout)
	if e["transfer"] != id {
		t.Errorf("idle_timeout names %v, want %s", e["transfer"], id)
	}
	b.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": "x"})
	b.expect("error", nm.CodeUnknownTransfer)
	if got := b.saved(); len(got) != 0 {
		t.Errorf("left %v", got)
	}
	if d := b.export(testHAR); d["type"] != "done" {
		t.Errorf("export after the timeout: %v", d)
	}
}

// TestReplyTooLarge: a reply above the outbound limit is replaced by a
// short error that echoes nothing.
func TestReplyTooLarge(t *testing.T) {
	var out, logs bytes.Buffer
	s := New(Config{Out: &out, Log: log.New(&logs, "", 0)})
	s.send("req-1", RevealedReply{Transfer: "t", Path: strings.Repeat("p", nm.MaxOutbound)})
	f, err := nm.ReadFrame(&out, nm.MaxOutbound, nil)
	if err != nil {
		t.Fatal(err)
	}
	var e map[string]any
	json.Unmarshal(f, &e)
	if e["type"] != "error" || e["code"] != nm.CodeBadMessage || e["req"] != nil || !strings.Contains(e["message"].(string), "revealed reply") {
		t.Errorf("got %s", f)
	}
	if _, err := nm.ReadFrame(&out, nm.MaxOutbound, nil); err != io.EOF {
		t.Errorf("more than one frame was written: %v", err)
	}
}

package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
)

// TestNativeLongFields: a message whose req, type or transfer is far too
// long (the reply would echo it past the 1 MiB outbound limit) gets a
// bad_message reply within the limit that does not echo it, and the port
// stays open.
func TestNativeLongFields(t *testing.T) {
	long := strings.Repeat("r", 2<<20)
	tests := []struct {
		name string
		msg  map[string]any
		want string // in the message
	}{
		{"req", map[string]any{"type": "hello", "protocol": 1, "req": long}, `"req" is 2097152 bytes long, above the limit of 128`},
		{"req just above", map[string]any{"type": "status", "req": strings.Repeat("r", nm.MaxIDLen+1)}, "above the limit of 128"},
		{"type", map[string]any{"type": long, "req": "a"}, `"type" is 2097152 bytes long, above the limit of 32`},
		{"transfer", map[string]any{"type": "cancel", "transfer": long, "req": "a"}, `"transfer" is 2097152 bytes long`},
		{"name given twice", nil, "is given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := startHost(t, hostEnv(t, t.TempDir(), "SAFEHAR_NO_KEYRING=1"))
			if tt.msg != nil {
				p.send(tt.msg)
			} else {
				key := strings.Repeat("k", 1<<20)
				p.sendRaw(nm.AppendFrame(nil, []byte(`{"type":"status","`+key+`":1,"`+key+`":2}`)))
			}
			e := p.expect("error", "bad_message")
			if msg, _ := e["message"].(string); !strings.Contains(msg, tt.want) || len(msg) > 1000 {
				t.Errorf("message %.300q, want it to say %q", msg, tt.want)
			}
			if r, ok := e["req"].(string); ok && len(r) > nm.MaxIDLen {
				t.Errorf("the reply echoes a %d-byte req", len(r))
			}
			if tr, ok := e["transfer"].(string); ok && len(tr) > nm.MaxIDLen {
				t.Errorf("the reply echoes a %d-byte transfer", len(tr))
			}
			p.send(map[string]any{"type": "status", "req": "again"})
			if h := p.expect("hello"); h["req"] != "again" {
				t.Errorf("hello %v", h)
			}
			if code := p.wait(); code != 0 {
				t.Errorf("exit %d (stderr %s)", code, p.stderr)
			}
		})
	}
}

// TestNativeIdleTimeout: a transfer whose client stops sending is aborted
// after the idle timeout (1 s in this test build): an idle_timeout error
// naming it, its temporary file gone, and the port still serving. A client
// that pauses for less than the timeout between chunks is not cut off.
func TestNativeIdleTimeout(t *testing.T) {
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1", "SAFEHAR_TEST_IDLE_TIMEOUT=1s"))
	text := smallHAR(8 << 10)
	p.send(map[string]any{"type": "begin", "site": "stall.example", "size": len(text)})
	id := p.expect("ready")["transfer"].(string)
	p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 0, "data": text[:100]})
	p.expect("progress")
	if names, _ := filepath.Glob(filepath.Join(out, ".safehar-*.part")); len(names) != 1 {
		t.Fatalf("while the export is open the folder holds %v, want its .part file", names)
	}
	start := time.Now()
	e := p.expect("error", "idle_timeout")
	if e["transfer"] != id || time.Since(start) > 10*time.Second {
		t.Fatalf("error %v after %v", e, time.Since(start))
	}
	checkOutDir(t, out, 0)
	p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": text[100:]})
	p.expect("error", "unknown_transfer")

	// Pauses of 0.4 s between chunks, 2 s in all: saved.
	p.send(map[string]any{"type": "begin", "site": "slow.example", "size": len(text)})
	id = p.expect("ready")["transfer"].(string)
	n := len(text)/5 + 1
	for seq := 0; seq*n < len(text); seq++ {
		time.Sleep(400 * time.Millisecond)
		p.send(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": text[seq*n : min(len(text), (seq+1)*n)]})
		p.expect("progress")
	}
	p.send(map[string]any{"type": "end", "transfer": id, "seq": (len(text) + n - 1) / n})
	p.expect("done")
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d (stderr %s)", code, p.stderr)
	}
	checkOutDir(t, out, 1)
}

package main

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestNativeSignalRemovesTemp: SIGTERM during an export removes the
// temporary file (through the folder it was made in) and exits 1.
func TestNativeSignalRemovesTemp(t *testing.T) {
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"))
	text := smallHAR(8 << 10)
	p.send(map[string]any{"type": "begin", "site": "sig.example", "size": len(text)})
	id := p.expect("ready")["transfer"].(string)
	p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 0, "data": text[:100]})
	p.expect("progress")
	if names, _ := filepath.Glob(filepath.Join(out, ".safehar-*.part")); len(names) != 1 {
		t.Fatalf("the folder holds %v, want the export's .part file", names)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	// Its stdout closes when it exits: wait for that before closing its
	// stdin, which would otherwise race the signal (a closed port ends the
	// export too, with exit 0).
	deadline := time.After(30 * time.Second)
drain:
	for {
		select {
		case _, ok := <-p.frames:
			if !ok {
				break drain
			}
		case <-deadline:
			t.Fatalf("the host did not exit on SIGTERM (stderr: %s)", p.stderr)
		}
	}
	if code := p.wait(); code != 1 {
		t.Errorf("exit %d, want 1 (stderr %s)", code, p.stderr)
	}
	checkOutDir(t, out, 0)
}

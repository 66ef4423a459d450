//go:build unix

package nativehost

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalRemovesTemp: SIGTERM during an export removes the temporary
// file and the staged bodies before the process exits with status 1.
func TestSignalRemovesTemp(t *testing.T) {
	b := start(t, nil)
	exited := make(chan int, 1)
	stop := b.s.HandleSignals(func(code int) { exited <- code })
	defer stop()
	b.send(map[string]any{"type": "stage", "capture": "cap-1", "body": "b1", "data": stagedBodyText})
	b.expect("staged")
	b.s.staged.mu.Lock()
	sp := b.s.staged.captures["cap-1"].sp
	b.s.staged.mu.Unlock()
	id := b.begin(nil)
	b.chunks(id, testHAR[:100], 100)
	entries, _ := os.ReadDir(b.outDir)
	if len(entries) == 0 {
		t.Fatal("no temporary file during the export")
	}
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	select {
	case code := <-exited:
		if code != 1 {
			t.Errorf("exit(%d), want exit(1)", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("SIGTERM did not reach the handler")
	}
	if entries, _ := os.ReadDir(b.outDir); len(entries) != 0 {
		t.Errorf("after SIGTERM the output folder holds %v", entries)
	}
	if _, err := sp.Section(0, 1); err == nil {
		t.Error("after SIGTERM the staged bodies' spool is still open")
	}
	if !strings.Contains(b.logs.String(), "stopped by terminated") {
		t.Errorf("log: %s", b.logs)
	}
}

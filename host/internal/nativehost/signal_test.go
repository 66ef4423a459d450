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
// file before the process exits with status 1.
func TestSignalRemovesTemp(t *testing.T) {
	b := start(t, nil)
	exited := make(chan int, 1)
	stop := b.s.HandleSignals(func(code int) { exited <- code })
	defer stop()
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
	if !strings.Contains(b.logs.String(), "stopped by terminated") {
		t.Errorf("log: %s", b.logs)
	}
}

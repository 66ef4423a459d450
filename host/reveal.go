package main

import (
	"os/exec"
	"runtime"
	"time"
)

// revealWait is how long reveal waits to see whether the file manager's
// launcher fails at once.
const revealWait = 3 * time.Second

// launchFileManager starts cmd and returns its error if it fails within
// revealWait: xdg-open exits non-zero at once when no file manager can be
// opened (no desktop, no handler), and the extension then says so rather
// than claiming the folder was shown. Windows' explorer exits 1 even when
// it worked, so there only the start counts.
func launchFileManager(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	if runtime.GOOS == "windows" {
		return nil
	}
	select {
	case err := <-done:
		return err
	case <-time.After(revealWait):
		return nil // still running: a file manager is up
	}
}

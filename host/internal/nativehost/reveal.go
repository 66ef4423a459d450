package nativehost

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
)

// reveal shows a file saved in this session in the file manager; only a
// path the host saved itself, never one from a message.
func (s *Session) reveal(m *nm.Message) {
	path, ok := s.saved[m.Transfer]
	if !ok {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeUnknownTransfer, Transfer: m.Transfer,
			Message: "No file was saved for this export in this session."})
		return
	}
	if err := s.cfg.Reveal(path); err != nil {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeRevealFailed, Transfer: m.Transfer,
			Message: fmt.Sprintf("Cannot open the file manager (%v); the file is %s.", err, path)})
		return
	}
	s.send(m.Req, RevealedReply{Transfer: m.Transfer, Path: path})
}

// revealWait is how long OpenFileManager waits to see whether the file
// manager's launcher fails at once.
const revealWait = 3 * time.Second

// OpenFileManager starts the OS file manager on path's folder (selecting
// the file where the OS can), detached from the port: it never inherits
// stdin or stdout. It returns the launcher's error if it fails within
// revealWait: xdg-open exits non-zero at once when no file manager can be
// opened (no desktop, no handler), and the extension then says so rather
// than claiming the folder was shown. Windows' explorer exits 1 even when
// it worked, so there only the start counts.
func OpenFileManager(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", "-R", path)
	case "windows":
		cmd = exec.Command("explorer", "/select,", path)
	default:
		cmd = exec.Command("xdg-open", filepath.Dir(path))
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil // never the port
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

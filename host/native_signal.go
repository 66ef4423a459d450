package main

import (
	"os"
	"os/signal"
	"syscall"
)

// handleSignals makes the host remove a half-written file when the browser
// (or anyone) terminates it, and keeps a closed stdout from killing the
// process before it cleaned up. It returns a function that undoes this.
func (s *session) handleSignals() (stop func()) {
	signal.Ignore(syscall.SIGPIPE)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			s.removeTemp()
			s.log.Printf("stopped by %v; nothing was saved", sig)
			os.Exit(1)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

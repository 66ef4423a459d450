package nativehost

import (
	"os"
	"os/signal"
	"syscall"
)

// HandleSignals makes the host remove a half-written file and the staged
// bodies' spools when the browser (or anyone) terminates it, and keeps a
// closed stdout from killing the process before it cleaned up; then exit(1)
// ends the process. It returns a function that undoes this.
func (s *Session) HandleSignals(exit func(int)) (stop func()) {
	signal.Ignore(syscall.SIGPIPE)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			s.RemoveTemp()
			s.staged.dropAll() // the staged bodies' spools (not unlinked on Windows)
			s.log.Printf("stopped by %v; nothing was saved", sig)
			exit(1)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

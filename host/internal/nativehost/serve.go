package nativehost

import (
	"errors"
	"io"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
)

// readResult is one frame read from stdin, or why none could be.
type readResult struct {
	frame []byte
	err   error
}

// readFrames reads frames from stdin one at a time: the next read starts
// when serve is done with the previous frame (its buffer is reused).
func (s *Session) readFrames(stdin io.Reader, out chan<- readResult, next <-chan bool) {
	var buf []byte
	for {
		frame, err := nm.ReadFrame(stdin, s.cfg.MaxFrame, buf)
		if cap(frame) > cap(buf) {
			buf = frame
		}
		out <- readResult{frame, err}
		if err != nil || !<-next {
			return
		}
	}
}

// serve reads messages until stdin ends or the stream breaks. A transfer
// that receives nothing for the idle timeout is aborted.
func (s *Session) serve(stdin io.Reader) int {
	var m nm.Message
	frames, next := make(chan readResult), make(chan bool)
	go s.readFrames(stdin, frames, next)
	defer close(next)
	defer s.staged.dropAll()
	idle := time.NewTimer(s.idleFor())
	defer idle.Stop()
	for {
		var r readResult
		select {
		case r = <-frames:
		case <-idle.C:
			if s.cur != nil {
				s.idleAbort()
			}
			idle.Reset(s.idleFor())
			continue
		}
		if r.err != nil {
			return s.readFailed(r.err)
		}
		err := nm.Decode(r.frame, &m)
		var syn *nm.SyntaxError
		if errors.As(err, &syn) {
			s.fatal(nm.Errorf(nm.CodeBadFrame, "The host received a message that is not a JSON object (%v); reconnect and export again.", syn))
			return 1
		}
		if err == nil {
			s.handle(&m)
		} else {
			s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "The %q message has a bad field: %v.", m.Type, err))
		}
		next <- true
		idle.Reset(s.idleFor())
	}
}

// idleAbort ends a transfer whose extension stopped sending: its temporary
// file and spool go, and the extension, if it is still there, is told.
func (s *Session) idleAbort() {
	d := s.idleFor()
	s.log.Printf("export %s received nothing for %v; it was stopped and nothing was saved", s.cur.id, d)
	s.fail("", nm.Errorf(nm.CodeIdleTimeout, "The export received nothing from the browser for %v, so the host stopped it and nothing was saved; export again.", d))
}

// readFailed ends the session after a frame could not be read.
func (s *Session) readFailed(err error) int {
	var big *nm.FrameTooLargeError
	switch {
	case errors.Is(err, io.EOF):
		if s.cur != nil {
			s.log.Printf("the browser closed the port during export %s; nothing was saved", s.cur.id)
			s.abort(errors.New("port closed"))
		}
		return 0
	case errors.As(err, &big):
		s.fatal(nm.Errorf(nm.CodeFrameTooLarge, "The host received a %d-byte message, above its %d-byte limit; send the capture in smaller chunks.", big.Size, big.Max))
	case errors.Is(err, nm.ErrTruncated):
		s.fatal(nm.Errorf(nm.CodeBadFrame, "The connection ended in the middle of a message; nothing was saved, export again."))
	default:
		s.fatal(nm.Errorf(nm.CodeBadFrame, "The host could not read from the browser (%v); export again.", err))
	}
	return 1
}

// fatal aborts any transfer and sends a last error; the caller exits.
func (s *Session) fatal(e *nm.Error) {
	if s.cur != nil {
		e.Transfer = s.cur.id
		s.abort(errors.New(e.Code))
	}
	s.sendError("", e)
}

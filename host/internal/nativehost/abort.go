package nativehost

import (
	"errors"
	"path/filepath"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
)

// open returns the open transfer m names, or answers that it names none
// and returns nil.
func (s *Session) open(m *nm.Message) *transfer {
	if t := s.cur; t != nil && m.Transfer == t.id {
		return t
	}
	s.unknown(m)
	return nil
}

// unknown answers a message naming a transfer that is not open.
func (s *Session) unknown(m *nm.Message) {
	if m.Type == "end" && s.closed[m.Transfer] {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeDuplicateEnd, Transfer: m.Transfer,
			Message: "This export is already finished; start a new one to export again."})
		return
	}
	s.sendError(m.Req, &nm.Error{Code: nm.CodeUnknownTransfer, Transfer: m.Transfer,
		Message: "No export with this id is in progress; start a new export."})
}

// fail aborts the current transfer and reports e for it.
func (s *Session) fail(req string, e *nm.Error) {
	e.Transfer = s.cur.id
	s.abort(errors.New(e.Code))
	s.sendError(req, e)
}

// abort stops the current transfer and removes its temporary file.
func (s *Session) abort(why error) {
	t := s.cur
	if t == nil {
		return
	}
	s.cur = nil
	s.closed[t.id] = true
	t.pw.CloseWithError(why)
	t.finishWriter()
	t.wait()
	t.file.Abort()
	s.setTemp(nil)
}

// sanitizeError turns a failed run into an error reply.
func sanitizeError(err error, t *transfer) *nm.Error {
	if t.splice != nil && t.splice.missing != nil {
		return nm.Errorf(nm.CodeStagedMissing, "The capture refers to response bodies the helper no longer holds (%v), so nothing was saved; export again (the bodies are then sent with the capture).", t.splice.missing)
	}
	if t.sink.err != nil {
		return writeError(t.sink.err, filepath.Dir(t.file.Name()))
	}
	if t.spoolw.err != nil {
		return writeError(t.spoolw.err, filepath.Dir(t.file.Name()))
	}
	return nm.Errorf(nm.CodeInvalidHAR, "The capture is not a HAR document safehar can read (%v), so nothing was saved; export again from the Network panel.", err)
}

// writeError turns a failure to write in dir into an error reply.
func writeError(err error, dir string) *nm.Error {
	if outdir.IsDiskFull(err) {
		return nm.Errorf(nm.CodeDiskFull, "The disk holding %s is full, so nothing was saved; free some space and export again.", dir)
	}
	return nm.Errorf(nm.CodeWriteFailed, "Cannot save to %s (%v), so nothing was saved; check the folder or set %s.", dir, err, outdir.EnvOutputDir)
}

package nativehost

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/sanitize"
)

// end finishes the open transfer: the sanitizer's echo pass runs, the
// checksum is compared, and only then is the file renamed into place and
// audited. Any failure removes the file.
func (s *Session) end(m *nm.Message) {
	t := s.sending(m)
	if t == nil {
		return
	}
	if !m.Has(nm.FieldSeq) || m.Seq != t.next {
		s.fail(m.Req, &nm.Error{Code: nm.CodeOutOfOrder,
			Message: fmt.Sprintf("The export ended after %d chunks but the host received %d, so it was stopped; export again.", m.Seq, t.next)})
		return
	}
	werr := t.finishWriter()
	// The chunk buffers are not needed for the echo pass.
	for len(t.free) > 0 {
		<-t.free
	}
	m.Data = nil
	res := t.wait()
	err := res.err
	if err == nil {
		err = werr
	}
	if err != nil {
		s.fail(m.Req, sanitizeError(err, t))
		return
	}
	if m.SHA256 != "" && !strings.EqualFold(m.SHA256, hex.EncodeToString(t.hash.Sum(nil))) {
		s.fail(m.Req, nm.Errorf(nm.CodeChecksumMismatch, "The capture arrived damaged (its SHA-256 does not match), so nothing was saved; export again."))
		return
	}
	if t.review {
		s.enterReview(m.Req, t, res.report)
		return
	}
	s.saveFile(m.Req, t, res.report)
}

// saveFile renames the sanitized temporary file into place, audits it and
// sends done (after end, or after save at the end of a review).
func (s *Session) saveFile(req string, t *transfer, rep *sanitize.Report) {
	path, err := t.file.Commit(outdir.FileName(t.site, t.started, t.id))
	s.setTemp(nil)
	if err != nil {
		s.fail(req, writeError(err, filepath.Dir(t.file.Name())))
		return
	}
	if s.cfg.Audit != nil {
		if err := s.cfg.Audit(s.effective(), t.site, path, rep, s.log.Print); err != nil { // removes the file on error
			s.fail(req, nm.Errorf(nm.CodeWriteFailed, "%v, so the file was not kept (the administrator's policy requires it); ask your IT team.", err))
			return
		}
	}
	s.cur = nil
	s.closed[t.id] = true
	s.saved[t.id] = path
	if rep == nil {
		rep = &sanitize.Report{}
	}
	s.sendDone(req, path, DoneReply{
		Transfer:  t.id,
		Path:      path,
		File:      filepath.Base(path),
		Bytes:     rep.BytesOut,
		ElapsedMs: time.Since(t.started).Milliseconds(),
		Report:    rep,
		Keyring:   keyring(t.keyNote),
	})
	s.log.Printf("saved %s (%d entries, %d values redacted)", path, rep.Entries, rep.Redacted)
}

// sendDone sends the done reply, its report's findings and locations
// dropped if the reply would be above reportBudget.
func (s *Session) sendDone(req, path string, d DoneReply) {
	msg, err := nm.Reply(d.replyType(), req, d)
	if err == nil {
		msg, err = nm.Trim(msg, reportBudget, "report.findings", "report.locations")
	}
	if err == nil {
		err = s.out.Write(msg)
	}
	if err != nil {
		s.log.Printf("cannot send the done reply for %s: %v", path, err)
	}
}

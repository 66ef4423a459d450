package nativehost

import (
	"fmt"

	"github.com/safehar/safehar/host/internal/nm"
)

// chunk takes the next piece of the open transfer's text and hands it to
// the sanitizer; a chunk out of order, past the size limit or after the
// sanitizer refused the document aborts the transfer.
func (s *Session) chunk(m *nm.Message) {
	t := s.sending(m)
	if t == nil {
		return
	}
	if !m.Has(nm.FieldSeq) || !m.Has(nm.FieldData) {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeBadMessage, Transfer: t.id, Message: "A chunk needs \"seq\" and \"data\"; see host/PROTOCOL.md."})
		return
	}
	if m.Seq != t.next {
		s.fail(m.Req, &nm.Error{Code: nm.CodeOutOfOrder,
			Message: fmt.Sprintf("Chunk %d arrived when chunk %d was expected, so the export was stopped; export again.", m.Seq, t.next)})
		return
	}
	if err := t.failed(); err != nil {
		s.fail(m.Req, sanitizeError(err, t))
		return
	}
	t.bytes += int64(len(m.Data))
	if t.bytes > s.cfg.MaxCapture {
		s.fail(m.Req, nm.Errorf(nm.CodeTooLarge, "The capture grew past the host's %d-byte limit, so the export was stopped; export fewer requests.", s.cfg.MaxCapture))
		return
	}
	t.next++
	// Hand the chunk to the pipe writer and take a free buffer back for the
	// next frame's data: two chunks at most are in flight.
	buf := <-t.free
	t.chunks <- m.Data
	m.Data = buf[:0]
	s.send(m.Req, ProgressReply{Transfer: t.id, Seq: m.Seq, Bytes: t.bytes})
}

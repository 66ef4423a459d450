package nativehost

import "github.com/safehar/safehar/host/internal/nm"

// cancel stops the open transfer at the extension's request: nothing is
// saved.
func (s *Session) cancel(m *nm.Message) {
	t := s.open(m)
	if t == nil {
		return
	}
	s.abort(errCancelled)
	s.send(m.Req, CancelledReply{Transfer: t.id})
}

package nativehost

import "github.com/safehar/safehar/host/internal/nm"

// handler answers one message type. Adding a message is a file with its
// handler and one entry in handlers.
type handler func(s *Session, m *nm.Message)

// handlers maps each message type the extension sends to its handler
// (host/PROTOCOL.md, "Messages").
var handlers = map[string]handler{
	"hello":  (*Session).hello,
	"status": (*Session).status,
	"begin":  (*Session).begin,
	"chunk":  (*Session).chunk,
	"end":    (*Session).end,
	"cancel": (*Session).cancel,
	"reveal": (*Session).reveal,
	// Response bodies staged as they are captured (stage.go).
	"stage":   (*Session).stageMsg,
	"unstage": (*Session).unstage,
	// The review before saving (review.go): after an end answered with
	// review.
	"findings": (*Session).findings,
	"save":     (*Session).save,
	"discard":  (*Session).discard,
}

// handle gives m to its type's handler; an unknown or missing type is a
// bad_message and the port stays open.
func (s *Session) handle(m *nm.Message) {
	if h, ok := handlers[m.Type]; ok {
		h(s, m)
		return
	}
	if m.Type == "" {
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "A message has no \"type\"; see host/PROTOCOL.md."))
		return
	}
	s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "Unknown message type %q; update safehar and the extension to the same release.", m.Type))
}

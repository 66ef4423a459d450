package nativehost

import (
	"fmt"
	"io"
	"sync"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/spool"
)

// Limits of the staged bodies (stage, unstage): response bodies the
// extension sends as they are captured, so an export only sends the HAR
// without them and the host inlines them (splice.go).
const (
	// MaxStagedCapture bounds one capture's staged body bytes.
	MaxStagedCapture = 512 << 20
	// MaxStaged bounds the staged body bytes of every capture on the port.
	MaxStaged = 1 << 30
	// MaxStagedBodies bounds how many bodies are staged on the port (the
	// index of them is kept in memory).
	MaxStagedBodies = 250_000
	// maxStagedCaptures bounds how many captures (devtools pages) have
	// bodies staged on the port: each spool has its own write buffer.
	maxStagedCaptures = 64
	// maxStageID is the length limit of a capture or body id.
	maxStageID = nm.MaxIDLen
)

// stagedBody is where one body's text is in its capture's spool.
type stagedBody struct {
	off, n int64
	base64 bool
}

// stagedCapture is one capture's staged bodies: their text in a spool
// encrypted under a key held only in memory, and where each is.
type stagedCapture struct {
	sp     *spool.Spool
	bodies map[string]stagedBody
}

// stageStore holds the staged bodies of the port. Its lock is held while
// a spool is written or a body's reader is made: the sanitizer reads
// staged bodies on its own goroutine while stage messages may arrive.
type stageStore struct {
	mu       sync.Mutex
	captures map[string]*stagedCapture
	bytes    int64 // of every capture
	bodies   int
}

// validStageID says whether id may name a capture or a body: 1 to
// maxStageID bytes of letters, digits and . _ : -.
func validStageID(id string) bool {
	if id == "" || len(id) > maxStageID {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

// stage keeps one body of a capture; the error is the reply to send.
func (st *stageStore) stage(capture, body string, data []byte, base64 bool, lim stageLimits) (int64, *nm.Error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c := st.captures[capture]
	if c != nil {
		if _, dup := c.bodies[body]; dup {
			return 0, nm.Errorf(nm.CodeBadMessage, "Body %q of this capture is staged already; a body id is used once.", body)
		}
	}
	var have int64
	if c != nil {
		have = c.sp.Size()
	}
	n := int64(len(data))
	switch {
	case have+n > lim.capture:
		return 0, nm.Errorf(nm.CodeTooLarge, "This capture's staged bodies would pass the host's %d-byte limit; the body stays in the browser.", lim.capture)
	case st.bytes+n > lim.total:
		return 0, nm.Errorf(nm.CodeTooLarge, "The staged bodies would pass the host's %d-byte limit; the body stays in the browser.", lim.total)
	case st.bodies >= lim.bodies:
		return 0, nm.Errorf(nm.CodeTooLarge, "The host holds %d staged bodies, its limit; the body stays in the browser.", lim.bodies)
	case c == nil && len(st.captures) >= maxStagedCaptures:
		return 0, nm.Errorf(nm.CodeTooLarge, "The host holds staged bodies of %d captures, its limit; the body stays in the browser.", maxStagedCaptures)
	}
	if c == nil {
		sp, err := spool.New("")
		if err != nil {
			return 0, writeError(err, "the temporary folder")
		}
		c = &stagedCapture{sp: sp, bodies: map[string]stagedBody{}}
		if st.captures == nil {
			st.captures = map[string]*stagedCapture{}
		}
		st.captures[capture] = c
	}
	off := c.sp.Size()
	if _, err := c.sp.Write(data); err != nil {
		return 0, writeError(err, "the temporary folder")
	}
	c.bodies[body] = stagedBody{off: off, n: n, base64: base64}
	st.bytes += n
	st.bodies++
	return c.sp.Size(), nil
}

// drop forgets a capture's bodies and removes its spool.
func (st *stageStore) drop(capture string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.dropLocked(capture)
}

func (st *stageStore) dropLocked(capture string) {
	c := st.captures[capture]
	if c == nil {
		return
	}
	delete(st.captures, capture)
	st.bytes -= c.sp.Size()
	st.bodies -= len(c.bodies)
	c.sp.Close()
}

// dropAll forgets every capture (the port closed).
func (st *stageStore) dropAll() {
	st.mu.Lock()
	defer st.mu.Unlock()
	for id := range st.captures {
		st.dropLocked(id)
	}
}

// opener returns the stagedOpener of one capture's bodies, for a
// transfer's splicer.
func (st *stageStore) opener(capture string) stagedOpener {
	return func(id string) (io.Reader, bool, error) {
		st.mu.Lock()
		defer st.mu.Unlock()
		c := st.captures[capture]
		if c == nil {
			return nil, false, fmt.Errorf("%w: the capture references staged bodies, but none are staged for it in this helper process", errStagedMissing)
		}
		b, ok := c.bodies[id]
		if !ok {
			return nil, false, fmt.Errorf("%w: body %q is not staged", errStagedMissing, id)
		}
		r, err := c.sp.Section(b.off, b.n)
		if err != nil {
			return nil, false, fmt.Errorf("%w: body %q cannot be read: %v", errStagedMissing, id, err)
		}
		return r, b.base64, nil
	}
}

// stageLimits are a session's caps on staged bodies.
type stageLimits struct {
	capture, total int64
	bodies         int
}

// stageIDs checks a stage or unstage message's ids; it answers and
// returns false when they are missing or malformed.
func (s *Session) stageIDs(m *nm.Message, needBody bool) bool {
	if !validStageID(m.Capture) || needBody && !validStageID(m.Body) {
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "A %s message needs \"capture\"%s: 1 to %d letters, digits or . _ : -; see host/PROTOCOL.md.", m.Type, map[bool]string{true: " and \"body\"", false: ""}[needBody], maxStageID))
		return false
	}
	return true
}

// stageMsg keeps one response body of a capture for a later export.
func (s *Session) stageMsg(m *nm.Message) {
	if !s.stageIDs(m, true) {
		return
	}
	if !m.Has(nm.FieldData) || m.Encoding != "" && m.Encoding != "base64" {
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "A stage message needs \"data\" (a string), and \"encoding\" is absent or \"base64\"; see host/PROTOCOL.md."))
		return
	}
	n, e := s.staged.stage(m.Capture, m.Body, m.Data, m.Encoding == "base64", s.stageLimits())
	if e != nil {
		s.sendError(m.Req, e)
		return
	}
	s.send(m.Req, StagedReply{Body: m.Body, Bytes: n, Capture: m.Capture})
}

// unstage drops a capture's staged bodies (the devtools page closed, or
// its log was cleared). Unstaging a capture with nothing staged is fine.
func (s *Session) unstage(m *nm.Message) {
	if !s.stageIDs(m, false) {
		return
	}
	if s.cur != nil && s.cur.capture == m.Capture {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeTransferBusy, Transfer: s.cur.id,
			Message: "An export of this capture is in progress; unstage it after the export."})
		return
	}
	s.staged.drop(m.Capture)
	s.send(m.Req, UnstagedReply{Capture: m.Capture})
}

func (s *Session) stageLimits() stageLimits {
	return stageLimits{capture: s.cfg.MaxStagedCapture, total: s.cfg.MaxStaged, bodies: s.cfg.MaxStagedBodies}
}

package nativehost

import (
	"errors"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/host/internal/review"
	"github.com/safehar/safehar/sanitize"
)

// A reply is one host → browser message; its type is the message's "type"
// and its fields the rest (host/PROTOCOL.md). Fields are declared in the
// order of their JSON names, as the host wrote them before the replies
// were typed, so the frames stay byte for byte the same.
type reply interface{ replyType() string }

// HelloReply answers hello and status.
type HelloReply struct {
	Host         string       `json:"host"`
	Keyring      string       `json:"keyring"`
	OutputDir    string       `json:"outputDir"`
	Policy       PolicyReport `json:"policy"`
	Protocol     int          `json:"protocol"`
	RulesVersion string       `json:"rulesVersion"`
}

// PolicyReport is the "policy" object of the hello reply: where the
// system policy came from, every problem found, and the settings in
// effect.
type PolicyReport struct {
	Effective policy.Policy `json:"effective"`
	Enforced  bool          `json:"enforced"`
	Errors    []string      `json:"errors,omitempty"`
	Extension bool          `json:"extension"`
	Source    string        `json:"source"`
}

// ReadyReply answers begin: the transfer is open.
type ReadyReply struct {
	ChunkSize int    `json:"chunkSize"`
	Transfer  string `json:"transfer"`
}

// ProgressReply answers a chunk.
type ProgressReply struct {
	Bytes    int64  `json:"bytes"`
	Seq      int64  `json:"seq"`
	Transfer string `json:"transfer"`
}

// DoneReply answers end: the file is saved.
type DoneReply struct {
	Bytes     int64            `json:"bytes"`
	ElapsedMs int64            `json:"elapsedMs"`
	File      string           `json:"file"`
	Keyring   string           `json:"keyring"`
	Path      string           `json:"path"`
	Report    *sanitize.Report `json:"report"`
	Transfer  string           `json:"transfer"`
}

// CancelledReply answers cancel.
type CancelledReply struct {
	Transfer string `json:"transfer"`
}

// RevealedReply answers reveal.
type RevealedReply struct {
	Path     string `json:"path"`
	Transfer string `json:"transfer"`
}

// ReviewReply answers end when the transfer is reviewed: the counts, and
// how many findings there are to page through.
type ReviewReply struct {
	AllowExtraTerms bool             `json:"allowExtraTerms"`
	Findings        int              `json:"findings"`
	FindingsDropped int              `json:"findingsDropped"`
	Keyring         string           `json:"keyring"`
	Report          *sanitize.Report `json:"report"`
	Required        bool             `json:"required"`
	Transfer        string           `json:"transfer"`
}

// FindingsReply answers findings: one page.
type FindingsReply struct {
	Transfer string `json:"transfer"`
	review.Page
}

// DiscardedReply answers discard.
type DiscardedReply struct {
	Transfer string `json:"transfer"`
}

// StagedReply answers stage: the body is kept; bytes is the capture's
// staged total.
type StagedReply struct {
	Body    string `json:"body"`
	Bytes   int64  `json:"bytes"`
	Capture string `json:"capture"`
}

// UnstagedReply answers unstage.
type UnstagedReply struct {
	Capture string `json:"capture"`
}

// errorReply is an error message.
type errorReply struct{ err *nm.Error }

func (HelloReply) replyType() string     { return "hello" }
func (ReadyReply) replyType() string     { return "ready" }
func (ProgressReply) replyType() string  { return "progress" }
func (DoneReply) replyType() string      { return "done" }
func (CancelledReply) replyType() string { return "cancelled" }
func (RevealedReply) replyType() string  { return "revealed" }
func (errorReply) replyType() string     { return "error" }
func (ReviewReply) replyType() string    { return "review" }
func (FindingsReply) replyType() string  { return "findings" }
func (DiscardedReply) replyType() string { return "discarded" }
func (StagedReply) replyType() string    { return "staged" }
func (UnstagedReply) replyType() string  { return "unstaged" }

// send writes r as the answer to the request req. A reply above the
// outbound limit is replaced by a short error that echoes nothing, so the
// browser still gets an answer.
func (s *Session) send(req string, r reply) {
	typ := r.replyType()
	var payload any = r
	if e, ok := r.(errorReply); ok {
		payload = e.err
	}
	msg, err := nm.Reply(typ, req, payload)
	if err == nil {
		err = s.out.Write(msg)
	}
	if errors.Is(err, nm.ErrReplyTooLarge) {
		s.log.Printf("the %s reply is above the %d-byte limit; a short error goes instead", typ, nm.MaxOutbound)
		if msg, err = nm.Reply("error", "", nm.Errorf(nm.CodeBadMessage, "The host's %s reply would be above the %d-byte limit of a message, so it was not sent; update safehar and the extension to the same release.", typ, nm.MaxOutbound)); err == nil {
			err = s.out.Write(msg)
		}
	}
	if err != nil {
		s.log.Printf("cannot send %s reply: %v", typ, err)
	}
}

// sendError logs e and sends it as the answer to req.
func (s *Session) sendError(req string, e *nm.Error) {
	s.log.Printf("error %s: %s", e.Code, e.Message)
	s.send(req, errorReply{e})
}

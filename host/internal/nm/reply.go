package nm

import (
	"encoding/json"
	"fmt"

	"github.com/tidwall/sjson"
)

// Error codes the host sends in "error" replies. They are stable: the
// extension keys its messages to the user on them (see host/PROTOCOL.md).
const (
	CodeBadFrame            = "bad_frame"
	CodeFrameTooLarge       = "frame_too_large"
	CodeBadMessage          = "bad_message"
	CodeUnsupportedProtocol = "unsupported_protocol"
	CodeNotAllowed          = "not_allowed"
	CodeTransferBusy        = "transfer_busy"
	CodeUnknownTransfer     = "unknown_transfer"
	CodeOutOfOrder          = "out_of_order"
	CodeDuplicateEnd        = "duplicate_end"
	CodeChecksumMismatch    = "checksum_mismatch"
	CodeInvalidHAR          = "invalid_har"
	CodeDiskFull            = "disk_full"
	CodeWriteFailed         = "write_failed"
	CodePolicyRefused       = "policy_refused"
	CodeTooLarge            = "too_large"
	CodeRevealFailed        = "reveal_failed"
	CodeIdleTimeout         = "idle_timeout"
	CodeTermRefused         = "term_refused"
	CodeStagedMissing       = "staged_missing"
)

// Codes lists every error code, in the order above (the extension gets it
// through host/internal/contract).
var Codes = []string{
	CodeBadFrame, CodeFrameTooLarge, CodeBadMessage, CodeUnsupportedProtocol,
	CodeNotAllowed, CodeTransferBusy, CodeUnknownTransfer, CodeOutOfOrder,
	CodeDuplicateEnd, CodeChecksumMismatch, CodeInvalidHAR, CodeDiskFull,
	CodeWriteFailed, CodePolicyRefused, CodeTooLarge, CodeRevealFailed,
	CodeIdleTimeout, CodeTermRefused, CodeStagedMissing,
}

// Reply returns the JSON message of type typ with the fields of payload (a
// struct or map, or nil) and req echoed when not empty.
func Reply(typ, req string, payload any) ([]byte, error) {
	msg := []byte("{}")
	if payload != nil {
		var err error
		if msg, err = json.Marshal(payload); err != nil {
			return nil, err
		}
	}
	// sjson only ever sees these small replies, never a capture.
	msg, err := sjson.SetBytes(msg, "type", typ)
	if err != nil {
		return nil, err
	}
	if req != "" {
		if msg, err = sjson.SetBytes(msg, "req", req); err != nil {
			return nil, err
		}
	}
	return msg, nil
}

// Error is the payload of an "error" reply.
type Error struct {
	Code     string `json:"code"`
	Message  string `json:"message"`
	Transfer string `json:"transfer,omitempty"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Trim makes msg fit under limit bytes by deleting the given paths (sjson
// syntax, e.g. "report.findings") one after another until it fits,
// recording in "trimmed" what was dropped. It returns ErrReplyTooLarge if the
// message still does not fit.
func Trim(msg []byte, limit int, paths ...string) ([]byte, error) {
	for _, p := range paths {
		if len(msg) < limit {
			return msg, nil
		}
		var err error
		if msg, err = sjson.DeleteBytes(msg, p); err != nil {
			return nil, err
		}
		if msg, err = sjson.SetBytes(msg, "trimmed.-1", p); err != nil {
			return nil, err
		}
	}
	if len(msg) >= limit {
		return nil, ErrReplyTooLarge
	}
	return msg, nil
}

package sanitize

import (
	"errors"
	"fmt"
)

// Sentinel errors, for errors.Is. Every error a Sanitizer returns is an
// *Error whose message is one sentence a user can act on.
var (
	ErrEmpty    = errors.New("the input is empty")
	ErrSyntax   = errors.New("the input is not valid JSON")
	ErrNotHAR   = errors.New("the input is not a HAR file")
	ErrTooLarge = errors.New("the input is larger than the limits")
	ErrKey      = errors.New("the placeholder key is too short")
)

// Error is a problem with the input, at a byte offset.
type Error struct {
	Kind   error // one of the sentinels above
	Offset int64 // byte offset in the input, -1 when not known
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// Is lets errors.Is match the sentinel.
func (e *Error) Is(target error) bool { return target == e.Kind }

func newErr(kind error, off int64, format string, a ...any) *Error {
	return &Error{Kind: kind, Offset: off, Msg: fmt.Sprintf(format, a...)}
}

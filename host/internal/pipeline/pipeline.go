// Package pipeline is safehar's one export pipeline, shared by its front
// doors (the sanitize and verify commands and the serve HTTP service): an
// input stream is read once and sanitized (its first pass's output waits
// for the echo pass in an encrypted spool, never in the clear) with the effective
// policy and key, and written to an atomic file or any writer, with a
// report of counts per kind, never values.
package pipeline

import (
	"errors"
	"io"
	"os"

	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// Export is what every export is made with: the effective policy, the
// placeholder key and the tool that writes the marker.
type Export struct {
	Policy      policy.Policy
	Key         []byte
	Tool        string
	ToolVersion string
	// MaxString is the largest single string (a body) in bytes; 0 is the
	// sanitizer's default.
	MaxString int
}

// Sanitizer builds the sanitizer for one export, whose marker carries
// exportID.
func (e Export) Sanitizer(exportID string, opts ...sanitize.Option) (*sanitize.Sanitizer, error) {
	rules, popts, err := policy.Sanitizer(e.Policy)
	if err != nil {
		return nil, err
	}
	popts = append(popts, sanitize.WithKey(e.Key), sanitize.WithTool(e.Tool, e.ToolVersion), sanitize.WithExportID(exportID))
	if e.MaxString > 0 {
		popts = append(popts, sanitize.WithMaxString(e.MaxString))
	}
	return sanitize.New(rules, append(popts, opts...)...), nil
}

// Sanitize runs src through s into w (one detecting pass into an
// encrypted spool, then the echo pass out of it) and closes src. On error
// what w received is incomplete and must be discarded.
func Sanitize(s *sanitize.Sanitizer, w io.Writer, src *Source) (*sanitize.Report, error) {
	defer src.Close()
	return src.sanitize(s, w)
}

// SanitizeFile is Sanitize into the file path, written atomically: on any
// error path is left as it was.
func SanitizeFile(s *sanitize.Sanitizer, path string, src *Source) (*sanitize.Report, error) {
	var rep *sanitize.Report
	err := WriteAtomic(path, func(w io.Writer) error {
		var err error
		rep, err = Sanitize(s, w, src)
		return err
	})
	src.Close()
	return rep, err
}

// Sentence renders an error as one sentence for the user.
func Sentence(err error) string {
	var se *sanitize.Error
	if errors.As(err, &se) {
		return se.Msg
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// Cause is what went wrong without the path an *os.PathError repeats.
func Cause(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}

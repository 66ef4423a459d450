package nativehost

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// stagedMarker starts a staged body's reference in the HAR text:
// "_safeharStaged":"<body id>" stands where the response content's "text"
// would be. Inside a JSON string a quote is always escaped, so these bytes
// unescaped can only be the document's structure, written by the
// extension, never a page's content.
const stagedMarker = `"_safeharStaged":"`

// spliceBuffer is how much of the HAR text the splicer reads at a time,
// and how much of a staged body it escapes at a time.
const spliceBuffer = 64 << 10

// stagedOpener finds a staged body: a reader of its text and whether it
// was staged base64-encoded, or an error when it is not staged.
type stagedOpener func(id string) (r io.Reader, base64 bool, err error)

// errStagedMissing is a reference to a body this process does not hold.
var errStagedMissing = errors.New("staged body missing")

// splicer is the stage between the port and the sanitizer that inlines the
// staged bodies: each "_safeharStaged":"ID" becomes "text":"<the body,
// JSON-escaped>" (and ,"encoding":"base64" when it was staged so). Every
// other byte passes through unchanged. A reference it cannot resolve stops
// the stream with an error that wraps errStagedMissing (the transfer fails
// closed).
type splicer struct {
	src  io.Reader
	open stagedOpener

	ib  []byte // input buffer
	in  []byte // unprocessed input, inside ib
	eof bool   // src is at its end

	ob  []byte // output buffer
	out []byte // output not yet returned, inside ob

	body   io.Reader // a staged body being inlined
	raw    []byte    // its read buffer
	suffix string    // what closes it

	err error // sticky: io.EOF or why the stream stopped
	// missing is set when the stream stopped on a staged body that could
	// not be found or read.
	missing error
}

func newSplicer(src io.Reader, open stagedOpener) *splicer {
	return &splicer{src: src, open: open, ib: make([]byte, spliceBuffer)}
}

func (s *splicer) Read(p []byte) (int, error) {
	for len(s.out) == 0 {
		if s.err != nil {
			return 0, s.err
		}
		s.err = s.fill()
	}
	n := copy(p, s.out)
	s.out = s.out[n:]
	return n, nil
}

// fill makes more output (s.out), reads more input, or returns why it
// cannot.
func (s *splicer) fill() error {
	s.ob = s.ob[:0]
	defer func() { s.out = s.ob }()
	if s.body != nil {
		if s.raw == nil {
			s.raw = make([]byte, spliceBuffer)
		}
		n, err := s.body.Read(s.raw)
		s.ob = appendJSONEscaped(s.ob, s.raw[:n])
		if err == io.EOF {
			s.ob = append(s.ob, s.suffix...)
			s.body = nil
			return nil
		}
		if err != nil {
			return s.fail(fmt.Errorf("%w: a staged body could not be read: %v", errStagedMissing, err))
		}
		return nil
	}
	if i := bytes.Index(s.in, []byte(stagedMarker)); i >= 0 {
		rest := s.in[i+len(stagedMarker):]
		j := bytes.IndexByte(rest, '"')
		if j < 0 {
			switch {
			case len(rest) > maxStageID:
				return s.fail(fmt.Errorf("%w: a staged body's reference is longer than %d bytes", errStagedMissing, maxStageID))
			case i > 0: // what comes before the reference can go now
				s.ob = append(s.ob, s.in[:i]...)
				s.in = s.in[i:]
				return nil
			case s.eof:
				return s.fail(fmt.Errorf("%w: the capture ends inside a staged body's reference", errStagedMissing))
			}
			return s.read()
		}
		id := string(rest[:j])
		r, b64, err := s.open(id)
		if err != nil {
			return s.fail(err)
		}
		s.ob = append(s.ob, s.in[:i]...)
		s.ob = append(s.ob, `"text":"`...)
		s.in = rest[j+1:]
		s.body = r
		s.suffix = `"`
		if b64 {
			s.suffix = `","encoding":"base64"`
		}
		return nil
	}
	if s.eof {
		if len(s.in) == 0 {
			return io.EOF
		}
		s.ob = append(s.ob, s.in...)
		s.in = s.in[:0]
		return nil
	}
	// The last bytes may be the start of a reference: only they wait for
	// more input.
	keep := partialMarker(s.in)
	if keep < len(s.in) {
		s.ob = append(s.ob, s.in[:len(s.in)-keep]...)
		s.in = s.in[len(s.in)-keep:]
		return nil
	}
	return s.read()
}

// partialMarker is the length of the longest end of b that is the start
// of stagedMarker (shorter than all of it).
func partialMarker(b []byte) int {
	for k := min(len(b), len(stagedMarker)-1); k > 0; k-- {
		if bytes.HasPrefix([]byte(stagedMarker), b[len(b)-k:]) {
			return k
		}
	}
	return 0
}

// read appends more of src to s.in.
func (s *splicer) read() error {
	n := copy(s.ib, s.in) // what is left is short: a marker and an id at most
	k, err := s.src.Read(s.ib[n:])
	s.in = s.ib[:n+k]
	if err == io.EOF {
		s.eof = true
		return nil
	}
	return err
}

func (s *splicer) fail(err error) error {
	if errors.Is(err, errStagedMissing) {
		s.missing = err
	}
	return err
}

// appendJSONEscaped appends b (UTF-8) to dst as the inside of a JSON
// string: quotes, backslashes and control characters escaped, everything
// else as it is.
func appendJSONEscaped(dst, b []byte) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i, c := range b {
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, b[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	return append(dst, b[start:]...)
}

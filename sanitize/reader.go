package sanitize

import (
	"bytes"
	"io"
	"sync"
)

// reader buffers the input for the streaming walker. A captured value is
// returned as one contiguous slice of the buffer, valid until the next call.
type reader struct {
	r        io.Reader
	buf      []byte
	pos, end int
	base     int64 // input offset of buf[0]
	eof      bool
	err      error
	maxStr   int
	maxValue int

	capturedAt int64 // input offset of the last captured value
	// strs are the long strings of the last captured value, found while
	// capturing it, so the walker need not search for their ends again.
	strs []span
}

// span is a string's content in a captured value: [start, end).
type span struct{ start, end int }

// longString is the length from which a string's span is remembered.
const longString = 256

const readChunk = 256 << 10

func newReader(r io.Reader, maxString int) *reader {
	buf := bufPool.Get().(*[]byte)
	return &reader{r: r, buf: *buf, maxStr: maxString, maxValue: maxString + 16<<20}
}

// release returns the buffer for reuse by the next run (a support portal
// verifies many files in a row); very large buffers are left to the GC.
func (rd *reader) release() {
	if cap(rd.buf) <= 4<<20 {
		b := rd.buf[:cap(rd.buf)]
		bufPool.Put(&b)
	}
	rd.buf = nil
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, readChunk); return &b }}

func (rd *reader) offset() int64   { return rd.base + int64(rd.pos) }
func (rd *reader) consumed() int64 { return rd.base + int64(rd.end) }

// more reads more input, keeping buf[keep:end]. It returns false at the end
// of the input (or on a read error, kept in rd.err).
func (rd *reader) more(keep int) bool {
	if rd.eof {
		return false
	}
	if keep > 0 {
		n := copy(rd.buf, rd.buf[keep:rd.end])
		rd.base += int64(keep)
		rd.pos -= keep
		rd.end = n
	}
	if rd.end == len(rd.buf) {
		nb := make([]byte, 2*len(rd.buf))
		copy(nb, rd.buf[:rd.end])
		rd.buf = nb
	}
	for {
		n, err := rd.r.Read(rd.buf[rd.end:])
		rd.end += n
		if err != nil {
			rd.eof = true
			if err != io.EOF {
				rd.err = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

func (rd *reader) fail() error {
	if rd.err != nil {
		return rd.err
	}
	return io.EOF
}

func (rd *reader) peek() (byte, error) {
	for rd.pos >= rd.end {
		if !rd.more(rd.pos) {
			return 0, rd.fail()
		}
	}
	return rd.buf[rd.pos], nil
}

func (rd *reader) peekN(n int) ([]byte, error) {
	for rd.end-rd.pos < n {
		if !rd.more(rd.pos) {
			return nil, rd.fail()
		}
	}
	return rd.buf[rd.pos : rd.pos+n], nil
}

// captureString returns the raw string (with quotes) at the current
// position, which holds '"'.
func (rd *reader) captureString() ([]byte, error) {
	start := rd.pos
	i := 1
	for {
		if q := rd.findQuote(start, i); q >= 0 {
			rd.pos = start + q + 1
			return rd.buf[start:rd.pos], nil
		}
		i = rd.end - start
		if i > rd.maxStr {
			return nil, newErr(ErrTooLarge, rd.base+int64(start), "a string at byte %d is longer than the %d MiB limit; raise it with --max-string if this HAR is genuine", rd.base+int64(start), rd.maxStr>>20)
		}
		if !rd.more(start) {
			return nil, rd.fail()
		}
		start = rd.pos
	}
}

// findQuote finds the closing quote of the string opened at buf[start],
// searching from buf[start+i]; it returns its offset from start or -1.
func (rd *reader) findQuote(start, i int) int {
	b := rd.buf[start:rd.end]
	for i < len(b) {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return -1
		}
		j += i
		k := j - 1
		for k > 0 && b[k] == '\\' {
			k--
		}
		if (j-1-k)%2 == 0 {
			return j
		}
		i = j + 1
	}
	return -1
}

// captureValue returns the raw JSON value at the current position (after
// whitespace), complete, without validating inside strings (the walker
// does). It enforces the depth and size limits as it goes, so a hostile
// input cannot make it use more than the limits.
func (rd *reader) captureValue(maxDepth int) ([]byte, error) {
	if _, err := rd.peek(); err != nil {
		return nil, err
	}
	start := rd.pos
	rd.capturedAt = rd.base + int64(start)
	rd.strs = rd.strs[:0]
	i, depth := 0, 0
	for {
		b := rd.buf[start:rd.end]
		for i < len(b) {
			c := b[i]
			switch c {
			case '"':
				q := rd.findQuote(start+i, 1)
				if q < 0 {
					if rd.end-(start+i) > rd.maxStr {
						off := rd.base + int64(start+i)
						return nil, newErr(ErrTooLarge, off, "a string at byte %d is longer than the %d MiB limit; raise it with --max-string if this HAR is genuine", off, rd.maxStr>>20)
					}
					goto needMore
				}
				if q > rd.maxStr {
					return nil, newErr(ErrTooLarge, rd.base+int64(start+i), "a string at byte %d is longer than the %d MiB limit; raise it with --max-string if this HAR is genuine", rd.base+int64(start+i), rd.maxStr>>20)
				}
				if q > longString {
					rd.strs = append(rd.strs, span{i + 1, i + q})
				}
				i += q + 1
				if depth == 0 {
					rd.pos = start + i
					return b[:i], nil
				}
				continue
			case '{', '[':
				depth++
				if depth > maxDepth {
					off := rd.base + int64(start+i)
					return nil, newErr(ErrTooLarge, off, "the input nests deeper than %d levels at byte %d; this is not a browser's HAR export", maxDepth, off)
				}
			case '}', ']':
				if depth == 0 {
					rd.pos = start + i
					return b[:i], nil
				}
				depth--
				if depth < 0 {
					off := rd.base + int64(start+i)
					return nil, newErr(ErrSyntax, off, "the input is not valid JSON: unexpected %s at byte %d", describe(c), off)
				}
				if depth == 0 {
					i++
					rd.pos = start + i
					return b[:i], nil
				}
			case ',', ' ', '\n', '\r', '\t', ':':
				if depth == 0 {
					// The end of a scalar.
					rd.pos = start + i
					return b[:i], nil
				}
			}
			i++
		}
	needMore:
		if rd.end-start > rd.maxValue {
			off := rd.base + int64(start)
			return nil, newErr(ErrTooLarge, off, "one entry at byte %d is larger than %d MiB; raise the limit with --max-string if this HAR is genuine", off, rd.maxValue>>20)
		}
		if !rd.more(start) {
			if depth == 0 && rd.err == nil && rd.end > start {
				// A scalar at the very end of the input.
				rd.pos = rd.end
				return rd.buf[start:rd.end], nil
			}
			return nil, rd.fail()
		}
		start = rd.pos
	}
}

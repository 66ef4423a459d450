package sanitize

import (
	"bytes"
	"io"
	"math/bits"
	"sync"
	"unicode/utf8"
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
	// qbits are the quote masks of the long strings' blocks (span.qlo and
	// qhi index them), for the raw walk of JSON bodies.
	qbits   []uint64
	scan    strScan // the string search in progress
	scanQlo int     // where its quote masks start in qbits
}

// span is a string's content in a captured value: [start, end). valid
// says it was checked as decodeStrict would and passed; simple, that its
// only escapes are \" \/ \b \f \n \r \t (no \\, no \u), so a JSON
// document in it can be walked as it is (see rawJSON). reader.qbits[qlo:qhi]
// mark its quotes, 64 bytes a word.
type span struct {
	start, end    int
	valid, simple bool
	qlo, qhi      int
}

// longString is the length from which a string's span is remembered (a
// variable: the corpus tests lower it to send short bodies down the raw
// walk too).
var longString = 256

const readChunk = 256 << 10

func newReader(r io.Reader, maxString int) *reader {
	buf := bufPool.Get().(*[]byte)
	return &reader{r: r, buf: *buf, maxStr: maxString, maxValue: maxString + 16<<20, scan: strScan{at: -1}}
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
	for {
		if q := rd.findQuote(start); q >= 0 {
			rd.pos = start + q + 1
			return rd.buf[start:rd.pos], nil
		}
		if rd.end-start > rd.maxStr {
			return nil, newErr(ErrTooLarge, rd.base+int64(start), "a string at byte %d is longer than the %d MiB limit; raise it with --max-string if this HAR is genuine", rd.base+int64(start), rd.maxStr>>20)
		}
		if !rd.more(start) {
			return nil, rd.fail()
		}
		start = rd.pos
	}
}

// findQuote finds the closing quote of the string opened at buf[start]
// and returns its offset from start, or -1 when the input read so far ends
// first. A later call for the same string resumes where this one stopped.
// rd.scan.bad tells afterwards whether the content may be invalid.
func (rd *reader) findQuote(start int) int {
	b := rd.buf[start+1 : rd.end]
	at := rd.base + int64(start)
	ss := &rd.scan
	if ss.at != at {
		// Most strings are short and plain: one search settles them.
		if j := bytes.IndexByte(b[:min(len(b), 64)], '"'); j >= 0 && (j == 0 || b[j-1] != '\\') {
			ss.bad = true // not checked
			return j + 1
		}
		*ss = strScan{at: at}
	}
	q := ss.scan(b, &rd.qbits)
	if q < 0 {
		return -1
	}
	ss.at = -1
	return q + 1
}

// strScan is a search for a string's end, 64 bytes at a time, kept
// across buffer refills. On the way it checks the content as
// decodeStrict would, so a long string found valid here need not be
// checked again.
type strScan struct {
	at     int64  // input offset of the opening quote
	pos    int    // content offset of the next block
	carry  uint64 // 1 when the last block ended in an unfinished escape
	escTo  int    // content offset where the last surrogate pair ended
	utf8To int    // content offset up to which UTF-8 was decoded
	bad    bool   // the content may be invalid: check it the slow way
	deep   bool   // an escaped backslash or a \u escape was seen
}

// scan returns the offset of the closing quote in the content b, or -1.
// It appends the quote masks of the blocks it is done with to qbits.
func (ss *strScan) scan(b []byte, qbits *[]uint64) int {
	var pad [64]byte
	var m [4]strMasks
	for {
		pos := ss.pos
		switch {
		case pos+256 <= len(b):
			strBlocks(b[pos:pos+256], &m)
			for k := range m {
				if q := ss.block(b, &m[k], qbits, false); q >= 0 {
					return q
				}
			}
			continue
		case pos+64 <= len(b):
			strBlock(b[pos:pos+64], &m[0])
		default:
			n := copy(pad[:], b[pos:])
			clear(pad[n:])
			strBlock(pad[:], &m[0])
			k := uint64(1)<<n - 1
			m[0].quote, m[0].bslash, m[0].special = m[0].quote&k, m[0].bslash&k, m[0].special&k
			if q := ss.block(b, &m[0], qbits, true); q != -1 {
				return max(q, -1) // the end, or -1: scanned again with more input
			}
			continue
		}
		if q := ss.block(b, &m[0], qbits, false); q >= 0 {
			return q
		}
	}
}

// block handles the block at ss.pos with masks m: it returns the offset
// of the closing quote, -1 when the string goes on (and moves to the next
// block), or -2 for a partial block without the end (to be scanned again).
func (ss *strScan) block(b []byte, m *strMasks, qbits *[]uint64, partial bool) int {
	const even = 0x5555555555555555
	pos := ss.pos
	// The escaped characters: those after an odd run of backslashes
	// (simdjson's find_escaped).
	bs := m.bslash &^ ss.carry
	follows := bs<<1 | ss.carry
	seqEven, carry := bits.Add64(bs&^even&^follows, bs, 0)
	escaped := (even ^ seqEven<<1) & follows
	q := m.quote &^ escaped
	limit := ^uint64(0)
	if q != 0 {
		limit = uint64(1)<<tz64(q) - 1
	} else if partial {
		return -2
	}
	if !ss.bad {
		ss.check(b, pos, escaped&limit, m, limit)
	}
	*qbits = append(*qbits, m.quote&limit)
	if q != 0 {
		return pos + tz64(q)
	}
	ss.pos += 64
	ss.carry = carry
	return -1
}

// check looks at the escaped characters and at the control and non-ASCII
// bytes of the block at b[pos:], up to limit. An escape or UTF-8 sequence
// cut by the end of what was read so far counts as bad: that only costs a
// slow check later.
func (ss *strScan) check(b []byte, pos int, escaped uint64, m *strMasks, limit uint64) {
	if escaped&^m.esc != 0 {
		ss.bad = true // \x and the like
		return
	}
	if escaped&(m.bslash|m.u) != 0 {
		ss.deep = true
	}
	for u := escaped & m.u; u != 0; u &= u - 1 {
		p := pos + tz64(u) - 1 // the backslash
		if p < ss.escTo {
			continue // the second half of a surrogate pair
		}
		v, ok := hex4(b, p+2)
		if !ok {
			ss.bad = true
			return
		}
		if v >= 0xD800 && v < 0xE000 {
			w, ok := hex4(b, p+8)
			if v >= 0xDC00 || !ok || b[p+6] != '\\' || b[p+7] != 'u' || w < 0xDC00 || w >= 0xE000 {
				ss.bad = true
				return
			}
			ss.escTo = p + 12
		}
	}
	for sp := m.special & limit; sp != 0; sp &= sp - 1 {
		p := pos + tz64(sp)
		if b[p] < 0x20 {
			ss.bad = true
			return
		}
		if p < ss.utf8To {
			continue
		}
		r, size := utf8.DecodeRune(b[p:])
		if r == utf8.RuneError && size == 1 {
			ss.bad = true
			return
		}
		ss.utf8To = p + size
	}
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
	rd.strs, rd.qbits = rd.strs[:0], rd.qbits[:0]
	i, depth := 0, 0
	for {
		b := rd.buf[start:rd.end]
		for i < len(b) {
			c := b[i]
			switch c {
			case '"':
				qlo := len(rd.qbits)
				if rd.scan.at == rd.base+int64(start+i) {
					qlo = rd.scanQlo // a search resumed after more input
				}
				rd.scanQlo = qlo
				q := rd.findQuote(start + i)
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
					rd.strs = append(rd.strs, span{i + 1, i + q, !rd.scan.bad, !rd.scan.bad && !rd.scan.deep, qlo, len(rd.qbits)})
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

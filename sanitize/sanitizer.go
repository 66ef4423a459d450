package sanitize

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// Sanitizer redacts HAR documents. It is safe for concurrent use: each call
// keeps its state on its own.
type Sanitizer struct {
	rules *Rules
	opt   options
}

// New returns a Sanitizer applying rules (DefaultRules() when nil).
func New(rules *Rules, opts ...Option) *Sanitizer {
	if rules == nil {
		rules = DefaultRules()
	}
	s := &Sanitizer{rules: rules}
	for _, o := range opts {
		o(&s.opt)
	}
	if s.opt.MaxString <= 0 {
		s.opt.MaxString = DefaultMaxString
	}
	if s.opt.MaxDepth <= 0 {
		s.opt.MaxDepth = DefaultMaxDepth
	}
	if s.opt.Now == nil {
		s.opt.Now = time.Now
	}
	return s
}

// Rules returns the rules in use.
func (s *Sanitizer) Rules() *Rules { return s.rules }

// Sanitize copies the HAR document in r to w with every secret replaced and
// returns what was redacted. On error the bytes already written to w are
// incomplete and must be discarded: write to a temporary file and remove it
// (as the safehar command does). Nothing unsanitized is ever written to w.
func (s *Sanitizer) Sanitize(w io.Writer, r io.Reader) (*Report, error) {
	return s.do(w, r, true)
}

// Verify scans the HAR document in r and reports every secret it holds,
// writing nothing. A clean document gives a Report whose Clean() is true.
func (s *Sanitizer) Verify(r io.Reader) (*Report, error) {
	return s.do(nil, r, false)
}

// placeholderKey is the key placeholders are made with: the option's, or
// a random one for this run.
func (s *Sanitizer) placeholderKey() ([]byte, error) {
	key := s.opt.Key
	if key == nil {
		key = make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
	} else if len(key) < 16 {
		return nil, &Error{Kind: ErrKey, Offset: -1, Msg: "the placeholder key is shorter than 16 bytes"}
	}
	return key, nil
}

// do runs one pass.
func (s *Sanitizer) do(w io.Writer, r io.Reader, write bool) (*Report, error) {
	key, err := s.placeholderKey()
	if err != nil {
		return nil, err
	}
	rep := &Report{Tool: s.opt.Tool, ToolVersion: s.opt.ToolVersion, RulesVersion: s.rules.Version,
		ExportID: s.opt.ExportID, Counts: map[Kind]int{}, Locations: map[string]int{}}
	x := &run{rules: s.rules, opt: &s.opt, ps: newPseudonymizer(key), rep: rep,
		maxDepth: s.opt.MaxDepth, entry: -1}
	defer func() { rep.known = x.known }()
	st := &stream{x: x, in: newReader(r, s.opt.MaxString), write: write, jobs: s.jobs()}
	x.known.logging = st.jobs > 1 // the workers follow the set
	if write {
		cw := &countWriter{w: w}
		st.cw = cw
		st.out = bufio.NewWriterSize(cw, 256<<10)
		defer func() { rep.BytesOut = cw.n }()
	}
	err = st.document()
	rep.BytesIn = st.in.consumed()
	if st.failedRead > 0 {
		rep.BytesIn = st.failedRead // what the one-core pass had read
	}
	st.in.release()
	if err != nil {
		return rep, err
	}
	if write {
		if err := st.out.Flush(); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// stream walks the top of the document (the root object, log, and the
// entries array) as a stream, and hands each entry (and every other member)
// to the in-memory walker whole.
type stream struct {
	x     *run
	in    *reader
	out   *bufio.Writer
	cw    *countWriter // under out: the bytes written so far
	write bool

	hasLog, hasEntries, hasMarker bool
	ed                            edits

	// par runs the entries on several cores (parallel.go); hold, while
	// it does, keeps what is written between entries for the next one.
	jobs       int
	failedRead int64 // the input read when the entry that failed was
	par        *parallel
	hold       *[]byte
	lastCut    int64
}

func (st *stream) emit(b []byte) error {
	if !st.write {
		return nil
	}
	if st.hold != nil {
		*st.hold = append(*st.hold, b...)
		return nil
	}
	_, err := st.out.Write(b)
	return err
}

func (st *stream) emitByte(c byte) error {
	if !st.write {
		return nil
	}
	if st.hold != nil {
		*st.hold = append(*st.hold, c)
		return nil
	}
	return st.out.WriteByte(c)
}

// ws copies whitespace through and returns the next byte (not consumed).
func (st *stream) ws() (byte, error) {
	for {
		c, err := st.in.peek()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			st.in.pos++
			if err := st.emitByte(c); err != nil {
				return 0, err
			}
		default:
			return c, nil
		}
	}
}

// wsPending reads whitespace without copying it, for the place where the
// marker may be inserted before it.
func (st *stream) wsPending() ([]byte, byte, error) {
	var pend []byte
	for {
		c, err := st.in.peek()
		if err != nil {
			return pend, 0, err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			st.in.pos++
			pend = append(pend, c)
		default:
			return pend, c, nil
		}
	}
}

func (st *stream) expect(c byte, what string) error {
	got, err := st.ws()
	if err != nil {
		return err
	}
	if got != c {
		return st.syntax(st.in.offset(), "expected %s, found %s", what, describe(got))
	}
	st.in.pos++
	return st.emitByte(c)
}

func describe(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return fmt.Sprintf("%q", rune(c))
	}
	return fmt.Sprintf("byte 0x%02x", c)
}

func (st *stream) syntax(off int64, format string, a ...any) error {
	return newErr(ErrSyntax, off, "the input is not valid JSON: %s at byte %d; export the HAR again, it may be truncated", fmt.Sprintf(format, a...), off)
}

func (st *stream) document() error {
	// A UTF-8 byte-order mark is copied through.
	if b, err := st.in.peekN(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		st.in.pos += 3
		if err := st.emit(b); err != nil {
			return err
		}
	}
	c, err := st.ws()
	if err == io.EOF {
		if st.in.consumed() == 0 {
			return newErr(ErrEmpty, 0, "the input is empty; export the HAR again")
		}
		return newErr(ErrEmpty, st.in.offset(), "the input holds only whitespace; export the HAR again")
	}
	if err != nil {
		return st.readErr(err)
	}
	if c != '{' {
		if c == '[' || c == '"' || c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n' {
			return newErr(ErrNotHAR, st.in.offset(), "the input is JSON but not a HAR file (a HAR is an object with a \"log\" member)")
		}
		return st.syntax(st.in.offset(), "unexpected %s", describe(c))
	}
	if err := st.object(0); err != nil {
		return st.readErr(err)
	}
	c, err = st.ws()
	if err != io.EOF {
		if err != nil {
			return st.readErr(err)
		}
		return st.syntax(st.in.offset(), "unexpected %s after the end of the document", describe(c))
	}
	if !st.hasLog || !st.hasEntries {
		return newErr(ErrNotHAR, -1, "the input is JSON but not a HAR file (it has no log.entries array)")
	}
	return nil
}

// readErr turns an unexpected EOF into a syntax error.
func (st *stream) readErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return newErr(ErrSyntax, st.in.offset(), "the input ends in the middle of the document at byte %d; the file is truncated: export it again", st.in.offset())
	}
	return err
}

// object streams the root object (level 0) or the log object (level 1).
func (st *stream) object(level int) error {
	st.in.pos++ // '{'
	if err := st.emitByte('{'); err != nil {
		return err
	}
	first := true
	for {
		pend, c, err := st.wsPending()
		if err != nil {
			return err
		}
		if c == '}' {
			st.in.pos++
			if level == 1 && !st.hasMarker && st.write {
				if err := st.marker(!first); err != nil {
					return err
				}
			}
			if err := st.emit(pend); err != nil {
				return err
			}
			return st.emitByte('}')
		}
		if err := st.emit(pend); err != nil {
			return err
		}
		if !first {
			if c != ',' {
				return st.syntax(st.in.offset(), "expected ',' or '}', found %s", describe(c))
			}
			st.in.pos++
			if err := st.emitByte(','); err != nil {
				return err
			}
			if c, err = st.ws(); err != nil {
				return err
			}
		}
		first = false
		if c != '"' {
			return st.syntax(st.in.offset(), "expected a string key, found %s", describe(c))
		}
		raw, err := st.in.captureString()
		if err != nil {
			return err
		}
		// A key of the root or log object is checked like every other
		// string: it is copied through, so a bad one would break the output.
		if err := checkString(raw[1:len(raw)-1], 0); err != nil {
			var se *syntaxError
			errors.As(err, &se)
			return st.syntax(st.in.offset()-int64(len(raw))+1+int64(se.off), "%s", se.msg)
		}
		key := string(st.x.key(raw[1 : len(raw)-1]))
		if err := st.emit(raw); err != nil {
			return err
		}
		if err := st.expect(':', "':'"); err != nil {
			return err
		}
		c, err = st.ws()
		if err != nil {
			return err
		}
		st.x.push([]byte(key), 0)
		st.cut()
		switch {
		case level == 0 && key == "log" && c == '{':
			st.hasLog = true
			err = st.object(1)
		case level == 1 && key == "entries" && c == '[':
			st.hasEntries = true
			err = st.entries()
		default:
			c := cAny
			if level == 1 && key == MarkerField {
				st.hasMarker = true
				st.x.rep.Sanitized = true
				c = cMarker
			}
			err = st.value(c)
		}
		st.x.pop()
		if err != nil {
			return err
		}
	}
}

// entries streams log.entries, one entry at a time.
func (st *stream) entries() error {
	st.in.pos++ // '['
	if err := st.emitByte('['); err != nil {
		return err
	}
	first := st.in.offset()
	defer st.stopParallel()
	for n := 0; ; n++ {
		c, err := st.ws()
		if err != nil {
			return st.drain(err)
		}
		if c == ']' {
			st.in.pos++
			if err := st.drain(nil); err != nil {
				return err
			}
			if st.write {
				st.x.rep.entriesEnd = st.outAt()
			}
			return st.emitByte(']')
		}
		if n > 0 {
			if c != ',' {
				return st.drain(st.syntax(st.in.offset(), "expected ',' or ']', found %s", describe(c)))
			}
			st.in.pos++
			if err := st.emitByte(','); err != nil {
				return st.drain(err)
			}
			if _, err := st.ws(); err != nil {
				return st.drain(err)
			}
		}
		raw, err := st.in.captureValue(st.x.maxDepth)
		if err != nil {
			return st.drain(err)
		}
		st.startParallel(st.in.capturedAt - first)
		if st.par != nil {
			if err := st.par.submit(raw, n); err != nil {
				return err // an entry before it failed
			}
			continue
		}
		if err := st.entry(raw, n, st.in.capturedAt, st.in.strs, st.in.qbits); err != nil {
			return err
		}
	}
}

// entry walks the entry raw (number n, at input offset at, with the
// reader's strs and qbits) and writes it out.
func (st *stream) entry(raw []byte, n int, at int64, strs []span, qbits []uint64) error {
	if st.write && n < maxEntryAt {
		st.x.rep.entryAt = append(st.x.rep.entryAt, st.outAt())
	}
	st.cut()
	st.x.push(nil, n)
	st.ed.reset()
	st.x.strs, st.x.qbits = strs, qbits
	werr := st.walkEntry(raw, n)
	st.x.pop()
	return st.flushEditedAt(raw, werr, at)
}

// errInternal marks an engine failure (a panic): the pass fails closed
// with a message instead of crashing the process.
var errInternal = errors.New("internal error")

// walkEntry walks the entry as the workers of parallel.go do: a panic
// fails the entry (and so the pass) instead of the process.
func (st *stream) walkEntry(raw []byte, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w sanitizing entry %d: %v; nothing was written", errInternal, n, r)
		}
	}()
	if walkHook != nil {
		walkHook(n)
	}
	_, err = st.x.entryValue(raw, 0, n, &st.ed, 3)
	return err
}

// cut notes the output offset as a place the echo pass may split the
// output at (between values), one in echoSegment bytes at most.
func (st *stream) cut() {
	if !st.write {
		return
	}
	if at := st.outAt(); at-st.lastCut >= echoSegment {
		st.x.rep.cuts = append(st.x.rep.cuts, at)
		st.lastCut = at
	}
}

// value captures one whole value and walks it in memory.
func (st *stream) value(c ctx) error {
	raw, err := st.in.captureValue(st.x.maxDepth)
	if err != nil {
		return err
	}
	st.ed.reset()
	st.x.strs, st.x.qbits = st.in.strs, st.in.qbits
	_, werr := st.x.walk(raw, 0, c, nil, &st.ed, len(st.x.path))
	return st.flushEdited(raw, werr)
}

func (st *stream) flushEdited(raw []byte, werr error) error {
	return st.flushEditedAt(raw, werr, st.in.capturedAt)
}

// flushEditedAt is flushEdited for a value read at input offset at.
func (st *stream) flushEditedAt(raw []byte, werr error, at int64) error {
	if werr == nil && st.x.err != nil {
		werr = st.x.err
	}
	if werr != nil {
		return st.walkErr(werr, at)
	}
	if len(st.ed.list) == 0 {
		return st.emit(raw)
	}
	st.ed.normalize()
	pos := 0
	for _, e := range st.ed.list {
		if err := st.emit(raw[pos:e.start]); err != nil {
			return err
		}
		if err := st.emit(e.repl); err != nil {
			return err
		}
		pos = e.end
	}
	return st.emit(raw[pos:])
}

// walkErr is the error of walking the value read at input offset at.
func (st *stream) walkErr(werr error, at int64) error {
	var se *syntaxError
	if errors.As(werr, &se) {
		off := at + int64(se.off)
		if se.deep {
			return newErr(ErrTooLarge, off, "the input nests deeper than %d levels at byte %d; this is not a browser's HAR export", st.x.maxDepth, off)
		}
		return st.syntax(off, "%s", se.msg)
	}
	return werr
}

// markerDoc is the "_safehar" field added under log.
type markerDoc struct {
	Tool         string         `json:"tool"`
	Version      string         `json:"version,omitempty"`
	RulesVersion string         `json:"rulesVersion"`
	ExportID     string         `json:"exportId,omitempty"`
	SanitizedAt  string         `json:"sanitizedAt"`
	Redacted     int            `json:"redacted"`
	Counts       map[string]int `json:"counts"`
}

func (st *stream) marker(comma bool) error {
	rep := st.x.rep
	tool := rep.Tool
	if tool == "" {
		tool = "safehar"
	}
	m := markerDoc{Tool: tool, Version: rep.ToolVersion, RulesVersion: rep.RulesVersion, ExportID: rep.ExportID,
		SanitizedAt: st.x.opt.Now().UTC().Format(time.RFC3339), Redacted: rep.Redacted, Counts: markerCounts(rep)}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if comma {
		if err := st.emitByte(','); err != nil {
			return err
		}
	}
	if err := st.emit([]byte(`"` + MarkerField + `":`)); err != nil {
		return err
	}
	// Where it is, for an echo pass that rewrites its counts.
	rep.marker = markerAt{at: st.outAt(), n: len(b), doc: m}
	return st.emit(b)
}

// outAt is the offset in the output of the next byte written.
func (st *stream) outAt() int64 { return st.cw.n + int64(st.out.Buffered()) }

// maxEntryAt bounds the entry offsets kept for the echo pass (8 bytes each).
const maxEntryAt = 1 << 20

// markerCounts are the report's counts by kind, as the marker has them.
func markerCounts(rep *Report) map[string]int {
	counts := make(map[string]int, len(rep.Counts))
	for k, n := range rep.Counts {
		counts[string(k)] = n
	}
	return counts
}

// markerAt is where the marker was written, and what it says.
type markerAt struct {
	at  int64 // offset of its value in the output
	n   int   // its length
	doc markerDoc
}

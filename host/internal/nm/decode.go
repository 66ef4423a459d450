package nm

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Message is one browser → host message. Only the fields the protocol
// defines are kept; unknown fields are checked for syntax and skipped.
type Message struct {
	Type      string
	Req       string // echoed in the reply
	Protocol  int64
	Extension string
	Policy    []byte // raw JSON object, when given
	Site      string
	Size      int64
	Transfer  string
	Seq       int64
	Data      []byte // a chunk's text, unescaped
	SHA256    string
	Bodies    bool // begin: the capture has response bodies (true unless given as false)
	Review    bool // begin: the user wants to review the findings before the file is saved
	Offset    int64
	// ExtraTerms are the terms a user adds in the review (save): at most
	// MaxTerms of at most MaxTermLen bytes.
	ExtraTerms []string
	// Capture, Body and Encoding name a staged response body (stage,
	// unstage, begin): ids of at most MaxIDLen bytes.
	Capture  string
	Body     string
	Encoding string

	has uint32
}

// Fields a message may carry, for Has.
const (
	FieldType uint32 = 1 << iota
	FieldReq
	FieldProtocol
	FieldExtension
	FieldPolicy
	FieldSite
	FieldSize
	FieldTransfer
	FieldSeq
	FieldData
	FieldSHA256
	FieldBodies
	FieldReview
	FieldOffset
	FieldExtraTerms
	FieldCapture
	FieldBody
	FieldEncoding
)

// Limits on a save's extra terms.
const (
	MaxTerms   = 32
	MaxTermLen = 256
)

// Has reports whether the message carried field f.
func (m *Message) Has(f uint32) bool { return m.has&f != 0 }

// SyntaxError means a frame is not one well-formed UTF-8 JSON object: the
// stream can no longer be trusted.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}

// FieldError means a well-formed message has a field of the wrong type or
// a duplicated field.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string {
	name := e.Field
	if len(name) > 64 {
		name = strings.ToValidUTF8(name[:64], "") + "…"
	}
	return fmt.Sprintf("field %q %s", name, e.Msg)
}

// Limits on the fields a reply may echo (host/PROTOCOL.md): a longer one is
// a bad_message, answered without it.
const (
	MaxTypeLen = 32  // type
	MaxIDLen   = 128 // req, transfer
)

// maxLen is the length limit of a string field, 0 for none.
func maxLen(f uint32) int {
	switch f {
	case FieldType:
		return MaxTypeLen
	case FieldReq, FieldTransfer, FieldSHA256, FieldCapture, FieldBody:
		return MaxIDLen
	case FieldEncoding:
		return MaxTypeLen
	}
	return 0
}

// maxDepth bounds the nesting of skipped values.
const maxDepth = 64

// Decode parses frame into m, reusing m.Data's storage. It returns a
// *SyntaxError when frame is not a JSON object in UTF-8, and a *FieldError
// when a known field has the wrong type.
func Decode(frame []byte, m *Message) error {
	data := m.Data[:0]
	*m = Message{Data: data}
	if !utf8.Valid(frame) {
		return &SyntaxError{0, "not UTF-8"}
	}
	d := decoder{b: frame}
	d.ws()
	if !d.eat('{') {
		return d.syntax("a message must be a JSON object")
	}
	var key []byte
	var ferr error
	var seen []string // member names so far: a name given twice is refused
	d.ws()
	if !d.eat('}') {
		for {
			d.ws()
			if d.peek() != '"' {
				return d.syntax("expected a string key")
			}
			var err error
			key, err = d.str(key[:0])
			if err != nil {
				return err
			}
			if slices.Contains(seen, string(key)) {
				if ferr == nil {
					ferr = &FieldError{string(key), "is given twice (a message's member names are unique, at any depth)"}
				}
			} else {
				seen = append(seen, string(key))
			}
			d.ws()
			if !d.eat(':') {
				return d.syntax("expected ':'")
			}
			d.ws()
			if err := d.field(m, key, &ferr); err != nil {
				return err
			}
			d.ws()
			if d.eat(',') {
				continue
			}
			if d.eat('}') {
				break
			}
			return d.syntax("expected ',' or '}'")
		}
	}
	d.ws()
	if d.i != len(d.b) {
		return d.syntax("data after the message")
	}
	return ferr
}

type decoder struct {
	b []byte
	i int
}

func (d *decoder) syntax(msg string) error { return &SyntaxError{d.i, msg} }

func (d *decoder) ws() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *decoder) eat(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

var fields = map[string]uint32{
	"type": FieldType, "req": FieldReq, "protocol": FieldProtocol,
	"extension": FieldExtension, "policy": FieldPolicy, "site": FieldSite,
	"size": FieldSize, "transfer": FieldTransfer, "seq": FieldSeq,
	"data": FieldData, "sha256": FieldSHA256, "bodies": FieldBodies,
	"review": FieldReview, "offset": FieldOffset, "extraTerms": FieldExtraTerms,
	"capture": FieldCapture, "body": FieldBody, "encoding": FieldEncoding,
}

// field decodes the value of key into m. Syntax errors return at once; the
// first field error is kept in *ferr and decoding goes on, so a frame that is
// not JSON is always reported as such.
func (d *decoder) field(m *Message, key []byte, ferr *error) error {
	f, known := fields[string(key)]
	if !known {
		return d.skip(0)
	}
	fail := func(msg string) {
		if *ferr == nil {
			*ferr = &FieldError{string(key), msg}
		}
	}
	if m.has&f != 0 {
		fail("appears twice")
	}
	m.has |= f
	switch f {
	case FieldExtraTerms:
		return d.terms(m, fail)
	case FieldProtocol, FieldSize, FieldSeq, FieldOffset:
		n, ok, err := d.integer()
		if err != nil {
			return err
		}
		if !ok {
			fail("must be a whole number from 0 to 2^53")
			return nil
		}
		switch f {
		case FieldProtocol:
			m.Protocol = n
		case FieldSize:
			m.Size = n
		case FieldSeq:
			m.Seq = n
		case FieldOffset:
			m.Offset = n
		}
		return nil
	case FieldBodies, FieldReview:
		var b bool
		switch {
		case bytes.HasPrefix(d.b[d.i:], []byte("true")):
			d.i += 4
			b = true
		case bytes.HasPrefix(d.b[d.i:], []byte("false")):
			d.i += 5
		default:
			fail("must be true or false")
			return d.skip(0)
		}
		if f == FieldBodies {
			m.Bodies = b
		} else {
			m.Review = b
		}
		return nil
	case FieldPolicy:
		start := d.i
		if d.peek() != '{' {
			fail("must be an object")
		}
		if err := d.skip(0); err != nil {
			return err
		}
		m.Policy = bytes.Clone(d.b[start:d.i])
		return nil
	}
	if d.peek() != '"' {
		fail("must be a string")
		return d.skip(0)
	}
	if f == FieldData {
		var err error
		m.Data, err = d.str(m.Data[:0])
		return err
	}
	var s []byte
	var buf [64]byte
	s, err := d.str(buf[:0])
	if err != nil {
		return err
	}
	if limit := maxLen(f); limit > 0 && len(s) > limit {
		// Not kept: replies echo these, and must stay under MaxOutbound.
		fail(fmt.Sprintf("is %d bytes long, above the limit of %d", len(s), limit))
		return nil
	}
	v := string(s)
	switch f {
	case FieldType:
		m.Type = v
	case FieldReq:
		m.Req = v
	case FieldExtension:
		m.Extension = v
	case FieldSite:
		m.Site = v
	case FieldTransfer:
		m.Transfer = v
	case FieldSHA256:
		m.SHA256 = v
	case FieldCapture:
		m.Capture = v
	case FieldBody:
		m.Body = v
	case FieldEncoding:
		m.Encoding = v
	}
	return nil
}

// terms reads an array of strings into m.ExtraTerms.
func (d *decoder) terms(m *Message, fail func(string)) error {
	if d.peek() != '[' {
		fail("must be an array of strings")
		return d.skip(0)
	}
	start := d.i
	d.i++
	d.ws()
	if d.eat(']') {
		return nil
	}
	for {
		d.ws()
		if d.peek() != '"' {
			fail("must be an array of strings")
			d.i = start
			return d.skip(0)
		}
		s, err := d.str(nil)
		if err != nil {
			return err
		}
		if len(s) > MaxTermLen {
			fail(fmt.Sprintf("has a term of %d bytes, above the limit of %d", len(s), MaxTermLen))
		}
		if len(m.ExtraTerms) == MaxTerms {
			fail(fmt.Sprintf("has more than %d terms", MaxTerms))
		} else {
			m.ExtraTerms = append(m.ExtraTerms, string(s))
		}
		d.ws()
		if d.eat(',') {
			continue
		}
		if d.eat(']') {
			return nil
		}
		return d.syntax("expected ',' or ']'")
	}
}

// maxSafeInt is 2^53, the largest integer JavaScript numbers hold exactly.
const maxSafeInt = 1 << 53

// integer reads a JSON number. ok is false (with no error) for a number that
// is well formed but not a whole number in [0, 2^53]; a value that is not a
// number at all is checked for syntax, skipped, and also gives ok false.
func (d *decoder) integer() (n int64, ok bool, err error) {
	start := d.i
	c := d.peek()
	if c != '-' && (c < '0' || c > '9') {
		return 0, false, d.skip(0)
	}
	if err := d.number(); err != nil {
		return 0, false, err
	}
	n, perr := strconv.ParseInt(string(d.b[start:d.i]), 10, 64)
	if perr != nil || n < 0 || n > maxSafeInt {
		return 0, false, nil
	}
	return n, true, nil
}

// number checks the JSON number grammar at d.i and moves past it.
func (d *decoder) number() error {
	d.eat('-')
	switch c := d.peek(); {
	case c == '0':
		d.i++
	case c >= '1' && c <= '9':
		d.digits()
	default:
		return d.syntax("invalid number")
	}
	if d.eat('.') {
		if !d.digits() {
			return d.syntax("invalid number")
		}
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		d.i++
		if c := d.peek(); c == '+' || c == '-' {
			d.i++
		}
		if !d.digits() {
			return d.syntax("invalid number")
		}
	}
	return nil
}

func (d *decoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}

// skip checks the syntax of any JSON value at d.i and moves past it.
func (d *decoder) skip(depth int) error {
	if depth > maxDepth {
		return d.syntax("nested too deeply")
	}
	switch c := d.peek(); {
	case c == '"':
		return d.skipString()
	case c == '{' || c == '[':
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		d.i++
		d.ws()
		if d.eat(end) {
			return nil
		}
		var names []string // of this object: a name given twice is refused
		var name []byte
		for {
			d.ws()
			if c == '{' {
				if d.peek() != '"' {
					return d.syntax("expected a string key")
				}
				var err error
				if name, err = d.str(name[:0]); err != nil {
					return err
				}
				if slices.Contains(names, string(name)) {
					return &FieldError{string(name), "is given twice (a message's member names are unique, at any depth)"}
				}
				names = append(names, string(name))
				d.ws()
				if !d.eat(':') {
					return d.syntax("expected ':'")
				}
				d.ws()
			}
			if err := d.skip(depth + 1); err != nil {
				return err
			}
			d.ws()
			if d.eat(',') {
				continue
			}
			if d.eat(end) {
				return nil
			}
			return d.syntax("expected ',' or a closing bracket")
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	}
	return d.syntax("expected a value")
}

func (d *decoder) literal(s string) error {
	if !bytes.HasPrefix(d.b[d.i:], []byte(s)) {
		return d.syntax("invalid literal")
	}
	d.i += len(s)
	return nil
}

// plain marks the bytes a JSON string holds as themselves. The frame was
// checked to be UTF-8 as a whole, so bytes from 0x80 up are plain too.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// skipString checks the JSON string at d.i (which is '"') and moves past it.
func (d *decoder) skipString() error {
	var scratch [4]byte
	b := d.b
	i := d.i + 1
	for {
		for i < len(b) && plain[b[i]] {
			i++
		}
		if i >= len(b) {
			d.i = i
			return d.syntax("unterminated string")
		}
		switch c := b[i]; {
		case c == '"':
			d.i = i + 1
			return nil
		case c == '\\':
			tmp := scratch[:0]
			n, err := d.escapeTo(&tmp, i)
			if err != nil {
				return err
			}
			i = n
		default:
			d.i = i
			return d.syntax("control character in string")
		}
	}
}

// str appends the unescaped JSON string at d.i (which is '"') to dst. Lone
// UTF-16 surrogates become U+FFFD, as in encoding/json.
func (d *decoder) str(dst []byte) ([]byte, error) {
	b := d.b
	i := d.i + 1
	for {
		start := i
		for i < len(b) && plain[b[i]] {
			i++
		}
		dst = append(dst, b[start:i]...)
		if i >= len(b) {
			d.i = i
			return dst, d.syntax("unterminated string")
		}
		switch c := b[i]; {
		case c == '"':
			d.i = i + 1
			return dst, nil
		case c == '\\':
			var err error
			i, err = d.escapeTo(&dst, i)
			if err != nil {
				return dst, err
			}
		default:
			d.i = i
			return dst, d.syntax("control character in string")
		}
	}
}

// escapeTo appends the character the escape at b[i] stands for to *dst and
// returns the index after it.
func (d *decoder) escapeTo(dst *[]byte, i int) (int, error) {
	b := d.b
	if i+1 >= len(b) {
		d.i = i
		return i, d.syntax("unterminated escape")
	}
	switch b[i+1] {
	case '"', '\\', '/':
		*dst = append(*dst, b[i+1])
	case 'b':
		*dst = append(*dst, '\b')
	case 'f':
		*dst = append(*dst, '\f')
	case 'n':
		*dst = append(*dst, '\n')
	case 'r':
		*dst = append(*dst, '\r')
	case 't':
		*dst = append(*dst, '\t')
	case 'u':
		r := hex4(b, i+2)
		if r < 0 {
			d.i = i
			return i, d.syntax("invalid \\u escape")
		}
		i += 6
		if utf16.IsSurrogate(r) {
			if i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
				if r2 := hex4(b, i+2); r2 >= 0 {
					if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
						*dst = utf8.AppendRune(*dst, dec)
						return i + 6, nil
					}
				}
			}
			r = unicode.ReplacementChar
		}
		*dst = utf8.AppendRune(*dst, r)
		return i, nil
	default:
		d.i = i
		return i, d.syntax("invalid escape")
	}
	return i + 2, nil
}

// hex4 decodes the four hex digits at b[i:], or returns -1.
func hex4(b []byte, i int) rune {
	if i+4 > len(b) {
		return -1
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

package sanitize

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       []byte
	// text marks a replacement that is not JSON-safe as it is (a base64
	// part wrapped in line breaks): it is escaped for each JSON string it
	// is written back into (see withString).
	text bool
}

// edits collects the replacements found in one piece of text.
type edits struct {
	list []edit
}

func (e *edits) reset() { e.list = e.list[:0] }

func (e *edits) add(start, end int, repl []byte) {
	e.list = append(e.list, edit{start: start, end: end, repl: repl})
}

// addText adds an edit whose replacement may need JSON escaping.
func (e *edits) addText(start, end int, repl []byte) {
	e.list = append(e.list, edit{start: start, end: end, repl: repl, text: true})
}

// jsonEscape escapes text for a JSON string, if it needs it.
func jsonEscape(text []byte) []byte {
	n := 0
	for _, c := range text {
		if c < 0x20 || c == '"' || c == '\\' {
			n++
		}
	}
	if n == 0 {
		return text
	}
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(text)+5*n)
	for _, c := range text {
		switch {
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c == '\t':
			out = append(out, '\\', 't')
		case c < 0x20:
			out = append(out, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			out = append(out, c)
		}
	}
	return out
}

// normalize sorts the edits and drops any that overlap an earlier one, so
// the first (outermost, as detectors add containers before contents) wins.
func (e *edits) normalize() {
	if len(e.list) < 2 {
		return
	}
	sort.SliceStable(e.list, func(i, j int) bool { return e.list[i].start < e.list[j].start })
	out := e.list[:1]
	for _, x := range e.list[1:] {
		last := &out[len(out)-1]
		if x.start < last.end {
			continue
		}
		out = append(out, x)
	}
	e.list = out
}

// dropWithin removes the edits inside [start,end).
func (e *edits) dropWithin(start, end int) {
	out := e.list[:0]
	for _, x := range e.list {
		if x.start >= start && x.end <= end {
			continue
		}
		out = append(out, x)
	}
	e.list = out
}

// overlaps reports whether [start,end) overlaps an edit already collected.
func (e *edits) overlaps(start, end int) bool {
	for _, x := range e.list {
		if start < x.end && x.start < end {
			return true
		}
	}
	return false
}

// apply returns text with the (normalized) edits applied.
func apply(text []byte, list []edit) []byte {
	n := len(text)
	for _, x := range list {
		n += len(x.repl) - (x.end - x.start)
	}
	out := make([]byte, 0, n)
	pos := 0
	for _, x := range list {
		out = append(out, text[pos:x.start]...)
		out = append(out, x.repl...)
		pos = x.end
	}
	return append(out, text[pos:]...)
}

// jsonString is the decoded form of a JSON string's raw (escaped) content,
// with what is needed to map decoded offsets back to raw ones: the list of
// escapes (most strings have none, and copying runs between escapes is
// cheap).
type jsonString struct {
	raw     []byte
	dec     []byte
	escaped bool     // dec differs from raw
	esc     []escape // built by toRaw, when there are edits to map

	buf    []byte   // reused storage for dec
	escBuf []escape // reused storage for esc
}

// escape is one escape sequence: where its output starts in dec, how long
// it is there, where it starts in raw and how long it is there.
type escape struct {
	dec, decLen, raw, rawLen int32
}

// decodeJSONString decodes raw string content (without quotes). It reports
// false for an invalid escape or a lone surrogate.
func decodeJSONString(raw []byte, js *jsonString) bool {
	return decode(raw, js, false) < 0
}

// decodeStrict decodes and validates raw string content: besides escapes,
// no raw control characters and valid UTF-8. It returns the offset of the
// first problem, or -1.
func decodeStrict(raw []byte, js *jsonString) int {
	return decode(raw, js, true)
}

func decode(raw []byte, js *jsonString, strict bool) int {
	js.raw = raw
	if strict {
		// Escapes are printable ASCII, so control characters and UTF-8 can
		// be checked over the raw text in one fast pass.
		if bad := validRun(raw, 0); bad >= 0 {
			return bad
		}
	}
	bs := bytes.IndexByte(raw, '\\')
	if bs < 0 {
		js.dec, js.esc, js.escaped = raw, nil, false
		return -1
	}
	// Decoding is never longer than the raw text; every byte is copied in
	// one loop (runs between escapes are short in escaped JSON).
	dec := js.buf
	if cap(dec) < len(raw) {
		dec = make([]byte, len(raw)+len(raw)/4)
	}
	dec = dec[:len(raw)]
	copy(dec, raw[:bs])
	i, o := bs, bs
	for i < len(raw) {
		if i+8 <= len(raw) {
			// Eight bytes at a time up to the next backslash (o <= i, so
			// dec has room).
			w := binary.LittleEndian.Uint64(raw[i:])
			binary.LittleEndian.PutUint64(dec[o:], w)
			const lo, hi = 0x0101010101010101, 0x8080808080808080
			b := w ^ lo*'\\'
			m := (b - lo) &^ b & hi
			if m == 0 {
				i, o = i+8, o+8
				continue
			}
			n := bits.TrailingZeros64(m) >> 3
			i, o = i+n, o+n
		} else if c := raw[i]; c != '\\' {
			dec[o] = c
			o++
			i++
			continue
		}
		start := i
		if i+1 >= len(raw) {
			return i
		}
		var r rune
		switch raw[i+1] {
		case '"', '\\', '/':
			r = rune(raw[i+1])
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		case 'u':
			v, ok := hex4(raw, i+2)
			if !ok {
				return start
			}
			r = rune(v)
			if utf16.IsSurrogate(r) {
				if r >= 0xDC00 || i+12 > len(raw) || raw[i+6] != '\\' || raw[i+7] != 'u' {
					return start
				}
				v2, ok := hex4(raw, i+8)
				if !ok {
					return start
				}
				r = utf16.DecodeRune(r, rune(v2))
				if r == utf8.RuneError {
					return start
				}
				i += 6
			}
			i += 4
		default:
			return start
		}
		i += 2
		if r < utf8.RuneSelf {
			dec[o] = byte(r)
			o++
		} else {
			o += utf8.EncodeRune(dec[o:], r)
		}
	}
	dec = dec[:o]
	js.dec, js.esc, js.escaped = dec, nil, true
	js.buf = dec
	return -1
}

// validRun checks a run of raw string bytes without escapes: no control
// characters, valid UTF-8. It returns the offset (plus off) of the first
// problem, or -1.
func validRun(b []byte, off int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	ascii := true
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if w&hi != 0 {
			ascii = false
		}
		if (w-lo*0x20)&^w&hi != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] < 0x20 {
			return off + i
		}
		if b[i] >= 0x80 {
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(b) {
		return off
	}
	return -1
}

func hex4(b []byte, i int) (uint16, bool) {
	if i < 0 || i+4 > len(b) {
		return 0, false
	}
	h0, h1, h2, h3 := hexVal[b[i]], hexVal[b[i+1]], hexVal[b[i+2]], hexVal[b[i+3]]
	if (h0|h1|h2|h3)&0x10 != 0 {
		return 0, false
	}
	return uint16(h0)<<12 | uint16(h1)<<8 | uint16(h2)<<4 | uint16(h3), true
}

// hexVal is the value of a hex digit, or 0x10 for any other byte.
var hexVal = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= '0' && c <= '9':
			t[c] = byte(c - '0')
		case c >= 'a' && c <= 'f':
			t[c] = byte(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			t[c] = byte(c - 'A' + 10)
		default:
			t[c] = 0x10
		}
	}
	return
}()

// escapes lists the escapes of raw whose output starts at or before the
// decoded offset limit (decoding records none: most strings have no edits
// to map back).
func (js *jsonString) escapes(limit int) {
	raw := js.raw
	esc := js.escBuf[:0]
	i, d := 0, 0 // raw and decoded offsets
	for i < len(raw) {
		j := bytes.IndexByte(raw[i:], '\\')
		if j < 0 || d+j > limit {
			break
		}
		i, d = i+j, d+j
		rawLen, decLen := 2, 1
		if i+1 < len(raw) && raw[i+1] == 'u' {
			v, _ := hex4(raw, i+2)
			r := rune(v)
			rawLen = 6
			if utf16.IsSurrogate(r) {
				w, _ := hex4(raw, i+8)
				r = utf16.DecodeRune(r, rune(w))
				rawLen = 12
			}
			decLen = utf8.RuneLen(r)
		}
		esc = append(esc, escape{int32(d), int32(decLen), int32(i), int32(rawLen)})
		i, d = i+rawLen, d+decLen
	}
	js.esc, js.escBuf = esc, esc
}

// lastEscape returns the index of the last escape whose output starts
// before d (strict) or at d (incl), or -1.
func (js *jsonString) lastEscape(d int, incl bool) int {
	lo, hi := 0, len(js.esc)
	for lo < hi {
		m := (lo + hi) / 2
		s := int(js.esc[m].dec)
		if s < d || incl && s == d {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// rawStart maps a decoded start offset to raw; a start inside an escape's
// output widens to the whole escape.
func (js *jsonString) rawStart(d int) int {
	k := js.lastEscape(d, true)
	if k < 0 {
		return d
	}
	e := js.esc[k]
	if d < int(e.dec+e.decLen) {
		return int(e.raw)
	}
	return int(e.raw+e.rawLen) + d - int(e.dec+e.decLen)
}

// rawEnd maps a decoded end offset to raw; an end inside an escape's
// output widens to the whole escape.
func (js *jsonString) rawEnd(d int) int {
	k := js.lastEscape(d, false)
	if k < 0 {
		return d
	}
	e := js.esc[k]
	if d < int(e.dec+e.decLen) {
		return int(e.raw + e.rawLen)
	}
	return int(e.raw+e.rawLen) + d - int(e.dec+e.decLen)
}

// toRaw maps decoded edits to raw edits (replacements must be JSON-safe:
// placeholders and base64 are).
func (js *jsonString) toRaw(list []edit) []edit {
	if !js.escaped || len(list) == 0 {
		return list
	}
	last := 0
	for _, e := range list {
		last = max(last, e.end)
	}
	js.escapes(last)
	for i := range list {
		list[i].start = js.rawStart(list[i].start)
		list[i].end = js.rawEnd(list[i].end)
	}
	return list
}

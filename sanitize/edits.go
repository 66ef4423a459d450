package sanitize

import (
	"bytes"
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       []byte
}

// edits collects the replacements found in one piece of text.
type edits struct {
	list []edit
}

func (e *edits) reset() { e.list = e.list[:0] }

func (e *edits) add(start, end int, repl []byte) {
	e.list = append(e.list, edit{start, end, repl})
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
// with the map back from decoded offsets to raw offsets.
type jsonString struct {
	raw []byte
	dec []byte
	// pos[i] is the raw offset of decoded byte i; pos[len(dec)] == len(raw).
	// nil when raw has no escapes (dec aliases raw).
	pos []int32

	buf    []byte  // reused storage for dec
	posBuf []int32 // reused storage for pos
}

// decodeJSONString decodes raw string content (without quotes). It reports
// false for an invalid escape or a lone surrogate.
func decodeJSONString(raw []byte, js *jsonString) bool {
	js.raw = raw
	bs := bytes.IndexByte(raw, '\\')
	if bs < 0 {
		js.dec = raw
		js.pos = nil
		return true
	}
	dec := js.buf[:0]
	pos := js.posBuf[:0]
	dec = append(dec, raw[:bs]...)
	for i := 0; i < bs; i++ {
		pos = append(pos, int32(i))
	}
	i := bs
	for i < len(raw) {
		c := raw[i]
		if c != '\\' {
			dec = append(dec, c)
			pos = append(pos, int32(i))
			i++
			continue
		}
		if i+1 >= len(raw) {
			return false
		}
		start := i
		var r rune
		switch raw[i+1] {
		case '"', '\\', '/':
			r = rune(raw[i+1])
			i += 2
		case 'b':
			r, i = '\b', i+2
		case 'f':
			r, i = '\f', i+2
		case 'n':
			r, i = '\n', i+2
		case 'r':
			r, i = '\r', i+2
		case 't':
			r, i = '\t', i+2
		case 'u':
			v, ok := hex4(raw, i+2)
			if !ok {
				return false
			}
			i += 6
			r = rune(v)
			if utf16.IsSurrogate(r) {
				if r >= 0xDC00 || i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
					return false
				}
				v2, ok := hex4(raw, i+2)
				if !ok {
					return false
				}
				r = utf16.DecodeRune(r, rune(v2))
				if r == utf8.RuneError {
					return false
				}
				i += 6
			}
		default:
			return false
		}
		n := len(dec)
		dec = utf8.AppendRune(dec, r)
		for k := n; k < len(dec); k++ {
			pos = append(pos, int32(start))
		}
	}
	pos = append(pos, int32(len(raw)))
	js.dec, js.pos = dec, pos
	js.buf, js.posBuf = dec, pos
	return true
}

func hex4(b []byte, i int) (uint16, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var v uint16
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		v = v<<4 | uint16(c)
	}
	return v, true
}

// rawOffset maps a decoded offset to the raw offset. An edit boundary that
// falls inside an escape sequence is widened to cover all of it.
func (js *jsonString) rawStart(d int) int {
	if js.pos == nil {
		return d
	}
	return int(js.pos[d])
}

func (js *jsonString) rawEnd(d int) int {
	if js.pos == nil {
		return d
	}
	if d == len(js.dec) {
		return len(js.raw)
	}
	// The end is the raw start of the next decoded byte that begins a new
	// escape or character; bytes of one escape share a raw start.
	p := js.pos[d]
	if d > 0 && js.pos[d-1] == p {
		// d is inside one escape: move past it.
		for d < len(js.dec) && js.pos[d] == p {
			d++
		}
		return int(js.pos[d])
	}
	return int(p)
}

// toRaw maps decoded edits to raw edits (replacements must be JSON-safe:
// placeholders and base64 are).
func (js *jsonString) toRaw(list []edit) []edit {
	if js.pos == nil {
		return list
	}
	for i := range list {
		list[i].start = js.rawStart(list[i].start)
		list[i].end = js.rawEnd(list[i].end)
	}
	return list
}


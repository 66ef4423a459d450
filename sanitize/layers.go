package sanitize

import (
	"bytes"
	"encoding/base64"
	"unicode/utf8"
)

// Layers of encoding found inside text: HTML entities (JSON in an
// attribute, written with &quot;), JavaScript string escapes (JSON in a
// JSON.parse("{\u0022…") string), percent-encoding (JSON or a URL in a
// query or form value, up to maxPct times over) and base64 (a JSON string
// or parameter holding base64 of JSON or key=value text). Each is decoded
// with a map from decoded bytes to encoded offsets, the decoded text is
// scanned with the ordinary scanners (which find further layers in it),
// and the edits are mapped back: a placeholder is made of [a-z0-9-] only,
// so it needs no re-encoding in the first three; base64 is re-encoded
// whole. Detection runs only at a trigger the scanners already stop at (a
// ':' or '=') or on a string that is all base64 alphabet, never per byte of
// ordinary text.

// maxPct bounds how many times over a value is percent-decoded.
const maxPct = 3

// layerState is the run's state for layers.
type layerState struct {
	pct int // percent layers being scanned
}

// layerMap is a decoded text and, for each of its bytes, the offset in the
// encoded text where the encoding of that byte starts; at[len(dec)] is the
// encoded length.
type layerMap struct {
	dec []byte
	at  []int32
}

func newLayerMap(n int) *layerMap {
	return &layerMap{dec: make([]byte, 0, n), at: make([]int32, 0, n+1)}
}

func (m *layerMap) emit(b byte, src int) {
	m.dec = append(m.dec, b)
	m.at = append(m.at, int32(src))
}

func (m *layerMap) emitRune(r rune, src int) {
	var buf [4]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
		m.emit(b, src)
	}
}

func (m *layerMap) done(n int) *layerMap {
	m.at = append(m.at, int32(n))
	return m
}

// start maps a decoded start offset to the encoded text; a start inside
// the output of one escape widens to the escape.
func (m *layerMap) start(d int) int { return int(m.at[d]) }

// end maps a decoded end offset; an end inside the output of one escape
// widens to the whole escape.
func (m *layerMap) end(d int) int {
	for d > 0 && d < len(m.dec) && m.at[d] == m.at[d-1] {
		d++
	}
	return int(m.at[d])
}

// under maps n (a decoding of m.dec) onto m's encoded text.
func (m *layerMap) under(n *layerMap) *layerMap {
	for k, a := range n.at {
		n.at[k] = m.at[a]
	}
	return n
}

// inLayer scans the decoded text m.dec with fn, as plain text one level
// deeper, and adds its edits, mapped back, to out (m's encoded text starts
// at out's offset off).
func (x *run) inLayer(m *layerMap, off int, out *edits, fn func(dec []byte, ed *edits)) {
	raw, form, name := x.raw, x.form, x.name
	x.raw, x.form = false, looksLikeForm(m.dec)
	x.lvl++
	var sub edits
	fn(m.dec, &sub)
	x.lvl--
	x.raw, x.form, x.name = raw, form, name
	if len(sub.list) == 0 {
		return
	}
	sub.normalize()
	for _, d := range sub.list {
		s, e := off+m.start(d.start), off+m.end(d.end)
		if !out.overlaps(s, e) {
			out.add(s, e, d.repl)
		}
	}
}

// --- Percent-encoding.

// hasPctHex reports whether v holds a percent escape.
func hasPctHex(v []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(v[i:], '%')
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(v) && hexVal[v[i+1]]|hexVal[v[i+2]] < 16 {
			return true
		}
	}
}

// pctMap percent-decodes src ('+' is a space).
func pctMap(src []byte) *layerMap {
	m := newLayerMap(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '%' && i+2 < len(src) && hexVal[src[i+1]]|hexVal[src[i+2]] < 16 {
			m.emit(hexVal[src[i+1]]<<4|hexVal[src[i+2]], i)
			i += 2
			continue
		}
		if c == '+' {
			c = ' '
		}
		m.emit(c, i)
	}
	return m.done(len(src))
}

// percentLayer scans the percent-decoded form of the value t[s:e] (JSON is
// walked, text scanned for pairs and formats) and, when that finds nothing
// and the text is still percent-encoded, its decoded form again.
func (x *run) percentLayer(t []byte, s, e int, ed *edits) {
	if x.lay.pct >= maxPct || x.lvl >= maxEmbed || !hasPctHex(t[s:e]) {
		return
	}
	x.lay.pct++
	x.inLayer(pctMap(t[s:e]), s, ed, func(dec []byte, sub *edits) {
		x.scanString(dec, sub)
		if len(sub.list) == 0 {
			x.percentLayer(dec, 0, len(dec), sub)
		}
	})
	x.lay.pct--
}

// paramLayers looks into the value t[vs:ve] of a URL or form parameter
// whose name is not a secret's: percent-encoded or base64 text.
func (x *run) paramLayers(t []byte, vs, ve int, ed *edits) {
	if x.lvl >= maxEmbed || ve-vs < 4 {
		return
	}
	if hasPctHex(t[vs:ve]) {
		x.percentLayer(t, vs, ve, ed)
		return
	}
	if b64Text(t[vs:ve]) {
		x.sub(t, vs, ve, ed, func(v []byte, ed *edits) { x.base64Layer(v, ed) })
	}
}

// mayLayer is the inline test at an '=' t[i] (after atEquals, which
// handles plain secret names) before equalsLayers: a value that may be
// percent-encoded or base64 text (such a value is long: characters of
// theirs at 1, 2, 4, 8, 12 and 16 bytes after the '='). Percent-encoded
// names are tested apart: mayEncodedName.
func mayLayer(t []byte, i int) bool {
	return i+16 < len(t) && layerValue[t[i+1]]&layerValue[t[i+2]] != 0 &&
		layerValue[t[i+4]]&layerValue[t[i+8]]&layerValue[t[i+12]]&layerValue[t[i+16]] != 0
}

// mayEncodedName is the inline test for a percent-encoded name before the '='
// t[i] (user%5Bpassword%5D=), or one with '+' for spaces in a form.
func (x *run) mayEncodedName(t []byte, i int) bool {
	return i >= 3 && t[i-3] == '%' || x.form
}

// layerValue: the characters of percent-encoded and base64 values.
var layerValue = func() (t [256]byte) {
	for c := range t {
		if b64Alpha[c] != 0 || c == '%' || c == '=' {
			t[c] = 1
		}
	}
	t['='] = 0 // a value does not start with '=' (==, ===)
	return
}()

// equalsLayers handles the '=' t[i] of a URL or form parameter (after
// ? & # &amp;, or at the start of a form) whose value atEquals left alone:
// a percent-encoded name (user%5Bpassword%5D=, client+secret= in a form)
// is decoded and classified; a value is looked into (paramLayers). It
// returns the value's last byte when the value was redacted, else i.
func (x *run) equalsLayers(t []byte, i int, ed *edits) int {
	if x.lvl >= maxEmbed {
		return i
	}
	ns, enc := i, false
	for ns > 0 && i-ns < 120 {
		c := t[ns-1]
		if c == '%' || c == '+' && x.form {
			enc = true
		} else if !nameByte(c) {
			break
		}
		ns--
	}
	if ns == i || !x.strongAt(t, ns) {
		return i
	}
	ve := i + 1
	for ve < len(t) && !valueEnd(t[ve]) {
		ve++
	}
	if enc {
		// the decoded name is judged as atEquals judges a plain one: its
		// pair, then the value's shape (a card under card%5Bnumber%5D)
		if name := percentDecode(t[ns:i]); x.pair(InParam, name, t, i+1, ve, true, ed) || x.shapeValue(name, t, i+1, ve, true, ed) {
			return ve - 1
		}
	}
	x.paramLayers(t, i+1, ve, ed)
	return i
}

// strongAt reports whether a name starting at t[ns] certainly is a URL or
// form parameter's: it follows ? & # (or &amp; in HTML), or starts a form.
func (x *run) strongAt(t []byte, ns int) bool {
	if ns == 0 {
		return x.form
	}
	switch t[ns-1] {
	case '?', '#':
		return true
	case '&':
		return ns < 2 || t[ns-2] != '&' // not JavaScript's &&
	case ';':
		return ns >= 5 && string(t[ns-5:ns]) == "&amp;"
	}
	return false
}

// paramValue handles the value of a queryString[] or params[] item whose
// name is name: a secret's (the name percent-decoded), or scanned,
// percent-decoded too.
func (x *run) paramValue(dec, name []byte, ed *edits) {
	n := name
	if bytes.IndexByte(name, '%') >= 0 || bytes.IndexByte(name, '+') >= 0 {
		n = percentDecode(name)
	}
	if x.pair(InParam, n, dec, 0, len(dec), true, ed) || x.shapeValue(n, dec, 0, len(dec), true, ed) {
		return
	}
	x.percentLayer(dec, 0, len(dec), ed)
	x.scanString(dec, ed)
}

// --- HTML entities and JavaScript string escapes.

// layer kinds
const (
	layerHTML = 1 + iota
	layerJS
)

// mayEncoded is the inline test at a ':' t[i] before encodedPair: the
// byte before may end a quote written as an entity or an escape (the ;
// of &quot; &#34; &#x22;, the 2 or 7 of \u0022 \x22 \u0027, the " of \"
// in text or of \\\" in raw text). A key's closing quote is just before
// its ':'.
func mayEncoded(t []byte, i int, raw bool) bool {
	if i < 3 || i+2 >= len(t) || !encNear[t[i-1]] {
		return false
	}
	return t[i-1] != '"' || t[i-2] == '\\' && (t[i-3] == '\\') == raw
}

// encNear: the last bytes of encoded quotes.
var encNear = func() (t [256]bool) {
	t[';'], t['2'], t['7'], t['"'] = true, true, true, true
	return
}()

var (
	htmlQuotes  = []string{"&quot;", "&#34;", "&#x22;", "&#X22;", "&#39;", "&#x27;", "&apos;"}
	jsQuotes    = []string{`\u0022`, `\x22`, `\u0027`, `\x27`, `\"`}
	jsRawQuotes = []string{`\\u0022`, `\\x22`, `\\u0027`, `\\x27`, `\\\"`}
)

// encodedKind tells which layer the encoded quote next to the ':' at t[i]
// belongs to, or 0.
func (x *run) encodedKind(t []byte, i int) int {
	k := i
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	v := i + 1
	for v < len(t) && t[v] == ' ' {
		v++
	}
	before, after := t[:k], t[v:]
	qs := jsQuotes
	if x.raw {
		qs = jsRawQuotes
	}
	if k > 1 {
		switch p, p2 := t[k-1], t[k-2]; {
		case p == ';' && (p2 == 't' || p2 == '4' || p2 == '2' || p2 == '9' || p2 == '7' || p2 == 's'):
			for _, q := range htmlQuotes {
				if bytes.HasSuffix(before, []byte(q)) {
					return layerHTML
				}
			}
		case (p == '2' || p == '7') && p2 == '2' || p == '"' && p2 == '\\':
			for _, q := range qs {
				if bytes.HasSuffix(before, []byte(q)) && !x.jsEscaped(t, k-len(q)) {
					return layerJS
				}
			}
		}
	}
	if v+1 < len(t) {
		switch c, c2 := t[v], t[v+1]; {
		case c == '&' && (c2 == 'q' || c2 == '#' || c2 == 'a'):
			for _, q := range htmlQuotes {
				if bytes.HasPrefix(after, []byte(q)) {
					return layerHTML
				}
			}
		case c == '\\' && (c2 == 'u' || c2 == 'x' || c2 == '"' || c2 == '\\'):
			for _, q := range qs {
				if bytes.HasPrefix(after, []byte(q)) && !x.jsEscaped(t, v) {
					return layerJS
				}
			}
		}
	}
	return 0
}

// jsEscaped reports whether the backslash at t[k] is itself escaped (at
// the JavaScript level: raw text doubles backslashes).
func (x *run) jsEscaped(t []byte, k int) bool {
	n := 0
	for k-n > 0 && t[k-n-1] == '\\' {
		n++
	}
	if x.raw {
		n /= 2
	}
	return n%2 == 1
}

// jsDelim reports whether the quote at t[k] delimits a JavaScript string
// (is not escaped at the JavaScript level).
func (x *run) jsDelim(t []byte, k int) bool {
	n := 0
	for k-n > 0 && t[k-n-1] == '\\' {
		n++
	}
	if x.raw && t[k] == '"' {
		n-- // the raw text's own escape
	}
	if x.raw {
		n /= 2
	}
	return n%2 == 0
}

// encodedPair handles a ':' (t[i]) between quotes written as HTML
// entities or JavaScript escapes: the enclosing attribute value or string
// literal is decoded and scanned. It returns the region's last byte, or i.
func (x *run) encodedPair(t []byte, i int, ed *edits) int {
	if x.lvl >= maxEmbed {
		return i
	}
	kind := x.encodedKind(t, i)
	if kind == 0 {
		return i
	}
	const far = 64 << 10
	rs, re := -1, -1
	if kind == layerHTML {
		rs, re = i, i
		for rs > 0 && i-rs < far && t[rs-1] != '"' && t[rs-1] != '<' && t[rs-1] != '>' {
			rs--
		}
		for re < len(t) && re-i < far && t[re] != '"' && t[re] != '<' && t[re] != '>' {
			re++
		}
		if x.raw && re < len(t) && t[re] == '"' && re > i && t[re-1] == '\\' {
			re--
		}
	} else {
		var q byte
		for k := i - 1; k >= 0 && i-k < far; k-- {
			if c := t[k]; (c == '"' || c == '\'') && x.jsDelim(t, k) {
				rs, q = k+1, c
				break
			}
		}
		if rs < 0 {
			// No string start nearby: take what is near, so the next
			// ':' does not look again.
			rs, q = max(0, i-far), '"'
		}
		for k := i + 1; k < len(t) && k-i < far; k++ {
			if t[k] == q && x.jsDelim(t, k) {
				re = k
				if x.raw && q == '"' {
					re--
				}
				break
			}
		}
		if re < 0 {
			re = min(len(t), i+far)
		}
	}
	if re <= rs {
		return i
	}
	src := t[rs:re]
	var m *layerMap
	switch {
	case x.raw && kind == layerHTML:
		j := jsMap(src)
		m = j.under(htmlMap(j.dec))
	case x.raw:
		j := jsMap(src)
		m = j.under(jsMap(j.dec))
	case kind == layerHTML:
		m = htmlMap(src)
	default:
		m = jsMap(src)
	}
	x.inLayer(m, rs, ed, x.scanString)
	return max(i, re-1)
}

// htmlMap decodes the character references of src that may hide a JSON or
// form document: quotes, &amp; &lt; &gt; and numeric references.
func htmlMap(src []byte) *layerMap {
	m := newLayerMap(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '&' {
			m.emit(c, i)
			continue
		}
		r, n := entity(src[i:])
		if n == 0 {
			m.emit(c, i)
			continue
		}
		m.emitRune(r, i)
		i += n - 1
	}
	return m.done(len(src))
}

// entity decodes the character reference at the start of b ('&'): its
// rune and length, or 0.
func entity(b []byte) (rune, int) {
	for _, e := range [...]struct {
		name string
		r    rune
	}{{"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}} {
		if bytes.HasPrefix(b, []byte(e.name)) {
			return e.r, len(e.name)
		}
	}
	if len(b) < 4 || b[1] != '#' {
		return 0, 0
	}
	hex := b[2] == 'x' || b[2] == 'X'
	k := 2
	if hex {
		k = 3
	}
	var r rune
	start := k
	for ; k < len(b) && k-start < 7; k++ {
		c := b[k]
		switch {
		case c >= '0' && c <= '9':
			if hex {
				r = r*16 + rune(c-'0')
			} else {
				r = r*10 + rune(c-'0')
			}
		case hex && hexVal[c] < 16:
			r = r*16 + rune(hexVal[c])
		case c == ';' && k > start:
			if r == 0 || r > utf8.MaxRune || r >= 0xD800 && r < 0xE000 {
				return 0, 0
			}
			return r, k + 1
		default:
			return 0, 0
		}
	}
	return 0, 0
}

// jsMap decodes JavaScript string escapes (a superset of JSON's): \uXXXX
// (with surrogate pairs), \xXX, \n \r \t \b \f \v \0, and \c for any other
// c. An incomplete escape stays as it is.
func jsMap(src []byte) *layerMap {
	m := newLayerMap(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\\' || i+1 >= len(src) {
			m.emit(c, i)
			continue
		}
		switch e := src[i+1]; e {
		case 'u':
			v, ok := hex4(src, i+2)
			if !ok {
				m.emit(c, i)
				continue
			}
			r, n := rune(v), 6
			if r >= 0xD800 && r < 0xDC00 && i+12 <= len(src) && src[i+6] == '\\' && src[i+7] == 'u' {
				if w, ok := hex4(src, i+8); ok && w >= 0xDC00 && w < 0xE000 {
					r, n = (r-0xD800)<<10|(rune(w)-0xDC00)+0x10000, 12
				}
			}
			m.emitRune(r, i)
			i += n - 1
		case 'x':
			if i+3 >= len(src) || hexVal[src[i+2]]|hexVal[src[i+3]] >= 16 {
				m.emit(c, i)
				continue
			}
			m.emitRune(rune(hexVal[src[i+2]]<<4|hexVal[src[i+3]]), i)
			i += 3
		default:
			switch e {
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			case 'b':
				e = '\b'
			case 'f':
				e = '\f'
			case 'v':
				e = '\v'
			case '0':
				e = 0
			}
			m.emit(e, i)
			i++
		}
	}
	return m.done(len(src))
}

// --- Base64.

// b64Alpha: bit 0 standard alphabet, bit 1 URL-safe alphabet.
var b64Alpha = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+32] = 3, 3
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 3
	}
	t['+'], t['/'], t['-'], t['_'] = 1, 1, 2, 2
	// Bit 2: the characters that start base64 of ASCII text (a first
	// byte of 0x20 to 0x7f).
	for c := 'I'; c <= 'Z'; c++ {
		t[c] |= 4
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] |= 4
	}
	return
}()

// b64Any decodes v, base64 in either alphabet with or without padding,
// into dst (which must hold it); ok is false when it is neither.
func b64Any(dst, v []byte) (dec []byte, ok bool) {
	raw := bytes.TrimRight(v, "=")
	if base64.RawStdEncoding.DecodedLen(len(raw)) > len(dst) {
		return nil, false
	}
	n, err := base64.RawStdEncoding.Decode(dst, raw)
	if err != nil {
		if n, err = base64.RawURLEncoding.Decode(dst, raw); err != nil {
			return nil, false
		}
	}
	return dst[:n], true
}

// b64Text is the cheap test for base64 of text: at least 16 characters of
// one alphabet (padding only at the end, and then a multiple of 4), whose
// first characters decode to printable text. The prefix is checked first,
// so a long blob of binary data is rejected in constant time.
func b64Text(v []byte) bool {
	return len(v) >= 16 && b64Alpha[v[0]]&4 != 0 && b64Alpha[v[15]] != 0 && b64TextAt(v)
}

func b64TextAt(v []byte) bool {
	alpha := byte(3)
	for _, c := range v[:16] {
		if alpha &= b64Alpha[c]; alpha == 0 {
			return false
		}
	}
	n := len(v)
	pad := 0
	for pad < 2 && v[n-1] == '=' {
		n--
		pad++
	}
	if pad > 0 && len(v)%4 != 0 || n%4 == 1 || n < 16 {
		return false
	}
	k := min(n, 24) &^ 3
	for _, c := range v[16:k] {
		alpha &= b64Alpha[c]
	}
	if alpha == 0 {
		return false
	}
	enc := base64.RawStdEncoding
	if alpha == 2 {
		enc = base64.RawURLEncoding
	}
	var dec [18]byte
	d, err := enc.Decode(dec[:], v[:k])
	if err != nil || !printable(dec[:d], true) {
		return false
	}
	for _, c := range v[k:n] {
		alpha &= b64Alpha[c]
	}
	return alpha != 0
}

// printable reports whether b is text: no control characters but tab and
// line breaks, and valid UTF-8 (a prefix may end inside a character).
func printable(b []byte, prefix bool) bool {
	ascii := true
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			ascii = false
		}
	}
	if ascii {
		return true
	}
	if prefix {
		for k := 0; k < 3 && len(b) > 0 && !utf8.FullRune(b[max(0, len(b)-4):]); k++ {
			b = b[:len(b)-1]
		}
	}
	return utf8.Valid(b)
}

// base64Layer handles a whole string (or parameter value) t that is base64
// of text with some structure: the text is scanned and, when something in
// it was redacted, re-encoded with the same alphabet and padding. It
// reports whether t was such base64 (and so needs no other scan).
func (x *run) base64Layer(t []byte, ed *edits) bool {
	if x.lvl >= maxEmbed || !b64Text(t) {
		return false
	}
	url := bytes.ContainsAny(t, "-_")
	padded := t[len(t)-1] == '='
	var enc *base64.Encoding
	switch {
	case url && padded:
		enc = base64.URLEncoding
	case url:
		enc = base64.RawURLEncoding
	case padded:
		enc = base64.StdEncoding
	default:
		enc = base64.RawStdEncoding
		if len(t)%4 == 0 {
			enc = base64.StdEncoding // no padding needed
		}
	}
	dec := make([]byte, enc.DecodedLen(len(t)))
	n, err := enc.Decode(dec, t)
	if err != nil || n < 12 || !printable(dec[:n], false) {
		return false
	}
	structured := bytes.ContainsAny(dec[:n], "{=:")
	if !structured && !x.knownAny() {
		return false
	}
	dec = dec[:n]
	if !bytes.Equal([]byte(enc.EncodeToString(dec)), t) {
		return false // not canonical: re-encoding would change more than the secret
	}
	var sub edits
	if structured {
		raw, form, name := x.raw, x.form, x.name
		x.raw, x.form = false, looksLikeForm(dec)
		x.lvl++
		x.scanString(dec, &sub)
		x.lvl--
		x.raw, x.form, x.name = raw, form, name
	}
	if len(sub.list) == 0 && x.knownAny() {
		// A known secret inside the text, between other words
		// (base64 of "user:S", of "ctx|S|1700000000").
		x.knownTokens(dec, &sub)
	}
	if !structured && len(sub.list) == 0 {
		return false
	}
	if len(sub.list) == 0 {
		return true
	}
	sub.normalize()
	if !ed.overlaps(0, len(t)) {
		ed.add(0, len(t), []byte(enc.EncodeToString(apply(dec, sub.list))))
	}
	return true
}

// jsEscapeAt reports whether a JavaScript \x or \u escape starts at t[i]
// (\\x in raw text).
func (x *run) jsEscapeAt(t []byte, i int) bool {
	if x.raw {
		return i+2 < len(t) && t[i] == '\\' && t[i+1] == '\\' && (t[i+2] == 'x' || t[i+2] == 'u')
	}
	return i+1 < len(t) && t[i] == '\\' && (t[i+1] == 'x' || t[i+1] == 'u')
}

// jsUnescaped decodes the \xHH and \uHHHH escapes of the JavaScript string
// content v (raw: still JSON-escaped, so \\x41); nil when v holds anything
// else than escapes and credential characters, or fewer than half of its
// characters are escapes.
func (x *run) jsUnescaped(v []byte) []byte {
	out, esc := x.jsDecode(v)
	if out == nil || esc*2 < len(out) {
		return nil
	}
	return out
}

// jsDecoded is v with its \xHH and \uHHHH escapes decoded, whatever their
// number; nil when v holds anything else than escapes and credential
// characters.
func (x *run) jsDecoded(v []byte) []byte {
	out, _ := x.jsDecode(v)
	return out
}

// jsDecode decodes the escapes of v and counts them (see jsUnescaped).
func (x *run) jsDecode(v []byte) ([]byte, int) {
	out := make([]byte, 0, len(v))
	esc := 0
	for i := 0; i < len(v); {
		if v[i] != '\\' {
			if !tokenByte[v[i]] {
				return nil, 0
			}
			out = append(out, v[i])
			i++
			continue
		}
		j := i + 1
		if x.raw {
			if j >= len(v) || v[j] != '\\' {
				return nil, 0
			}
			j++
		}
		n := 0
		switch {
		case j < len(v) && v[j] == 'x':
			n = 2
		case j < len(v) && v[j] == 'u':
			n = 4
		default:
			return nil, 0
		}
		if j+1+n > len(v) {
			return nil, 0
		}
		r, ok := hexValue(v[j+1 : j+1+n])
		if !ok || r >= 0x80 || !tokenByte[byte(r)] {
			return nil, 0
		}
		out = append(out, byte(r))
		esc++
		i = j + 1 + n
	}
	return out, esc
}

// hexValue parses the hexadecimal digits h.
func hexValue(h []byte) (rune, bool) {
	var r rune
	for _, c := range h {
		d, ok := unhex(c)
		if !ok {
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

// escapedShape applies the shape rule to the string t[vs:ve] written in
// JavaScript escapes, judged decoded; a credential is redacted whole.
func (x *run) escapedShape(name, t []byte, vs, ve int, ed *edits) bool {
	v := x.jsUnescaped(t[vs:ve])
	if x.rules.shape == nil || len(v) < shapeMin || ed.overlaps(vs, ve) {
		return false
	}
	return x.shapeJudged(name, v, t, vs, ve, false, ed)
}

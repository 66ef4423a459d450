package sanitize

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// scanString looks for secrets in a decoded string: as JSON when it holds a
// JSON document, else as free text.
func (x *run) scanString(t []byte, ed *edits) {
	if b64Text(t) && x.base64Layer(t, ed) {
		return
	}
	i := skipWS(t, 0)
	if i < len(t) && (t[i] == '{' || t[i] == '[') && x.lvl < maxEmbed {
		m := x.mark(ed)
		if end, err := x.walk(t, i, cAny, nil, ed, 0); err == nil && skipWS(t, end) == len(t) {
			return
		}
		x.rollback(ed, m)
	}
	x.scanText(t, ed, false)
}

// body scans a request or response body (or websocket frame).
func (x *run) body(t []byte, mime string, isBase64 bool, ed *edits) {
	if isBase64 {
		x.base64Body(t, mime, ed)
		return
	}
	if b := boundary(mime, t); b != "" {
		x.multipart(t, b, ed)
		return
	}
	if strings.Contains(strings.ToLower(mime), "x-www-form-urlencoded") || looksLikeForm(t) {
		saved := x.form
		x.form = true
		x.scanText(t, ed, false)
		x.form = saved
		return
	}
	x.scanString(t, ed)
}

// looksLikeForm reports whether t is urlencoded form text: name=value
// pairs joined by '&', no spaces.
func looksLikeForm(t []byte) bool {
	if len(t) == 0 || bytes.IndexByte(t, '=') <= 0 {
		return false
	}
	for _, c := range t {
		if c <= ' ' || c == '"' || c == '<' || c == '{' || c >= 0x7f {
			return false
		}
	}
	for _, pair := range bytes.Split(t, []byte{'&'}) {
		if len(pair) > 0 && bytes.IndexByte(pair, '=') <= 0 {
			return false
		}
	}
	return true
}

// base64Body decodes a base64 body, scans it and re-encodes it when
// something in it was redacted.
func (x *run) base64Body(t []byte, mime string, ed *edits) {
	enc := base64.StdEncoding
	if bytes.IndexByte(t, '=') < 0 && len(t)%4 != 0 {
		enc = base64.RawStdEncoding
	}
	if cap(x.b64) < enc.DecodedLen(len(t))+8 {
		x.b64 = make([]byte, enc.DecodedLen(len(t))+8)
	}
	dec := x.b64[:enc.DecodedLen(len(t))+8]
	// The vector decoder takes what it can (whole steps of 32 alphabet
	// characters); the standard one the rest, with padding and any error.
	k := base64Fast(dec, t)
	n, err := enc.Decode(dec[k/4*3:], t[k:])
	n += k / 4 * 3
	if err != nil {
		// Not really base64: scan it as it is.
		x.scanString(t, ed)
		return
	}
	dec = dec[:n]
	var sub edits
	if isBinaryMime(mime) {
		x.scanText(dec, &sub, true)
	} else if b := boundary(mime, dec); b != "" {
		x.multipart(dec, b, &sub)
	} else {
		x.scanString(dec, &sub)
	}
	if len(sub.list) == 0 {
		return
	}
	sub.normalize()
	out := apply(dec, sub.list)
	ed.add(0, len(t), []byte(enc.EncodeToString(out)))
}

func isBinaryMime(m string) bool {
	m = strings.ToLower(m)
	for _, p := range []string{"image/", "font/", "audio/", "video/", "application/octet-stream",
		"application/font", "application/x-font", "application/wasm", "application/pdf",
		"application/zip", "application/gzip", "application/vnd.ms-fontobject", "application/x-protobuf", "application/grpc"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// boundary returns the multipart boundary of a body: from its mime type, or
// sniffed from a first line "--boundary".
func boundary(mime string, t []byte) string {
	lm := strings.ToLower(mime)
	if strings.HasPrefix(lm, "multipart/") {
		if i := strings.Index(lm, "boundary="); i >= 0 {
			b := mime[i+len("boundary="):]
			if j := strings.IndexByte(b, ';'); j >= 0 {
				b = b[:j]
			}
			b = strings.Trim(strings.TrimSpace(b), `"`)
			if b != "" {
				return b
			}
		}
	}
	if len(t) > 4 && t[0] == '-' && t[1] == '-' {
		nl := bytes.IndexByte(t, '\n')
		if nl > 2 && nl < 200 {
			b := strings.TrimRight(string(t[2:nl]), "\r")
			if b != "" && !strings.ContainsAny(b, " \t") && bytes.Contains(t, []byte("\n--"+b)) &&
				bytes.Contains(bytes.ToLower(t[:min(len(t), nl+300)]), []byte("content-disposition")) {
				return b
			}
		}
	}
	return ""
}

// multipart scans each part of a multipart body: a field with a secret
// name is replaced whole; any other part is scanned as text or JSON.
func (x *run) multipart(t []byte, b string, ed *edits) {
	delim := []byte("--" + b)
	i := bytes.Index(t, delim)
	saved := x.name
	defer func() { x.name = saved }()
	for i >= 0 {
		i += len(delim)
		if hasPrefixAt(t, i, "--") {
			return
		}
		next := bytes.Index(t[i:], delim)
		end := len(t)
		if next >= 0 {
			end = i + next
		}
		part := t[i:end]
		hdrEnd, bodyStart := bytes.Index(part, []byte("\r\n\r\n")), 4
		if hdrEnd < 0 {
			hdrEnd, bodyStart = bytes.Index(part, []byte("\n\n")), 2
		}
		if hdrEnd >= 0 {
			headers := part[:hdrEnd]
			bs := i + hdrEnd + bodyStart
			be := end
			if be > bs && t[be-1] == '\n' {
				be--
			}
			if be > bs && t[be-1] == '\r' {
				be--
			}
			name := partName(headers)
			x.sub(t, i, i+hdrEnd, ed, func(h []byte, ed *edits) { x.scanText(h, ed, false) })
			x.name = name
			if r := x.lookup(InParam, name); r != nil && name != nil {
				x.format(t, bs, be, r, false, ed)
			} else if be > bs {
				x.sub(t, bs, be, ed, x.scanString)
			}
		}
		if next < 0 {
			return
		}
		i = end
	}
}

func partName(headers []byte) []byte {
	lh := bytes.ToLower(headers)
	k := bytes.Index(lh, []byte("; name="))
	if k < 0 {
		k = bytes.Index(lh, []byte(";name="))
		if k < 0 {
			return nil
		}
		k++
	} else {
		k += 2
	}
	v := headers[k+len("name="):]
	if len(v) > 0 && v[0] == '"' {
		if q := bytes.IndexByte(v[1:], '"'); q >= 0 {
			return v[1 : 1+q]
		}
		return nil
	}
	if e := bytes.IndexAny(v, ";\r\n"); e >= 0 {
		v = v[:e]
	}
	return bytes.TrimSpace(v)
}

// Trigger indexes reserved in Rules.pairs for the structural triggers.
const (
	trigEquals = 255 // name=value
	trigColon  = 254 // "name": "value", name: 'value', scheme://user:pass@
)

// scanText finds secrets in free text (HTML, JavaScript, forms, URLs, logs).
// binary text (decoded images, fonts) is searched for credential formats
// only.
func (x *run) scanText(t []byte, ed *edits, binary bool) {
	r := x.rules
	n := len(t)
	if n >= 2 {
		if n < 96 || !haveAVX2 {
			x.scanPairs(t, ed, binary)
		} else {
			x.scanBlocks(t, ed, binary)
		}
	}
	for _, vr := range r.free {
		for _, loc := range vr.anywhere.FindAllIndex(t, -1) {
			if loc[1] > loc[0] {
				x.name = nil
				x.secret(t, loc[0], loc[1], vr.rule, vr.rule.Kind, false, ed)
			}
		}
	}
}

// quiet reports whether scanString would find nothing in the short plain
// text t: no trigger pair, no embedded document, no rule without a
// literal prefix. Most values of a JSON body are such, and cost no more.
func (x *run) quiet(t []byte) bool {
	r := x.rules
	if len(t) > 64 || len(r.free) > 0 {
		return false
	}
	if b64Text(t) {
		return false // see base64Layer
	}
	if i := skipWS(t, 0); i < len(t) && (t[i] == '{' || t[i] == '[') {
		return false
	}
	bits := &r.pairBits
	for j := 1; j < len(t); j++ {
		k := uint16(t[j-1])<<8 | uint16(t[j])
		if bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		// The checks trigger makes before it looks closer.
		switch i := j - 1; r.pairs[k] {
		case trigEquals:
			if r.params.mayName(t, i) || mayLayer(t, i) || x.mayEncodedName(t, i) {
				return false
			}
		case trigColon:
			if x.colonMayMatter(t, i) || mayEncoded(t, i, x.raw) && x.encodedKind(t, i) != 0 {
				return false
			}
		default:
			if !x.inWord(t, i) {
				return false
			}
		}
	}
	return true
}

// scanPairs is the prefilter for short texts: one bit test per byte pair,
// sliding one byte at a time, in a table that fits the L1 cache.
func (x *run) scanPairs(t []byte, ed *edits, binary bool) {
	bits := &x.rules.pairBits
	n := len(t)
	prev := uint16(t[0])
	for j := 1; j < n; j++ {
		c := uint16(t[j])
		k := prev<<8 | c
		prev = c
		if bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		i := j - 1 // the pair starts here
		if next := x.trigger(t, i, x.rules.pairs[k], ed, binary); next > i {
			// Resume at the pair (t[next+1], t[next+2]).
			j = next + 1
			if j >= n {
				break
			}
			prev = uint16(t[j])
		}
	}
}

// scanBlocks is the prefilter for longer texts: the vector kernel marks
// the candidate pairs of 64 positions at a time, and only those are
// checked.
func (x *run) scanBlocks(t []byte, ed *edits, binary bool) {
	r := x.rules
	bits := &r.pairBits
	n := len(t)
	var pad [66]byte
	for pos := 0; pos < n-1; {
		var m uint64
		if pos+66 <= n {
			m = pairBlock(t[pos:pos+66], r.filter)
		} else {
			copy(pad[:], t[pos:])
			m = pairBlock(pad[:], r.filter)
			m &= 1<<(n-1-pos) - 1 // a pair needs its second byte
		}
		adv := pos + 64
		for m != 0 {
			i := pos + tz64(m)
			m &= m - 1
			k := uint16(t[i])<<8 | uint16(t[i+1])
			if bits[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
			if next := x.trigger(t, i, r.pairs[k], ed, binary); next > i {
				adv = next + 1 // the next pair starts after what was handled
				break
			}
		}
		pos = adv
	}
}

// inWord reports whether a value-rule pair at t[i] continues a word (a
// credential format starts at a word boundary); an escape just before
// (%3D, \n, \u0022) ends a word.
func (x *run) inWord(t []byte, i int) bool {
	return i > 0 && isWordByte(t[i-1]) && !x.escapeBefore(t, i)
}

// trigger looks closer at the trigger pair at t[i] (its index in
// Rules.pairs is idx). It returns the last byte it handled (a redacted
// value's), or i when there was nothing.
func (x *run) trigger(t []byte, i int, idx uint8, ed *edits, binary bool) int {
	r := x.rules
	switch idx {
	case trigEquals:
		if !binary && r.params.mayName(t, i) {
			if end := x.atEquals(t, i, ed); end > i {
				return end
			}
		}
		if !binary && (mayLayer(t, i) || x.mayEncodedName(t, i)) {
			return x.equalsLayers(t, i, ed)
		}
	case trigColon:
		if binary {
			return i
		}
		if mayEncoded(t, i, x.raw) {
			if end := x.encodedPair(t, i, ed); end > i {
				return end
			}
		}
		if x.colonMayMatter(t, i) {
			return x.atColon(t, i, ed)
		}
	default:
		if x.inWord(t, i) {
			return i
		}
		for _, vr := range r.triggers[idx] {
			if end := x.matchValue(vr, t, i, ed); end > 0 {
				return end - 1
			}
		}
	}
	return i
}

// colonMayMatter reports whether atColon may find something at the ':' at
// t[i]: scheme://user:password@, or a quoted value after a key that may
// be a secret's.
func (x *run) colonMayMatter(t []byte, i int) bool {
	if hasPrefixAt(t, i+1, "//") || x.raw && hasPrefixAt(t, i+1, `\/\/`) {
		return true
	}
	v := i + 1
	for v < len(t) && t[v] == ' ' {
		v++
	}
	q, _ := x.quoteAt(t, v)
	return q != 0 && x.rules.keys.mayName(t, x.keyEnd(t, i))
}

// keyEnd is where the key before the ':' at t[i] ends: before spaces and a
// closing quote (\" in raw text).
func (x *run) keyEnd(t []byte, i int) int {
	for i > 0 && t[i-1] == ' ' {
		i--
	}
	if i > 0 && (t[i-1] == '"' || t[i-1] == '\'') {
		i--
		if x.raw && i > 0 && t[i-1] == '\\' {
			i--
		}
	}
	return i
}

// escapeBefore reports whether the letters or digits just before t[i] end
// an escape (%3D, or \n and \u0022 in raw text), not a word.
func (x *run) escapeBefore(t []byte, i int) bool {
	if i >= 3 && t[i-3] == '%' {
		return true
	}
	return x.raw && (i >= 2 && t[i-2] == '\\' || i >= 6 && t[i-6] == '\\' && t[i-5] == 'u')
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// matchValue tries a value rule at t[i:] and redacts the match. It returns
// the end of the match, or 0.
func (x *run) matchValue(vr *valueRule, t []byte, i int, ed *edits) int {
	rule := vr.rule
	if !vr.fold && !hasPrefixAt(t, i, rule.Prefix) {
		return 0
	}
	if vr.fold && (len(t)-i < len(rule.Prefix) || !bytes.EqualFold(t[i:i+len(rule.Prefix)], vr.prefix)) {
		return 0
	}
	window := t[i:]
	if len(window) > 32<<10 {
		window = window[:32<<10]
	}
	loc := vr.re.FindIndex(window)
	if loc == nil {
		return 0
	}
	s, e := i, i+loc[1]
	saved := x.name
	x.name = nil
	defer func() { x.name = saved }()
	switch rule.Format {
	case FormatAfterPrefix:
		k := keepPrefix(t[s:e], len(rule.Prefix))
		if placeholderAt(t, s+k) > 0 {
			return e
		}
		x.secret(t, s+k, e, rule, rule.Kind, false, ed)
	case FormatScheme:
		if rule.Check == CheckBasic && !basicCredentials(t[s:e]) {
			return 0
		}
		x.scheme(t, s, e, rule, ed)
	case FormatPEM:
		bodyStart := bytes.IndexByte(t[s:e], '\n')
		bodyEnd := bytes.LastIndex(t[s:e], []byte("-----END"))
		if bodyStart < 0 || bodyEnd <= bodyStart {
			// One line: keep the BEGIN/END markers, replace what is between.
			bodyStart = bytes.Index(t[s:e], []byte("KEY-----")) + len("KEY-----") - 1
		}
		x.secret(t, s+bodyStart+1, s+bodyEnd, rule, rule.Kind, false, ed)
	default:
		x.secret(t, s, e, rule, rule.Kind, false, ed)
	}
	return e
}

// keepPrefix is how much of a matched token stays readable: its literal
// prefix up to the first separator ("ghp_", "sk_live_", "xoxd-", "ya29.").
func keepPrefix(m []byte, lit int) int {
	if lit > 0 && (m[lit-1] == '_' || m[lit-1] == '-' || m[lit-1] == '.' || m[lit-1] == '/') {
		return lit
	}
	k := lit
	for k < len(m) && k < 12 && isWordByte(m[k]) {
		k++
	}
	if k < len(m) && (m[k] == '_' || m[k] == '-' || m[k] == '.') {
		return k + 1
	}
	return lit
}

// nameByte: characters of a parameter or key name.
func nameByte(c byte) bool { return byteClass[c].name }

// atEquals handles "name=value" at an '=' (t[i]): URL query and fragment
// parameters, form fields, and HTML attributes name="…".
func (x *run) atEquals(t []byte, i int, ed *edits) int {
	ns := i
	for ns > 0 && i-ns < 80 && nameByte(t[ns-1]) {
		ns--
	}
	if ns == i {
		return i
	}
	rawNL := false
	if x.raw && ns > 0 && t[ns-1] == '\\' && ns < i && (t[ns] == 'n' || t[ns] == 'r' || t[ns] == 't') {
		ns++ // an escaped line break before the name
		rawNL = true
		if ns == i {
			return i
		}
	}
	name := t[ns:i]
	// strong: the name follows a URL or form delimiter, so "name=value" is
	// certainly a parameter. weak: it follows a statement or line break, as
	// in scripts, and the value must look like a token.
	strong := x.form && ns == 0
	if ns > 0 && !rawNL {
		switch d := t[ns-1]; d {
		case '?', '&', '#':
			strong = true
		case ';', '\n', '\r', '\t', '/':
		case ' ':
			if !(ns >= 2 && t[ns-2] == ';') {
				if q, _ := x.quoteAt(t, i+1); q == '"' || q == '\'' {
					return x.htmlAttr(t, ns, i, ed)
				}
				return i
			}
		default:
			return i
		}
	}
	vs := i + 1
	if q, qn := x.quoteAt(t, vs); q == '"' || q == '\'' {
		if rawNL || ns > 0 && (t[ns-1] == '\n' || t[ns-1] == '\t') {
			return x.htmlAttr(t, ns, i, ed)
		}
		ve := x.closingQuote(t, vs+qn, q)
		if ve < 0 {
			return i
		}
		if r := x.lookup(InParam, name); r != nil && (strong || secretLooking(t[vs+qn:ve])) {
			x.name = name
			x.format(t, vs+qn, ve, r, true, ed)
			x.name = nil
			return ve
		}
		return i // scan inside the value too
	}
	ve := vs
	for ve < len(t) && !valueEnd(t[ve]) {
		ve++
	}
	if ve == vs {
		return i
	}
	if !strong && (!tokenLike(t[vs:ve]) || !secretLooking(t[vs:ve]) || bytes.IndexByte(name, '.') >= 0) {
		return i
	}
	if r := x.lookup(InParam, name); r != nil {
		x.name = name
		saved := x.expires
		if strong {
			x.expires = presignedExpiry(t, ns)
		}
		x.format(t, vs, ve, r, true, ed)
		x.name, x.expires = nil, saved
		return ve - 1
	}
	return i
}

// tokenLike reports whether v is made of the characters tokens are made
// of (base64, base64url, hex, percent-encoding).
func tokenLike(v []byte) bool {
	for _, c := range v {
		if !(isWordByte(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=' || c == '%') {
			return false
		}
	}
	return true
}

func valueEnd(c byte) bool {
	switch c {
	case '&', '#', ';', '"', '\'', '<', '>', '\\', ' ', '\t', '\r', '\n', ',', ')', '`':
		return true
	}
	return false
}

// htmlAttr handles an attribute name="…" at t[ns:i]: when it is name (or
// id, property) and names a secret field, the tag's value or content
// attribute is redacted: <input name="SAMLResponse" value="…">,
// <meta name="csrf-token" content="…">.
func (x *run) htmlAttr(t []byte, ns, i int, ed *edits) int {
	q, qn := x.quoteAt(t, i+1)
	if q == 0 {
		return i
	}
	ve := x.closingQuote(t, i+1+qn, q)
	if ve < 0 || ve-(i+1+qn) > 256 {
		return i
	}
	attr := strings.ToLower(string(t[ns:i]))
	val := t[i+1+qn : ve]
	end := ve
	if attr != "name" && attr != "id" && attr != "property" {
		return i // scan inside the value too
	}
	r := x.lookup(InParam, val)
	if r == nil {
		return i
	}
	// The tag: back to '<', forward to '>' (outside quotes).
	ts := bytes.LastIndexByte(t[max(0, ns-4096):ns], '<')
	if ts < 0 {
		return end
	}
	ts += max(0, ns-4096)
	te := tagEnd(t, ts)
	for _, a := range []string{"value=", "content="} {
		k := ts
		for {
			p := bytes.Index(t[k:te], []byte(a))
			if p < 0 {
				break
			}
			p += k
			if p > 0 && (t[p-1] == ' ' || t[p-1] == '\n' || t[p-1] == '\t' || x.raw && p > 1 && t[p-2] == '\\') {
				vs := p + len(a)
				if q, qn := x.quoteAt(t, vs); q != 0 {
					if qe := x.closingQuote(t, vs+qn, q); qe >= 0 && qe <= te {
						x.name = val
						x.format(t, vs+qn, qe, r, false, ed)
						x.name = nil
					}
				}
				return end
			}
			k = p + len(a)
		}
	}
	return end
}

// tagEnd finds the '>' closing the tag opened at t[ts], skipping quoted
// attribute values.
func tagEnd(t []byte, ts int) int {
	var q byte
	for k := ts + 1; k < len(t); k++ {
		c := t[k]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return k
		}
	}
	return len(t)
}

// atColon handles a ':' (t[i]): "key": "value" and key: 'value' pairs in
// scripts and GraphQL, and user:password@ in URLs.
func (x *run) atColon(t []byte, i int, ed *edits) int {
	if hasPrefixAt(t, i+1, "//") {
		return x.userinfo(t, i+3, ed)
	}
	if x.raw && hasPrefixAt(t, i+1, `\/\/`) {
		return x.userinfo(t, i+5, ed)
	}
	// The key, backwards: optional spaces, optional quote, name.
	k := i
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	quoted, qn := x.quoteBefore(t, k)
	k -= qn
	ke := k
	for k > 0 && ke-k < 80 && nameByte(t[k-1]) {
		k--
	}
	if k == ke {
		return i
	}
	if quoted != 0 {
		if q, n := x.quoteBefore(t, k); q != quoted || n == 0 {
			return i
		}
	}
	// The value: optional spaces, a quoted string.
	v := i + 1
	for v < len(t) && t[v] == ' ' {
		v++
	}
	q, qn := x.quoteAt(t, v)
	if q == 0 {
		return i
	}
	r := x.lookup(InJSONKey, t[k:ke])
	if r == nil {
		return i
	}
	vs := v + qn
	e := x.closingQuote(t, vs, q)
	if e < 0 {
		return i
	}
	if !secretLooking(t[vs:e]) {
		return i
	}
	x.name = t[k:ke]
	x.format(t, vs, e, r, false, ed)
	x.name = nil
	return e
}

// quoteBefore reports the quote that ends just before t[k] and its length:
// in raw (still escaped) text a double quote is written \".
func (x *run) quoteBefore(t []byte, k int) (byte, int) {
	if k <= 0 {
		return 0, 0
	}
	switch t[k-1] {
	case '\'':
		return '\'', 1
	case '"':
		if x.raw {
			if k >= 2 && t[k-2] == '\\' {
				return '"', 2
			}
			return 0, 0
		}
		return '"', 1
	}
	return 0, 0
}

// quoteAt reports the quote that starts at t[v] and its length.
func (x *run) quoteAt(t []byte, v int) (byte, int) {
	if v >= len(t) {
		return 0, 0
	}
	switch c := t[v]; c {
	case '\'', '`':
		return c, 1
	case '"':
		if !x.raw {
			return '"', 1
		}
	case '\\':
		if x.raw && v+1 < len(t) && t[v+1] == '"' {
			return '"', 2
		}
	}
	return 0, 0
}

// closingQuote finds the quote q closing a string whose content starts at
// t[vs], skipping the string's own escapes; -1 if there is none nearby.
func (x *run) closingQuote(t []byte, vs int, q byte) int {
	for e := vs; e < len(t) && e-vs < 16<<10; e++ {
		c := t[e]
		if c == '\\' {
			if x.raw {
				if q == '"' && e+1 < len(t) && t[e+1] == '"' {
					return e // the closing \"
				}
				if e+1 < len(t) && t[e+1] == '\\' {
					e += 2 // \\ is one backslash: it escapes the next character
					if e+1 < len(t) && t[e+1] == '\\' {
						e++
					}
					continue
				}
			}
			e++
			continue
		}
		if c == q && (q != '"' || !x.raw) {
			return e
		}
	}
	return -1
}

// userinfo redacts the password of scheme://user:password@host starting at
// t[s] (just after "//").
func (x *run) userinfo(t []byte, s int, ed *edits) int {
	e := s
	for e < len(t) && e-s < 512 {
		c := t[e]
		if c == '/' || c == '?' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '\n' {
			break
		}
		e++
	}
	at := bytes.LastIndexByte(t[s:e], '@')
	if at < 0 {
		return s - 1
	}
	at += s
	colon := bytes.IndexByte(t[s:at], ':')
	if colon < 0 {
		return s - 1
	}
	x.name = t[s : s+colon]
	x.secret(t, s+colon+1, at, x.rules.userinfo, x.rules.userinfo.Kind, true, ed)
	x.name = nil
	return at
}

// secretLooking is the extra evidence asked of a value found by its key in
// free text (scripts, HTML), where keys like "token" also name ordinary
// words: short plain words ("omit", "include", "defaultText") are code, not
// secrets.
func secretLooking(v []byte) bool {
	if len(v) < 4 {
		return false
	}
	if len(v) >= 16 {
		return true
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return true
		}
	}
	return false
}

// basicCredentials reports whether "Basic xxx" holds base64 of printable
// user:password.
func basicCredentials(m []byte) bool {
	sp := bytes.LastIndexByte(m, ' ')
	d, err := base64.StdEncoding.DecodeString(string(m[sp+1:]))
	if err != nil || bytes.IndexByte(d, ':') < 0 {
		return false
	}
	for _, c := range d {
		if c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

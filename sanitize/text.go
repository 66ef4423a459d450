package sanitize

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// scanString looks for secrets in a decoded string: as JSON when it holds a
// JSON document, else as free text.
func (x *run) scanString(t []byte, ed *edits) {
	if x.knownValue(t, 0, len(t), ed) {
		return
	}
	if x.prose {
		// Inside a body's free text, a JSON document or a value is
		// walked as values, not as prose.
		defer func(p bool) { x.prose = p }(x.prose)
		if i := skipWS(t, 0); i < len(t) && (t[i] == '{' || t[i] == '[') {
			x.prose = false
		}
	}
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
	if i < len(t) && t[i] == '<' && x.lvl < maxEmbed && x.carrier(t, "", ed) {
		return // an XML document held in a value
	}
	if !x.form && !x.prose && looksLikeForm(t) {
		// A value holding form text (a=1&b=2): its names are parameters.
		x.form = true
		x.scanText(t, ed, false)
		x.form = false
		return
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
	if x.carrier(t, mime, ed) {
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
	if len(dec) > 2 && dec[0] == 0x1f && dec[1] == 0x8b {
		// Compressed as it came over the wire: inflated (a copy, as
		// x.b64 is reused below).
		z := append([]byte(nil), dec...)
		if x.gzipBody(z, mime, &sub) {
			if len(sub.list) > 0 {
				ed.add(0, len(t), []byte(enc.EncodeToString(apply(z, sub.list))))
			}
			return
		}
	}
	if isBinaryMime(mime) {
		x.scanText(dec, &sub, true)
	} else if b := boundary(mime, dec); b != "" {
		x.multipart(dec, b, &sub)
	} else if !x.carrier(dec, mime, &sub) {
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
// name is replaced whole; any other part is scanned as its own type says
// (see partBody).
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
			if name != nil && x.secretPart(t, bs, be, name, ed) {
			} else if be > bs {
				x.sub(t, bs, be, ed, func(p []byte, ed *edits) { x.partBody(p, headers, ed) })
			}
		}
		if next < 0 {
			return
		}
		i = end
	}
}

// secretPart redacts the body t[s:e] of a multipart part whose name says
// secret. A JSON document (an uploaded credentials file) is walked with
// the part's rule on every value, so the members that describe it (type,
// token_uri) stay readable; any other body is replaced whole.
func (x *run) secretPart(t []byte, s, e int, name []byte, ed *edits) bool {
	r := x.lookup(InParam, name)
	if r == nil || !x.accepts(r, t[s:e]) {
		return false
	}
	if i := skipWS(t[:e], s); i < e && (t[i] == '{' || t[i] == '[') && inherits(r) && x.lvl < maxEmbed {
		done := false
		x.sub(t, s, e, ed, func(p []byte, ed *edits) {
			m := x.mark(ed)
			saved := x.name
			x.name = name
			end, err := x.walk(p, skipWS(p, 0), cAny, r, ed, 0)
			x.name = saved
			if err != nil || skipWS(p, end) != len(p) {
				x.rollback(ed, m)
				return
			}
			done = true
		})
		if done {
			return true
		}
	}
	return x.pair(InParam, name, t, s, e, false, ed)
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
	trigAt     = 253 // an e-mail address: @ and a letter or digit
	trigCard   = 252 // a grouped card number: a digit and a space or dash
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
	if x.prose && !x.form && !binary && r.shape != nil {
		x.proseTokens(t, ed)
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
		switch i, idx := j-1, r.pairs[k]; idx {
		case trigEquals:
			if r.params.mayName(t, i) || x.paramName(t, i) || i > 0 && t[i-1] == ' ' && x.iniName(t, i) || i > 1 && t[i-1] == ']' && t[i-2] != ']' || mayLayer(t, i) || x.mayEncodedName(t, i) {
				return false
			}
		case trigColon:
			if x.colonMayMatter(t, i) || mayEncoded(t, i, x.raw) && x.encodedKind(t, i) != 0 {
				return false
			}
		case trigAt:
			if !x.personalOff() {
				return false
			}
		case trigCard:
			return false
		default:
			if (i+2 >= len(t) || r.third[idx][t[i+2]>>6]&(1<<(t[i+2]&63)) != 0) && !x.inWord(t, i) {
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
		if !binary && (r.params.mayName(t, i) || x.paramName(t, i) || i > 0 && t[i-1] == ' ' && x.iniName(t, i) || i > 1 && t[i-1] == ']' && t[i-2] != ']') {
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
	case trigAt:
		if !binary {
			return x.atEmail(t, i, ed)
		}
	case trigCard:
		if !binary {
			return x.atCard(t, i, ed)
		}
	default:
		if i+2 < len(t) && r.third[idx][t[i+2]>>6]&(1<<(t[i+2]&63)) == 0 || x.inWord(t, i) {
			return i // no literal of the pair goes on with this byte
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
	q, qn := x.quoteAt(t, v)
	if q == 0 {
		// An unquoted value after a space (YAML, chat text).
		return v > i+1 && v < len(t) && t[v] > ' ' && x.rules.keys.mayName(t, x.keyEnd(t, i))
	}
	return x.rules.keys.mayName(t, x.keyEnd(t, i)) || shapeCandidate(t, v+qn)
}

// shapeCandidate reports whether a quoted value starting at t[s] may pass
// the shape rule: its first shapeMin bytes are credential characters.
func shapeCandidate(t []byte, s int) bool {
	if len(t)-s < shapeMin {
		return false
	}
	for _, c := range t[s : s+shapeMin] {
		if !tokenByte[c] {
			return false
		}
	}
	return true
}

// tokenByte marks the characters credentials are made of.
var tokenByte = func() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = isWordByte(b) || strings.IndexByte("-_.~+/=%", b) >= 0
	}
	return
}()

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
	var loc []int
	if rule.Group > 0 {
		loc = vr.re.FindSubmatchIndex(window)
	} else {
		loc = vr.re.FindIndex(window)
	}
	if loc == nil {
		return 0
	}
	s, e := i, i+loc[1]
	if g := 2 * rule.Group; g > 0 {
		if g+1 >= len(loc) || loc[g] < 0 {
			return 0
		}
		s, e = i+loc[g], i+loc[g+1]
	}
	if rule.Entropy > 0 && entropy(t[s:e]) < rule.Entropy {
		return 0
	}
	saved := x.name
	x.name = nil
	defer func() { x.name = saved }()
	if rule.Check == CheckSecretLooking && !secretLooking(bytes.TrimLeft(t[s+len(rule.Prefix):e], ": ")) {
		return 0
	}
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

// paramName reports whether the name before the '=' at t[i] is certainly
// a URL or form parameter's (it follows ?, & or #, or starts form text),
// so that the classifier judges it whatever its ending: the ending filter
// (Rules.params) only sees names that end in a secret word.
func (x *run) paramName(t []byte, i int) bool {
	if !x.form && !x.url {
		return false // in scripts and pages the ending filter decides
	}
	ns := i
	for ns > 0 && i-ns < 80 && nameByte(t[ns-1]) {
		ns--
	}
	if ns == i {
		return false
	}
	if ns == 0 {
		return x.form
	}
	switch t[ns-1] {
	case '?', '&', '#':
		return true
	}
	return false
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
		if i > 0 && t[i-1] == ' ' {
			return x.iniPair(t, i, ed)
		}
		return i
	}
	if t[i-1] == ']' {
		if end := x.bracketPair(t, i, ed); end > i {
			return end
		}
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
	// spaced: the name follows a space, as a word in prose does ("use
	// psk=…"): only a strong secret name counts.
	spaced := false
	if ns > 0 && !rawNL {
		switch d := t[ns-1]; d {
		case '?', '&', '#':
			strong = true
		case ';', '\n', '\r', '\t', '/', ':':
		case ' ':
			if !(ns >= 2 && t[ns-2] == ';') {
				if q, _ := x.quoteAt(t, i+1); q == '"' || q == '\'' {
					return x.htmlAttr(t, ns, i, ed)
				}
				spaced = true
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
		if (strong || secretLooking(t[vs+qn:ve])) && x.pair(InParam, name, t, vs+qn, ve, true, ed) {
			return ve
		}
		return i // scan inside the value too
	}
	if !strong && (rawNL || ns == 0 || t[ns-1] == '\n') && x.strongName(InParam, name) {
		// name=value at the start of a line (.properties, .env, .npmrc):
		// the value runs to the end of the line.
		if end := x.lineValue(t, name, vs, ed); end >= vs {
			return end
		}
	}
	ve := vs
	for ve < len(t) && !valueEnd(t[ve]) {
		ve++
	}
	if ve == vs {
		return i
	}
	if !strong {
		if !tokenLike(t[vs:ve]) || !secretLooking(t[vs:ve]) {
			return i
		}
		// obj.prop=value in a script, or a word=value in prose: only
		// a strong secret name (mail.smtp.password=…, psk=…).
		if (spaced || bytes.IndexByte(name, '.') >= 0) && !x.strongName(InParam, name) {
			return i
		}
	}
	if r := x.lookup(InParam, name); r != nil && x.accepts(r, t[vs:ve]) {
		saved := x.expires
		if strong {
			x.expires = presignedExpiry(t, ns)
		}
		x.name = name
		x.format(t, vs, ve, r, true, ed)
		x.name, x.expires = nil, saved
		return ve - 1
	}
	if strong && x.shapeValue(name, t, vs, ve, true, ed) {
		return ve - 1
	}
	return i
}

// strongName reports whether a name is a secret's by a rule that takes
// any value (not a weak word).
func (x *run) strongName(where Where, name []byte) bool {
	r := x.lookup(where, name)
	return r != nil && !r.Weak && r.Kind != KindPersonal
}

// iniName reports whether the name before " = " at t[i] may be a
// secret's (the ending filter, as for name=).
func (x *run) iniName(t []byte, i int) bool {
	k := i
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	return k < i && k > 0 && x.rules.params.mayName(t, k)
}

// iniPair handles "name = value" at the '=' t[i] (INI and .properties
// files, config dumps): the name starts a line, the value runs to the end
// of the line, and only a strong secret name counts.
func (x *run) iniPair(t []byte, i int, ed *edits) int {
	k := i
	for k > 0 && (t[k-1] == ' ' || t[k-1] == '\t') {
		k--
	}
	ke := k
	for k > 0 && ke-k < 80 && nameByte(t[k-1]) {
		k--
	}
	if k == ke || k > 0 && t[k-1] != '\n' && !(x.raw && k >= 2 && t[k-2] == '\\' && t[k-1] == 'n') {
		return i
	}
	return x.lineValue(t, t[k:ke], i+1, ed)
}

// lineValue redacts the unquoted value that starts after spaces at t[v]
// and runs to the end of its line (or a space), when name is a strong
// secret name and the value looks like one.
func (x *run) lineValue(t, name []byte, v int, ed *edits) int {
	for v < len(t) && t[v] == ' ' {
		v++
	}
	ve := v
	for ve < len(t) && ve-v < 1024 && t[ve] > ' ' && t[ve] != '"' && t[ve] != '\'' && t[ve] != '<' &&
		!(t[ve] == '\\' && x.raw) && t[ve] != ',' && t[ve] != '}' {
		ve++
	}
	if ve == v || !secretLooking(t[v:ve]) || !x.strongName(InJSONKey, name) {
		return v - 1
	}
	if x.pair(InJSONKey, name, t, v, ve, false, ed) {
		return ve - 1
	}
	return v - 1
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
	if attr != "name" && attr != "id" && attr != "property" && attr != "key" {
		// An attribute whose own name says secret: data-api-token="…".
		if x.pair(InJSONKey, t[ns:i], t, i+1+qn, ve, false, ed) {
			return end
		}
		return i // scan inside the value too
	}
	r := x.lookup(InParam, val)
	if r == nil {
		return i
	}
	accept := func(s, e int) bool { return x.accepts(r, t[s:e]) }
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
					if qe := x.closingQuote(t, vs+qn, q); qe >= 0 && qe <= te && accept(vs+qn, qe) {
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
	// No value attribute: the element's text is the value,
	// <span id="_xsrfToken">S</span>.
	if te < len(t) && t[te] == '>' && t[te-1] != '/' {
		vs := te + 1
		ve := vs
		for ve < len(t) && ve-vs <= 1024 && t[ve] != '<' {
			ve++
		}
		if ve < len(t) && t[ve] == '<' {
			for vs < ve && isSpace(t[vs]) {
				vs++
			}
			for ve > vs && isSpace(t[ve-1]) {
				ve--
			}
			if ve > vs && tokenLike(t[vs:ve]) && secretLooking(t[vs:ve]) && accept(vs, ve) {
				x.name = val
				x.format(t, vs, ve, r, false, ed)
				x.name = nil
			}
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
		// Unquoted (YAML, chat text: "passphrase: X"): after a space,
		// to the end of the word, for a strong secret name only.
		if quoted == 0 && v > i+1 {
			if end := x.lineValue(t, t[k:ke], v, ed); end >= v {
				return end
			}
		}
		return i
	}
	var r *Rule
	if x.rules.keys.mayName(t, ke) {
		r = x.lookup(InJSONKey, t[k:ke])
	}
	vs := v + qn
	if r == nil {
		// An object literal's value nothing names: the shape rule.
		if shapeCandidate(t, vs) {
			if e := x.closingQuote(t, vs, q); e > vs && x.shapeValue(t[k:ke], t, vs, e, false, ed) {
				return e
			}
		}
		return i
	}
	e := x.closingQuote(t, vs, q)
	if e < 0 {
		return i
	}
	if !secretLooking(t[vs:e]) || !x.accepts(r, t[vs:e]) {
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

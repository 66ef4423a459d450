package sanitize

// Name/value pairs written in free text: name=value (URL and form parameters,
// config lines, HTML attributes), "key": "value" and key: value (scripts,
// JSON-like text, YAML), and user:password@ in URLs. Each pair goes to the
// classifier (pair).

import (
	"bytes"
	"strings"
)

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

// lineStartPair reports whether the '=' at t[i] ends a name that starts a
// line or a string (NAME=value of .env files and pasted configs, "k=v"),
// with a value the shape rule may judge after it.
func (x *run) lineStartPair(t []byte, i int) bool {
	if !shapeCandidate(t, i+1) {
		return false
	}
	ns := i
	for ns > 0 && i-ns < 80 && nameByte(t[ns-1]) {
		ns--
	}
	switch {
	case ns == i:
		return false
	case ns == 0:
		return true
	case t[ns-1] == '\n' || t[ns-1] == '"' || t[ns-1] == '\'':
		return true
	}
	return x.raw && t[ns-1] == '\\' && (t[ns] == 'n' || t[ns] == 'r')
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
		if i > 1 && t[i-1] == ' ' && t[i-2] == ']' {
			if end := x.bracketPair(t, i, ed); end > i {
				return end
			}
		}
		if i > 0 && t[i-1] == ' ' {
			if end := x.scriptAssign(t, i, ed); end > i {
				return end
			}
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
	opens := false // the name opens a string: "BB=ATBB…\n…" is a line too
	if ns > 0 && !rawNL {
		switch d := t[ns-1]; d {
		case '?', '&', '#':
			strong = true
		case '"', '\'':
			opens = true
		case ':':
			// a prefixed attribute (<ac:parameter ac:name="password">):
			// judged as the attribute it is
			if p := ns - 1; p > 0 {
				k := p
				for k > 0 && p-k < 32 && xmlNameByte(t[k-1]) {
					k--
				}
				if k < p && k > 0 && t[k-1] == ' ' {
					if q, _ := x.quoteAt(t, i+1); q == '"' || q == '\'' {
						return x.htmlAttr(t, ns, i, ed)
					}
				}
			}
		case ';', '\n', '\r', '\t', '/', ',', '~': // ~: Akamai's st=…~exp=…~hmac=…
		case '>': // a word after a tag, as in prose: <br>psk=…<br>
			spaced = true
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
	if end := x.segmentValue(t, ns, vs, name, ed); end >= vs {
		return end
	}
	ve := vs
	for ve < len(t) && !valueEnd(t[ve]) {
		ve++
	}
	if ns > 0 && t[ns-1] == ';' {
		// a URL path's matrix parameter (/home.jsp;jsessionid=…?x=1)
		// ends where the path or the query goes on
		if k := bytes.IndexAny(t[vs:ve], "?/"); k >= 0 {
			ve = vs + k
		}
	}
	if ve == vs {
		return i
	}
	if !strong {
		v := t[vs:ve]
		if (!tokenLike(v) || !secretLooking(v)) && !(spaced && passwordLooking(v) && x.strongName(InParam, name)) {
			return i // (a password with symbols after a strong name: PGPASSWORD=Walrus^Ember^28 psql)
		}
		// obj.prop=value in a script, or a word=value in prose: only
		// a strong secret name (mail.smtp.password=…, psk=…).
		if (spaced || bytes.IndexByte(name, '.') >= 0) && !x.strongName(InParam, name) {
			return i
		}
	}
	if x.form && string(name) == "name" && !x.opt.KeepPersonal && (bytes.Contains(t, []byte("email=")) || bytes.Contains(t, []byte("email%5D="))) {
		// A form with an e-mail field is a person's record (a sign-up, a
		// customer): its plain name field is the person's.
		if r := x.lookup(InJSONKey, []byte("full_name")); r != nil && !ed.overlaps(vs, ve) {
			x.personal(t, vs, ve, r, true, ed)
			return ve - 1
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
	// The shape rule where the pair is certainly one: a URL or form
	// parameter, or NAME=value starting a line (.env, a pasted config).
	if (strong || rawNL || opens || ns == 0 || t[ns-1] == '\n') && x.shapeValue(name, t, vs, ve, true, ed) {
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

// weakName reports whether name is a weak secret word's (key, code).
func (x *run) weakName(name []byte) bool {
	r := x.lookup(InJSONKey, name)
	return r != nil && r.Weak && r.Kind != KindPersonal
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

// scriptAssign handles an assignment of a string in a script, spaced as
// people write it: var apiToken = "…", window.authToken = '…',
// cfg.password = "…" (t[i] is the '='). The name is judged by the
// classifier as any other, the string by its rule (its JavaScript
// escapes decoded: '00Ab\x2DcdEf…'). It returns the string's closing
// quote when it was redacted, else i.
func (x *run) scriptAssign(t []byte, i int, ed *edits) int {
	if i+1 >= len(t) || t[i+1] == '=' {
		return i // == and ===
	}
	ke := i - 1
	for ke > 0 && t[ke-1] == ' ' {
		ke--
	}
	k := ke
	for k > 0 && ke-k < 80 && (nameByte(t[k-1]) || t[k-1] == '$') {
		k--
	}
	if k == ke {
		return i
	}
	vs, ve := x.quotedAfter(t, i+1)
	if ve <= vs || ed.overlaps(vs, ve) {
		return i
	}
	name := t[k:ke]
	if d := bytes.LastIndexByte(name, '.'); d >= 0 && d+1 < len(name) {
		name = name[d+1:] // window.authToken: the property's name
	}
	r := x.lookup(InParam, name)
	if r == nil || r.Kind == KindPersonal {
		return i
	}
	v := t[vs:ve]
	if bytes.IndexByte(v, '\\') >= 0 {
		if v = x.jsDecoded(v); v == nil {
			return i
		}
	}
	if !x.accepts(r, v) || !r.Weak && !secretLooking(v) && !passwordLooking(v) {
		return i
	}
	x.formatNamed(name, t, vs, ve, r, false, ed)
	return ve
}

// quotedAfter finds the quoted string after optional spaces at t[v]: its
// content t[vs:ve] (ve at the closing quote); ve < 0 when there is none.
func (x *run) quotedAfter(t []byte, v int) (vs, ve int) {
	for v < len(t) && t[v] == ' ' {
		v++
	}
	q, qn := x.quoteAt(t, v)
	if q == 0 {
		return v, -1
	}
	return v + qn, x.closingQuote(t, v+qn, q)
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
	if x.raw && k > 0 && t[k-1] == '\\' && k < ke && (t[k] == 'n' || t[k] == 'r') {
		k++ // an escaped line break before the name (\ndb_password = …)
	} else if k == ke || k > 0 && t[k-1] != '\n' && !(x.raw && k >= 2 && t[k-2] == '\\' && t[k-1] == 'n') {
		return i
	}
	if end := x.lineRest(t, t[k:ke], i+1, ed); end > i {
		return end
	}
	return x.lineValue(t, t[k:ke], i+1, ed)
}

// lineRest redacts an unquoted value with spaces that runs from after the
// spaces at t[v] to the end of its line, under a strong secret name at
// the start of the line (.properties and INI values run to the end of
// the line: password = Heron Velvet 77). It returns the last byte handled
// or -1.
func (x *run) lineRest(t, name []byte, v int, ed *edits) int {
	for v < len(t) && t[v] == ' ' {
		v++
	}
	if q, _ := x.quoteAt(t, v); q != 0 {
		return -1
	}
	e := v
	for e < len(t) && e-v < 1024 && t[e] != '\n' && t[e] != '\r' && !(x.raw && t[e] == '\\' && e+1 < len(t) && (t[e+1] == 'n' || t[e+1] == 'r')) {
		e++
	}
	for e > v && t[e-1] == ' ' {
		e--
	}
	if e-v > 1023 || bytes.IndexByte(t[v:e], ' ') < 0 || !x.strongName(InJSONKey, name) || !secretLooking(t[v:e]) {
		return -1
	}
	if x.pair(InJSONKey, name, t, v, e, false, ed) {
		return e - 1
	}
	return -1
}

// lineValue redacts the unquoted value that starts after spaces at t[v]
// and runs to the end of its line (or a space), when name is a strong
// secret name and the value looks like one.
func (x *run) lineValue(t, name []byte, v int, ed *edits) int {
	for v < len(t) && t[v] == ' ' {
		v++
	}
	if q, qn := x.quoteAt(t, v); q != 0 && q != '`' {
		// A quoted value on the line (TOML, HCL, .env, shell):
		// password = "S", the quotes kept.
		vs := v + qn
		ve := x.closingQuote(t, vs, q)
		if ve <= vs || ve-vs > 1024 || x.lineBreakIn(t[vs:ve]) || !secretLooking(t[vs:ve]) ||
			!x.strongName(InJSONKey, name) && !(passwordLooking(t[vs:ve]) && x.weakName(name)) {
			return v - 1
		}
		if x.pair(InJSONKey, name, t, vs, ve, false, ed) {
			return ve - 1
		}
		return v - 1
	}
	ve := v
	for ve < len(t) && ve-v < 1024 && t[ve] > ' ' && t[ve] != '"' && t[ve] != '\'' && t[ve] != '<' &&
		!(t[ve] == '\\' && x.raw) && t[ve] != ',' && t[ve] != '}' {
		ve++
	}
	if ve == v || !secretLooking(t[v:ve]) || !x.strongName(InJSONKey, name) && !(passwordLooking(t[v:ve]) && x.weakName(name)) {
		return v - 1 // (after a weak name, a value that looks like a password: "WPA key: S")
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
	if attr == "value" && len(val) > 0 && x.passwordInput(t, ns) {
		// <input type="password" … value="S">: the input says what it holds.
		if r := x.lookup(InParam, []byte("password")); r != nil && x.accepts(r, val) {
			x.format(t, i+1+qn, ve, r, false, ed)
			return end
		}
	}
	if attr != "name" && attr != "id" && attr != "property" && attr != "key" {
		// An attribute whose own name says secret: data-api-token="…".
		if x.pair(InJSONKey, t[ns:i], t, i+1+qn, ve, false, ed) {
			return end
		}
		if (attr == "href" || attr == "action") && ve > i+1+qn && bytes.IndexByte(t[i+1+qn:ve], '?') > 0 && !ed.overlaps(i+1+qn, ve) {
			// a link's query is judged as a URL's (<a href="/reset?t=S">;
			// its path is free text's: proseTokens)
			x.sub(t, i+1+qn, ve, ed, func(u []byte, sub *edits) { x.linkQueryOf(u, sub) })
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
			// (a password under a strong name needs no token shape:
			// <ac:parameter ac:name="password">Quarry#Lantern77<)
			if v := t[vs:ve]; ve > vs && (tokenLike(v) && secretLooking(v) || !r.Weak && r.Kind != KindPersonal && passwordLooking(v)) && accept(vs, ve) {
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
// headerString reports whether t, a whole value, is one header written
// Name:Value with no space (a gateway plugin's "X-Api-Key:S" list, Kong's
// request-transformer): a name from the start, the value to the end.
func headerString(t []byte, i int) bool {
	if i == 0 || i+1 >= len(t) || len(t) > 1024 {
		return false
	}
	for _, c := range t[:i] {
		if !nameByte(c) {
			return false
		}
	}
	return !bytes.ContainsAny(t[i+1:], " \t\n\r\"':") // (one colon: "token:software:totp" is a type, not a pair)
}

// pgpassPort reports whether the ':' at t[i] starts a PostgreSQL port
// followed by another field (host:543x:…), as a .pgpass line has.
func pgpassPort(t []byte, i int) bool {
	return i+6 < len(t) && t[i+1] == '5' && t[i+2] == '4' && t[i+3] == '3' && isDigit(t[i+4]) && t[i+5] == ':'
}

// pgpassLine redacts the password of the .pgpass line whose port starts
// at the ':' t[i] (host:port:database:user:password); it returns the end
// of the line handled, or 0.
func (x *run) pgpassLine(t []byte, i int, ed *edits) int {
	r := x.rules.pgpass
	if r == nil {
		return 0
	}
	k := i + 6
	for f := 0; f < 2; f++ { // the database and the user
		s := k
		for k < len(t) && k-s <= 64 && t[k] != ':' && !isSpace(t[k]) && t[k] != '"' && t[k] != '\'' && t[k] != '\\' {
			k++
		}
		if k == s || k >= len(t) || t[k] != ':' {
			return 0
		}
		k++
	}
	s, e := k, k
	for e < len(t) && e-s <= 256 && !isSpace(t[e]) && t[e] != '"' && t[e] != '\'' && t[e] != '<' && t[e] != '>' && t[e] != '\\' {
		e++
	}
	if e-s < 6 || !passwordLooking(t[s:e]) || ed.overlaps(s, e) {
		return 0
	}
	x.secret(t, s, e, r, r.Kind, false, ed)
	return e
}

func (x *run) atColon(t []byte, i int, ed *edits) int {
	if pgpassPort(t, i) {
		if end := x.pgpassLine(t, i, ed); end > 0 {
			return end - 1
		}
	}
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
	for k > 0 && ke-k < 80 && (nameByte(t[k-1]) || t[k-1] >= 0x80) { // (letters of any script: Contraseña)
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
	if v > i+1 && v < len(t) && t[v] == '<' {
		v = inlineTagEnd(t, v) // Your temporary password: <b>S</b> (a mail's HTML)
	}
	q, qn := x.quoteAt(t, v)
	if q == 0 {
		// Unquoted (YAML, chat text: "passphrase: X"): after a space,
		// to the end of the word, for a strong secret name only.
		if quoted == 0 && (v > i+1 || k == 0 && headerString(t, i)) {
			if x.startsLine(t, k) {
				// A YAML or header-style line: the value runs to the
				// end of the line (DB_PASS: Heron Velvet 77).
				if end := x.lineRest(t, t[k:ke], v, ed); end >= v {
					return end
				}
			}
			if end := x.lineValue(t, t[k:ke], v, ed); end >= v {
				return end
			}
			if ps := phraseStart(t, k); ps < k {
				// Words before the colon name it together (Mot de
				// passe : S, Contraseña temporal: S, New password: S).
				if end := x.lineValue(t, t[ps:ke], v, ed); end >= v {
					return end
				}
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
		} else if x.jsEscapeAt(t, vs) {
			// A string written in escapes (k:"\x41\x42…"): judged
			// decoded, redacted whole.
			if e := x.closingQuote(t, vs, q); e > vs && x.escapedShape(t[k:ke], t, vs, e, ed) {
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

// inlineTagEnd returns where the text after the inline element's start
// tag at t[v] ('<') begins (<b>, <strong>, <code>, <kbd>, <span …>), or
// v when there is no such tag.
func inlineTagEnd(t []byte, v int) int {
	j := v + 1
	for j < len(t) && j-v < 10 && t[j] >= 'a' && t[j] <= 'z' {
		j++
	}
	switch string(t[v+1 : j]) {
	case "b", "strong", "code", "kbd", "tt", "em", "i", "span", "samp", "mark", "u", "font":
	default:
		return v
	}
	gt := bytes.IndexByte(t[j:min(len(t), j+200)], '>')
	if gt < 0 || j+gt+1 >= len(t) || t[j+gt+1] == '<' {
		return v
	}
	return j + gt + 1
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

// lineBreakIn reports whether v holds a line break (\n, or the escape \n
// in raw text): a quoted value on a config line ends on its line.
func (x *run) lineBreakIn(v []byte) bool {
	return bytes.IndexByte(v, '\n') >= 0 || x.raw && bytes.Contains(v, []byte(`\n`))
}

// segmentValue handles a strong secret name after a ';' (a connection
// string: Server=…;Password=Quokka#4471;Encrypt=true, an ODBC DSN): the
// value runs to the next ';', whatever characters it holds. It returns
// the last byte handled, or -1.
func (x *run) segmentValue(t []byte, ns, vs int, name []byte, ed *edits) int {
	d := ns - 1
	if d > 0 && t[d] == ' ' {
		d--
	}
	if d < 0 || t[d] != ';' && t[d] != ',' || !x.strongName(InParam, name) {
		return -1
	}
	// The segment before is a name=value too (not a path: /cart;jsessionid=);
	// between commas host:port counts (a Redis connection string:
	// cache.internal:6380,password=S,ssl=True).
	sep := t[d]
	p := d - 1
	for p >= 0 && d-p < 256 && t[p] != sep && t[p] != '=' && !(sep == ',' && t[p] == ':') && t[p] != '"' && t[p] != '\n' && t[p] != '/' && t[p] != '?' {
		p--
	}
	if p < 0 || t[p] != '=' && !(sep == ',' && t[p] == ':') {
		return -1
	}
	ve := vs
	for ve < len(t) && ve-vs < 512 && t[ve] != sep && t[ve] != '"' && t[ve] != '\'' && t[ve] != '\n' && t[ve] != '\r' && !(x.raw && t[ve] == '\\') {
		ve++
	}
	if ve-vs >= 512 {
		return -1
	}
	// In text, a sentence's full stop or comma and what follows are
	// not the value's (…;Pwd=Tr0ub4dor3xK. Then run the job); a space
	// alone may be the password's.
	for k := vs + 1; k < ve; k++ {
		if (t[k] == '.' || t[k] == ',') && (k+1 == ve || t[k+1] == ' ') {
			ve = k
			break
		}
	}
	if ve == vs || !x.pair(InParam, name, t, vs, ve, false, ed) {
		return -1
	}
	return ve - 1
}

// startsLine reports whether t[k] starts a line's content: after the
// line break (\n in raw text) come only indentation and a YAML list
// marker.
func (x *run) startsLine(t []byte, k int) bool {
	for k > 0 && (t[k-1] == ' ' || t[k-1] == '\t') {
		k--
	}
	if k >= 2 && t[k-1] == ' ' && t[k-2] == '-' {
		k -= 2
		for k > 0 && t[k-1] == ' ' {
			k--
		}
	}
	return k == 0 || t[k-1] == '\n' || x.raw && k >= 2 && t[k-2] == '\\' && t[k-1] == 'n'
}

// phraseStart returns where the words before the word at t[k] start: up
// to three more words of letters (any script) on the same line, joined
// by single spaces.
func phraseStart(t []byte, k int) int {
	ps := k
	for n := 0; n < 3 && ps >= 2 && t[ps-1] == ' '; n++ {
		j := ps - 1
		for j > 0 && ps-1-j < 24 && (isLetter(t[j-1]) || t[j-1] >= 0x80 || t[j-1] == '-' && j-1 > 0 && isLetter(t[j-2])) {
			j-- // (one-time code: a word may have a dash)
		}
		if j == ps-1 {
			break
		}
		ps = j
	}
	return ps
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// phraseMayName reports whether one of the up to three words before the
// word ending at t[e] may end a secret's name (the ending filter).
func (x *run) phraseMayName(t []byte, e int) bool {
	k := e
	for k > 0 && e-k < 24 && (isLetter(t[k-1]) || t[k-1] >= 0x80) {
		k--
	}
	for n := 0; n < 3 && k >= 2 && t[k-1] == ' '; n++ {
		we := k - 1
		if x.rules.keys.mayName(t, we) {
			return true
		}
		k = we
		for k > 0 && we-k < 24 && (isLetter(t[k-1]) || t[k-1] >= 0x80) {
			k--
		}
		if k == we {
			return false
		}
	}
	return false
}

// passwordInput reports whether the tag around the attribute at t[ns] is
// an <input type="password">.
func (x *run) passwordInput(t []byte, ns int) bool {
	ts := bytes.LastIndexByte(t[max(0, ns-1024):ns], '<')
	if ts < 0 {
		return false
	}
	ts += max(0, ns-1024)
	te := tagEnd(t, ts)
	tag := bytes.ToLower(t[ts:min(te, ts+2048)])
	return bytes.HasPrefix(tag, []byte("<input")) && (bytes.Contains(tag, []byte(`type="password"`)) || bytes.Contains(tag, []byte(`type=\"password\"`)) ||
		bytes.Contains(tag, []byte("type='password'")) || bytes.Contains(tag, []byte("type=password")))
}

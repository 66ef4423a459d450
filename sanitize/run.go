package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxEmbed bounds how deep strings are searched for embedded documents
// (JSON in a JSON string in a body …).
const maxEmbed = 8

// maxFindings bounds the findings kept in a Report; counts go on.
var maxFindings = 100000 // a var: tests make it small

// run is the state of one Sanitize or Verify call.
type run struct {
	rules    *Rules
	opt      *options
	ps       *pseudonymizer
	rep      *Report
	maxDepth int

	path    []seg
	name    []byte // name of the value being looked at, for findings
	levels  []*level
	lvl     int
	joined  []byte                // parentJoined's buffer
	phrases map[string]classified // namedBefore's verdicts (classifyCached)
	inJWT   bool                  // in a claims set (a JWT payload, an OIDC userinfo object): claims are judged as a token's
	form    bool                  // the text is urlencoded form data
	prose   bool                  // the text is a body's free text (scripts, pages, logs), not a value
	url     bool                  // the text is a URL (or a value holding one)
	raw     bool                  // the text is still JSON-escaped (see bodyRaw)
	// bankRecord: an account number is being redacted beside its bank's
	// routing number (bankAccount); bankForm: the form being scanned
	// names a bank (routing_number=…).
	bankRecord, bankForm bool
	gqlDoc               bool // the text is a GraphQL document (a "query" member)
	// endpoint is the rule the entry's URL path names (…/backup_codes,
	// …/Password/Retrieve); reply is it while the response body is
	// walked (endpoint.go).
	endpoint, reply *Rule
	// inner is what the object walked last named without holding the
	// value (a Typeform answer's "field": {"ref": "vpn_password"}): its
	// parent's value member is the pair's value (nestedDescriptor).
	inner descriptor

	entry      int
	entryStart int // first finding of the current entry
	entryHost  string
	entryTime  string
	expires    time.Time // expiry of the value being redacted, if known

	err   error    // the first invalid string of the HAR
	strs  []span   // long strings of the value being walked (see reader)
	qbits []uint64 // their quote masks (see reader)
	qb    []uint64 // the quote masks of the body being walked raw
	norm  []byte
	cache [8]map[string]*Rule
	short [256]shortName // in front of cache
	b64   []byte
	mem   []member

	subs     []*edits // see sub
	subDepth int

	lay layerState // see layers.go

	known knownSet // secrets seen so far (known.go)

	// spec is set when the run is a worker of the parallel pass: what
	// its entry's result depended on (parallel.go).
	spec *speculation
}

type seg struct {
	key []byte
	idx int
}

type level struct {
	js jsonString
	ed edits
}

func (x *run) push(key []byte, idx int) { x.path = append(x.path, seg{key, idx}) }
func (x *run) pop()                     { x.path = x.path[:len(x.path)-1] }

// pointer renders the current path as a JSON pointer.
func (x *run) pointer() string {
	var b strings.Builder
	for _, s := range x.path {
		b.WriteByte('/')
		if s.key == nil {
			b.WriteString(strconv.Itoa(s.idx))
			continue
		}
		for _, c := range s.key {
			switch c {
			case '~':
				b.WriteString("~0")
			case '/':
				b.WriteString("~1")
			default:
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

// found records a finding for the value secret.
func (x *run) found(rule *Rule, kind Kind, secret []byte) {
	f := Finding{Entry: x.entry, Kind: kind, Rule: rule.ID, Name: string(x.name), Expires: x.expires, Residue: rule.Check == CheckShape}
	if x.spec.findingsBefore(len(x.rep.Findings))+len(x.rep.Findings) < maxFindings {
		f.Path = x.pointer()
		f.Fingerprint = x.ps.fingerprint(secret)
		x.rep.add(f)
		return
	}
	x.rep.FindingsDropped++
	x.rep.add(f)
	x.rep.Findings = x.rep.Findings[:len(x.rep.Findings)-1]
}

// mark is a point to roll findings and edits back to.
type mark struct {
	edits, findings, redacted, dropped, residue int
	undo, log                                   int // the known set's additions (knownSet.open)
}

// mark opens a tentative walk: it ends with commit (what it found stays)
// or rollback.
func (x *run) mark(ed *edits) mark {
	m := mark{edits: len(ed.list), findings: len(x.rep.Findings), redacted: x.rep.Redacted, dropped: x.rep.FindingsDropped, residue: x.rep.Residue}
	m.undo, m.log = x.known.open()
	return m
}

// commit ends the tentative walk opened by mark, keeping what it found.
func (x *run) commit() { x.known.close() }

// rollback undoes what was found since m (a body that looked like JSON but
// was not, and is scanned again as text).
func (x *run) rollback(ed *edits, m mark) {
	ed.list = ed.list[:m.edits]
	for _, f := range x.rep.Findings[m.findings:] {
		x.rep.Counts[f.Kind]--
		if x.rep.Counts[f.Kind] == 0 {
			delete(x.rep.Counts, f.Kind)
		}
		l := location(f.Path)
		x.rep.Locations[l]--
		if x.rep.Locations[l] == 0 {
			delete(x.rep.Locations, l)
		}
	}
	x.rep.Findings = x.rep.Findings[:m.findings]
	x.rep.Redacted, x.rep.FindingsDropped = m.redacted, m.dropped
	x.rep.Residue = m.residue
	x.known.drop(m.undo, m.log)
}

// withString decodes the JSON string content t[s:e], lets fn find edits in
// the decoded text, and adds them to out in t's coordinates (text edits
// escaped for the string).
func (x *run) withString(t []byte, s, e int, out *edits, fn func(dec []byte, ed *edits)) {
	strict := x.lvl == 0
	valid := strict && x.checked(s)
	x.lvl++
	defer func() { x.lvl-- }()
	for len(x.levels) <= x.lvl {
		x.levels = append(x.levels, &level{})
	}
	L := x.levels[x.lvl]
	if valid {
		decodeJSONString(t[s:e], &L.js) // valid: the reader checked it
	} else if strict {
		// A string of the HAR itself: it must be valid.
		if bad := decodeStrict(t[s:e], &L.js); bad >= 0 {
			if x.err == nil {
				x.err = stringError(t[s:e], bad, s)
			}
			return
		}
	} else if !decodeJSONString(t[s:e], &L.js) {
		// An escape that does not decode (a lone surrogate in an embedded
		// document): scan the raw text rather than skip it.
		L.js = jsonString{raw: t[s:e], dec: t[s:e], buf: L.js.buf, escBuf: L.js.escBuf} // escaped: false
	}
	L.ed.reset()
	fn(L.js.dec, &L.ed)
	if len(L.ed.list) == 0 {
		return
	}
	L.ed.normalize()
	for _, d := range L.js.toRaw(L.ed.list) {
		if d.text {
			d.repl = jsonEscape(d.repl)
		}
		out.list = append(out.list, edit{s + d.start, s + d.end, d.repl, d.text})
	}
}

// sub runs fn on t[s:e] as its own text and adds its edits to out.
// Its edits come from a stack reused across calls (subs may nest).
func (x *run) sub(t []byte, s, e int, out *edits, fn func(sub []byte, ed *edits)) {
	if len(x.subs) <= x.subDepth {
		x.subs = append(x.subs, &edits{})
	}
	ed := x.subs[x.subDepth]
	ed.reset()
	x.subDepth++
	fn(t[s:e], ed)
	x.subDepth--
	if len(ed.list) == 0 {
		return
	}
	ed.normalize()
	for _, d := range ed.list {
		out.list = append(out.list, edit{s + d.start, s + d.end, d.repl, d.text})
	}
}

// lookup finds the rule for a name. Names repeat (the same JSON keys and
// headers in every entry), so answers are cached per run.
func (x *run) lookup(where Where, name []byte) *Rule {
	if len(name) <= 16 {
		// Short names (most) first try a small table keyed by their
		// bytes as two words: no hashing of strings, no map.
		w0, w1 := nameWords(name)
		h := (w0*0x9E3779B97F4A7C15 ^ w1*0xC2B2AE3D27D4EB4F ^ uint64(len(name))<<8 ^ uint64(where)) >> 56
		e := &x.short[h]
		if e.set && e.w0 == w0 && e.w1 == w1 && e.n == uint8(len(name)) && e.where == where {
			return e.rule
		}
		r := x.lookupMap(where, name)
		*e = shortName{w0: w0, w1: w1, n: uint8(len(name)), where: where, rule: r, set: true}
		return r
	}
	return x.lookupMap(where, name)
}

// nameWords returns a name of up to 16 bytes as two little-endian words,
// zero-padded: loads that overlap instead of a copy.
func nameWords(name []byte) (w0, w1 uint64) {
	n := len(name)
	le := binary.LittleEndian
	switch {
	case n >= 8:
		return le.Uint64(name), le.Uint64(name[n-8:]) >> (8 * (16 - n))
	case n >= 4:
		return uint64(le.Uint32(name)) | uint64(le.Uint32(name[n-4:]))>>(8*(8-n))<<32, 0
	}
	for i := n - 1; i >= 0; i-- {
		w0 = w0<<8 | uint64(name[i])
	}
	return w0, 0
}

// shortName is an entry of run.short: a name of up to 16 bytes, where it
// was looked up, and the answer.
type shortName struct {
	w0, w1 uint64
	n      uint8
	where  Where
	set    bool
	rule   *Rule
}

// lookupMap is lookup with a map of every name seen.
func (x *run) lookupMap(where Where, name []byte) *Rule {
	w := bits.TrailingZeros8(uint8(where))
	c := x.cache[w]
	if c == nil {
		c = map[string]*Rule{}
		x.cache[w] = c
	}
	if r, ok := c[string(name)]; ok {
		return r
	}
	x.norm = normalizeBytes(x.norm, name)
	r := x.rules.lookup(where, name, x.norm)
	if len(c) < 8192 && len(name) <= 64 {
		c[string(name)] = r
	}
	return r
}

// secret replaces t[s:e], a secret value of the given rule, and records it.
// pct marks values that may be percent-encoded (URLs, forms, cookies): the
// placeholder is computed on the decoded value, so the same secret matches
// across its encoded and decoded appearances.
func (x *run) secret(t []byte, s, e int, rule *Rule, kind Kind, pct bool, ed *edits) {
	s, e = x.wholeUnits(t, s, e)
	v := t[s:e]
	if len(v) == 0 || isPlaceholder(v) || ed.overlaps(s, e) {
		return
	}
	if n := placeholderAt(t, s); n > 0 && (s+n >= e || !tokenByte[t[s+n]] || t[s+n] == '%') {
		return // our placeholder and an escape's or entity's bytes after it (…&amp;): redacted already
	}
	if isJWT(v) {
		saved := x.expires
		repl, changed := x.jwt(v)
		if changed {
			ed.add(s, e, repl)
			x.found(rule, kind, v)
			x.remember(v, KindJWT)
		}
		x.expires = saved
		return
	}
	if kind == "" {
		kind = rule.Kind
	}
	key := v
	if pct {
		key = percentDecode(v)
	}
	ed.add(s, e, x.ps.placeholder(kind, key))
	x.found(rule, kind, key)
	x.remember(key, kind)
}

// format applies rule's format to the value t[s:e].
func (x *run) format(t []byte, s, e int, rule *Rule, pct bool, ed *edits) {
	switch rule.Format {
	case FormatScheme:
		x.scheme(t, s, e, rule, ed)
	case FormatCookie:
		x.cookieHeader(t, s, e, rule, ed)
	case FormatSetCookie:
		x.setCookie(t, s, e, rule, ed)
	case FormatEmail, FormatPhone, FormatIP, FormatPersonal:
		if !x.personalOff() {
			x.personal(t, s, e, rule, pct, ed)
		}
		if rule.Format != FormatPersonal && e-s > 32 {
			// These rewrite the addresses and numbers in the value, not
			// the value: what else it holds is scanned (an email_body's
			// sign-in link).
			x.sub(t, s, e, ed, func(v []byte, sub *edits) { x.scanString(v, sub) })
		}
	default:
		if rule.Kind == KindPersonal && x.shapedPersonal(t, s, e, rule, ed) {
			return // a claim that is an e-mail address or a phone number keeps its shape
		}
		if rule.Kind == KindSecret && bytes.IndexByte(t[s:e], ';') > 0 && x.connString(t, s, e, rule, ed) {
			return // a connection string: its secret members
		}
		x.secret(t, s, e, rule, rule.Kind, pct, ed)
	}
}

// shapedPersonal pseudonymises t[s:e], a personal value under a rule of no
// format (a token's claims), keeping its shape when it is a whole e-mail
// address or a phone number; it reports whether it was one.
func (x *run) shapedPersonal(t []byte, s, e int, rule *Rule, ed *edits) bool {
	if x.emailWhole(t, s, e, rule, ed) {
		return true
	}
	v := t[s:e]
	return len(v) >= 8 && (v[0] == '+' || v[0] == '(') && x.phone(t, s, e, rule, ed)
}

// scheme keeps an authorization scheme word and replaces the credentials.
func (x *run) scheme(t []byte, s, e int, rule *Rule, ed *edits) {
	i := s
	for i < e && isSchemeChar(t[i]) {
		i++
	}
	if i > s && i < e && t[i] == ' ' {
		for i < e && t[i] == ' ' {
			i++
		}
		if i < e {
			x.secret(t, i, e, rule, rule.Kind, false, ed)
			if bytes.EqualFold(bytes.TrimSpace(t[s:i]), []byte("basic")) {
				x.rememberBasic(t[i:e])
			}
		}
		return
	}
	x.secret(t, s, e, rule, rule.Kind, false, ed)
}

// rememberBasic remembers the password inside Basic credentials (base64
// of user:password): wherever else it shows up, in a debug dump or a
// form, it is the same secret.
func (x *run) rememberBasic(cred []byte) {
	d, err := base64.StdEncoding.DecodeString(string(bytes.TrimSpace(cred)))
	if err != nil {
		return
	}
	if c := bytes.IndexByte(d, ':'); c >= 0 && utf8.Valid(d) {
		x.remember(d[c+1:], KindPassword)
	}
}

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// cookieHeader replaces each value of "a=1; b=2", keeping the names.
func (x *run) cookieHeader(t []byte, s, e int, rule *Rule, ed *edits) {
	saved := x.name
	defer func() { x.name = saved }()
	i := s
	for i < e {
		for i < e && (t[i] == ' ' || t[i] == ';' || t[i] == '\t') {
			i++
		}
		j := i
		for j < e && t[j] != ';' {
			j++
		}
		eq := bytes.IndexByte(t[i:j], '=')
		if eq >= 0 {
			x.name = t[i : i+eq]
			vs, ve := i+eq+1, j
			for ve > vs && t[ve-1] == ' ' {
				ve--
			}
			if ve-vs >= 2 && t[vs] == '"' && t[ve-1] == '"' {
				vs, ve = vs+1, ve-1
			}
			x.secret(t, vs, ve, rule, KindCookie, true, ed)
		} else if j > i {
			x.name = nil
			x.secret(t, i, j, rule, KindCookie, true, ed)
		}
		i = j + 1
	}
}

// setCookie replaces the value of each Set-Cookie line (exporters join
// several with newlines), keeping names and attributes.
func (x *run) setCookie(t []byte, s, e int, rule *Rule, ed *edits) {
	saved := x.name
	defer func() { x.name, x.expires = saved, time.Time{} }()
	i := s
	for i < e {
		j := setCookieEnd(t, i, e)
		line := t[i:j]
		semi := bytes.IndexByte(line, ';')
		if semi < 0 {
			semi = len(line)
		}
		if eq := bytes.IndexByte(line[:semi], '='); eq < 0 {
			// A cookie without a name (Set-Cookie: S; Path=/): its
			// value is the whole first part.
			vs, ve := i, i+semi
			for vs < ve && (t[vs] == ' ' || t[vs] == ',') {
				vs++
			}
			for ve > vs && t[ve-1] == ' ' {
				ve--
			}
			if ve > vs {
				x.name = nil
				x.expires = cookieExpiry(line[semi:], x.entryTime)
				x.secret(t, vs, ve, rule, KindCookie, true, ed)
			}
		} else {
			x.name = bytes.TrimSpace(line[:eq])
			vs, ve := i+eq+1, i+semi
			for vs < ve && t[vs] == ' ' {
				vs++
			}
			for ve > vs && t[ve-1] == ' ' {
				ve--
			}
			if ve-vs >= 2 && t[vs] == '"' && t[ve-1] == '"' {
				vs, ve = vs+1, ve-1
			}
			x.expires = cookieExpiry(line[semi:], x.entryTime)
			x.secret(t, vs, ve, rule, KindCookie, true, ed)
		}
		i = j + 1
	}
}

// setCookieEnd is where the Set-Cookie line starting at t[i] ends:
// exporters join several with newlines or with ", " (a comma inside
// Expires=Wed, 21 Oct 2026 … is followed by a day number, not by a
// cookie's name=).
func setCookieEnd(t []byte, i, e int) int {
	for j := i; j < e; j++ {
		switch t[j] {
		case '\n':
			return j
		case ',':
			k := j + 1
			for k < e && t[k] == ' ' {
				k++
			}
			n := k
			for n < e && cookieNameByte(t[n]) {
				n++
			}
			if n > k && n < e && t[n] == '=' && !(t[k] >= '0' && t[k] <= '9') {
				return j
			}
		}
	}
	return e
}

// cookieNameByte: the token characters of a cookie name (RFC 6265).
func cookieNameByte(c byte) bool {
	return isWordByte(c) || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// cookieExpiry reads Expires and Max-Age from Set-Cookie attributes.
func cookieExpiry(attrs []byte, entryTime string) time.Time {
	var exp time.Time
	for _, a := range bytes.Split(attrs, []byte{';'}) {
		a = bytes.TrimSpace(a)
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			continue
		}
		k, v := strings.ToLower(string(bytes.TrimSpace(a[:eq]))), string(bytes.TrimSpace(a[eq+1:]))
		switch k {
		case "max-age":
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				if base, err := time.Parse(time.RFC3339Nano, entryTime); err == nil {
					return base.Add(time.Duration(n) * time.Second).UTC()
				}
			}
		case "expires":
			for _, layout := range []string{time.RFC1123, "Mon, 02-Jan-2006 15:04:05 MST", time.RFC850, time.ANSIC, "Mon, 02 Jan 2006 15:04:05 -0700"} {
				if t, err := time.Parse(layout, v); err == nil {
					exp = t.UTC()
					break
				}
			}
		}
	}
	return exp
}

func percentDecode(v []byte) []byte {
	if bytes.IndexByte(v, '%') < 0 && bytes.IndexByte(v, '+') < 0 {
		return v
	}
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '%' && i+2 < len(v) {
			if h, ok := unhex(v[i+1]); ok {
				if l, ok := unhex(v[i+2]); ok {
					out = append(out, h<<4|l)
					i += 2
					continue
				}
			}
		}
		if c == '+' {
			c = ' '
		}
		out = append(out, c)
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// stringError describes an invalid string at raw[bad] (raw starts at off).
func stringError(raw []byte, bad, off int) error {
	if err := checkString(raw, off); err != nil {
		return err
	}
	return errAt(off+bad, "invalid string")
}

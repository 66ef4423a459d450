package sanitize

import (
	"bytes"
	"encoding/base64"
	"math/bits"
	"strings"
)

// The value-shape rule: a value that looks like a generated credential is
// a secret even when nothing names it so. Its thresholds are stated in the
// table (rule "shape.generated") and here:
//
//   - credential characters only (letters, digits, - _ . ~ + / = %), and
//     between shapeMin and shapeMax long;
//   - letters and digits mixed as random text mixes them: at least two
//     of each class in play, and a change of class (lower, upper, digit)
//     at no less than shapeChanges of the letter-or-digit steps, where
//     random base62 changes at ~0.6 and words at ~0.15;
//   - not an identifier by shape: a UUID, hexadecimal (hashes, trace and
//     span ids, git SHAs, ETags) alone or after a word (tenant-7f3a9c2e),
//     digits, base64 of a binary file.
//
// A weak name (key, code, session) asks less of its value: see
// machineGenerated.

const (
	shapeMin     = 20
	shapeMax     = 1024
	shapeChanges = 0.3
)

// shapeStats describes a value's characters.
type shapeStats struct {
	n, alnum, lower, upper, digit, changes int
	token                                  bool // credential characters only
	hex                                    bool // letters and digits are hex digits, in one case
}

func statsOf(v []byte) shapeStats {
	s := shapeStats{n: len(v), token: true, hex: true}
	if len(v) > 3 && len(v) <= 66 && v[0] == '0' && v[1]|0x20 == 'x' {
		// A hexadecimal number written 0x… of up to 32 bytes (an address,
		// an IV, a transaction hash): its digits decide. Longer ones
		// (signatures, SharePoint's form digest) are not numbers.
		v = v[2:]
	}
	var prev byte // class of the previous letter or digit
	hasLowerHex, hasUpperHex := false, false
	for _, c := range v {
		var cl byte
		switch {
		case c >= 'a' && c <= 'z':
			s.lower++
			cl = 1
			if c > 'f' {
				s.hex = false
			} else {
				hasLowerHex = true
			}
		case c >= 'A' && c <= 'Z':
			s.upper++
			cl = 2
			if c > 'F' {
				s.hex = false
			} else {
				hasUpperHex = true
			}
		case c >= '0' && c <= '9':
			s.digit++
			cl = 3
		case c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=' || c == '%' || c == '*':
			continue
		default:
			s.token = false
			return s
		}
		s.alnum++
		if prev != 0 && prev != cl {
			s.changes++
		}
		prev = cl
	}
	if hasLowerHex && hasUpperHex {
		s.hex = false
	}
	return s
}

func vowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// isUUID reports whether v is a UUID (8-4-4-4-12 hex digits).
func isUUID(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for i, c := range v {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !isHex(c) {
				return false
			}
		}
	}
	return true
}

// binaryBase64 are the base64 beginnings of common binary files (PNG,
// JPEG, GIF, PDF, WOFF, WOFF2, ZIP, gzip, ICO, WebP): data, not
// credentials. DER certificates and public keys are derPublic's.
var binaryBase64 = [][]byte{[]byte("iVBORw0KGgo"), []byte("/9j/"), []byte("R0lGOD"), []byte("JVBERi0"),
	[]byte("d09GR"), []byte("d09GMg"), []byte("UEsDB"), []byte("H4sI"), []byte("AAABAA"), []byte("UklGR")}

// randomLooking reports whether a value nothing names looks like a
// generated credential (the shape rule).
func randomLooking(v []byte) bool {
	if len(v) < shapeMin || len(v) > shapeMax {
		return false
	}
	s := statsOf(v)
	if s.hex && s.token && oddHex(v) && s.digit >= 4 && s.lower+s.upper >= 4 {
		return true // no digest or id is written in this many hex digits: a generated secret
	}
	if !s.token || s.hex || s.digit < 2 || s.lower+s.upper < 4 {
		return false
	}
	if s.lower < 2 && s.upper < 2 {
		return false
	}
	if float64(s.changes) < shapeChanges*float64(s.alnum-1) {
		return false
	}
	if isUUID(v) || isPlaceholder(v) || bytes.Contains(v, []byte(placeholderPrefix)) {
		return false
	}
	if bytes.HasPrefix(v, []byte("sha256-")) || bytes.HasPrefix(v, []byte("sha384-")) || bytes.HasPrefix(v, []byte("sha512-")) {
		return false // a subresource-integrity digest
	}
	if publishableKey(v) {
		return false // a publishable key: public by design, in every checkout page
	}
	if publicObjectID(v) || publicResourceID(v) {
		return false // acct_1Nv0FGQ9RKHgCVdK, AC<32 hex>: a platform's object id, which support asks for
	}
	for _, p := range binaryBase64 {
		if bytes.HasPrefix(v, p) {
			return false
		}
	}
	if base64Text(v) || derPublic(v) || sshPublic(v) {
		return false // encoded text (the base64 layer looks inside it), a certificate or public key
	}
	// Dotted or dashed words with a number ("v2.3.1-beta", "en-US") are
	// not random; a random value has a long run of letters and digits.
	run, longest, at := 0, 0, 0
	for i, c := range v {
		if isWordByte(c) {
			run++
			if run > longest {
				longest, at = run, i+1-run
			}
		} else {
			run = 0
		}
	}
	// A word and a hex number ("tenant-7f3a9c2e41d8b605") is an id.
	core := statsOf(v[at : at+longest])
	if longest >= 12 && !core.hex {
		return true
	}
	// But a long hex secret behind a vendor's prefix (sbp_<40 hex>,
	// lin_oauth_<64 hex>) or beside a random part (pat<14>.<64 hex>) is
	// a credential: digests and ids are not written that way.
	return longest >= 32 && core.hex && (at+longest == len(v) && vendorPrefix(v[:at]) || randomRunBesides(v, at, longest))
}

// oddHex reports whether v, hex digits, is longer than a short id (a
// MongoDB ObjectId's 24), at most 80 digits, and of a length no digest or
// common id has: not MD5, SHA-1, SHA-224 or SHA-256 (32, 40, 56, 64
// digits), nor a SHA-1 behind a type byte (42). A secret drawn as random
// bytes and written in hex (24 or 25 bytes: Buildkite's 50-digit webhook
// tokens) is.
func oddHex(v []byte) bool {
	switch n := len(v); {
	case n < 26 || n > 80 || n%2 != 0:
		return false // (an odd count is a cut or a number; a longer run is data in hex: an SAP passport, an SRP value)
	case n == 32 || n == 40 || n == 42 || n == 56 || n == 64:
		return false // (42: a type byte and a SHA-1, Next.js 15's server action ids)
	}
	return everyByte(v, isHex) && (everyByte(v, func(c byte) bool { return c < 'A' || c > 'F' }) || everyByte(v, func(c byte) bool { return c < 'a' || c > 'f' }))
}

// objectPrefixes are the prefixes of a payment platform's public object
// ids (Stripe's acct_, cus_, pi_...), written prefix_<base62>. Its secrets
// have other prefixes (sk_, rk_, whsec_) or a second part (pi_…_secret_…).
var objectPrefixes = map[string]bool{"acct": true, "cus": true, "pi": true, "pm": true, "ch": true, "evt": true, "in": true,
	"sub": true, "prod": true, "price": true, "seti": true, "src": true, "txn": true, "re": true, "po": true, "tr": true,
	"ba": true, "card": true, "py": true, "ii": true, "il": true, "si": true, "plan": true, "cs": true, "ic": true}

// publicObjectID reports whether v is prefix_<14 to 32 letters and digits>
// with a prefix of objectPrefixes.
func publicObjectID(v []byte) bool {
	u := bytes.IndexByte(v, '_')
	if u < 2 || u > 5 || !objectPrefixes[string(v[:u])] {
		return false
	}
	rest := v[u+1:]
	if len(rest) < 14 || len(rest) > 32 {
		return false
	}
	for _, c := range rest {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// relayID reports whether v is a GraphQL global object id: base64 of
// Type:number or Type:UUID (Relay's ApiKey:17, GitHub's 04:User583231)
// or of a gid:// URL (Shopify's gid://shopify/Product/123).
func relayID(v []byte) bool {
	if len(v) < 8 || len(v) > 96 {
		return false
	}
	var buf [72]byte
	d, ok := b64Any(buf[:], v)
	if !ok {
		return false
	}
	if bytes.HasPrefix(d, []byte("gid://")) {
		k := bytes.LastIndexByte(d, '/')
		return k > 6 && k < len(d)-1 && (allDigits(d[k+1:]) || isUUID(d[k+1:]))
	}
	c := bytes.IndexByte(d, ':')
	if c < 1 || c > 30 || !everyByte(d[:c], func(c byte) bool { return isWordByte(c) || c == '_' }) {
		return false
	}
	id := d[c+1:]
	if isUUID(id) {
		return true
	}
	k := 0
	for k < len(id) && k < 30 && (id[k] >= 'a' && id[k] <= 'z' || id[k] >= 'A' && id[k] <= 'Z') {
		k++
	}
	return k < len(id) && len(id)-k <= 20 && allDigits(id[k:])
}

// everyByte reports whether v is not empty and ok holds for each byte.
func everyByte(v []byte, ok func(byte) bool) bool {
	for _, c := range v {
		if !ok(c) {
			return false
		}
	}
	return len(v) > 0
}

// publicResourceID reports whether v is a platform's public resource id
// that support asks for literally: a GraphQL global object id (relayID),
// a Twilio SID (two capitals and 32
// lower-case hex digits: AC… an account, CH… a conversation, ZS… a
// service; not SK…, an API key's id, which gitleaks reports beside its
// secret) or a Duo integration key (DI and 18 capitals or digits; its
// secret is the skey).
func publicResourceID(v []byte) bool {
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	switch {
	case relayID(v):
		return true
	case len(v) == 34 && upper(v[0]) && upper(v[1]) && !(v[0] == 'S' && v[1] == 'K'):
		for _, c := range v[2:] {
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
				return false
			}
		}
		return true
	case len(v) == 20 && v[0] == 'D' && v[1] == 'I':
		for _, c := range v[2:] {
			if !(upper(c) || c >= '0' && c <= '9') {
				return false
			}
		}
		return true
	}
	return false
}

// idPrefixes are the prefixes of identifiers written prefix_<hex>
// (request, trace and object ids, digests), which vendorPrefix refuses.
var idPrefixes = map[string]bool{"req": true, "request": true, "trace": true, "span": true, "id": true, "sha": true, "sha1": true, "sha256": true,
	"md5": true, "hash": true, "commit": true, "build": true, "rev": true, "etag": true, "evt": true, "event": true, "msg": true, "run": true,
	"job": true, "txn": true, "tx": true, "order": true, "obj": true, "file": true, "img": true, "blob": true, "cache": true, "chunk": true}

// vendorPrefix reports whether p reads as a token vendor's prefix: lower
// case letters in up to two words, each followed by '_' (sbp_, lin_oauth_),
// and not an identifier's.
func vendorPrefix(p []byte) bool {
	if len(p) < 3 || len(p) > 16 || p[len(p)-1] != '_' {
		return false
	}
	words := 0
	for _, w := range bytes.Split(p[:len(p)-1], []byte("_")) {
		if len(w) < 2 {
			return false
		}
		for _, c := range w {
			if c < 'a' || c > 'z' {
				return false
			}
		}
		if idPrefixes[string(w)] {
			return false
		}
		words++
	}
	return words <= 2
}

// randomRunBesides reports whether v has, besides its run v[at:at+n], a
// run of 12 or more letters and digits that looks random by itself
// (both cases and digits).
func randomRunBesides(v []byte, at, n int) bool {
	for i := 0; i < len(v); {
		if !isWordByte(v[i]) || i == at {
			if i == at {
				i += n
			} else {
				i++
			}
			continue
		}
		j := i
		for j < len(v) && isWordByte(v[j]) {
			j++
		}
		if j-i >= 12 {
			st := statsOf(v[i:j])
			if !st.hex && st.upper >= 2 && st.lower >= 2 && st.digit >= 1 {
				return true
			}
		}
		i = j
	}
	return false
}

// machineGenerated reports whether a value under a weak secret name (key,
// code, session) looks generated: at least 12 credential characters, not
// only digits, and hexadecimal, a UUID, or letters and digits mixed as in
// random text (changes of class at no less than 0.25 of the steps; with
// letters only, 20 or more that change case at 0.4 of the steps). With
// notHex (a hash), hexadecimal values and UUIDs are identifiers.
func machineGenerated(v []byte, notHex bool) bool {
	v = bytes.TrimSpace(v)
	if len(v) < 12 || len(v) > 8192 || isPlaceholder(v) {
		return false
	}
	s := statsOf(v)
	if !s.token || s.lower+s.upper == 0 {
		return false
	}
	if s.hex || isUUID(v) {
		return !notHex && s.alnum >= 16
	}
	if notHex && (base64Text(v) || digestBase64(v)) {
		return false // encoded text, or a digest (sha256 in base64)
	}
	if s.digit == 0 {
		// Letters only: random only when long and changing case as
		// random text does (camelCase words change every few letters).
		return s.lower > 0 && s.upper > 0 && s.alnum >= 20 && float64(s.changes) >= 0.4*float64(s.alnum-1)
	}
	if s.lower+s.upper >= 2 && float64(s.changes) >= 0.25*float64(s.alnum-1) {
		return true
	}
	// Letters of one case and digits, as base36 ids are (Mattermost's
	// 26-character keys): random letters drawn from the whole alphabet
	// are rarely vowels (6 of 26), words' are four in ten.
	letters := s.lower + s.upper
	return (s.lower == 0 || s.upper == 0) && s.alnum >= 20 && s.digit >= 2 && letters >= 12 && 10*vowels(v) < 3*letters
}

// vowels counts the vowels (a e i o u y, either case) of v.
func vowels(v []byte) int {
	n := 0
	for _, c := range v {
		if vowel(c | 0x20) {
			n++
		}
	}
	return n
}

// base64Text reports whether v is base64 (either alphabet, padded or not)
// of printable text: encoded data, not a random credential, whose
// random-looking letters come from the encoding. A random token decodes
// to bytes that are not text.
func base64Text(v []byte) bool {
	if len(v) < 16 {
		return false
	}
	var buf [768]byte
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if enc.DecodedLen(len(v)) > len(buf) {
			return false
		}
		n, err := enc.Decode(buf[:], v)
		if err != nil {
			continue
		}
		printable := 0
		for _, c := range buf[:n] {
			if c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t' {
				printable++
			}
		}
		return n > 0 && printable*10 >= n*9
	}
	return false
}

// digestBase64 reports whether v is the base64 of a digest: 16, 20, 28,
// 32, 48 or 64 bytes (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512).
func digestBase64(v []byte) bool {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		var buf [96]byte
		if enc.DecodedLen(len(v)) > len(buf) {
			return false
		}
		if n, err := enc.Decode(buf[:], v); err == nil {
			switch n {
			case 16, 20, 28, 32, 48, 64:
				return true
			}
			return false
		}
	}
	return false
}

// proseMin is the shortest run of credential characters in free text (a
// page, a script, a log) that the shape rule judges: longer than in a
// key/value position, since free text has no name to go by.
const proseMin = 32

// proseTokens applies the shape rule to the runs of credential characters
// in free text, and finds the card numbers among its runs of digits
// (proseCard), in one pass of the class kernel: a run that looks generated is redacted (residue: nothing
// names it). Runs are split at '/' and '.' too, so paths and file names
// are judged by their parts.
func (x *run) proseTokens(t []byte, ed *edits) {
	known := x.knownAny()
	min := proseMin
	if known {
		min = proseKnownMin
	}
	cards := runClass{}
	if x.rules.card != nil {
		cards = runClass{min: 13, fn: func(s, e int) { x.proseCard(t, s, e, ed) }}
	}
	runsOfBoth(t, proseTables, runClass{min: min, fn: func(s, e int) {
		if k := escapeTail(t, s, e); k > 0 {
			// the run starts inside an escape (%22pk_live_… in
			// percent-encoded JSON, \u0022… in a script): its
			// first bytes are the escape's
			if s += k; e-s < min {
				return
			}
		}
		if known && x.proseKnown(t, s, e, ed) {
			return
		}
		if p := bytes.IndexByte(t[s:e], '='); p > 0 && s+p+1 < e && t[s+p+1] != '=' {
			// name=value inside the run: the value is judged alone
			// (the same in every pass, once its secret is replaced).
			s += p + 1
			if e-s < proseMin {
				return
			}
		}
		if e-s >= proseMin && !(x.raw && s > 0 && t[s-1] == '\\') && !ed.overlaps(s, e) && b64Text(t[s:e]) {
			// Base64 of text in free text (a data: URI, a blob in a
			// log): decoded and scanned as a layer of its own.
			layer := false
			x.sub(t, s, e, ed, func(v []byte, ed *edits) { layer = x.base64Layer(v, ed) })
			if layer {
				return
			}
		}
		// The shape rule, on the parts between '/' (paths and file
		// names are judged by their parts); after a path word (a link
		// in a mail: /activate/<token>) as in a URL's path.
		var prev []byte
		for k := s; k < e; {
			j := k
			for j < e && t[j] != '/' {
				j++
			}
			switch {
			case prev != nil && j-k >= 12 && x.rules.pathRule != nil && plainSegment(prev) && x.rules.pathWord(prev) && machineGenerated(t[k:j], false) &&
				!ed.overlaps(k, j) && placeholderAt(t, k) == 0:
				x.name = prev
				x.secret(t, k, j, x.rules.pathRule, x.rules.pathRule.Kind, false, ed)
				x.name = nil
			case j-k >= proseMin:
				x.proseShape(t, k, j, ed)
			}
			prev = t[k:j]
			k = j + 1
		}
	}}, cards)
}

// proseShape applies the shape rule to the run t[s:i] of free text.
func (x *run) proseShape(t []byte, s, i int, ed *edits) {
	sr := x.rules.shape
	{
		if s > 0 && t[s-1] == '\\' && x.raw {
			return // the run starts inside an escape
		}
		v := t[s:i]
		if !randomLooking(v) || digestBase64(v) || ed.overlaps(s, i) || placeholderAt(t, s) > 0 || x.identifierValue(t, s) {
			return
		}
		if inRanges(pemBlocks(t), s) || sshPublicKeyAt(t, s) {
			return
		}
		saved := x.name
		x.name = nil
		x.secret(t, s, i, sr, sr.Kind, false, ed)
		x.name = saved
	}
}

// runsAtLeast calls fn for each maximal run t[s:e] of bytes of the
// class tab's first class (proseTables: knownByte) that is at least min long.
func runsAtLeast(t []byte, min int, tab *classTables, fn func(s, e int)) {
	runsOfBoth(t, tab, runClass{min: min, fn: fn}, runClass{})
}

// runClass is what runsOfBoth looks for in one of the tables' classes:
// runs of at least min bytes, given to fn (none when fn is nil).
type runClass struct {
	min   int
	fn    func(s, e int)
	start int // the start of the run going on at the block's first byte, or -1
}

// runsOfBoth finds the runs of both classes of tab in one pass of the class
// kernel, 64 bytes at a time: a run inside a block is found by shifting
// its mask onto itself (runLengths), a run across blocks by carrying its
// start.
func runsOfBoth(t []byte, tab *classTables, a, b runClass) {
	var m [16]classMasks
	a.start, b.start = -1, -1
	for base := 0; base < len(t); base += 64 * len(m) {
		chunk := t[base:]
		if len(chunk) > 64*len(m) {
			chunk = chunk[:64*len(m)]
		}
		nb := (len(chunk) + 63) / 64
		classBlocks(chunk, tab, m[:])
		if r := len(chunk) % 64; r > 0 {
			var pad [64]byte // zeros: in no class
			copy(pad[:], chunk[len(chunk)-r:])
			classBlocks(pad[:], tab, m[nb-1:nb])
		}
		for k := 0; k < nb; k++ {
			off := base + 64*k
			if a.fn != nil {
				a.block(m[k].a, off)
			}
			if b.fn != nil {
				b.block(m[k].b, off)
			}
		}
	}
	a.end(len(t))
	b.end(len(t))
}

// escapeTail is how many bytes of the run t[s:e] finish an escape that
// starts before it: the hex digits of %22, the u0022 of \u0022, the x22
// of \x22; 0 when the run does not start inside one.
func escapeTail(t []byte, s, e int) int {
	if s == 0 {
		return 0
	}
	hexRun := func(k, n int) bool {
		if s+k+n > e {
			return false
		}
		for _, c := range t[s+k : s+k+n] {
			if !isHex(c) {
				return false
			}
		}
		return true
	}
	switch {
	case t[s-1] == '%' && hexRun(0, 2):
		return 2
	case t[s-1] == '\\' && t[s] == 'u' && hexRun(1, 4):
		return 5
	case t[s-1] == '\\' && t[s] == 'x' && hexRun(1, 2):
		return 3
	}
	return 0
}

// block finds the runs in the mask a of the 64 bytes at off.
func (c *runClass) block(a uint64, off int) {
	if a == ^uint64(0) {
		if c.start < 0 {
			c.start = off
		}
		return
	}
	if c.start >= 0 {
		lead := tz64(^a) // < 64: the run going on ends here
		if off+lead-c.start >= c.min {
			c.fn(c.start, off+lead)
		}
		c.start = -1
		a &^= 1<<lead - 1
	}
	trail := bits.LeadingZeros64(^a) // < 64: the run going on past the block
	if trail > 0 {
		c.start = off + 64 - trail
		a &= 1<<(64-trail) - 1
	}
	// a's last bit is 0 now: every run in it ends inside.
	for x := runLengths(a, c.min); x != 0; {
		s := tz64(x)
		e := s + tz64(^(a >> s))
		c.fn(off+s, off+e)
		x &^= 1<<e - 1
	}
}

// end reports the run going on at the end of the text (n bytes).
func (c *runClass) end(n int) {
	if c.fn != nil && c.start >= 0 && n-c.start >= c.min {
		c.fn(c.start, n)
	}
}

// runLengths returns the bits of a that start a run of at least min ones
// (within a: past bit 63 there are none), by doubling the run length.
func runLengths(a uint64, min int) uint64 {
	switch {
	case min > 64:
		return 0
	case min >= 32:
		a &= a >> 1
		a &= a >> 2
		a &= a >> 4
		a &= a >> 8
		a &= a >> 16 // runs of 32
		return a & (a >> (min - 32))
	case min >= 16:
		a &= a >> 1
		a &= a >> 2
		a &= a >> 4
		a &= a >> 8 // runs of 16
		return a & (a >> (min - 16))
	}
	for have := 1; have < min; {
		d := have
		if min-have < d {
			d = min - have
		}
		a &= a >> d
		have += d
	}
	return a
}

// proseTables is knownByte and the digits for the class kernel: the free
// text's tokens (proseTokens) and its card numbers (proseCards) in one pass.
var proseTables = newClassTables(&knownByte, func() *[256]bool {
	var t [256]bool
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return &t
}())

// pemBlocks returns the spans of PEM blocks in t (certificates and public
// keys: data, not secrets; private keys have a rule of their own).
func pemBlocks(t []byte) [][2]int {
	var out [][2]int
	for k := 0; ; {
		b := bytes.Index(t[k:], []byte("-----BEGIN "))
		if b < 0 {
			return out
		}
		b += k
		e := bytes.Index(t[b:], []byte("-----END "))
		if e < 0 {
			return append(out, [2]int{b, len(t)})
		}
		out = append(out, [2]int{b, b + e})
		k = b + e + 9
	}
}

// sshPublicKeyAt reports whether t[s] is inside the key of an OpenSSH
// public key line ("ssh-ed25519 AAAAC3Nza…", "ecdsa-sha2-nistp256 AAAAE2…",
// "sk-ssh-ed25519@openssh.com AAAA…"): a public key, and its base64 has
// '/' in it, which splits it into tokens that look generated.
func sshPublicKeyAt(t []byte, s int) bool {
	b := s
	for b > 0 && base64Byte(t[b-1]) {
		b--
	}
	if !hasPrefixAt(t, b, "AAAA") || b < 2 || t[b-1] != ' ' {
		return false
	}
	a := b - 1
	for a > 0 && (isWordByte(t[a-1]) || t[a-1] == '-' || t[a-1] == '@' || t[a-1] == '.') {
		a--
	}
	alg := t[a : b-1]
	return bytes.HasPrefix(alg, []byte("ssh-")) || bytes.HasPrefix(alg, []byte("ecdsa-sha2-")) || bytes.HasPrefix(alg, []byte("sk-")) && bytes.HasSuffix(alg, []byte("@openssh.com"))
}

// base64Byte reports whether c is a byte of standard base64.
func base64Byte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}

func inRanges(rs [][2]int, i int) bool {
	for _, r := range rs {
		if i >= r[0] && i < r[1] {
			return true
		}
	}
	return false
}

// identifierValue reports whether the run at t[s] belongs to a value whose
// name says identifier (integrity="sha384-…", client_id=…, "requestId":
// "…") or that is a subresource-integrity digest.
func (x *run) identifierValue(t []byte, s int) bool {
	vs := s
	for vs > 0 && s-vs < 512 {
		c := t[vs-1]
		if c == '"' || c == '\'' || c == ' ' || c == '=' || c == ':' || c == '<' || c == '>' || c == '&' || c == ',' || c == ';' || c == '(' || c == '\n' {
			break
		}
		vs--
	}
	for _, p := range []string{"sha256-", "sha384-", "sha512-"} {
		if hasPrefixAt(t, vs, p) {
			return true
		}
	}
	k := vs
	if k > 0 && t[k-1] == '>' {
		// An element's text: the element's name says (ds:X509Certificate).
		lt := bytes.LastIndexByte(t[max(0, k-256):k], '<')
		if lt < 0 {
			return false
		}
		ns := max(0, k-256) + lt + 1
		ne := ns
		for ne < k && t[ne] != ' ' && t[ne] != '>' && t[ne] != '/' && t[ne] != '\t' && t[ne] != '\n' {
			ne++
		}
		name := t[ns:ne]
		if c := bytes.IndexByte(name, ':'); c >= 0 {
			name = name[c+1:]
		}
		if len(name) > 0 && x.rules.identifier(name) {
			return true
		}
		// or its id attribute (<code id="playback-id">)
		if a := bytes.Index(t[ne:k], []byte(` id="`)); a >= 0 {
			vs := ne + a + len(` id="`)
			if ve := bytes.IndexByte(t[vs:k], '"'); ve > 0 {
				return x.rules.identifier(t[vs : vs+ve])
			}
		}
		return false
	}
	if k > 0 && (t[k-1] == '"' || t[k-1] == '\'') {
		k--
		if x.raw && k > 0 && t[k-1] == '\\' {
			k--
		}
	}
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if k == 0 || t[k-1] != '=' && t[k-1] != ':' {
		return false
	}
	k--
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if k > 0 && (t[k-1] == '"' || t[k-1] == '\'') {
		k--
		if x.raw && k > 0 && t[k-1] == '\\' {
			k--
		}
	}
	ke := k
	for k > 0 && ke-k < 80 && nameByte(t[k-1]) {
		k--
	}
	return k < ke && x.rules.identifier(t[k:ke])
}

// sshPublic reports whether v is the base64 of an SSH public key blob
// (RFC 4253: a length-prefixed key type, "ssh-ed25519", "ssh-rsa",
// "ecdsa-sha2-…", "sk-…"), as authorized_keys and known_hosts hold them:
// public, and support may need them to tell keys apart.
func sshPublic(v []byte) bool {
	if len(v) < 24 || !bytes.HasPrefix(v, []byte("AAAA")) {
		return false
	}
	var head [18]byte
	n, err := base64.StdEncoding.Decode(head[:], v[:24])
	if err != nil || n < 18 {
		return false
	}
	l := int(head[0])<<24 | int(head[1])<<16 | int(head[2])<<8 | int(head[3])
	typ := string(head[4:min(4+l, n)])
	return l >= 7 && l <= 40 && (strings.HasPrefix(typ, "ssh-") || strings.HasPrefix(typ, "ecdsa-") || strings.HasPrefix(typ, "sk-"))
}

// derPublic reports whether v is the base64 of a DER certificate
// (MII…CCA…) or public key (MII…IjANBgkq…): public data. A private key's
// DER (MII…IBAAK…, MII…QIBADAN…) is not.
func derPublic(v []byte) bool {
	if len(v) < 12 || !bytes.HasPrefix(v, []byte("MII")) {
		return false
	}
	return string(v[4:7]) == "CCA" || string(v[4:12]) == "IjANBgkq" || string(v[5:12]) == "jANBgkq"
}

// plainSegment reports whether a path segment is a word of a URL's path
// (lower-case letters, '-' and '_'), not a part of a base64 run.
func plainSegment(v []byte) bool {
	if len(v) == 0 || len(v) > 32 {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// braintreeTokenizationKey reports whether v is a Braintree tokenization
// key (sandbox_|production_ + 8 + '_' + 16 lower-case letters and
// digits), which the browser's Drop-in carries: public by design.
func braintreeTokenizationKey(v []byte) bool {
	var rest []byte
	switch {
	case bytes.HasPrefix(v, []byte("sandbox_")):
		rest = v[8:]
	case bytes.HasPrefix(v, []byte("production_")):
		rest = v[11:]
	default:
		return false
	}
	if len(rest) != 25 || rest[8] != '_' {
		return false
	}
	for i, c := range rest {
		if i != 8 && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// publishableKey reports whether v is a publishable key, public by design:
// a payment provider's (Stripe pk_live_/pk_test_, its older pk_ form, an
// Adyen client key, a Braintree tokenization key), sent by every checkout
// page, or a Mapbox public token (pk.eyJ…), sent by every map. ClickUp's
// personal tokens (pk_<user id>_<key>) are not.
func publishableKey(v []byte) bool {
	switch {
	case bytes.HasPrefix(v, []byte("pk_live_")) || bytes.HasPrefix(v, []byte("pk_test_")):
		return true
	case bytes.HasPrefix(v, []byte("pk.eyJ")):
		return true
	case len(v) == 37 && (bytes.HasPrefix(v, []byte("test_")) || bytes.HasPrefix(v, []byte("live_"))) && everyByte(v[5:], func(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }):
		return true // an Adyen client key (Drop-in's clientKey: test_ + 32), public as a Stripe pk_ is
	case braintreeTokenizationKey(v):
		return true
	case len(v) >= 40 && bytes.HasPrefix(v, []byte("phc_")) && everyByte(v[4:], isAlnum):
		return true // a PostHog project key (posthog.init('phc_…')): public, in every page it analyses
	case len(v) >= 40 && bytes.HasPrefix(v, []byte("client-")) && everyByte(v[7:], isAlnum):
		return true // a Statsig client SDK key (Statsig.initialize('client-…')): public by design
	case len(v) == 35 && bytes.HasPrefix(v, []byte("pub")) && everyByte(v[3:], func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' }):
		return true // a Datadog RUM client token (pub + 32 hex): public, in the browser SDK's init
	case len(v) >= 20 && bytes.HasPrefix(v, []byte("pk_")) && isWordByte(v[3]):
		i := 3
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i++
		}
		return !(i > 3 && i < len(v) && v[i] == '_')
	}
	return false
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

package sanitize

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The name classifier. Every name/value pair, wherever it comes from (a
// header, cookie, query or form field, JSON member, XML element or
// attribute, HTML attribute, script object literal, multipart part,
// GraphQL argument), is judged by one function, Rules.lookup: first the
// table's exact names and suffixes, then the words of the name.
//
// A name is split into words: camelCase, snake_case, kebab-case, dotted,
// bracketed (user[password]), prefixed (wsse:Password), with
// percent-escapes as separators (user%5Bpassword%5D). The word rules of
// the table (Rule.Words) then say which words make a name secret:
//
//   - a phrase matches its words in sequence ("api key" in MY_API_KEY) or
//     run together in one word ("apikey"); a phrase written "*token" also
//     matches the end of a run-together word ("accesstoken");
//   - the last secret word of the name decides, unless a metadata word
//     follows it (passwordPolicy, tokenExpiry, token_endpoint) or a
//     question word stands just before it (hasPassword, showPassword):
//     then the name describes a secret and is not one;
//   - strong words redact any non-trivial value; weak words (Rule.Weak:
//     key, code, session) only a value that looks machine-generated.

// wordRule is one phrase of a word rule, split into words.
type wordRule struct {
	words  []string // lower case
	joined string   // the words run together
	suffix bool     // may end a run-together word
	rule   *Rule
}

// wordTable is the compiled word rules.
type wordTable struct {
	phrases []wordRule // longest first
	// The phrases indexed: by their last word (in sequence), by their
	// words run together (one word), and those that may end a word.
	byLast, byJoined map[string][]*wordRule
	suffixes         []*wordRule
	// meta are the words that turn a secret word before them into
	// metadata; ask the words that do so just before it; ident are the
	// words that mark a value as an identifier (for the shape rule).
	meta, ask, ident map[string]bool
	// public are the words that, just before a key word, make it public.
	public map[string]bool
	// thing are the words that, just before a person's name word, make it
	// a thing's name (deviceDisplayName).
	thing map[string]bool
	// tails are what may follow a secret word run together with it
	// ("passwordhash", "tokenvalue"): metadata words and these.
	tails map[string]bool
	// handle are the words that make a name a secret's handle (tokenId),
	// judged by handleRule.
	handle     map[string]bool
	handleRule *Rule
}

func (wt *wordTable) add(rule *Rule) {
	set := func(m *map[string]bool, words []string) {
		if *m == nil {
			*m = map[string]bool{}
		}
		for _, w := range words {
			(*m)[strings.ToLower(w)] = true
		}
	}
	lists := map[WordsAre]*map[string]bool{WordsMetadata: &wt.meta, WordsQuestion: &wt.ask,
		WordsIdentifier: &wt.ident, WordsTail: &wt.tails, WordsHandle: &wt.handle, WordsPublic: &wt.public, WordsThing: &wt.thing}
	if rule.WordsAre == WordsHandle {
		wt.handleRule = rule
	}
	if m := lists[rule.WordsAre]; m != nil {
		set(m, rule.Words)
		return
	}
	for _, p := range rule.Words {
		w := wordRule{rule: rule}
		if strings.HasPrefix(p, "*") {
			w.suffix, p = true, p[1:]
		}
		w.words = strings.Fields(strings.ToLower(p))
		w.joined = strings.Join(w.words, "")
		wt.phrases = append(wt.phrases, w)
	}
}

func (wt *wordTable) finish() {
	// Longer phrases first, so "api key" wins over "key".
	for i := 1; i < len(wt.phrases); i++ {
		for j := i; j > 0 && len(wt.phrases[j].joined) > len(wt.phrases[j-1].joined); j-- {
			wt.phrases[j], wt.phrases[j-1] = wt.phrases[j-1], wt.phrases[j]
		}
	}
	for w := range wt.meta {
		if wt.tails == nil {
			wt.tails = map[string]bool{}
		}
		wt.tails[w] = true
	}
	wt.byLast, wt.byJoined = map[string][]*wordRule{}, map[string][]*wordRule{}
	for k := range wt.phrases {
		p := &wt.phrases[k]
		last := p.words[len(p.words)-1]
		wt.byLast[last] = append(wt.byLast[last], p)
		wt.byJoined[p.joined] = append(wt.byJoined[p.joined], p)
		if p.suffix {
			wt.suffixes = append(wt.suffixes, p)
		}
	}
}

// splitWords splits a name into lower-case words.
func splitWords(name []byte) []string {
	if nonASCII(name) {
		name = lowerOtherScripts(name)
	}
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '%' && i+2 < len(name) && isHex(name[i+1]) && isHex(name[i+2]):
			hi, _ := unhex(name[i+1])
			lo, _ := unhex(name[i+2])
			if d := hi<<4 | lo; d >= 0x80 {
				cur = append(cur, d) // a percent-encoded UTF-8 letter (contrase%C3%B1a)
			} else {
				flush()
			}
			i += 2
		case c >= 0x80:
			cur = append(cur, c) // a letter of another script, as UTF-8
		case c >= 'a' && c <= 'z':
			cur = append(cur, c)
		case c >= 'A' && c <= 'Z':
			// A capital starts a word after a lower-case letter or a digit
			// (passwordProp), and ends a run of capitals when a lower-case
			// letter follows it (APIKey: API, Key).
			if i > 0 {
				p := name[i-1]
				if p >= 'a' && p <= 'z' || p >= '0' && p <= '9' ||
					p >= 'A' && p <= 'Z' && i+1 < len(name) && name[i+1] >= 'a' && name[i+1] <= 'z' {
					flush()
				}
			}
			cur = append(cur, c+32)
		case c >= '0' && c <= '9':
			if i > 0 && !(name[i-1] >= '0' && name[i-1] <= '9') {
				flush()
			}
			cur = append(cur, c)
		default:
			flush()
		}
	}
	flush()
	return words
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// verdict is what the words of a name say.
type verdict uint8

const (
	noSecretWord verdict = iota
	namesSecret          // a secret word decides: the name holds a secret
	describes            // a secret word, but the name describes it (passwordPolicy)
	asks                 // a secret word after a question word (hasPassword): judged as a handle, before any suffix
)

// classify returns the word rule a name falls under and the verdict.
func (wt *wordTable) classify(name []byte) (*Rule, verdict) {
	if len(wt.phrases) == 0 || len(name) == 0 || len(name) > 128 {
		return nil, noSecretWord
	}
	words := splitWords(name)
	if len(words) == 0 || len(words) > 16 {
		return nil, noSecretWord
	}
	var best *Rule
	bestEnd, bestStart := -1, 0
	// tail is what follows a phrase inside the same run-together word
	// ("passwordpolicy": "policy"), judged like a following word.
	bestTail := ""
	for i := range words {
		p, start, tail := wt.longestAt(words, i)
		if p == nil {
			continue
		}
		// The last match wins, a strong word over a weak one
		// (passwordHash is a password), unless the weak phrase holds
		// the strong word (secret_id: "secret id").
		if best == nil || !p.rule.Weak || best.Weak || start <= bestStart {
			best, bestEnd, bestStart, bestTail = p.rule, i, start, tail
		}
	}
	if best == nil {
		return nil, noSecretWord
	}
	handle := false
	if bestTail != "" {
		switch {
		case wt.handle[bestTail]:
			handle = true
		case wt.metaRun(bestTail, 3):
			return nil, describes
		}
	}
	for _, w := range words[bestEnd+1:] {
		switch {
		case wt.handle[w] || wt.compound(w, wt.handle):
			handle = true // tokenId, X-Auth0-RequestId
		case wt.metaRun(w, 3):
			return nil, describes
		}
	}
	if bestStart > 0 && best.Format == FormatPersonal && wt.thing[words[bestStart-1]] {
		return nil, describes // deviceDisplayName: a device's, not a person's
	}
	if bestStart > 0 && wt.public[words[bestStart-1]] && keyWord(words[bestEnd]) {
		return nil, describes // publicKey
	}
	if bestStart > 0 && wt.ask[words[bestStart-1]] {
		// hasPassword: true, btnToken: "Get a token" stay; but Plaid's
		// link_token: link-production-<uuid> is machine-generated
		if best.Weak || wt.handleRule == nil {
			return nil, describes
		}
		return wt.handleRule, asks
	}
	if handle && wt.handleRule != nil {
		if best.Weak {
			return nil, describes // sessionKeyId: the id of a weak secret
		}
		return wt.handleRule, namesSecret
	}
	return best, namesSecret
}

// metaWord reports whether w, one word, is a metadata word (any case).
func (wt *wordTable) metaWord(w []byte) bool {
	if len(w) > 24 {
		return false
	}
	var lb [24]byte
	return wt.meta[string(lowerASCII(lb[:0], w))]
}

// metaRun reports whether w is a metadata word, or up to n of them run
// together (minlength, ablauftage), each of three letters or more.
func (wt *wordTable) metaRun(w string, n int) bool {
	if wt.meta[w] {
		return true
	}
	if n <= 1 {
		return false
	}
	for k := 3; k <= len(w)-3; k++ {
		if wt.meta[w[:k]] && wt.metaRun(w[k:], n-1) {
			return true
		}
	}
	return false
}

// lowerASCII appends w to dst with its ASCII letters in lower case (into
// a caller's stack buffer: no allocation).
func lowerASCII(dst, w []byte) []byte {
	for _, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// keyWord reports whether the last word of a secret phrase is a key's
// (key, apikey, privatekey...), which a public word before it makes public.
func keyWord(w string) bool { return strings.HasSuffix(w, "key") || strings.HasSuffix(w, "keys") }

// compound reports whether w is run together from a metadata or
// identifier word and a word of last: requestid, traceid.
func (wt *wordTable) compound(w string, last map[string]bool) bool {
	for k := 2; k < len(w)-1; k++ {
		if last[w[k:]] && (wt.meta[w[:k]] || wt.ident[w[:k]]) {
			return true
		}
	}
	return false
}

// identCompound reports whether one of words is an identifier run
// together (requestid, correlationid).
func (wt *wordTable) identCompound(words []string) bool {
	for _, w := range words {
		if wt.compound(w, wt.ident) || wt.publicKeyWord(w) {
			return true
		}
	}
	return false
}

// publicKeyWord reports whether w is a public word run together with key
// (pubkey, publickey, pubkeys): a public key, as publicKey is.
func (wt *wordTable) publicKeyWord(w string) bool {
	for _, tail := range [...]string{"key", "keys"} {
		if k := len(w) - len(tail); k >= 3 && w[k:] == tail && wt.public[w[:k]] {
			return true
		}
	}
	return false
}

// longestAt returns the longest phrase that ends at words[i] (or within
// it, run together), the first word of the match and what follows the
// phrase inside words[i].
func (wt *wordTable) longestAt(words []string, i int) (best *wordRule, start int, tail string) {
	w := words[i]
	consider := func(p *wordRule) {
		if best != nil && len(p.joined) <= len(best.joined) {
			return
		}
		if s, t, ok := wt.matchAt(words, i, p); ok {
			best, start, tail = p, s, t
		}
	}
	for _, p := range wt.byLast[w] {
		consider(p)
	}
	for _, p := range wt.byJoined[w] {
		consider(p)
	}
	for _, p := range wt.suffixes {
		if len(w) > len(p.joined) && strings.HasSuffix(w, p.joined) {
			consider(p)
		}
	}
	// A phrase run together with a known tail: "passwordhash".
	for k := 1; k < len(w); k++ {
		if wt.tails[w[k:]] {
			for _, p := range wt.byJoined[w[:k]] {
				consider(p)
			}
		}
	}
	return best, start, tail
}

// matchAt reports whether phrase p ends at words[i] (or within it, run
// together): the first word of the match and what follows the phrase
// inside words[i].
func (wt *wordTable) matchAt(words []string, i int, p *wordRule) (start int, tail string, ok bool) {
	w := words[i]
	n := len(p.words)
	// In sequence: words[i-n+1 .. i].
	if i+1 >= n {
		seq := true
		for j := 0; j < n; j++ {
			if words[i-n+1+j] != p.words[j] {
				seq = false
				break
			}
		}
		if seq {
			return i - n + 1, "", true
		}
	}
	// Run together in one word: whole, as its end (when the phrase allows
	// it), or followed by a known tail ("passwordhash", "tokenexpiry").
	j := p.joined
	switch {
	case w == j:
		return i, "", true
	case p.suffix && len(w) > len(j) && strings.HasSuffix(w, j):
		return i, "", true
	case len(w) > len(j) && strings.HasPrefix(w, j) && wt.tails[w[len(j):]]:
		return i, w[len(j):], true
	}
	// The phrase's last words run together with a word before:
	// "api" + "key" as "apiKey" is in sequence; "my" "apikey" is whole.
	return 0, "", false
}

// trivial reports whether a value under a secret name is no secret at all:
// empty, a literal (true, null, undefined), or a mask (********).
func trivial(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return true
	}
	switch strings.ToLower(string(v)) {
	case "true", "false", "null", "nil", "undefined", "none", "n/a", "na", "-", "0", "[]", "{}", "[redacted]", "redacted", "hidden", "<redacted>",
		"fetch",               // SAP's X-CSRF-Token: Fetch asks for a token; it is none
		"no-check", "nocheck": // Atlassian's X-Atlassian-Token: no-check turns the XSRF check off; it is no token

		return true
	}
	if reference(v) || maskedHint(v) {
		return true
	}
	if len(v) >= 3 {
		same := true
		for _, c := range v[1:] {
			if c != v[0] {
				same = false
				break
			}
		}
		if same && (v[0] == '*' || v[0] == 'x' || v[0] == 'X' || v[0] == '.' || v[0] == '#') {
			return true
		}
		if bytes.Count(v, []byte("•")) == len(v)/len("•") && len(v)%len("•") == 0 {
			return true
		}
	}
	return false
}

// gqlSyntax reports whether v, a value found in a GraphQL document, is
// the document's own: a $variable, or a type (String!, [ID!]!,
// DeviceInput), letters only.
func gqlSyntax(v []byte) bool {
	v = bytes.TrimRight(bytes.TrimSpace(v), ",)")
	if len(v) > 1 && v[0] == '$' {
		return everyByte(v[1:], func(c byte) bool { return isWordByte(c) || c == '_' })
	}
	v = bytes.Trim(v, "[]!")
	return len(v) > 0 && v[0] >= 'A' && v[0] <= 'Z' && everyByte(v, func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' })
}

// maskedHint reports whether v is a masked display of a secret, as
// consoles show one they keep: a mask of at least four characters and the
// last four at most ("xxxx9fQ2", "********3f9a", "•••• 4242"), a short
// prefix and a mask ("sk_live_****"), or a prefix and suffix around an
// ellipsis ("sk-ant-api03-R2D...igAA").
func maskedHint(v []byte) bool {
	mask := func(c byte) bool { return c == '*' || c == 'x' || c == 'X' || c == '#' }
	isMask := func(i int) int { // the mask character's length at v[i], 0 when none
		if mask(v[i]) {
			return 1
		}
		if bytes.HasPrefix(v[i:], []byte("•")) {
			return len("•")
		}
		return 0
	}
	// a mask, then at most four characters
	n, i := 0, 0
	for i < len(v) {
		if k := isMask(i); k > 0 {
			n, i = n+1, i+k
		} else if n > 0 && (v[i] == '-' || v[i] == ' ') {
			i++
		} else {
			break
		}
	}
	if n >= 4 && len(v)-i <= 4 && !bytes.ContainsAny(v[i:], "*•") {
		return true
	}
	// a key's prefix (at most twelve characters, with a '-' or '_'), then
	// a mask to the end
	j, m := len(v), 0
	for j > 0 && mask(v[j-1]) {
		j, m = j-1, m+1
	}
	if m >= 4 && j > 0 && j <= 12 && keyPrefix(v[:j]) {
		return true
	}
	// a key's prefix (8 to 20 characters), an ellipsis, at most six
	// letters and digits
	for _, ell := range []string{"...", "…"} {
		if k := bytes.Index(v, []byte(ell)); k >= 8 && k <= 20 && keyPrefix(v[:k]) {
			rest := v[k+len(ell):]
			if len(rest) >= 2 && len(rest) <= 6 && everyByte(rest, isAlnum) {
				return true
			}
		}
	}
	return false
}

// keyPrefix reports whether p may be the visible start of an API key:
// letters, digits, '-' and '_', with a '-' or '_' (sk_live_, sk-ant-api03-).
func keyPrefix(p []byte) bool {
	return bytes.ContainsAny(p, "-_") && everyByte(p, func(c byte) bool { return isAlnum(c) || c == '-' || c == '_' })
}

// reference reports whether v is a reference to a secret kept elsewhere,
// not the secret: a variable a tool expands later (${env.NEXUS_PW},
// {{ vault_password }}, %DB_PASS%, $DB_PASS, $(System.AccessToken)),
// possibly followed by a path (${user.home}/.ssh/id_ed25519). A default
// written into it (${DB_PASS:-S}, ${db.password:S}) is a value, so a
// reference's name has no ':' or '-'.
func reference(v []byte) bool {
	refName := func(i int, upper bool) int {
		j := i
		for j < len(v) && (v[j] >= 'A' && v[j] <= 'Z' || v[j] == '_' || j > i && v[j] >= '0' && v[j] <= '9' ||
			!upper && (v[j] >= 'a' && v[j] <= 'z' || j > i && v[j] == '.')) {
			j++
		}
		return j - i
	}
	switch {
	case len(v) > 3 && v[0] == '$' && v[1] == '{':
		n := refName(2, false)
		if n == 0 || 2+n >= len(v) || v[2+n] != '}' {
			return false
		}
		rest := v[3+n:]
		return len(rest) == 0 || (rest[0] == '/' || rest[0] == '\\') && !bytes.ContainsAny(rest, " :@?&=")
	case len(v) > 4 && v[0] == '{' && v[1] == '{':
		w := bytes.TrimSpace(v[2:])
		w, ok := bytes.CutSuffix(w, []byte("}}"))
		w = bytes.TrimSpace(w)
		return ok && len(w) > 0 && bytes.IndexFunc(w, func(r rune) bool {
			return !(r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) < 0
	case len(v) > 2 && v[0] == '%' && v[len(v)-1] == '%':
		return refName(1, true) == len(v)-2
	case len(v) > 3 && v[0] == '$' && v[1] == '(' && v[len(v)-1] == ')':
		return refName(2, false) == len(v)-3
	case len(v) > 1 && v[0] == '$':
		return refName(1, true) == len(v)-1
	}
	return false
}

// pair is the one classifier for a name/value pair, wherever the pair comes
// from: a header, cookie, query or form field, JSON member, XML element or
// attribute, HTML attribute, script object literal, multipart part or
// GraphQL argument. where says which name table applies (InHeader, InParam
// or InJSONKey); the value is t[s:e] in the carrier's decoded text; pct
// marks values that may be percent-encoded. It reports whether the value
// was taken as a secret (and redacted).
func (x *run) pair(where Where, name, t []byte, s, e int, pct bool, ed *edits) bool {
	r := x.lookup(where, name)
	if r == nil || e <= s {
		return false
	}
	if !x.accepts(r, t[s:e]) {
		return false
	}
	x.formatNamed(name, t, s, e, r, pct, ed)
	return true
}

// formatNamed redacts t[s:e] under rule r as the value of name.
func (x *run) formatNamed(name, t []byte, s, e int, r *Rule, pct bool, ed *edits) {
	saved := x.name
	x.name = name
	x.format(t, s, e, r, pct, ed)
	x.name = saved
}

// accepts reports whether a value found under rule's name is a secret of
// it: word rules leave trivial values alone, weak ones any value that does
// not look machine-generated.
func (x *run) accepts(r *Rule, v []byte) bool {
	if r.Kind == KindPersonal && x.personalOff() {
		return false
	}
	if x.gqlDoc && gqlSyntax(v) {
		return false // mutation M($cardCode: String!) { redeem(cardCode: $cardCode) }: a declaration and a binding
	}
	if trivial(v) && !(r.Kind == KindCookie && r.Words == nil) {
		return false // every cookie value is redacted, even "true" (not a flag named os_cookie)
	}
	if (r.Words != nil || r.Kind == KindAPIKey) && publishableKey(v) {
		return false // a publishable key under a key name (data-key="pk_live_…", key=pk_live_…): public by design
	}
	if r.Kind == KindSession && r.Words == nil && publicResourceID(bytes.TrimSpace(v)) {
		return false // a resource's SID under "sid" (Twilio's SM…, CA…, VE…: two letters and 32 hex) names a message or a call, not a session
	}
	if r.Words == nil {
		return true
	}
	if r.Check == CheckNotNumber {
		if n := bytes.TrimPrefix(bytes.TrimSpace(v), []byte("-")); len(n) > 0 && everyByte(n, isDigit) {
			return false
		}
	}
	if r.Check == CheckAccountDigits {
		if !x.bankRecord && !x.bankForm {
			return false // alone, an account number may be a carrier's or a shop's
		}
		n := 0
		for _, c := range bytes.TrimSpace(v) {
			switch {
			case c >= '0' && c <= '9':
				n++
			case c == ' ' || c == '-':
			default:
				return false
			}
		}
		return n >= 6 && n <= 20
	}
	if r.Check == CheckShortHex {
		v = bytes.TrimSpace(v)
		return len(v) >= 8 && len(v) <= 12 && everyByte(v, isHex) && !everyByte(v, isDigit)
	}
	if r.Weak && r.Check == CheckUUIDSecret && isUUID(v) {
		return true
	}
	if r.Weak {
		return !publicResourceID(v) && machineGenerated(v, r.Check == CheckNotHex)
	}
	return true
}

func nonASCII(v []byte) bool {
	for _, c := range v {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// lowerOtherScripts lowers the letters of other scripts than Latin ASCII
// (Пароль: пароль); ASCII capitals stay, since they split camelCase words.
func lowerOtherScripts(v []byte) []byte {
	out := make([]byte, 0, len(v))
	for len(v) > 0 {
		r, n := utf8.DecodeRune(v)
		if r >= 0x80 && r != utf8.RuneError {
			out = utf8.AppendRune(out, unicode.ToLower(r))
		} else {
			out = append(out, v[:n]...)
		}
		v = v[n:]
	}
	return out
}

package sanitize

// Credential formats found by value: a value rule's literal prefix, then its
// anchored pattern, then its format.

import (
	"bytes"
	"encoding/base64"
)

// phpSessionVar redacts a string variable of a PHP session file
// (session_encode: user_token|s:32:"S";) at t[i] ("s:"), its name just
// before the '|' judged by the classifier. It returns the end, or 0.
func (x *run) phpSessionVar(t []byte, i int, ed *edits) int {
	ns := i - 1
	for ns > 0 && i-1-ns < 64 && (isWordByte(t[ns-1]) || t[ns-1] == '_' || t[ns-1] == '.' || t[ns-1] == '-') {
		ns--
	}
	j := i + 2
	n := 0
	for j < len(t) && j-i < 8 && t[j] >= '0' && t[j] <= '9' {
		n = n*10 + int(t[j]-'0')
		j++
	}
	if ns == i-1 || j == i+2 || j+1 >= len(t) || t[j] != ':' {
		return 0
	}
	j++
	if t[j] == '\\' {
		j++ // \" in the raw walk
	}
	if j >= len(t) || t[j] != '"' {
		return 0
	}
	vs := j + 1
	ve := vs + n
	if n < 4 || ve > len(t) || bytes.IndexByte(t[vs:ve], '"') >= 0 || !secretLooking(t[vs:ve]) {
		return 0
	}
	if x.pair(InJSONKey, t[ns:i-1], t, vs, ve, false, ed) {
		return ve
	}
	return 0
}

// cryptHash reports whether v is a crypt(3) password hash ($1$, $5$,
// $6$, $2b$, $y$, $argon2id$, Cisco's $8$ and $9$, Junos' $9$): salt and
// hash after the scheme, a password's stand-in that cracks offline.
func cryptHash(v []byte) bool {
	if len(v) < 12 || v[0] != '$' {
		return false
	}
	k := 1
	for k < len(v) && k < 10 && (v[k] >= 'a' && v[k] <= 'z' || v[k] >= '0' && v[k] <= '9') {
		k++
	}
	return k > 1 && k < len(v) && v[k] == '$'
}

// encodesPlaceholder reports whether v is base64 whose text holds a
// placeholder: output of a re-encoded layer, not a credential.
func encodesPlaceholder(v []byte) bool {
	if len(v) < 20 || len(v) > 4096 {
		return false
	}
	dec, ok := b64Any(make([]byte, len(v)), v)
	return ok && bytes.Contains(dec, []byte("safehar-"))
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
	if rule.Check == CheckNameArg && rule.Prefix[0] == '(' && !callPairShape(t, i) {
		return 0 // most calls with a string argument have one: no regexp for them
	}
	if rule.Check == CheckNameArg && rule.Prefix == "s:" && i > 0 && t[i-1] == '|' {
		return x.phpSessionVar(t, i, ed) // (name|s:N:"S"; a session file's variable)
	}
	if rule.Check == CheckFlagName && !x.flagShape(t, i) {
		return 0 // most dashes are not a flag a secret name follows (-webkit-, a - b)
	}
	if rule.Check == CheckNamedBefore && !phraseFirst(t, i+len(rule.Prefix)) || rule.Check == CheckNamedWords && !wordsAhead(t, i+len(rule.Prefix), 12) {
		return 0 // the word after " is " is a word (or, for a phrase of words, there are not twelve): no regexp for it
	}
	window := t[i:]
	limit := 32 << 10
	switch rule.Check {
	case CheckNamedBefore, CheckNamedWords:
		limit = 512 // a phrase's value (a list of codes at most)
	case CheckNameArg, CheckSecretLooking, CheckFlagName:
		// Phrases, calls and command lines are short: a small window
		// keeps the regexp on its backtracker, not its NFA.
		limit = 1 << 10
	}
	if len(window) > limit {
		window = window[:limit]
	}
	var loc []int
	if rule.Group > 0 {
		loc = vr.regexp().FindSubmatchIndex(window)
	} else {
		loc = vr.regexp().FindIndex(window)
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
	if cut := i + len(window); cut < len(t) && e == cut || rule.Group > 0 && e > s && e < len(t) && tokenByte[t[e]] && tokenByte[t[e-1]] &&
		(rule.Check == CheckSecretLooking || rule.Check == CheckNamedBefore || rule.Check == CheckFlagName) {
		// The match ran to the window's end or to its pattern's bound
		// in the middle of a token: the value goes on (a JWE of 900
		// characters after "token"), and all of it is the secret.
		for e < len(t) && tokenByte[t[e]] {
			e++
		}
	}
	if rule.Entropy > 0 && entropy(t[s:e]) < rule.Entropy {
		return 0
	}
	if rule.Format != FormatJWT && encodesPlaceholder(t[s:e]) {
		return e // a base64 layer re-encoded around our placeholder ({"k":"safehar-…"} reads as a Grafana key)
	}
	saved := x.name
	x.name = nil
	defer func() { x.name = saved }()
	if rule.Check == CheckSecretLooking {
		if rule.Group > 0 && !passwordLooking(t[s:e]) && !cryptHash(t[s:e]) || rule.Group == 0 && !secretLooking(bytes.TrimLeft(t[s+len(rule.Prefix):e], ": ")) {
			return 0
		}
	}
	if rule.Check == CheckNamedBefore || rule.Check == CheckNamedWords {
		if rule.Check == CheckNamedBefore && !phraseValue(t[s:e]) {
			return 0
		}
		named := x.namedBefore(t, i)
		if named == nil {
			return 0
		}
		if named.Kind == KindPersonal {
			// my SSN is …: personal data, with its placeholder
			x.secret(t, s, e, named, named.Kind, false, ed)
			return e
		}
	}
	if rule.Check == CheckFlagName {
		// A flag's name says what its value is: only a strong secret
		// name counts (--password-file, --token-ttl describe).
		if len(loc) < 4 || loc[2] < 0 || !secretLooking(t[s:e]) || indirectValue(t[s:e]) || !x.strongName(InParam, t[i+loc[2]:i+loc[3]]) {
			return 0
		}
		if x.pair(InParam, t[i+loc[2]:i+loc[3]], t, s, e, false, ed) {
			return e
		}
		return 0
	}
	if rule.Check == CheckCellLabel {
		name := thLabelBefore(t, i-1)
		if name == nil || !secretLooking(t[s:e]) {
			return 0
		}
		if x.pair(InJSONKey, name, t, s, e, false, ed) {
			return e
		}
		return 0
	}
	if rule.Check == CheckNameArg {
		// A call's first argument names its second: the classifier
		// judges the name, the pair's rule redacts the value.
		if len(loc) < 4 || loc[2] < 0 || !secretLooking(t[s:e]) {
			return 0
		}
		if x.pair(InJSONKey, t[i+loc[2]:i+loc[3]], t, s, e, false, ed) {
			return e
		}
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

// thLabelBefore returns the text of the header cell that ends just before
// the '<' at t[lt] (<th …>label</th> <td…>, a trailing ':' dropped), or nil.
func thLabelBefore(t []byte, lt int) []byte {
	if lt < 10 || t[lt] != '<' {
		return nil
	}
	k := lt
	for k > 0 && isSpace(t[k-1]) {
		k--
	}
	switch {
	case bytes.HasSuffix(t[:k], []byte("</th>")):
		k -= 5
	case bytes.HasSuffix(t[:k], []byte(`<\/th>`)):
		k -= 6
	default:
		return nil
	}
	o := bytes.LastIndexByte(t[max(0, k-200):k], '>')
	if o < 0 {
		return nil
	}
	o += max(0, k-200)
	if ts := bytes.LastIndex(t[max(0, o-160):o], []byte("<th")); ts < 0 || bytes.IndexByte(t[o+1:k], '<') >= 0 {
		return nil
	}
	label := bytes.TrimRight(bytes.TrimSpace(t[o+1:k]), ":")
	if len(label) < 2 || len(label) > 64 {
		return nil
	}
	return bytes.TrimSpace(label)
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

// callPairShape reports whether t[i:] starts as a call with a quoted
// name for its first argument and a second one: ("name", or (\"name\",.
func callPairShape(t []byte, i int) bool {
	j := i + 1 // past '('
	for j < len(t) && (t[j] == ' ' || t[j] == '\\') {
		j++
	}
	if j >= len(t) || t[j] != '"' && t[j] != '\'' && t[j] != '`' {
		return false
	}
	j++
	n := j
	for j < len(t) && j-n <= 64 && (isWordByte(t[j]) || t[j] == '_' || t[j] == '-' || t[j] == '.' || t[j] == ':' || t[j] == '$') {
		j++
	}
	if j == n {
		return false
	}
	for j < len(t) && (t[j] == '\\' || t[j] == '"' || t[j] == '\'' || t[j] == '`' || t[j] == ' ') {
		j++
	}
	return j < len(t) && t[j] == ','
}

// passwordLooking reports whether a command-line argument looks like a
// password rather than a path, a port mapping or a word: letters and
// digits or symbols, no slash.
func passwordLooking(v []byte) bool {
	if len(v) < 6 || v[0] == '.' || v[0] == '~' || v[0] == '-' || bytes.IndexByte(v, '/') >= 0 {
		return false
	}
	var letter, other bool
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c != ':' && c != '.' && c != '-' && c != '_':
			other = true
		}
	}
	return letter && other
}

// phraseValue reports whether a word told in prose may be a secret: it has
// a digit or a symbol (words joined by dashes are words).
func phraseValue(v []byte) bool {
	if len(v) < 4 {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.' || c >= 0x80) { // (é is a letter: expiré)
			return true
		}
	}
	return false
}

// phraseFillers may stand between a phrase's verb and its value ("is now X").
var phraseFillers = map[string]bool{"now": true, "still": true, "also": true, "currently": true, "jetzt": true, "nun": true,
	"agora": true, "ahora": true, "maintenant": true, "désormais": true}

// phraseFirst reports whether the word at t[i] (after a phrase's verb, an
// optional ':' and spaces, and a filler word) may be a phrase's value
// (phraseValue): the cheap test before the phrase's regexp.
func phraseFirst(t []byte, i int) bool {
	for range 2 {
		for i < len(t) && (t[i] == ' ' || t[i] == ':') {
			i++
		}
		j := i
		for j < len(t) && j-i < 64 && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '"' && t[j] != '<' {
			j++
		}
		if phraseValue(t[i:j]) {
			return true
		}
		if !phraseFillers[string(t[i:j])] {
			return false
		}
		i = j
	}
	return false
}

// wordsAhead reports whether n words of lower-case letters, one space
// apart, start at t[i] (a recovery phrase's first twelve).
func wordsAhead(t []byte, i, n int) bool {
	for w := 0; w < n; w++ {
		s := i
		for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
			i++
		}
		if i-s < 3 || i-s > 8 {
			return false
		}
		if w < n-1 {
			if i >= len(t) || t[i] != ' ' {
				return false
			}
			i++
		}
	}
	return true
}

// stopWord reports whether w is an article, a determiner or a short
// preposition: a word that starts a phrase, never the inside of a name.
func stopWord(w []byte) bool {
	if len(w) > 5 {
		return false
	}
	var lb [5]byte
	switch string(lowerASCII(lb[:0], w)) {
	case "the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "these", "those", "to", "for", "of", "in", "on", "at", "by", "from", "with", "and", "or":
		return true
	}
	return false
}

// innerStopWord reports whether a stop word is among the words after the
// first of the width words ending at word m (words counted back from the
// verb: m is the first in reading order).
func innerStopWord(t []byte, starts, ends []int, m, width int) bool {
	for k := m - 1; k > m-width; k-- {
		if stopWord(t[starts[k]:ends[k]]) {
			return true
		}
	}
	return false
}

// namedBefore returns the rule of the name the words of the sentence that
// end just before t[i] say, or nil when they name no secret: going back
// over up to eight words of one sentence (a comma does not end it), the
// first word that, alone or with the words after it, the classifier calls
// a secret (strong or weak; personal only for a value redacted whole: a
// document number, a birth date) decides, and one that describes a secret (password policy)
// stops the search. So "the password is X", "Passwort für den Server ist
// X" and "your VPN password, it is now X" name their secret; "the password
// policy is strict" and "this is X" do not.
func (x *run) namedBefore(t []byte, i int) *Rule {
	var starts, ends [8]int
	n, k := 0, i
	for n < len(starts) && k > 0 && i-k < 100 {
		j := k
		for j > 0 && (t[j-1] == ' ' || t[j-1] == ',') {
			j--
		}
		w := j
		for w > 0 && (isWordByte(t[w-1]) || t[w-1] == '_' || t[w-1] == '-' || t[w-1] >= 0x80) { // (letters of any script: contraseña)
			w--
		}
		if w == j || !hasLetter(t[w:j]) {
			break // a number or a dash ends the sentence's words ("codes are 4821-9930 — these are …")
		}
		starts[n], ends[n] = w, j
		n++
		k = w
	}
	// Only a name that may end a secret's (the keys' two-letter endings,
	// a plural's too) is classified.
	var may [8]bool
	for j := 0; j < n; j++ {
		may[j] = x.rules.keys.mayName(t, ends[j]) || ends[j]-starts[j] > 4 && t[ends[j]-1] == 's' && x.rules.keys.mayName(t, ends[j]-1) ||
			x.rules.words.metaWord(t[starts[j]:ends[j]]) // (password policy: describes)
	}
	for m := 0; m < n; m++ {
		// the word alone, then with the one or two words after it (one
		// name: "api key", "mot de passe")
		for width := min(3, m+1); width >= 1; width-- { // widest first: "password policy" describes
			if !may[m-width+1] || innerStopWord(t, starts[:], ends[:], m, width) {
				continue // (one name has no article inside: "the password the help desk gave me is X")
			}
			c := t[starts[m]:ends[m-width+1]]
			r, v := x.classifyCached(c)
			if v == noSecretWord && len(c) > 4 && c[len(c)-1] == 's' {
				r, v = x.classifyCached(c[:len(c)-1]) // a plural: "the new passwords are X"
			}
			switch {
			case v == describes:
				return nil
			case v == namesSecret && r != nil && (r.Kind != KindPersonal || r.Format == FormatWhole && !x.personalOff()):
				return r // (a document's number or a birth date told in prose is personal data: my SSN is …)
			}
		}
	}
	return nil
}

// classified is a remembered verdict of the word classifier.
type classified struct {
	rule *Rule
	v    verdict
}

// classifyCached is the word classifier's verdict on the words c, from a
// cache of the document's phrases (prose repeats its words).
func (x *run) classifyCached(c []byte) (*Rule, verdict) {
	if x.phrases == nil {
		x.phrases = map[string]classified{}
	}
	if k, ok := x.phrases[string(c)]; ok {
		return k.rule, k.v
	}
	r, v := x.rules.words.classify(c)
	if len(x.phrases) < 4096 && len(c) <= 64 {
		x.phrases[string(c)] = classified{r, v}
	}
	return r, v
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

// indirectValue reports whether a flag's value says where the secret is
// rather than being it (openssl's env:NAME, file:PATH, fd:N, stdin).
func indirectValue(v []byte) bool {
	for _, p := range []string{"env:", "file:", "fd:", "stdin"} {
		if bytes.HasPrefix(v, []byte(p)) {
			return true
		}
	}
	return false
}

// flagShape reports whether t[i:] starts as " -name " or " --name=" with
// a name that may be a secret's (the ending filter), before the regexp.
func (x *run) flagShape(t []byte, i int) bool {
	j := i + 2 // past " -"
	if j < len(t) && t[j] == '-' {
		j++
	}
	ns := j
	for j < len(t) && j-ns <= 40 && (isWordByte(t[j]) || t[j] == '_' || t[j] == '-') {
		j++
	}
	return j-ns >= 2 && j < len(t) && (t[j] == ' ' || t[j] == '=') && x.rules.params.mayName(t, j)
}

package sanitize

import (
	"bytes"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// RulesVersion identifies the built-in table; it is recorded in every
// sanitized file and report. Bump it whenever the table changes.
const RulesVersion = "2026.12.5"

// Where says which kind of name (or which values) a Rule looks at.
type Where uint8

const (
	// InHeader: HTTP header names, any case, HTTP/1 and HTTP/2.
	InHeader Where = 1 << iota
	// InParam: query and fragment parameters in every URL, form fields
	// (urlencoded and multipart), and HTML form fields and meta tags.
	InParam
	// InJSONKey: object keys at any depth of a JSON body, a websocket frame,
	// JSON inside a JSON string, or an inline script.
	InJSONKey
	// InValue: a credential format recognised by its value, anywhere.
	InValue
	// InCookie: every value of request.cookies[] and response.cookies[].
	InCookie
	// InJWTClaim: claim names inside a JWT's payload (personal data).
	InJWTClaim
	// InURLUserinfo: the password of scheme://user:password@host.
	InURLUserinfo
)

// Format says how a matched value is rewritten.
type Format string

const (
	// FormatWhole replaces the whole value (a JWT keeps its claims).
	FormatWhole Format = ""
	// FormatScheme keeps the first word ("Bearer", "Basic", "SSWS") and
	// replaces the credentials after it.
	FormatScheme Format = "scheme"
	// FormatCookie replaces every cookie value in a Cookie header, keeping
	// the names.
	FormatCookie Format = "cookie"
	// FormatSetCookie replaces the cookie value of each Set-Cookie line,
	// keeping its name and attributes.
	FormatSetCookie Format = "set-cookie"
	// FormatJWT keeps a token's header and claims (personal claims
	// pseudonymised) and replaces its signature.
	FormatJWT Format = "jwt"
	// FormatPEM keeps the BEGIN and END lines of a PEM block.
	FormatPEM Format = "pem"
	// FormatAfterPrefix keeps the literal prefix and replaces the rest.
	FormatAfterPrefix Format = "after-prefix"
	// FormatEmail, FormatPhone and FormatIP pseudonymise e-mail
	// addresses, phone numbers and IP addresses keeping their shape;
	// FormatPersonal a name (an e-mail address keeps its shape). See
	// personal.go. They apply while personal data is redacted.
	FormatEmail    Format = "email"
	FormatPhone    Format = "phone"
	FormatIP       Format = "ip"
	FormatPersonal Format = "personal"
)

// Check is extra evidence a value rule asks of a match.
type Check string

// CheckBasic: base64 that decodes to printable "user:password".
const CheckBasic Check = "basic-credentials"

// CheckShape marks the value-shape rule (shape.go): a generated-looking
// value in a key/value position or URL path segment, named or not.
const CheckShape Check = "shape"

// CheckPath marks the rule for URL path segments that follow a word
// saying a credential comes next (urlpath.go).
const CheckPath Check = "path"

// CheckLinkQuery marks the rule for the query values of a link whose last
// path segment's words say it carries a credential (/reset?t=S).
const CheckLinkQuery Check = "link-query"

// CheckNamedBefore: the words just before the value rule's prefix must
// name a secret (the word classifier: "the wifi key is X", "pw was X"),
// and the value must have a digit or a symbol (phraseValue).
const CheckNamedBefore Check = "named-before"

// CheckNamedWords is CheckNamedBefore for a value of words (a wallet's
// recovery phrase): the words before the prefix name it, its own shape
// is the rule's pattern.
const CheckNamedWords Check = "named-words"

// CheckNameArg: the rule's first group is a name, judged by the word
// classifier, whose value is the rule's Group (a call's arguments:
// setItem("auth_token", S)).
const CheckNameArg Check = "name-arg"

// CheckFlagName: the rule's first group is a command-line flag's name
// (--db-password, -storepass), judged by the word classifier (a strong
// secret name only); its value is the rule's Group.
const CheckFlagName Check = "flag-name"

// CheckSecretLooking: the text after a value rule's prefix must look
// like a secret (secretLooking), not a word ("password is required"); a
// rule's group, like a password (passwordLooking), not a path or a port.
const CheckSecretLooking Check = "secret-looking"

// CheckWSProtocol marks the rule for tokens carried as items of a
// Sec-WebSocket-Protocol header (scriptpairs.go).
const CheckWSProtocol Check = "websocket-protocol"

// CheckKnown marks the rule for values known to be secret elsewhere in
// the file (known.go).
const CheckKnown Check = "known"

// CheckCard marks the rule for payment card numbers found by value
// (cards.go).
const CheckCard Check = "card"

// CheckEmail marks the rule for e-mail addresses found by value, at any
// '@' (personal.go).
const CheckEmail Check = "email"

// CheckPhone marks the rule for phone numbers found by value: a '+'
// and a digit starting a word, or a tel: link (phone.go).
const CheckPhone Check = "phone"

// CheckNotHex: for a weak word rule, hexadecimal values and UUIDs are
// identifiers (content hashes), not secrets.
const CheckNotHex Check = "not-hex"

// CheckUUIDSecret: for a weak word rule, a UUID is machine-generated
// too (Vault's secret_id is one).
const CheckUUIDSecret Check = "uuid-secret"

// CheckNotCount: for a plural word (tokens, secrets, credentials), a JSON
// number is how many there are (prompt_tokens: 12), not a secret; a
// string of digits still is (a PIN among credentials).
const CheckNotCount Check = "not-count"

// CheckCellLabel: the value rule's group 1 is a table cell's text, named
// by the header cell just before it (<th>label</th><td>S</td>).
const CheckCellLabel Check = "cell-label"

// CheckPgpass marks the rule for .pgpass lines, found by the colon
// trigger before a PostgreSQL port (textpairs.go).
const CheckPgpass Check = "pgpass"

// CheckIBAN marks the rule for IBANs grouped in fours in text, found by
// the card trigger and checked by ISO 13616's mod 97 (cards.go).
const CheckIBAN Check = "iban"

// CheckLPA marks the rule for eSIM activation codes (LPA:1$…$…) at the
// start of a value (valuestart.go): no prefilter trigger.
const CheckLPA Check = "lpa"

// CheckUCI marks the rule for OpenWrt UCI configuration text (config …,
// option name 'value') at the start of a value (valuestart.go).
const CheckUCI Check = "uci"

// CheckNotNumber: a value of digits only (a sign allowed) is a counter or
// a random generator's seed, not the secret the word names.
const CheckNotNumber Check = "not-number"

// CheckShortHex: only a value of 8 to 12 hexadecimal digits (with a
// letter) is the secret the word names (a CSRF nonce); others are kept.
const CheckShortHex Check = "short-hex"

// CheckAccountDigits: only a value of 6 to 20 digits (spaces and dashes
// between them allowed) is taken, a bank account's number; an account's
// name or a customer reference with letters stays.
const CheckAccountDigits Check = "account-digits"

// WordsAre says what the Words of a Keep rule are (see classify.go).
type WordsAre string

const (
	// WordsSecret (the default): words that make a name secret.
	WordsSecret WordsAre = ""
	// WordsMetadata: after a secret word, the name describes the secret
	// (passwordPolicy, tokenExpiry) and is not one.
	WordsMetadata WordsAre = "metadata"
	// WordsQuestion: just before a secret word, the name asks about it
	// (hasPassword, showPassword).
	WordsQuestion WordsAre = "question"
	// WordsIdentifier: the name says its value is an identifier support
	// needs literally (requestId, etag, digest): the shape rule passes it.
	WordsIdentifier WordsAre = "identifier"
	// WordsTail: words that may follow a secret word run together with it
	// ("passwordhash", "tokenvalue").
	WordsTail WordsAre = "tail"
	// WordsHandle: after a secret word, the name is a handle of the
	// secret (tokenId, auth_req_id): the rule applies as a weak word, so
	// a machine-generated value is redacted and an identifier kept.
	WordsHandle WordsAre = "handle"
	// WordsThing: just before a person's name word, the name is a
	// thing's (deviceDisplayName, groupName is not a person's).
	WordsThing WordsAre = "thing"
	// WordsPublic: just before a key word, the name says the key is public
	// (publicKey, publishable_key); before another secret word it does
	// not (Plaid's public_token is exchanged for an access token).
	WordsPublic WordsAre = "public"
)

// Rule is one line of the table: what to look at, what kind of secret it is
// and why. Names and suffixes are compared after normalisation: lower case,
// with "-", "_", "." and "[]" removed, so "X-API-Key", "x_api_key" and
// "xApiKey" are one name.
type Rule struct {
	ID       string
	Kind     Kind
	Where    Where
	Names    []string // exact names
	Suffixes []string // name endings
	// Keep marks names that are never secrets (e.g. token_type), checked
	// before any other name rule.
	Keep bool
	// Prefix is the literal a value rule's match starts with (the fast
	// prefilter); Pattern is matched right there, anchored.
	Prefix  string
	Pattern string
	// A value rule's match must not follow a letter or digit. Check names
	// extra evidence a match must show (CheckBasic: the credentials decode
	// to user:password).
	Check  Check
	Format Format
	// Group, when > 0, is the submatch of Pattern that is the secret: only
	// it is redacted (the rest is context, such as a delimiter). Entropy,
	// when > 0, is the Shannon entropy (bits per byte) the secret must
	// reach: lower ones (AKIAEXAMPLEEXAMPLE) are placeholders.
	Group   int
	Entropy float64
	// Words are the words that make a name secret wherever they stand in
	// it (see classify.go); Weak word rules take only values that look
	// machine-generated. WordsAre marks word lists that are not secret
	// words (metadata, question, identifier, tail words).
	Words    []string
	Weak     bool
	WordsAre WordsAre
	Reason   string
	// Examples are names (name rules: "name" or "name: value") or texts
	// (value rules) the rule must catch; Ignores are ones it must leave
	// alone. A test checks them all.
	Examples, Ignores []string
}

// Rules is a compiled table. Build one with DefaultRules or Extend.
type Rules struct {
	Version string
	table   []Rule

	names map[Where]*nameSet
	value []*valueRule
	// pairs maps the first two bytes of a value-rule prefix to the rules
	// starting with them (index into triggers; 0 means none).
	pairs    [1 << 16]uint8
	pairBits [1 << 10]uint64 // pairs[k] != 0, as bits: fits the L1 cache
	triggers [][]*valueRule
	// third are the bytes that may follow each trigger pair of value
	// rules (the third characters of their literals), as bits: a pair
	// followed by another byte is passed by before its rules run.
	third  [][4]uint64
	filter *pairFilter // pairs, for the vector prefilter
	// params and keys are how the names InParam (with the HTML attributes
	// htmlAttr looks at) and InJSONKey can match end: a name=value or
	// "name": value whose name ends otherwise cannot be a secret's, and the
	// scanner passes it by.
	params, keys nameEnds
	// free are value rules without a literal prefix (policy patterns): run
	// on every text.
	free []*valueRule
	// cookie and userinfo are the rules for InCookie and InURLUserinfo.
	cookie, userinfo *Rule
	// iban is the rule for IBANs in free text (cards.go), pgpass for
	// .pgpass lines (textpairs.go), account for a bank account's number
	// beside its bank (bankAccount).
	iban, pgpass, account *Rule
	// lpa and uci are the rules of values known by how they start
	// (valuestart.go).
	lpa, uci *Rule
	// words are the word rules (classify.go).
	words wordTable
	// shape is the value-shape rule (shape.go), if the table has one.
	shape *Rule
	// pathRule is the rule for URL path segments after a word that says
	// a credential follows (urlpath.go), with its words.
	pathRule  *Rule
	pathWords map[string]bool
	// linkRule and linkWords: the query values of a link (CheckLinkQuery).
	linkRule  *Rule
	linkWords map[string]bool
	// email is the rule for e-mail addresses found by value, phone for
	// international phone numbers and tel: links found by value
	// (phone.go), card the rule for payment card numbers (cards.go), echo
	// the rule for values known to be secret elsewhere (known.go).
	email, phone, card, echo *Rule
	// wsToken is the rule for tokens in Sec-WebSocket-Protocol items
	// (scriptpairs.go).
	wsToken *Rule
}

type nameSet struct {
	exact    map[string]*Rule
	keep     map[string]bool
	suffixes []suffixRule
}

type suffixRule struct {
	suffix string
	rule   *Rule
}

type valueRule struct {
	rule *Rule
	// re is the pattern anchored at the start, compiled when a text first
	// has the rule's prefix (see regexp): most rules never match in a
	// file, and compiling them all took more time than scanning a
	// megabyte.
	re     *regexp.Regexp
	expr   string // re's source
	once   sync.Once
	fold   bool   // prefix compared case-insensitively
	prefix []byte // rule.Prefix
	lit    string // the literal every match starts with (rule.Prefix, or the pattern's)
	// anywhere is the pattern unanchored, for rules without a literal
	// (Rules.free).
	anywhere *regexp.Regexp
	// need is text every match of anywhere contains (requiredText): a
	// text without it is not searched.
	need []byte
	// next are the bytes that may follow a literal of two bytes (from
	// the pattern: gh[pousr]_ gives pousr), nil when any may.
	next []byte
}

// Table returns a copy of the rules, for display and audit.
func (r *Rules) Table() []Rule { return append([]Rule(nil), r.table...) }

// DefaultRules returns the built-in table compiled. The result is shared
// and must not be modified.
func DefaultRules() *Rules {
	defaultOnce.Do(func() {
		r, err := compile(RulesVersion, append(builtin[:len(builtin):len(builtin)], gitleaksRules...))
		if err != nil {
			panic("sanitize: built-in rules do not compile: " + err.Error())
		}
		defaultRules = r
	})
	return defaultRules
}

var (
	defaultOnce  sync.Once
	defaultRules *Rules
)

// Extend returns new Rules with the extra names and patterns of an
// administrator's policy added. Built-in rules are never removed or weakened.
func (r *Rules) Extend(x Extra) (*Rules, error) {
	t := append([]Rule(nil), r.table...)
	add := func(where Where, what string, names []string) error {
		for _, n := range names {
			if normalize(n) == "" {
				return fmt.Errorf("the policy's %s name %q has no letters or digits", what, n)
			}
			t = append(t, Rule{ID: "policy." + what + "." + n, Kind: KindSecret, Where: where,
				Names: []string{n}, Reason: "named by the administrator's policy"})
		}
		return nil
	}
	if err := add(InHeader, "header", x.Headers); err != nil {
		return nil, err
	}
	if err := add(InParam, "param", x.Params); err != nil {
		return nil, err
	}
	if err := add(InJSONKey, "json-key", x.JSONKeys); err != nil {
		return nil, err
	}
	if len(x.Patterns) > MaxPatterns {
		return nil, fmt.Errorf("the policy has %d patterns, above the limit of %d", len(x.Patterns), MaxPatterns)
	}
	insts, freeInsts := 0, 0
	for _, p := range x.Patterns {
		if err := checkPolicyPattern(p); err != nil {
			return nil, err
		}
		n, free, err := patternStructure(p)
		if err != nil {
			return nil, err
		}
		if insts += n; insts > MaxPatternsInsts {
			return nil, fmt.Errorf("the policy's patterns compile to more than %d instructions together (at %q); use fewer or shorter patterns", MaxPatternsInsts, p.Name)
		}
		if free {
			if freeInsts += n; freeInsts > MaxFreePatternsInsts {
				return nil, fmt.Errorf("the policy's patterns without a fixed start compile to more than %d instructions together (at %q); start patterns with their fixed text, like acme_[A-Za-z0-9]{32}", MaxFreePatternsInsts, p.Name)
			}
		}
		kind := p.Kind
		if kind == "" {
			kind = KindSecret
		}
		t = append(t, Rule{ID: "policy.pattern." + p.Name, Kind: kind, Where: InValue,
			Pattern: p.Regexp, Reason: "pattern from the administrator's policy"})
	}
	v := r.Version
	if len(x.Headers)+len(x.Params)+len(x.JSONKeys)+len(x.Patterns) > 0 {
		v += "+policy"
	}
	return compile(v, t)
}

// checkPolicyPattern refuses patterns that cannot work as a redaction rule.
// Go's regexp (RE2) runs in linear time, so no pattern can take exponential
// time; what remains to refuse are patterns that match (nearly) everything.
func checkPolicyPattern(p PatternSpec) error {
	if p.Name == "" {
		return fmt.Errorf("a policy pattern has no name; give each pattern a short name")
	}
	if _, err := regexp.Compile(p.Regexp); err != nil {
		return fmt.Errorf("the policy pattern %q is not a valid regular expression (%v); fix it in the policy", p.Name, err)
	}
	return nil
}

func compile(version string, table []Rule) (*Rules, error) {
	r := &Rules{Version: version, table: table, names: map[Where]*nameSet{}}
	r.triggers = [][]*valueRule{nil}
	for c := 0; c < 256; c++ {
		r.pairs['='<<8|c] = trigEquals
		r.pairs[':'<<8|c] = trigColon
	}
	for i := range table {
		rule := &table[i]
		if rule.ID == "" || rule.Reason == "" {
			return nil, fmt.Errorf("rule %d (%q) needs an id and a reason", i, rule.ID)
		}
		if rule.Check == CheckEmail {
			r.email = rule
			for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") {
				r.pairs['@'<<8|uint16(c)] = trigAt
			}
			continue
		}
		// Rules a mechanism of its own applies: kept, not compiled.
		switch rule.Check {
		case CheckWSProtocol:
			r.wsToken = rule
			continue
		case CheckPgpass:
			r.pgpass = rule
			continue
		case CheckIBAN:
			r.iban = rule
			continue
		case CheckLPA:
			r.lpa = rule
			continue
		case CheckUCI:
			r.uci = rule
			continue
		case CheckKnown:
			r.echo = rule
			continue
		}
		if rule.Check == CheckPhone {
			r.phone = rule
			// The byte before the '+' starts the pair: base64 text has '+'
			// and digits all the time, but never after a space or a quote.
			for _, c := range []byte(" \"'(,") {
				r.pairs[uint16(c)<<8|'+'] = trigCard // (the card trigger's index: one bucket fewer for the vector prefilter)
			}
			continue
		}
		if rule.Check == CheckCard {
			r.card = rule
			for c := uint16('0'); c <= '9'; c++ {
				r.pairs[c<<8|' '] = trigCard
				r.pairs[c<<8|'-'] = trigCard
				r.pairs[c<<8|'.'] = trigCard
			}
			continue
		}
		if rule.Check == CheckPath {
			r.pathRule, r.pathWords = rule, map[string]bool{}
			for _, w := range rule.Words {
				r.pathWords[w] = true
			}
			continue
		}
		if rule.Check == CheckLinkQuery {
			r.linkRule, r.linkWords = rule, map[string]bool{}
			for _, w := range rule.Words {
				r.linkWords[w] = true
			}
			continue
		}
		if rule.Check == CheckAccountDigits && r.account == nil {
			r.account = rule
		}
		if rule.Words != nil {
			r.words.add(rule)
			continue
		}
		if rule.Check == CheckShape {
			r.shape = rule
			continue
		}
		switch rule.Where {
		case InValue:
			if err := r.addValue(rule); err != nil {
				return nil, err
			}
			continue
		case InCookie:
			r.cookie = rule
			continue
		case InURLUserinfo:
			r.userinfo = rule
			continue
		}
		for _, w := range []Where{InHeader, InParam, InJSONKey, InJWTClaim} {
			if rule.Where&w == 0 {
				continue
			}
			ns := r.names[w]
			if ns == nil {
				ns = &nameSet{exact: map[string]*Rule{}, keep: map[string]bool{}}
				r.names[w] = ns
			}
			for _, n := range rule.Names {
				k := normalize(n)
				if rule.Keep {
					ns.keep[k] = true
				} else if _, dup := ns.exact[k]; !dup {
					ns.exact[k] = rule
				}
			}
			for _, s := range rule.Suffixes {
				ns.suffixes = append(ns.suffixes, suffixRule{normalize(s), rule})
			}
		}
	}
	for k := range r.pairs {
		if r.pairs[k] != 0 {
			r.pairBits[k>>6] |= 1 << (k & 63)
		}
	}
	r.words.finish()
	r.third = make([][4]uint64, len(r.triggers))
	for idx := range r.triggers {
		for _, c := range thirdBytes(uint8(idx), r.triggers) {
			r.third[idx][c>>6] |= 1 << (c & 63)
		}
	}
	r.filter = newPairFilter(&r.pairs, r.triggers)
	r.params.add("name", "id", "property", "key")
	for w, ends := range map[Where]*nameEnds{InParam: &r.params, InJSONKey: &r.keys} {
		if ns := r.names[w]; ns != nil {
			for k := range ns.exact {
				ends.add(k)
			}
			for _, s := range ns.suffixes {
				ends.add(s.suffix)
			}
		}
		// Names that end in a secret word, a secret word and a digit
		// (IDToken2), a tail (passwordValue) or a handle word (tokenId).
		for _, p := range r.words.phrases {
			if p.rule.Where&w != 0 {
				ends.add(p.joined)
				for d := '0'; d <= '9'; d++ {
					ends.add(p.joined + string(d))
				}
			}
		}
		for t := range r.words.tails {
			ends.add(t)
		}
		for h := range r.words.handle {
			ends.add(h)
		}
	}
	if r.cookie == nil || r.userinfo == nil {
		return nil, fmt.Errorf("the table needs an InCookie and an InURLUserinfo rule")
	}
	return r, nil
}

// nameEnds is a set of name endings: the last two characters of
// normalized names (letters and digits, lower case), and the names of one
// character.
type nameEnds struct {
	two [1 << 10]uint64
	one [256]bool
}

func (n *nameEnds) add(names ...string) {
	for _, name := range names {
		switch len(name) {
		case 0:
		case 1:
			n.one[name[0]] = true
		default:
			k := uint16(name[len(name)-2])<<8 | uint16(name[len(name)-1])
			n.two[k>>6] |= 1 << (k & 63)
		}
	}
}

func (n *nameEnds) has(c0, c1 byte) bool {
	k := uint16(c0)<<8 | uint16(c1)
	return n.two[k>>6]&(1<<(k&63)) != 0
}

// mayName reports whether a parameter or key name in text, ending just
// before t[e], can be one of the set. The name is the run of name bytes
// there; what counts is how it ends once - _ . [ ] $ are dropped, as
// normalize drops them. It answers false only when the name certainly is
// not in the set.
func (n *nameEnds) mayName(t []byte, e int) bool {
	if e >= 3 {
		// Most names end in two letters or digits after a non-name byte
		// or more of the name.
		c0, c1 := lowerAlnum(t[e-2]), lowerAlnum(t[e-1])
		if c0 != 0 && c1 != 0 {
			return n.has(c0, c1) || n.one[c1]
		}
		if t[e-2] >= 0x80 || t[e-1] >= 0x80 {
			return true // a letter of another script (contraseña, пароль): the classifier decides
		}
	}
	var c [2]byte
	k := 0
	for i := e - 1; i >= 0 && k < 2 && nameByte(t[i]); i-- {
		if b := lowerAlnum(t[i]); b != 0 {
			c[k] = b
			k++
		}
	}
	switch k {
	case 0:
		return false // no name, or one normalize empties
	case 1:
		return n.one[c[0]]
	}
	// The name may also be the last character alone: in escaped text,
	// "\nk=" is the name k after a line break.
	return n.has(c[1], c[0]) || n.one[c[0]]
}

// mayKey reports whether a whole (raw) key can normalize to a name of the
// set: its last two characters once - _ . [ ] $ and spaces are dropped.
func (n *nameEnds) mayKey(key []byte) bool {
	var c [2]byte
	k := 0
	for i := len(key) - 1; i >= 0 && k < 2; i-- {
		switch b := byteClass[key[i]]; {
		case b.lower != 0:
			c[k] = b.lower
			k++
		case !b.dropped:
			return true // an escape, non-ASCII…: the full check decides
		}
	}
	switch k {
	case 0:
		return false
	case 1:
		return n.one[c[0]]
	}
	return n.has(c[1], c[0])
}

// lowerAlnum returns c in lower case when it is a letter or digit, else 0.
func lowerAlnum(c byte) byte { return byteClass[c].lower }

// byteClass describes each byte for the name scanners: its lower-case form
// when it is a letter or digit, whether it may be part of a name in text,
// and whether normalize drops it.
var byteClass = func() (t [256]struct {
	lower         byte
	name, dropped bool
}) {
	for c := range t {
		b := byte(c)
		switch {
		case b >= 'a' && b <= 'z' || b >= '0' && b <= '9':
			t[c].lower = b
		case b >= 'A' && b <= 'Z':
			t[c].lower = b + 32
		}
		t[c].name = t[c].lower != 0 || strings.IndexByte("_-.[]$", b) >= 0
		t[c].dropped = strings.IndexByte("-_.[] $", b) >= 0
	}
	return
}()

func (r *Rules) addValue(rule *Rule) error {
	pat := rule.Pattern
	if pat == "" {
		pat = regexp.QuoteMeta(rule.Prefix)
	}
	vr := &valueRule{rule: rule, expr: `^(?:` + pat + `)`, prefix: []byte(rule.Prefix)}
	// A pattern that does not parse is refused now, as regexp.Compile
	// would refuse it (its other steps cannot fail).
	if _, err := syntax.Parse(vr.expr, syntax.Perl); err != nil {
		return fmt.Errorf("rule %s: %v", rule.ID, err)
	}
	r.value = append(r.value, vr)
	prefix := rule.Prefix
	if prefix == "" {
		prefix, _ = vr.regexp().LiteralPrefix()
	}
	vr.lit = prefix
	if len(prefix) == 2 && !strings.HasPrefix(pat, "(?i)") {
		vr.next = nextBytes(pat, 2)
	}
	if len(prefix) < 2 {
		// No literal to trigger on: the pattern runs over every text, so
		// it must match anywhere, not only at the start.
		var err error
		if vr.anywhere, err = regexp.Compile(pat); err != nil {
			return fmt.Errorf("rule %s: %v", rule.ID, err)
		}
		vr.need = requiredText(pat)
		r.free = append(r.free, vr)
		return nil
	}
	variants := []string{prefix[:2]}
	if strings.HasPrefix(pat, "(?i)") {
		vr.fold = true
		l, u := strings.ToLower(prefix[:2]), strings.ToUpper(prefix[:2])
		variants = []string{l, u, l[:1] + u[1:], u[:1] + l[1:]}
	}
	for _, v := range variants {
		k := uint16(v[0])<<8 | uint16(v[1])
		idx := r.pairs[k]
		if idx >= trigCard {
			// '=', ':', an e-mail's '@', card digits and a phone's '+' are the
			// structural triggers' own pairs.
			return fmt.Errorf("rule %s: a pattern may not start with %q (a built-in trigger); start it with other fixed text", rule.ID, v)
		}
		if idx == 0 {
			if len(r.triggers) >= trigCard {
				return fmt.Errorf("too many distinct value-rule prefixes")
			}
			idx = uint8(len(r.triggers))
			r.triggers = append(r.triggers, nil)
			r.pairs[k] = idx
		}
		r.triggers[idx] = append(r.triggers[idx], vr)
	}
	return nil
}

// regexp returns the rule's pattern anchored at the start, compiling it
// the first time.
func (vr *valueRule) regexp() *regexp.Regexp {
	vr.once.Do(func() { vr.re = regexp.MustCompile(vr.expr) })
	return vr.re
}

// nextBytes returns the bytes a match of pat may have at offset n, when
// the pattern starts with n literal bytes followed by a literal or a
// small character class; nil when it cannot tell.
func nextBytes(pat string, n int) []byte {
	re, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	for _, sub := range subs {
		switch sub.Op {
		case syntax.OpLiteral:
			if sub.Flags&syntax.FoldCase != 0 {
				return nil
			}
			if n < len(sub.Rune) {
				return []byte(string(sub.Rune[n]))
			}
			n -= len(sub.Rune)
			continue
		case syntax.OpPlus, syntax.OpRepeat:
			if sub.Op == syntax.OpRepeat && sub.Min < 1 || len(sub.Sub) != 1 {
				return nil
			}
			sub = sub.Sub[0]
		}
		if sub.Op != syntax.OpCharClass || n != 0 {
			return nil
		}
		var out []byte
		for i := 0; i+1 < len(sub.Rune); i += 2 {
			for c := sub.Rune[i]; c <= sub.Rune[i+1]; c++ {
				if c > 0x7f || len(out) > 64 {
					return nil
				}
				out = append(out, byte(c))
			}
		}
		return out
	}
	return nil
}

// normalize folds a name for comparison: lower case, without - _ . [ ] and
// spaces.
func normalize(name string) string {
	return string(normalizeBytes(nil, []byte(name)))
}

// normalizeBytes is normalize for a name in a byte slice, into buf.
func normalizeBytes(buf []byte, name []byte) []byte {
	buf = buf[:0]
	for _, c := range name {
		switch b := byteClass[c]; {
		case b.lower != 0:
			buf = append(buf, b.lower)
		case !b.dropped:
			buf = append(buf, c)
		}
	}
	return buf
}

// lookup returns the rule for a name at where, or nil: the table's exact
// names and suffixes (compared normalized: norm), then the words of the
// name as written (raw; see classify.go).
func (r *Rules) lookup(where Where, raw, norm []byte) *Rule {
	ns := r.names[where]
	if len(norm) == 0 || len(norm) > 80 {
		return nil
	}
	if ns != nil {
		if ns.keep[string(norm)] {
			return nil
		}
		if rule := ns.exact[string(norm)]; rule != nil {
			return rule
		}
	}
	var word *Rule
	if where&(InHeader|InParam|InJSONKey) != 0 && !bytes.Contains(raw, []byte(placeholderPrefix)) {
		var v verdict
		switch word, v = r.words.classify(raw); v {
		case describes:
			return nil // passwordPolicy: before any suffix
		case asks:
			if word.Where&where != 0 {
				return word // hasPassword: a handle, before any suffix
			}
			return nil
		}
	}
	if ns != nil {
		for _, s := range ns.suffixes {
			if len(norm) > len(s.suffix) && string(norm[len(norm)-len(s.suffix):]) == s.suffix {
				return s.rule
			}
		}
	}
	if word != nil && word.Where&where != 0 {
		return word
	}
	return nil
}

// describesKey reports whether a member key inside a secret's container
// describes the secret rather than holds it: a descriptor's name ("type",
// "name", "key"), a metadata word alone ("expires", "version"), or a name
// whose words describe a secret (token_uri).
func (r *Rules) describesKey(key []byte) bool {
	if descriptorName(key) || r.words.meta[strings.ToLower(string(key))] {
		return true
	}
	rule, v := r.words.classify(key)
	if v == describes || v == asks {
		return true
	}
	if rule != nil {
		return false // it names a secret of its own
	}
	// A name of metadata words (expiresAt, expires_in, created_at).
	words := splitWords(key)
	return len(words) > 0 && (r.words.meta[words[0]] || r.words.meta[words[len(words)-1]])
}

// identifier reports whether a name says its value is an identifier (the
// shape rule leaves it alone).
func (r *Rules) identifier(name []byte) bool {
	norm := normalize(string(name))
	for _, ns := range r.names {
		if ns.keep[norm] {
			return true
		}
	}
	if r.words.ident[strings.ToLower(string(name))] {
		return true // x5t, sha256: one word though split
	}
	words := splitWords(name)
	for i, w := range words {
		if r.words.ident[w] || i > 0 && r.words.ident[words[i-1]+w] { // Content-MD5: "md" "5"
			return true
		}
	}
	return r.words.identCompound(words)
}

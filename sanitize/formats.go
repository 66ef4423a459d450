package sanitize

// Credential formats found by value: a value rule's literal prefix, then its
// anchored pattern, then its format.

import (
	"bytes"
	"encoding/base64"
)

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

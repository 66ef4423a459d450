package sanitize

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
	saved := x.name
	x.name = name
	x.format(t, s, e, r, pct, ed)
	x.name = saved
	return true
}

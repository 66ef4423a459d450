package sanitize

import (
	"bytes"
)

// GraphQL beyond literals: a request {"query": …, "variables": {…}} binds
// its variables to arguments in the query text (login(token: $t),
// updatePassword(input: {current: $cur})). A variable bound to an argument
// whose name says secret, or used in the arguments of a field whose name
// does (updatePassword), takes that rule, whatever the variable is called,
// unless the argument's own name describes the secret or is an identifier
// (createApiToken(label: $l, cloudId: $c)).
// Persisted queries (variables only, or GET ?variables=) and batched
// arrays are walked the same way: their variables' own names are judged
// by the classifier as any JSON key.

// gqlBindings maps variable names of a query to the rules they are bound
// to; nil when none is secret.
func (x *run) gqlBindings(q []byte) map[string]*Rule {
	var out map[string]*Rule
	for i := 0; i < len(q); i++ {
		if q[i] != '$' {
			continue
		}
		j := i + 1
		for j < len(q) && gqlNameByte(q[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		v := string(q[i+1 : j])
		// The argument: name ':' just before the '$' (a definition
		// "$v: Type" has the '$' first).
		var r *Rule
		if a := gqlArgBefore(q, i); a >= 0 {
			ae := a
			for gqlNameByte(q[ae]) {
				ae++
			}
			if r = x.lookup(InJSONKey, q[a:ae]); r == nil && !x.gqlDescribes(q[a:ae]) {
				// An argument that describes the secret or names
				// something else (createApiToken(label: $l, cloudId:
				// $c)) is not the secret a field's name speaks of.
				r = x.gqlField(q, a, q[a:ae])
			}
		}
		if r != nil {
			if out == nil {
				out = map[string]*Rule{}
			}
			out[v] = r
		}
		i = j - 1
	}
	return out
}

// gqlDescribes reports whether an argument's name says it describes the
// secret a field's name speaks of, or names something else: an
// identifier (cloudId, organizationID) or metadata (label, name,
// expiresAt), but not an ordinal (updatePassword(input: {current: $c,
// next: $n}) binds both).
func (x *run) gqlDescribes(arg []byte) bool {
	switch string(arg) {
	case "next", "last", "from", "new", "old", "current":
		return false
	}
	return x.rules.identifier(arg) || x.rules.describesKey(arg)
}

// gqlField returns the rule of the field whose arguments hold q[i], when
// its name says secret (updatePassword(input: {...})) and no other
// argument is the one it speaks of; arg is the argument holding q[i].
func (x *run) gqlField(q []byte, i int, arg []byte) *Rule {
	depth := 0
	for k := i - 1; k >= 0; k-- {
		switch q[k] {
		case ')', '}':
			depth++
		case '{':
			if depth == 0 {
				continue // an input object inside the arguments
			}
			depth--
		case '(':
			if depth > 0 {
				depth--
				continue
			}
			e := k
			for e > 0 && isSpace(q[e-1]) {
				e--
			}
			s := e
			for s > 0 && gqlNameByte(q[s-1]) {
				s--
			}
			if s == e {
				return nil
			}
			if r := x.lookup(InJSONKey, q[s:e]); r != nil && !r.Weak && r.Kind != KindPersonal {
				if last := lastWord(q[s:e]); bytes.EqualFold(arg, last) || !x.gqlNamedArg(q, k, last) {
					return r
				}
			}
			return nil
		}
	}
	return nil
}

// lastWord is the last word of a camelCase or snake_case name:
// setSnmpCommunity is Community.
func lastWord(n []byte) []byte {
	i := len(n)
	for i > 0 && n[i-1] >= 'a' && n[i-1] <= 'z' {
		i--
	}
	if i > 0 && n[i-1] >= 'A' && n[i-1] <= 'Z' {
		i--
	}
	return n[i:]
}

// gqlNamedArg reports whether the arguments opened at q[open] ('(') have
// one whose own name says secret (rotateBmcPassword(serial: $s,
// password: $p)): that one holds the secret the field's name speaks of,
// and the others (a serial number, a host) are not bound by the field. An
// argument named as the field's last word is such one too
// (setSnmpCommunity(device: $d, community: $c)).
func (x *run) gqlNamedArg(q []byte, open int, last []byte) bool {
	depth := 0
	for k := open + 1; k < len(q); k++ {
		switch c := q[k]; {
		case c == '"':
			_, _, next, _ := gqlString(q, k)
			if next < 0 {
				return false
			}
			k = next - 1
		case c == '(' || c == '{' || c == '[':
			depth++
		case c == ')' || c == '}' || c == ']':
			if depth == 0 {
				return false
			}
			depth--
		case c == ':':
			e := k
			for e > open+1 && isSpace(q[e-1]) {
				e--
			}
			s := e
			for s > open+1 && gqlNameByte(q[s-1]) {
				s--
			}
			if s < e && q[s-1] != '$' {
				if r := x.lookup(InJSONKey, q[s:e]); r != nil && !r.Weak && r.Kind != KindPersonal || len(last) > 2 && bytes.EqualFold(q[s:e], last) {
					return true
				}
			}
		}
	}
	return false
}

func gqlNameByte(c byte) bool { return isWordByte(c) || c == '_' }

// gqlQuery reports whether a string looks like a GraphQL document binding
// variables.
func gqlQuery(v []byte) bool {
	return bytes.IndexByte(v, '$') >= 0 && bytes.IndexByte(v, '(') >= 0
}

// gqlVariables walks the variables object at t[i] with the bindings: a
// bound variable takes its rule.
func (x *run) gqlVariables(t []byte, i int, bind map[string]*Rule, ed *edits, depth int) (int, error) {
	if t[i] != '{' {
		return x.walk(t, i, cAny, nil, ed, depth)
	}
	return x.members(t, i, func(ks, ke, vs int) (int, error) {
		key := x.key(t[ks:ke])
		r := bind[string(key)]
		if r == nil {
			r = x.keyRule(key)
		}
		saved := x.name
		if r != nil {
			x.name = key
		}
		x.push(key, 0)
		end, err := x.walk(t, vs, cAny, r, ed, depth+1)
		x.pop()
		x.name = saved
		return end, err
	})
}

// gqlDocument reports whether a "query" string may be a GraphQL document
// with arguments.
func gqlDocument(v []byte) bool {
	return bytes.IndexByte(v, '(') >= 0 && bytes.IndexByte(v, ':') >= 0
}

// gqlLiterals redacts the string literals of a GraphQL document q that
// the text scan cannot see as pairs: every literal argument of a field
// whose name says secret (addSecret(name: "SMTP", value: "S")), and block
// strings ("""S""") under an argument whose own name says secret.
func (x *run) gqlLiterals(q []byte, ed *edits) {
	for i := 0; i < len(q); i++ {
		if q[i] != '"' {
			continue
		}
		s, e, next, block := gqlString(q, i)
		if next < 0 {
			return // an unterminated string: the document is not GraphQL
		}
		i = next - 1
		// The argument: name ':' just before the string.
		a := gqlArgBefore(q, s-gqlQuoteLen(block))
		if a < 0 {
			// A variable's default value: ($adminPassword: String = "S").
			if vs, ve := gqlDefaultOf(q, s-gqlQuoteLen(block)); ve > vs {
				if r := x.lookup(InJSONKey, q[vs:ve]); r != nil && x.accepts(r, q[s:e]) && e > s && !ed.overlaps(s, e) {
					x.secret(q, s, e, r, r.Kind, false, ed)
				}
			}
			continue
		}
		ae := a
		for ae < len(q) && gqlNameByte(q[ae]) {
			ae++
		}
		var r *Rule
		if named := x.lookup(InJSONKey, q[a:ae]); named != nil {
			if !block || !x.accepts(named, q[s:e]) {
				continue // a plain string under a secret name: the text scan has it
			}
			r = named
		} else if r = x.gqlField(q, a, q[a:ae]); r == nil || !secretLooking(q[s:e]) {
			continue // (a label beside the secret stays: name: "SMTP")
		}
		if e > s && !ed.overlaps(s, e) {
			x.secret(q, s, e, r, r.Kind, false, ed)
		}
	}
}

func gqlQuoteLen(block bool) int {
	if block {
		return 3
	}
	return 1
}

// gqlString finds the GraphQL string starting at the quote q[i]: its
// content q[s:e], where the scan goes on (next; -1 when it does not
// end), and whether it is a block string.
func gqlString(q []byte, i int) (s, e, next int, block bool) {
	if bytes.HasPrefix(q[i:], []byte(`"""`)) {
		s = i + 3
		for k := s; k+2 < len(q); k++ {
			if q[k] == '\\' && bytes.HasPrefix(q[k+1:], []byte(`"""`)) {
				k += 3 // \""" is an escaped delimiter
				continue
			}
			if q[k] == '"' && q[k+1] == '"' && q[k+2] == '"' {
				return s, k, k + 3, true
			}
		}
		return 0, 0, -1, true
	}
	s = i + 1
	for k := s; k < len(q); k++ {
		switch q[k] {
		case '\\':
			k++
		case '"':
			return s, k, k + 1, false
		case '\n':
			return 0, 0, -1, false
		}
	}
	return 0, 0, -1, false
}

// gqlArgBefore returns where the argument name ending with ':' before
// q[i] starts, or -1.
func gqlArgBefore(q []byte, i int) int {
	k := i - 1
	for k >= 0 && isSpace(q[k]) {
		k--
	}
	if k < 0 || q[k] != ':' {
		return -1
	}
	k--
	for k >= 0 && isSpace(q[k]) {
		k--
	}
	e := k + 1
	for k >= 0 && gqlNameByte(q[k]) {
		k--
	}
	if k+1 == e {
		return -1
	}
	return k + 1
}

// gqlDefaultOf returns the name of the variable whose default value is
// the string before q[i] ($name: Type = "…"), or an empty range.
func gqlDefaultOf(q []byte, i int) (int, int) {
	k := i - 1
	for k >= 0 && isSpace(q[k]) {
		k--
	}
	if k < 0 || q[k] != '=' {
		return 0, 0
	}
	k--
	for k >= 0 && (isSpace(q[k]) || gqlNameByte(q[k]) || q[k] == '!' || q[k] == '[' || q[k] == ']') {
		k-- // the type
	}
	a := gqlArgBefore(q, k+1)
	if a < 1 || q[a-1] != '$' {
		return 0, 0
	}
	e := a
	for gqlNameByte(q[e]) {
		e++
	}
	return a, e
}

package sanitize

import (
	"bytes"
)

// GraphQL beyond literals: a request {"query": …, "variables": {…}} binds
// its variables to arguments in the query text (login(token: $t),
// updatePassword(input: {current: $cur})). A variable bound to an argument
// whose name says secret, or used in the arguments of a field whose name
// does (updatePassword), takes that rule, whatever the variable is called.
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
		k := i - 1
		for k >= 0 && isSpace(q[k]) {
			k--
		}
		var r *Rule
		if k >= 0 && q[k] == ':' {
			k--
			for k >= 0 && isSpace(q[k]) {
				k--
			}
			e := k + 1
			for k >= 0 && gqlNameByte(q[k]) {
				k--
			}
			if arg := q[k+1 : e]; len(arg) > 0 {
				r = x.lookup(InJSONKey, arg)
				if r == nil {
					r = x.gqlField(q, k+1)
				}
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

// gqlField returns the rule of the field whose arguments hold q[i], when
// its name says secret (updatePassword(input: {...})).
func (x *run) gqlField(q []byte, i int) *Rule {
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
				return r
			}
			return nil
		}
	}
	return nil
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

package sanitize

import (
	"bytes"
	"errors"
	"strings"
)

// The raw walk: a JSON body is a JSON document inside a JSON string, so
// decoding it first copies every byte and records every \" before the
// walk can start. When the body's only escapes are single ones (\" \/ \n
// \r \t \b \f: no \\, no \u, which the reader notes while it finds the
// string's end), the document can be walked as it is: its strings are
// delimited by \", its whitespace may be \n, and its edits need no
// mapping. Anything else (an escaped backslash, a value under a secret key
// that is an object, a syntax error) makes the walk give up, and the body
// takes the decoding path, which handles everything.

// errNotSimple stops a raw walk: the body takes the decoding path.
var errNotSimple = errors.New("not a simple document")

// noRawJSON turns the raw walk off (tests compare both paths).
var noRawJSON = false

// rawJSON walks the JSON body t[s:e] (a HAR string the reader found valid
// and simple) as it is. It reports false, having changed nothing, when the
// body must be decoded instead.
func (x *run) rawJSON(t []byte, s, e int, mime string, ed *edits) bool {
	if noRawJSON || x.lvl != 0 || x.lvl+1 >= maxEmbed || x.reply != nil {
		return false
	}
	sp, ok := x.span(s)
	if !ok || !sp.simple {
		return false
	}
	raw := t[s:e]
	if i := rawWS(raw, 0); i >= len(raw) || raw[i] != '{' && raw[i] != '[' {
		return false
	}
	if strings.Contains(strings.ToLower(mime), "x-www-form-urlencoded") || boundary(mime, nil) != "" {
		return false
	}
	done := false
	x.qb = x.qbits[sp.qlo:sp.qhi]
	x.lvl++
	x.sub(t, s, e, ed, func(sub []byte, ed *edits) {
		m := x.mark(ed)
		end, err := x.rawValue(sub, 0, ed, 0)
		if err != nil || rawWS(sub, end) != len(sub) {
			x.rollback(ed, m)
			return
		}
		x.commit()
		done = true
	})
	x.lvl--
	return done
}

// rawWS skips whitespace in escaped text: spaces, \n, \r and \t.
func rawWS(t []byte, i int) int {
	for i < len(t) {
		switch t[i] {
		case ' ':
			i++
		case '\\':
			if i+1 < len(t) && (t[i+1] == 'n' || t[i+1] == 'r' || t[i+1] == 't') {
				i += 2
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

// rawStr returns the content t[s:e] of the string opened by the \" at
// t[i]: it ends at the next ", which in a simple body is always a \". The
// reader marked the body's quotes in x.qb.
func (x *run) rawStr(t []byte, i int) (s, e int, err error) {
	if i+1 >= len(t) || t[i] != '\\' || t[i+1] != '"' {
		return 0, 0, errNotSimple
	}
	s = i + 2
	q := x.nextQuote(s)
	if q <= s || q > len(t) || t[q-1] != '\\' {
		return 0, 0, errNotSimple
	}
	return s, q - 1, nil
}

// nextQuote returns the offset of the first quote at or after from in the
// body being walked raw, or -1.
func (x *run) nextQuote(from int) int {
	w := from >> 6
	if w >= len(x.qb) {
		return -1
	}
	if m := x.qb[w] >> (from & 63); m != 0 {
		return from + tz64(m)
	}
	for w++; w < len(x.qb); w++ {
		if x.qb[w] != 0 {
			return w<<6 + tz64(x.qb[w])
		}
	}
	return -1
}

// rawValue is quickValue on escaped text; it returns the end of the value.
func (x *run) rawValue(t []byte, i int, ed *edits, depth int) (int, error) {
	i = rawWS(t, i)
	if i >= len(t) || depth >= x.maxDepth {
		return 0, errNotSimple
	}
	switch t[i] {
	case '{':
		return x.rawObject(t, i, ed, depth)
	case '[':
		return x.rawArray(t, i, ed, depth)
	case '\\':
		s, e, err := x.rawStr(t, i)
		if err != nil {
			return 0, err
		}
		x.rawString(t, s, e, nil, ed)
		return e + 2, nil
	}
	end, err := skipScalar(t, i)
	if err != nil {
		return 0, errNotSimple
	}
	if end-i >= 13 && end-i <= 19 && isCard(t[i:end]) && !ed.overlaps(i, end) {
		// a card number written as a JSON number becomes 0 (walk)
		ed.add(i, end, []byte{'0'})
		x.found(x.rules.card, KindPayment, t[i:end])
	}
	return end, nil
}

// rawString is stringValue for the string whose escaped content is t[s:e].
func (x *run) rawString(t []byte, s, e int, rule *Rule, ed *edits) {
	if rule == nil {
		// Without escapes this is the string's own text; with them,
		// stringValue judges it decoded (withString), as for a decoded
		// body.
		x.stringValue(t, s, e, cAny, nil, ed)
		return
	}
	x.withString(t, s, e, ed, func(dec []byte, ed *edits) { x.ruleValue(dec, rule, false, ed) })
}

func (x *run) rawObject(t []byte, i int, ed *edits, depth int) (int, error) {
	i = rawWS(t, i+1)
	if i < len(t) && t[i] == '}' {
		return i + 1, nil
	}
	defer func(c bool) { x.inJWT = c }(x.inJWT)
	var names [4][2]int // a person's record (recordName): its names' strings, and whether it has an e-mail member
	nn, email := 0, false
	for {
		ks, ke, err := x.rawStr(t, rawWS(t, i))
		if err != nil {
			return 0, err
		}
		key := x.key(t[ks:ke])
		i = rawWS(t, ke+2)
		if i >= len(t) || t[i] != ':' {
			return 0, errNotSimple
		}
		if descriptorName(key) && x.rawNamesSecret(key, t, i+1) || questionKey(key) || string(key) == "query" && x.rawGQL(t, i+1) || string(key) == "method" && x.rawRPCAuth(t, i+1) ||
			secretFlag(key) && bytes.HasPrefix(t[rawWS(t, i+1):], []byte("true")) || bankKey(key) || columnsKey(key) && bytes.HasPrefix(t[rawWS(t, i+1):], []byte("[")) {
			return 0, errNotSimple // a pair spelled as data (a security question's answer, a value flagged secret, a bank account, a table's rows too), a GraphQL document, a sign-in call's params: the decoding path handles them
		}
		if claimsSubject(key, t, rawWS(t, i+1)) {
			x.inJWT = true // an OIDC claims set (userinfo): the claims that follow are judged as a token's
		}
		switch {
		case recordNameKey(key):
			if v := rawWS(t, i+1); nn < len(names) && v+1 < len(t) && t[v] == '\\' && t[v+1] == '"' {
				if s, e, err := x.rawStr(t, v); err == nil {
					names[nn] = [2]int{s, e}
					nn++
				}
			}
		case emailKey(key):
			v := rawWS(t, i+1)
			email = email || v+1 < len(t) && (t[v] == '\\' && t[v+1] == '"' || t[v] == '[')
		case typeKey(key):
			if v := rawWS(t, i+1); v+1 < len(t) && t[v] == '\\' && t[v+1] == '"' {
				if s, e, err := x.rawStr(t, v); err == nil && personType(t[s:e]) {
					email = true // a person's record by its type (recordName)
				}
			}
		}
		r := x.keyRule(key)
		if r == nil {
			// a generic member judged with its object's name, a
			// person's name under a person's object (memberRule)
			if r = x.parentJoined(key); r == nil {
				r = x.personName(key)
			}
		}
		x.push(key, 0)
		if r != nil {
			saved := x.name
			x.name = key
			i, err = x.rawSecret(t, i+1, r, ed, depth)
			x.name = saved
		} else {
			i, err = x.rawValue(t, i+1, ed, depth+1)
		}
		x.pop()
		if err != nil {
			return 0, err
		}
		if i, err = rawNext(t, i, '}'); err != nil || t[i-1] == '}' {
			for k := 0; err == nil && email && k < nn; k++ {
				s, e := names[k][0], names[k][1]
				if r := x.recordNameRule(t, s, e, ed); r != nil {
					x.rawString(t, s, e, r, ed) // recordName
				}
			}
			return i, err
		}
	}
}

func (x *run) rawArray(t []byte, i int, ed *edits, depth int) (int, error) {
	i = rawWS(t, i+1)
	if i < len(t) && t[i] == ']' {
		return i + 1, nil
	}
	first := i
	for n := 0; ; n++ {
		x.push(nil, n)
		var err error
		i, err = x.rawValue(t, i, ed, depth+1)
		x.pop()
		if err != nil {
			return 0, err
		}
		if i, err = rawNext(t, i, ']'); err != nil || t[i-1] == ']' {
			if err == nil && (n == 1 || n == 2) && x.rawNamesSecret(nil, t, first) {
				return 0, errNotSimple // [name, value]: the decoding path handles it
			}
			return i, err
		}
	}
}

// rawNamesSecret reports whether the value at t[i] is a string that
// names a secret (the name of a pair spelled as data).
func (x *run) rawNamesSecret(key, t []byte, i int) bool {
	i = rawWS(t, i)
	if i+1 >= len(t) || t[i] != '\\' || t[i+1] != '"' {
		return false
	}
	s, e, err := x.rawStr(t, i)
	return err == nil && idName(key, t[s:e]) && x.nameRule(t[s:e]) != nil
}

// rawRPCAuth reports whether the value at t[i] names a JSON-RPC sign-in
// method (rpcAuthMethod) or of one whose signature is known (rpcParams),
// whose positional params the decoding path judges.
func (x *run) rawRPCAuth(t []byte, i int) bool {
	i = rawWS(t, i)
	if i+1 >= len(t) || t[i] != '\\' || t[i+1] != '"' {
		return false
	}
	s, e, err := x.rawStr(t, i)
	return err == nil && (rpcAuthMethod(t[s:e]) || rpcParams(t[s:e]) != nil)
}

// rawGQL reports whether the value at t[i] is a GraphQL document that
// binds variables (the decoding path handles it).
func (x *run) rawGQL(t []byte, i int) bool {
	i = rawWS(t, i)
	if i+1 >= len(t) || t[i] != '\\' || t[i+1] != '"' {
		return false
	}
	s, e, err := x.rawStr(t, i)
	return err == nil && gqlQuery(t[s:e])
}

// rawNext steps over the ',' or the closing bracket after a member or an
// element; the byte before the returned offset tells which it was.
func rawNext(t []byte, i int, close byte) (int, error) {
	if i = rawWS(t, i); i < len(t) && (t[i] == ',' || t[i] == close) {
		return i + 1, nil
	}
	return 0, errNotSimple
}

// rawSecret handles the value of a secret key as walk does: a string is
// formatted, a number becomes 0; anything else takes the decoding path.
func (x *run) rawSecret(t []byte, i int, r *Rule, ed *edits, depth int) (int, error) {
	i = rawWS(t, i)
	if i >= len(t) {
		return 0, errNotSimple
	}
	switch c := t[i]; {
	case c == '[' && r.Kind == KindPersonal && !inherits(r):
		return 0, errNotSimple // a list of names (walk)
	case (c == '{' || c == '[') && !inherits(r):
		// A container under a weak or formatted name is walked as any.
		return x.rawValue(t, i, ed, depth+1)
	case c == '\\':
		s, e, err := x.rawStr(t, i)
		if err != nil {
			return 0, err
		}
		if e > s {
			x.rawString(t, s, e, r, ed)
		}
		return e + 2, nil
	case c == '{' || c == '[':
		return 0, errNotSimple
	}
	end, err := skipScalar(t, i)
	if err != nil {
		return 0, errNotSimple
	}
	if zeroes(r) && (t[i] == '-' || t[i] >= '1' && t[i] <= '9') {
		if !ed.overlaps(i, end) {
			ed.add(i, end, []byte{'0'})
			x.found(r, r.Kind, t[i:end])
		}
	}
	return end, nil
}

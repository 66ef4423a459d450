package sanitize

// The prefilter for free text: the byte pairs that may start something
// (value-rule literals, =, :, @, a digit and a space), found 64 positions at
// a time by the vector kernel or one by one, and the checks each trigger
// makes before a handler runs.

import (
	"bytes"
	"strings"
)

// scanText finds secrets in free text (HTML, JavaScript, forms, URLs, logs).
// binary text (decoded images, fonts) is searched for credential formats
// only.
func (x *run) scanText(t []byte, ed *edits, binary bool) {
	r := x.rules
	n := len(t)
	if n > 8 && t[0] == '+' && isDigit(t[1]) && !binary && r.phone != nil {
		x.atPhone(t, 0, ed) // a value that is a number (no byte before it to make a trigger pair)
	}
	if n >= 2 {
		if n < 96 || !haveAVX2 {
			x.scanPairs(t, ed, binary)
		} else {
			x.scanBlocks(t, ed, binary)
		}
	}
	for _, vr := range r.free {
		if vr.need != nil && !bytes.Contains(t, vr.need) {
			continue
		}
		for _, loc := range vr.anywhere.FindAllIndex(t, -1) {
			if loc[1] > loc[0] {
				x.name = nil
				x.secret(t, loc[0], loc[1], vr.rule, vr.rule.Kind, false, ed)
			}
		}
	}
	if (x.prose || sentence(t) && !x.url) && !x.form && !binary && r.shape != nil {
		x.proseTokens(t, ed)
	}
}

// quiet reports whether scanString would find nothing in the short plain
// text t: no trigger pair, no embedded document, no rule without a
// literal prefix. Most values of a JSON body are such, and cost no more.
func (x *run) quiet(t []byte) bool {
	r := x.rules
	if len(t) > 64 || len(r.free) > 0 {
		return false
	}
	if len(t) >= proseMin && sentence(t) && hasRun(t, proseMin) {
		return false // a token told in a sentence: "token … expired"
	}
	if b64Text(t) {
		return false // see base64Layer
	}
	if i := skipWS(t, 0); i < len(t) && (t[i] == '{' || t[i] == '[' || t[i] == 'L' && hasPrefixAt(t, i, "LPA:1$")) {
		return false // (a value known by how it starts: valuestart.go; longer ones are never quiet)
	}
	if len(t) > 8 && t[0] == '+' && isDigit(t[1]) && r.phone != nil && !x.personalOff() {
		return false // a phone number alone (scanText)
	}
	bits := &r.pairBits
	for j := 1; j < len(t); j++ {
		k := uint16(t[j-1])<<8 | uint16(t[j])
		if bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		// The checks trigger makes before it looks closer.
		switch i, idx := j-1, r.pairs[k]; idx {
		case trigEquals:
			if r.params.mayName(t, i) || x.paramName(t, i) || i > 0 && t[i-1] == ' ' && x.iniName(t, i) || (i > 1 && t[i-1] == ']' && t[i-2] != ']' || i > 2 && t[i-1] == ' ' && t[i-2] == ']') || x.lineStartPair(t, i) || mayLayer(t, i) || x.mayEncodedName(t, i) {
				return false
			}
		case trigColon:
			if x.colonMayMatter(t, i) || i >= 3 && t[i-1]|0x20 == 'l' && x.telAt(t, i) || mayEncoded(t, i, x.raw) && x.encodedKind(t, i) != 0 {
				return false
			}
		case trigAt:
			if !x.personalOff() {
				return false
			}
		case trigCard:
			return false
		default:
			if (i+2 >= len(t) || r.third[idx][t[i+2]>>6]&(1<<(t[i+2]&63)) != 0) && !x.inWord(t, i) {
				return false
			}
		}
	}
	return true
}

// sentence reports whether a string value reads as words (it has a
// space): a token inside it is judged as in free text.
func sentence(t []byte) bool { return bytes.IndexByte(t, ' ') >= 0 }

// hasRun reports whether t has a run of at least min credential
// characters.
func hasRun(t []byte, min int) bool {
	found := false
	runsAtLeast(t, min, proseTables, func(int, int) { found = true })
	return found
}

// scanPairs is the prefilter for short texts: one bit test per byte pair,
// sliding one byte at a time, in a table that fits the L1 cache.
func (x *run) scanPairs(t []byte, ed *edits, binary bool) {
	bits := &x.rules.pairBits
	n := len(t)
	prev := uint16(t[0])
	for j := 1; j < n; j++ {
		c := uint16(t[j])
		k := prev<<8 | c
		prev = c
		if bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		i := j - 1 // the pair starts here
		if next := x.trigger(t, i, x.rules.pairs[k], ed, binary); next > i {
			// Resume at the pair (t[next+1], t[next+2]).
			j = next + 1
			if j >= n {
				break
			}
			prev = uint16(t[j])
		}
	}
}

// scanBlocks is the prefilter for longer texts: the vector kernel marks
// the candidate pairs of 64 positions at a time, 8 blocks a call, and
// only those are checked.
func (x *run) scanBlocks(t []byte, ed *edits, binary bool) {
	r := x.rules
	bits := &r.pairBits
	n := len(t)
	var m [8]uint64
	for pos := 0; pos < n-1; {
		// The masks of the blocks from pos: the whole ones from t, the
		// last from a copy padded with zeros when t ends within its 66
		// bytes (a pair needs its second byte: none starts at t[n-1]).
		nb := min(len(m), (n-1-pos+63)/64)
		whole := 0
		if n-pos >= 66 {
			whole = min(nb, (n-pos-2)/64)
		}
		pairBlocks(t[pos:pos+64*whole+2], r.filter, m[:whole])
		if whole < nb {
			q := pos + 64*whole
			var pad [66]byte
			copy(pad[:], t[q:])
			pairBlocks(pad[:], r.filter, m[whole:nb])
			if n-1-q < 64 {
				m[whole] &= 1<<(n-1-q) - 1
			}
		}
		base, end := pos, pos+64*nb
		from := pos // candidates before it are in what a trigger handled
		pos = end
	blocks:
		for k := range nb {
			q := base + 64*k
			mk := m[k]
			if from > q {
				if from-q >= 64 {
					continue
				}
				mk &^= 1<<(from-q) - 1
			}
			for mk != 0 {
				i := q + tz64(mk)
				mk &= mk - 1
				c := uint16(t[i])<<8 | uint16(t[i+1])
				if bits[c>>6]&(1<<(c&63)) == 0 {
					continue
				}
				if next := x.trigger(t, i, r.pairs[c], ed, binary); next > i {
					// The next pair starts after what was handled.
					if from = next + 1; from >= end {
						pos = from
						break blocks
					}
					if from-q >= 64 {
						break
					}
					mk &^= 1<<(from-q) - 1
				}
			}
		}
	}
}

// inWord reports whether a value-rule pair at t[i] continues a word (a
// credential format starts at a word boundary); an escape just before
// (%3D, \n, \u0022) ends a word, and a literal that starts with a space
// (" is ") continues none.
func (x *run) inWord(t []byte, i int) bool {
	return i > 0 && isWordByte(t[i]) && isWordByte(t[i-1]) && !x.escapeBefore(t, i)
}

// trigger looks closer at the trigger pair at t[i] (its index in
// Rules.pairs is idx). It returns the last byte it handled (a redacted
// value's), or i when there was nothing.
func (x *run) trigger(t []byte, i int, idx uint8, ed *edits, binary bool) int {
	r := x.rules
	switch idx {
	case trigEquals:
		if !binary && (r.params.mayName(t, i) || x.paramName(t, i) || i > 0 && t[i-1] == ' ' && x.iniName(t, i) || (i > 1 && t[i-1] == ']' && t[i-2] != ']' || i > 2 && t[i-1] == ' ' && t[i-2] == ']') || x.lineStartPair(t, i)) {
			if end := x.atEquals(t, i, ed); end > i {
				return end
			}
		}
		if !binary && (mayLayer(t, i) || x.mayEncodedName(t, i)) {
			return x.equalsLayers(t, i, ed)
		}
	case trigColon:
		if binary {
			return i
		}
		if i >= 3 && t[i-1]|0x20 == 'l' && x.telAt(t, i) {
			return x.atTel(t, i, ed)
		}
		if mayEncoded(t, i, x.raw) {
			if end := x.encodedPair(t, i, ed); end > i {
				return end
			}
		}
		if x.colonMayMatter(t, i) {
			return x.atColon(t, i, ed)
		}
	case trigAt:
		if !binary {
			return x.atEmail(t, i, ed)
		}
	case trigCard:
		if !binary && t[i+1] == '+' {
			return x.atPhone(t, i+1, ed)
		}
		if !binary {
			return x.atCard(t, i, ed)
		}
	default:
		if i+2 < len(t) && r.third[idx][t[i+2]>>6]&(1<<(t[i+2]&63)) == 0 || x.inWord(t, i) {
			return i // no literal of the pair goes on with this byte
		}
		for _, vr := range r.triggers[idx] {
			if end := x.matchValue(vr, t, i, ed); end > 0 {
				return end - 1
			}
		}
	}
	return i
}

// colonMayMatter reports whether atColon may find something at the ':' at
// t[i]: scheme://user:password@, or a quoted value after a key that may
// be a secret's.
func (x *run) colonMayMatter(t []byte, i int) bool {
	if hasPrefixAt(t, i+1, "//") || x.raw && hasPrefixAt(t, i+1, `\/\/`) || pgpassPort(t, i) {
		return true
	}
	v := i + 1
	for v < len(t) && t[v] == ' ' {
		v++
	}
	q, qn := x.quoteAt(t, v)
	if q == 0 {
		// An unquoted value after a space (YAML, chat text); in prose
		// the words before may name it together (senha temporária: S).
		return (v > i+1 || headerString(t, i)) && v < len(t) && t[v] > ' ' && (x.rules.keys.mayName(t, x.keyEnd(t, i)) || x.phraseMayName(t, x.keyEnd(t, i)))
	}
	return x.rules.keys.mayName(t, x.keyEnd(t, i)) || shapeCandidate(t, v+qn) || x.jsEscapeAt(t, v+qn)
}

// shapeCandidate reports whether a quoted value starting at t[s] may pass
// the shape rule: its first shapeMin bytes are credential characters.
func shapeCandidate(t []byte, s int) bool {
	if len(t)-s < shapeMin {
		return false
	}
	for _, c := range t[s : s+shapeMin] {
		if !tokenByte[c] {
			return false
		}
	}
	return true
}

// tokenByte marks the characters credentials are made of.
var tokenByte = func() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = isWordByte(b) || strings.IndexByte("-_.~+/=%", b) >= 0
	}
	return
}()

// keyEnd is where the key before the ':' at t[i] ends: before spaces and a
// closing quote (\" in raw text).
func (x *run) keyEnd(t []byte, i int) int {
	for i > 0 && t[i-1] == ' ' {
		i--
	}
	if i > 0 && (t[i-1] == '"' || t[i-1] == '\'') {
		i--
		if x.raw && i > 0 && t[i-1] == '\\' {
			i--
		}
	}
	return i
}

// escapeBefore reports whether the letters or digits just before t[i] end
// an escape (%3D, or \n and \u0022 in raw text), not a word.
func (x *run) escapeBefore(t []byte, i int) bool {
	if i >= 3 && t[i-3] == '%' {
		return true
	}
	return x.raw && (i >= 2 && t[i-2] == '\\' || i >= 6 && t[i-6] == '\\' && t[i-5] == 'u')
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

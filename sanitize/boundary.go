package sanitize

// Where a replacement may start and end: never inside a JSON escape
// sequence of still-escaped text (x.raw) nor inside a multi-byte UTF-8
// character, whatever rule found the value. A match that cuts one (an
// administrator's pattern that starts at the "n" of "\n" or ends in the
// middle of "é") is widened to the whole escape or character, so the
// placeholder replaces it and the output stays valid JSON.

// wholeUnits widens t[s:e] to escape and character boundaries.
func (x *run) wholeUnits(t []byte, s, e int) (int, int) {
	for s > 0 && s < len(t) && isContinuation(t[s]) {
		s--
	}
	for e < len(t) && e > 0 && isContinuation(t[e]) {
		e++
	}
	if !x.raw {
		return s, e
	}
	if q, l := escapeAround(t, s); l > 0 {
		s = q
	}
	if lowAfterHigh(t, s) {
		s -= 6
	}
	if q, l := escapeAround(t, e); l > 0 {
		e = q + l
	}
	if lowAfterHigh(t, e) {
		e += 6
	}
	return s, e
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// escapeAround returns the escape sequence t[q:q+l] with q < p < q+l, or
// (p, 0) when p is not inside one.
func escapeAround(t []byte, p int) (int, int) {
	for q := p - 1; q >= 0 && q >= p-5; q-- {
		if t[q] != '\\' || !escapeStart(t, q) {
			continue
		}
		l := 2
		if q+1 < len(t) && t[q+1] == 'u' {
			l = 6
		}
		if q+l > p {
			return q, l
		}
		return p, 0
	}
	return p, 0
}

// escapeStart reports whether the backslash at t[q] starts an escape (an
// even number of backslashes precede it).
func escapeStart(t []byte, q int) bool {
	n := 0
	for k := q - 1; k >= 0 && t[k] == '\\'; k-- {
		n++
	}
	return n%2 == 0
}

// lowAfterHigh reports whether a \uDC00-\uDFFF escape starts at t[p] right
// after a \uD800-\uDBFF one: the two are one character.
func lowAfterHigh(t []byte, p int) bool {
	if p < 6 || p+6 > len(t) || !isUEscape(t, p) || !isUEscape(t, p-6) || !escapeStart(t, p-6) {
		return false
	}
	hi, _ := hex4(t, p-4)
	lo, _ := hex4(t, p+2)
	return hi >= 0xD800 && hi < 0xDC00 && lo >= 0xDC00 && lo < 0xE000
}

func isUEscape(t []byte, p int) bool {
	if p+6 > len(t) || t[p] != '\\' || t[p+1] != 'u' {
		return false
	}
	_, ok := hex4(t, p+2)
	return ok
}

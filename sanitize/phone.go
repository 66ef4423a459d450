package sanitize

// Phone numbers found by value, while redactPersonalData is on: an
// international number in any text ('+', then 8 to 15 digits, optionally
// grouped by single spaces, dashes, dots or a bracketed area code) and
// the number of any tel: link. Inside identity fields (word.personal-phone)
// a number needs no '+'. Both become the keyed pseudonym x.phone writes
// (punctuation and length kept, first digits 000). Rule "value.phone".

// phoneByte reports whether c may stand inside a written phone number.
func phoneByte(c byte) bool {
	return isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'
}

// atPhone handles a '+' and a digit at t[i]: an international number
// that starts a word there is pseudonymised. It returns the last byte
// handled.
func (x *run) atPhone(t []byte, i int, ed *edits) int {
	r := x.rules.phone
	if r == nil || x.personalOff() {
		return i
	}
	if i > 0 {
		// Not inside a word, a base64 run or a version (1.0+2026…), nor
		// right after an escape (\n+49 in raw text is fine: a new line).
		c := t[i-1]
		if isWordByte(c) && !(x.raw && i >= 2 && t[i-2] == '\\' && (c == 'n' || c == 't' || c == 'r')) ||
			c == '+' || c == '/' || c == '=' || c == '_' || c == '-' || c == '.' || c == '%' || c == '\\' {
			return i
		}
	}
	e, ok := phoneEnd(t, i+1)
	if !ok || ed.overlaps(i, e) {
		return i
	}
	if !x.phone(t, i, e, r, ed) {
		return i
	}
	return e - 1
}

// phoneEnd finds the end of a number written from t[s]: digits and single
// separators, 8 to 15 digits in all, that ends a word (not followed by a
// letter, a digit group of a longer number, or a decimal part).
func phoneEnd(t []byte, s int) (int, bool) {
	digits, e, seps := 0, s, 0
	for e < len(t) && e-s < 24 && phoneByte(t[e]) {
		if isDigit(t[e]) {
			digits++
			seps = 0
		} else {
			if seps++; seps > 2 {
				break
			}
		}
		e++
	}
	for e > s && !isDigit(t[e-1]) {
		e-- // trailing punctuation belongs to the sentence
	}
	if digits < 8 || digits > 15 || e < len(t) && (isWordByte(t[e]) || t[e] == '.' && e+1 < len(t) && isDigit(t[e+1])) {
		return e, false
	}
	// A bracket closes only what it opened: (0)30 and (415) are area
	// codes; a lone ')' ends the number before it.
	open := 0
	for k := s; k < e; k++ {
		switch t[k] {
		case '(':
			open++
		case ')':
			if open == 0 {
				return k, false
			}
			open--
		}
	}
	return e, open == 0
}

// telAt reports whether the ':' at t[i] ends a tel: scheme (tel:, TEL:)
// at a word start.
func (x *run) telAt(t []byte, i int) bool {
	if x.rules.phone == nil || i < 3 || i+1 >= len(t) || !(isDigit(t[i+1]) || t[i+1] == '+') {
		return false
	}
	if t[i-3]|0x20 != 't' || t[i-2]|0x20 != 'e' || t[i-1]|0x20 != 'l' {
		return false
	}
	return i == 3 || !isWordByte(t[i-4])
}

// atTel pseudonymises the number of the tel: link whose ':' is t[i]. It
// returns the last byte handled.
func (x *run) atTel(t []byte, i int, ed *edits) int {
	if x.personalOff() {
		return i
	}
	s := i + 1
	e := s
	if e < len(t) && t[e] == '+' {
		e++
	}
	for e < len(t) && e-s < 32 && (isDigit(t[e]) || t[e] == '-' || t[e] == '.' || t[e] == '(' || t[e] == ')') {
		e++
	}
	for e > s && !isDigit(t[e-1]) {
		e--
	}
	if ed.overlaps(s, e) || !x.phone(t, s, e, x.rules.phone, ed) {
		return i
	}
	return e - 1
}

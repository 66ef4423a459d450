package sanitize

import "strings"

// Payment card numbers by value: 13 to 19 digits, alone or in the groups
// cards are written in (4-4-4-4, 4-6-5 for Amex; spaces, dashes, dots, or
// the '+' a form writes for a space), with
// a card network's leading digits and a valid Luhn check digit. A number
// that fails either (an order number, a timestamp) stays. Rule
// "value.card".

// cardDigits returns the digits of v when v is written as a card number
// is (digits, optionally grouped by one kind of separator), else nil.
func cardDigits(v []byte, buf []byte) []byte {
	if len(v) < 13 || len(v) > 23 {
		return nil
	}
	d := buf[:0]
	var sep byte
	group, groups := 0, 0
	for i, c := range v {
		switch {
		case c >= '0' && c <= '9':
			d = append(d, c)
			group++
		case (c == ' ' || c == '-' || c == '.' || c == '+') && i > 0 && (sep == 0 || sep == c) && group >= 4 && group <= 6:
			sep = c
			group = 0
			groups++
		default:
			return nil
		}
	}
	if sep != 0 && (group < 3 || groups < 2) {
		return nil
	}
	if len(d) < 13 || len(d) > 19 {
		return nil
	}
	return d
}

// luhn reports whether digits pass the Luhn check.
func luhn(d []byte) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return sum%10 == 0
}

// cardNetwork reports whether digits start as a card network's numbers
// do (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro)
// with a length that network issues.
func cardNetwork(d []byte) bool {
	n := len(d)
	two := int(d[0]-'0')*10 + int(d[1]-'0')
	four := two*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	switch {
	case d[0] == '4':
		return n == 13 || n == 16 || n == 19
	case two >= 51 && two <= 55, four >= 2221 && four <= 2720:
		return n == 16
	case two == 34 || two == 37:
		return n == 15
	case four == 6011, two == 65, four >= 6440 && four <= 6499, two == 62:
		return n >= 16 && n <= 19
	case two == 35:
		return n >= 16 && n <= 19
	case two == 36 || two == 38 || two == 30:
		return n >= 14 && n <= 19
	case two == 50 || two >= 56 && two <= 58 || two == 63 || two == 67:
		return n >= 12 && n <= 19
	}
	return false
}

// isCard reports whether v is a payment card number.
func isCard(v []byte) bool {
	var buf [24]byte
	d := cardDigits(v, buf[:])
	return d != nil && cardNetwork(d) && luhn(d)
}

// cardWord reports whether a name or path word says a card number
// follows (cards, giftcard, pan).
func cardWord(w []byte) bool {
	l := strings.ToLower(string(w))
	return strings.Contains(l, "card") || l == "pan" || l == "pans"
}

// cardNamed redacts t[s:e] when it is written as a card number with a
// valid Luhn check digit, whatever its issuer (a gift or private-label
// card), where a name says it is a card.
func (x *run) cardNamed(t []byte, s, e int, ed *edits) bool {
	var buf [24]byte
	d := cardDigits(t[s:e], buf[:])
	if x.rules.card == nil || d == nil || !luhn(d) {
		return false
	}
	x.secret(t, s, e, x.rules.card, KindPayment, false, ed)
	return true
}

// cardValue redacts t[s:e] when it is a card number.
func (x *run) cardValue(t []byte, s, e int, ed *edits) bool {
	if x.rules.card == nil || !isCard(t[s:e]) {
		return false
	}
	x.secret(t, s, e, x.rules.card, KindPayment, false, ed)
	return true
}

// atCard handles a digit followed by a space or dash at t[i] in text: a
// grouped card number around it is redacted. It returns the last byte
// handled.
func (x *run) atCard(t []byte, i int, ed *edits) int {
	// The group ending at t[i] has at least four digits, and a digit
	// follows the separator.
	if i < 3 || i+2 >= len(t) || !isDigit(t[i-1]) || !isDigit(t[i-2]) || !isDigit(t[i-3]) || !isDigit(t[i+2]) {
		return i
	}
	sep := t[i+1] // one kind of separator in a number
	s := i
	for s > 0 && i-s < 23 && (t[s-1] >= '0' && t[s-1] <= '9' || t[s-1] == sep) {
		s--
	}
	for s < i && !(t[s] >= '0' && t[s] <= '9') {
		s++
	}
	if sep == ' ' && s > 0 && x.rules.iban != nil && (t[s-1] == ' ' || t[s-1] >= 'A' && t[s-1] <= 'Z' || isDigit(t[s-1])) {
		// An IBAN grouped in fours (DE89 3704 0044 0532 0130 00, GB29
		// NWBK 6016 1331 9268 19): its start is a few groups back.
		for k := max(0, s-12); k < s; k++ {
			if end := x.ibanAt(t, k, ed); end > 0 {
				return end - 1
			}
		}
	}
	if s > 0 && (isWordByte(t[s-1]) || t[s-1] == '.' || t[s-1] == ',') {
		return i // inside a word or a longer number
	}
	e := i + 1
	for e < len(t) && e-s < 23 && (t[e] >= '0' && t[e] <= '9' || t[e] == sep) {
		e++
	}
	for e > s && !(t[e-1] >= '0' && t[e-1] <= '9') {
		e--
	}
	if e < len(t) && (isWordByte(t[e]) || (t[e] == '.' || t[e] == ',') && e+1 < len(t) && isDigit(t[e+1])) {
		return i // a word, or a decimal (1234 5678.90); a full stop may end it
	}
	if ed.overlaps(s, e) || !x.cardValue(t, s, e, ed) {
		return i
	}
	return e - 1
}

// ibanAt redacts the IBAN written in groups of four at t[s:] (two letters,
// two check digits, then the account), when its check digits hold (ISO
// 13616: the number mod 97 is 1). It returns its end, or 0.
func (x *run) ibanAt(t []byte, s int, ed *edits) int {
	if s < 0 || !(t[s] >= 'A' && t[s] <= 'Z' && t[s+1] >= 'A' && t[s+1] <= 'Z') || s > 0 && isWordByte(t[s-1]) {
		return 0
	}
	var b [34]byte
	n, e := 0, s
	for e < len(t) && n < len(b) {
		c := t[e]
		switch {
		case c >= '0' && c <= '9' || c >= 'A' && c <= 'Z':
			b[n] = c
			n++
		case c == ' ' && e+1 < len(t) && (isDigit(t[e+1]) || t[e+1] >= 'A' && t[e+1] <= 'Z') && n%4 == 0:
		default:
			goto done
		}
		e++
	}
done:
	if n < 15 || !isDigit(b[2]) || !isDigit(b[3]) || e < len(t) && isWordByte(t[e]) || ed.overlaps(s, e) {
		return 0
	}
	// Mod 97 of the account, then the country and check digits, letters
	// as two digits (A = 10).
	rem := 0
	for k := 0; k < n; k++ {
		c := b[(k+4)%n]
		if c >= 'A' {
			rem = (rem*100 + int(c-'A'+10)) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	if rem != 1 {
		return 0
	}
	x.secret(t, s, e, x.rules.iban, x.rules.iban.Kind, false, ed)
	return e
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ibanLengths are the lengths of each country's IBAN (the SWIFT IBAN
// registry): a compact IBAN found by value alone must have its country's.
var ibanLengths = map[string]int{"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
	"BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18,
	"FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
	"IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22,
	"MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
	"SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22,
	"VG": 24, "XK": 20}

// compactIBAN redacts t[s:e] when it is an IBAN written without spaces:
// its country's length, check digits that hold. It reports whether it did.
func (x *run) compactIBAN(t []byte, s, e int, ed *edits) bool {
	if x.rules.iban == nil || e-s < 15 || e-s > 34 || !isDigit(t[s+2]) || !isDigit(t[s+3]) || ibanLengths[string(t[s:s+2])] != e-s {
		return false
	}
	return x.ibanAt(t, s, ed) == e
}

// proseCard redacts the run of digits t[s:e] of free text (a support
// chat, a log line) when it is a card number written without separators:
// 13 to 19 digits that stand alone, not part of a longer number or a
// word, and pass the network and Luhn checks.
func (x *run) proseCard(t []byte, s, e int, ed *edits) {
	// (A comma may stand on either side: a CSV cell; a dot only after it,
	// as a full stop: 1234.5 is a decimal.)
	track1 := s >= 2 && t[s-1] == 'B' && t[s-2] == '%' && e < len(t) && t[e] == '^' // magnetic stripe track 1: %B<PAN>^NAME^…
	if e-s > 19 || !track1 && s > 0 && (isWordByte(t[s-1]) || t[s-1] == '.' || t[s-1] == '-' || t[s-1] == '+') ||
		e < len(t) && (isWordByte(t[e]) || t[e] == '.' && e+1 < len(t) && isDigit(t[e+1])) {
		return
	}
	if s > 0 && t[s-1] == '\\' && x.raw {
		return // the run starts inside an escape
	}
	if !ed.overlaps(s, e) {
		x.cardValue(t, s, e, ed)
	}
}

// track2Sep returns where the PAN of track 2 (equivalent) data v ends:
// 13 to 19 digits, then '=' or 'D' and at least four more digits; 0 if v
// is not such data.
func track2Sep(v []byte) int {
	if len(v) < 18 || !isDigit(v[0]) || !isDigit(v[12]) {
		return 0 // (most values: one look; a sentinel ';' before the PAN is judged in text)
	}
	k := 0
	for k < len(v) && k < 20 && isDigit(v[k]) {
		k++
	}
	if k < 13 || k > 19 || k+5 > len(v) || v[k] != '=' && v[k] != 'D' {
		return 0
	}
	for _, c := range v[k+1 : k+5] {
		if !isDigit(c) {
			return 0
		}
	}
	return k
}

package sanitize

import (
	"bytes"
	"encoding/binary"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Personal data, pseudonymised keeping its shape while redactPersonalData
// is on (the default; WithKeepPersonal turns it off): e-mail addresses
// anywhere, and phone numbers, person names and the user's IP addresses in
// the fields that name them (rules "word.personal-*"). The same value gives
// the same pseudonym under the same key, and a pseudonym is recognised as
// one, so sanitizing twice changes nothing:
//
//   - an e-mail address becomes safehar-personal-<hash>@example.invalid;
//   - a phone number keeps its punctuation and length, with digits that
//     start 000 (no real number does);
//   - an IPv4 address becomes one in 198.18.0.0/15 (benchmarking, never
//     routed), an IPv6 address one in 2001:db8:5afe::/48 (documentation);
//   - a name becomes a placeholder.

// pseudoDomain is the domain of pseudonymised e-mail addresses.
const pseudoDomain = "example.invalid"

// personalOff reports whether personal data is kept.
func (x *run) personalOff() bool { return x.opt.KeepPersonal }

// emailAt finds an e-mail address around the '@' at t[at]: its start and
// end, or ok false.
func emailAt(t []byte, at int) (s, e int, ok bool) {
	s = at
	for s > 0 && s > at-64 && emailLocalByte(t[s-1]) {
		s--
	}
	for k := at - 3; k >= s; k-- {
		if t[k] == '%' && isHex(t[k+1]) && isHex(t[k+2]) {
			s = k + 3 // after a percent-escape (%3A%22alice@…): encoded text, not the address
			break
		}
	}
	if s >= 1 && s+2 <= at && t[s-1] == '%' && isHex(t[s]) && isHex(t[s+1]) {
		s += 2 // the run starts inside a percent-escape
	}
	for s < at && (t[s] == '.' || t[s] == '-') {
		s++
	}
	if s == at || numericLocal(t[s:at]) {
		return 0, 0, false // (1700000000.123@acme.example is a message id: cXML payloadID, Message-ID)
	}
	if s > 0 && t[s-1] == '\\' {
		return 0, 0, false // the run starts inside an escape (\u0012ab@…)
	}
	e = at + 1
	dots, lastDot := 0, -1
	for e < len(t) && e-at < 256 && (isWordByte(t[e]) || t[e] == '-' || t[e] == '.') {
		if t[e] == '.' {
			dots++
			lastDot = e
		}
		e++
	}
	for e > at+1 && (t[e-1] == '.' || t[e-1] == '-') {
		if t[e-1] == '.' {
			dots--
		}
		e--
	}
	if dots == 0 || lastDot < 0 || lastDot >= e-2 {
		return 0, 0, false
	}
	// The top-level domain is letters only (lodash@4.17.21 is a version).
	tld := t[bytes.LastIndexByte(t[:e], '.')+1 : e]
	if len(tld) < 2 {
		return 0, 0, false
	}
	for _, c := range tld {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, 0, false
		}
	}
	if s > 1 && (t[s-1] == '/' && t[s-2] == '/' || t[s-1] == ':' && urlBefore(t, s-1)) && !hasPrefixAt(t, s-7, "mailto:") {
		return 0, 0, false // user@host in a URL (scheme://user@host): the userinfo rule's; after one '/' it is a path's (an ARN's role session name)
	}
	return s, e, true
}

// urlBefore reports whether the ':' at t[c] is inside a URL's authority
// (scheme://user:password@host): "//" comes before it on the same word.
func urlBefore(t []byte, c int) bool {
	for k := c - 1; k > 0 && k > c-128; k-- {
		switch t[k] {
		case '/':
			return t[k-1] == '/'
		case ' ', '\t', '\n', '\r', '"', '\'', '<', '>':
			return false
		}
	}
	return false
}

// machineLocal reports whether an address's local part is generated: hex
// digits, dots and dashes only, with at least eight decimal digits.
func machineLocal(l []byte) bool {
	digits := 0
	for _, c := range l {
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == '-':
		default:
			return false
		}
	}
	return digits >= 8
}

func emailLocalByte(c byte) bool {
	return isWordByte(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// isPseudoEmail reports whether an address is one of our pseudonyms.
func isPseudoEmail(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	return at > 0 && isPlaceholder(v[:at]) && string(v[at+1:]) == pseudoDomain
}

// atEmail handles the '@' at t[i] in text: an e-mail address there is
// pseudonymised. It returns the last byte handled.
func (x *run) atEmail(t []byte, i int, ed *edits) int {
	if x.personalOff() || x.rules.email == nil {
		return i
	}
	s, e, ok := emailAt(t, i)
	if !ok || x.raw && s >= 2 && t[s-2] == '\\' && (t[s-1] == 'n' || t[s-1] == 't' || t[s-1] == 'r') {
		return i
	}
	if bytes.HasPrefix(t[s:e], []byte("git@")) || isPseudoEmail(t[s:e]) || ed.overlaps(s, e) || messageID(t, s) {
		return i
	}
	x.emailValue(t, s, e, x.rules.email, ed)
	return e - 1
}

// messageID reports whether the address-like text at t[s] is a MIME
// Content-ID or Message-ID (<root.message@cxf.apache.org>, cid:…): an
// identifier, not a person's address.
func messageID(t []byte, s int) bool {
	if s >= 4 && (hasPrefixAt(t, s-4, "cid:") || hasPrefixAt(t, s-4, "mid:")) {
		return true // RFC 2392 content and message ids (an ebXML eb:MessageId)
	}
	ls := bytes.LastIndexByte(t[max(0, s-120):s], '\n') + 1 + max(0, s-120)
	line := bytes.ToLower(t[ls:s])
	if hasPrefixAt(line, 0, "message-id:") || hasPrefixAt(line, 0, "in-reply-to:") || hasPrefixAt(line, 0, "references:") ||
		hasPrefixAt(line, 0, "content-id:") || hasPrefixAt(line, 0, "uid:") || hasPrefixAt(line, 0, "x-message-id:") {
		return true // a mail's header line or an iCalendar event's UID (UID:f40gi6rw42@google.com), however its id is written
	}
	if s == 0 || t[s-1] != '<' {
		return false
	}
	if at := bytes.IndexByte(t[s:], '@'); at >= 16 && machineLocal(t[s:s+at]) {
		return true // <20261122101507.b3f1c9a2e7d40618@mg.example>: a generated local part is a message's id, no one's address
	}
	return bytes.Contains(line, []byte("id:")) || bytes.Contains(line, []byte("references:")) || bytes.Contains(line, []byte("in-reply-to:"))
}

// emails pseudonymises every e-mail address in t[s:e].
func (x *run) emails(t []byte, s, e int, ed *edits) {
	for i := s; i < e; i++ {
		if t[i] == '@' {
			if j := x.atEmail(t[:e], i, ed); j > i {
				i = j
			}
		}
	}
}

// emailValue replaces the address t[s:e] with its pseudonym.
func (x *run) emailValue(t []byte, s, e int, rule *Rule, ed *edits) {
	v := t[s:e]
	if isPseudoEmail(v) {
		return
	}
	saved := x.name
	if x.name == nil {
		x.name = []byte("e-mail")
	}
	p := x.ps.placeholder(KindPersonal, bytes.ToLower(v))
	ed.add(s, e, append(append(p, '@'), pseudoDomain...))
	x.found(rule, KindPersonal, bytes.ToLower(v))
	x.name = saved
}

// personal rewrites t[s:e], the value of a personal field, by the rule's
// format.
func (x *run) personal(t []byte, s, e int, rule *Rule, pct bool, ed *edits) {
	v := t[s:e]
	if len(v) == 0 || isPlaceholder(v) || ed.overlaps(s, e) {
		return
	}
	if pct && (bytes.IndexByte(v, '%') >= 0 || x.form && bytes.IndexByte(v, '+') >= 0) {
		// A form or URL value: judged decoded, written back encoded
		// (pseudonyms need no encoding but a phone's + and spaces).
		dec := percentDecode(v)
		var sub edits
		x.personal(dec, 0, len(dec), rule, false, &sub)
		if len(sub.list) > 0 {
			sub.normalize()
			out := apply(dec, sub.list)
			ed.add(s, e, []byte(strings.NewReplacer("+", "%2B", " ", "+").Replace(string(out))))
		}
		return
	}
	switch rule.Format {
	case FormatEmail:
		// An address anywhere in the value; anything else under an
		// e-mail name ("Enter your e-mail") stays.
		x.emails(t, s, e, ed)
		return
	case FormatPhone:
		x.phone(t, s, e, rule, ed)
		return
	case FormatIP:
		// An address field may hold an e-mail address (a contact
		// method's or a third-party id's address) as well as an IP.
		x.ips(t, s, e, rule, ed)
		x.emails(t, s, e, ed)
		return
	}
	if rule.Format == FormatPersonal && (!hasLetter(v) || timestampLike(v) || groupName(v)) {
		return // a name or login has letters: a timestamp under last_login, a count, a date is no one's; a team's name is no one's either
	}
	// An e-mail address in any personal field keeps its shape.
	if x.emailWhole(t, s, e, rule, ed) {
		return
	}
	x.secret(t, s, e, rule, KindPersonal, false, ed)
}

// emailWhole pseudonymises t[s:e], keeping its shape, when it is one whole
// e-mail address; it reports whether it was.
func (x *run) emailWhole(t []byte, s, e int, rule *Rule, ed *edits) bool {
	if at := bytes.IndexByte(t[s:e], '@'); at > 0 {
		if es, ee, ok := emailAt(t[:e], s+at); ok && es == s && ee == e {
			x.emailValue(t, s, e, rule, ed)
			return true
		}
	}
	return false
}

// phone pseudonymises a phone number: digits keyed, punctuation kept, the
// first three digits 000. It reports false when v is not a phone number.
func (x *run) phone(t []byte, s, e int, rule *Rule, ed *edits) bool {
	v := t[s:e]
	var digits []byte
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '+' || c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/':
		default:
			return false
		}
	}
	if len(digits) < 7 || len(digits) > 16 {
		return false
	}
	if bytes.HasPrefix(digits, []byte("000")) {
		return true // already a pseudonym
	}
	x.ps.digest("phone", digits, 2)
	h := x.ps.sum
	out := make([]byte, 0, len(v))
	k := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			out = append(out, c)
			continue
		}
		d := byte('0')
		if k >= 3 {
			d = '0' + h[k%len(h)]%10
		}
		out = append(out, d)
		k++
	}
	ed.add(s, e, out)
	x.found(rule, KindPersonal, digits)
	return true
}

// ips pseudonymises the user's IP address in t[s:e], a list such as
// X-Forwarded-For's (client, proxy1, proxy2) or Forwarded's for=…: the
// first routable address is the client's; the proxies' after it are
// infrastructure and stay (a corporate proxy's egress is nobody's).
func (x *run) ips(t []byte, s, e int, rule *Rule, ed *edits) {
	for i := s; i < e; {
		j := i
		for j < e && (isHex(t[j]) || t[j] == '.' || t[j] == ':') {
			j++
		}
		if j > i {
			k := j
			addr, err := netip.ParseAddr(string(t[i:k]))
			if err != nil {
				// ip:port (CloudFront-Viewer-Address: 203.0.113.7:46532;
				// an IPv6 address and its port are written the same way).
				if c := bytes.LastIndexByte(t[i:j], ':'); c > 0 && allDigits(t[i+c+1:j]) && j-(i+c+1) <= 5 {
					k = i + c
					addr, err = netip.ParseAddr(string(t[i:k]))
					if err == nil && addr.IsPrivate() {
						err = errNotSimple // a private address and port: an upstream server's (upstream_addr), not the user's
					}
				}
			}
			if err == nil && !pseudoIP(addr) && !nobodysIP(addr) {
				ed.add(i, k, []byte(x.pseudoAddr(addr).String()))
				x.found(rule, KindPersonal, t[i:k])
				return
			}
			if err == nil && pseudoIP(addr) {
				return // the client's, pseudonymised already (idempotence)
			}
			i = j
			continue
		}
		i++
	}
}

var pseudo4, pseudo6 = netip.MustParsePrefix("198.18.0.0/15"), netip.MustParsePrefix("2001:db8:5afe::/48")

// pseudoIP reports whether an address is in the ranges pseudonyms use.
func pseudoIP(a netip.Addr) bool {
	return pseudo4.Contains(a) || pseudo6.Contains(a)
}

// nobodysIP reports whether an address names no one: unspecified (0.0.0.0,
// ::), loopback, or multicast.
func nobodysIP(a netip.Addr) bool {
	return a.IsUnspecified() || a.IsLoopback() || a.IsMulticast() || a.IsPrivate() || a.IsLinkLocalUnicast() // (a proxy hop in X-Forwarded-For, a LAN address: not routable, nobody's identity)
}

// pseudoAddr is the keyed pseudonym of an address.
func (x *run) pseudoAddr(a netip.Addr) netip.Addr {
	b := a.AsSlice()
	x.ps.digest("ip", b, 2)
	h := binary.BigEndian.Uint64(x.ps.sum)
	if a.Is4() {
		return netip.AddrFrom4([4]byte{198, 18 | byte(h>>56)&1, byte(h >> 48), byte(h >> 40)})
	}
	var v6 [16]byte
	v6[0], v6[1], v6[2], v6[3], v6[4], v6[5] = 0x20, 0x01, 0x0d, 0xb8, 0x5a, 0xfe
	binary.BigEndian.PutUint64(v6[8:], h)
	return netip.AddrFrom16(v6)
}

func allDigits(v []byte) bool {
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
	}
	return len(v) > 0
}

// numericLocal reports whether an e-mail local part is only digits and
// dots with a dot (a timestamp-based message id), not a mailbox.
func numericLocal(v []byte) bool {
	dot := false
	for _, c := range v {
		switch {
		case c == '.':
			dot = true
		case !isDigit(c):
			return false
		}
	}
	return dot
}

// hasLetter reports whether v has a letter (of any script).
func hasLetter(v []byte) bool {
	for i := 0; i < len(v); {
		c := v[i]
		if c < 0x80 {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(v[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += n
	}
	return false
}

// timestampLike reports whether v is written as a date or a time
// (2026-11-21T18:02:11Z, 18:02, 2026-11-21 18:02:11.123+01:00).
func timestampLike(v []byte) bool {
	digits, sep := 0, false
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c == '-' || c == ':' || c == '/':
			sep = true
		case c == 'T' || c == 'Z' || c == '.' || c == '+' || c == ' ':
		default:
			return false
		}
	}
	return sep && digits >= 4
}

// groupWords end the names of teams, bots and organisations, not people's
// ("Platform Team", "Release Bot", "Acme GmbH").
var groupWords = map[string]bool{"team": true, "teams": true, "group": true, "bot": true, "service": true, "services": true, "department": true,
	"support": true, "ops": true, "squad": true, "crew": true, "desk": true, "office": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true,
	"llc": true, "gmbh": true, "ag": true, "plc": true, "corp": true, "corp.": true, "co.": true, "s.a.": true, "sas": true, "bv": true, "ab": true, "oy": true}

// groupName reports whether v, a value under a person's-name field, is a
// team's or an organisation's name: two words or more, the last a group
// word.
func groupName(v []byte) bool {
	sp := bytes.LastIndexByte(v, ' ')
	if sp <= 0 || sp == len(v)-1 || len(v) > 80 {
		return false
	}
	return groupWords[strings.ToLower(string(v[sp+1:]))]
}

package sanitize

// Header lines: texts made of "NAME[;PARAM=…]:VALUE" lines, as vCard
// contacts (text/vcard: FN, EMAIL, TEL), iCalendar events (text/calendar:
// ORGANIZER;CN=<name>:mailto:…, ATTENDEE), STOMP frames over websockets
// (CONNECT, then login:, passcode:, then a blank line and the body) and
// raw message headers are. Each line is a pair: its name judged by the
// word classifier (vCard's property names read as the words they stand
// for), its value to the end of the line. Other lines and a frame's body
// are scanned as text.

import (
	"bytes"
	"strings"
)

// vcardWords are vCard property names (RFC 6350) as the words of the
// fields they are.
var vcardWords = map[string]string{
	"fn": "full name", "n": "full name", "nickname": "nickname", "email": "email", "tel": "phone",
	"adr": "street address", "bday": "birthdate", "impp": "email",
}

// stompCommands are the first lines of STOMP frames.
var stompCommands = []string{"CONNECT", "STOMP", "CONNECTED", "SEND", "SUBSCRIBE", "MESSAGE", "UNSUBSCRIBE", "ACK", "NACK", "BEGIN", "COMMIT", "ABORT", "DISCONNECT", "RECEIPT", "ERROR"}

// headerLinesStart reports whether t starts a vCard, an iCalendar or a
// STOMP frame.
func headerLinesStart(t []byte) bool {
	if propertyLines(t) {
		return true
	}
	nl := bytes.IndexByte(t[:min(len(t), 16)], '\n')
	if nl <= 0 {
		return false
	}
	cmd := string(bytes.TrimRight(t[:nl], "\r"))
	for _, c := range stompCommands {
		if cmd == c {
			// A header line follows (or the blank line of a frame
			// without headers).
			rest := t[nl+1:]
			return len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r' || rest[0] == 0 || bytes.IndexByte(rest[:min(len(rest), 256)], ':') > 0
		}
	}
	return false
}

// headerLines scans t as header lines.
// propertyLines reports whether t starts a vCard or an iCalendar: lines of
// properties to the end, no body.
func propertyLines(t []byte) bool {
	return hasPrefixAt(t, 0, "BEGIN:VCARD") || hasPrefixAt(t, 0, "BEGIN:VCALENDAR")
}

func (x *run) headerLines(t []byte, ed *edits) {
	vcard := propertyLines(t)
	saved := x.name
	defer func() { x.name = saved }()
	for i := 0; i < len(t); {
		j, next := lineEnd(t, i)
		le := j
		if le > i && t[le-1] == '\r' {
			le--
		}
		if le == i && !vcard {
			// The blank line: the frame's body follows.
			if next < len(t) {
				x.sub(t, next, len(t), ed, x.scanString)
			}
			return
		}
		colon := bytes.IndexByte(t[i:le], ':')
		if colon <= 0 {
			if le > i {
				x.sub(t, i, le, ed, x.scanString)
			}
			i = next
			continue
		}
		name := t[i : i+colon]
		if k := bytes.IndexByte(name, ';'); k > 0 {
			if vcard {
				x.propertyParams(t, i+k, i+colon, ed)
			}
			name = name[:k] // EMAIL;TYPE=work
		}
		if vcard {
			if w, ok := vcardWords[strings.ToLower(string(name))]; ok {
				name = []byte(w)
			}
		}
		vs := i + colon + 1
		switch mailHeaderKind(name) {
		case mailID:
			// a message's id: no one's address, nothing secret
		case mailSigned:
			// a mail's signatures (DKIM, ARC) are public, seen by every
			// receiver: scanned as text, not as the secret their name says
			x.sub(t, vs, le, ed, x.scanString)
		default:
			if vs < le && !x.pair(InHeader, name, t, vs, le, false, ed) && !x.pair(InJSONKey, name, t, vs, le, false, ed) {
				x.sub(t, vs, le, ed, x.scanString)
			}
		}
		i = next
	}
}

// propertyParams judges the parameters t[s:e] (";CN=Hildegard Marsh;ROLE=…")
// of a vCard or iCalendar property: a common name (CN, an ORGANIZER's or
// an ATTENDEE's) is a person's name; an e-mail in any of them is found.
func (x *run) propertyParams(t []byte, s, e int, ed *edits) {
	for k := s; k < e; {
		j := k + 1
		for j < e && t[j] != ';' {
			j++
		}
		if eq := bytes.IndexByte(t[k+1:j], '='); eq > 0 {
			name, vs, ve := t[k+1:k+1+eq], k+2+eq, j
			if ve-vs >= 2 && t[vs] == '"' && t[ve-1] == '"' {
				vs, ve = vs+1, ve-1
			}
			if vs < ve && (!bytes.EqualFold(name, []byte("CN")) || !x.pair(InJSONKey, []byte("display name"), t, vs, ve, false, ed)) {
				x.emails(t, vs, ve, ed)
			}
		}
		k = j
	}
}

// The kinds of mail header lines headerLines treats apart.
const (
	mailOther = iota
	mailID
	mailSigned
)

// mailHeaderKind tells a message id header (Message-ID, In-Reply-To,
// References, Content-ID) and a signature header of a mail (DKIM, ARC)
// from other header lines.
func mailHeaderKind(name []byte) int {
	if len(name) < 7 || len(name) > 32 {
		return mailOther
	}
	var lk [32]byte
	switch string(lowerASCII(lk[:0], name)) {
	case "message-id", "in-reply-to", "references", "content-id", "x-message-id", "resent-message-id":
		return mailID
	case "dkim-signature", "arc-seal", "arc-message-signature", "arc-authentication-results", "authentication-results",
		"x-google-dkim-signature", "domainkey-signature", "received-spf", "x-ms-exchange-antispam-messagedata":
		return mailSigned
	}
	return mailOther
}

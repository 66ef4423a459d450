package sanitize

// Header lines: texts made of "NAME[;PARAM=…]:VALUE" lines, as vCard
// contacts (text/vcard: FN, EMAIL, TEL), STOMP frames over websockets
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

// headerLinesStart reports whether t starts a vCard or a STOMP frame.
func headerLinesStart(t []byte) bool {
	if hasPrefixAt(t, 0, "BEGIN:VCARD") {
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
func (x *run) headerLines(t []byte, ed *edits) {
	vcard := hasPrefixAt(t, 0, "BEGIN:VCARD")
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
			name = name[:k] // EMAIL;TYPE=work
		}
		if vcard {
			if w, ok := vcardWords[strings.ToLower(string(name))]; ok {
				name = []byte(w)
			}
		}
		vs := i + colon + 1
		if vs < le && !x.pair(InHeader, name, t, vs, le, false, ed) && !x.pair(InJSONKey, name, t, vs, le, false, ed) {
			x.sub(t, vs, le, ed, x.scanString)
		}
		i = next
	}
}

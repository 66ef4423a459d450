package sanitize

import (
	"bytes"
	"strings"
)

// Raw e-mail messages (message/rfc822, an .eml a help desk shows, a
// bounce quoted in a ticket): a block of header lines, a blank line, a
// body. The header lines are pairs (headerLines), a mailbox's display
// name is a person's name (From: Jane Roe <jane@…>), the sender's own
// address in X-Originating-IP is the user's IP; the body is a MIME body:
// multipart parts by their boundary, each part by its own type and
// transfer encoding (base64 decoded and encoded again, quoted-printable
// read through its =XX escapes and soft line breaks).

// mailHeaders are header names that start a raw message.
var mailHeaders = []string{"received:", "return-path:", "delivered-to:", "from:", "to:", "subject:", "date:", "message-id:",
	"mime-version:", "dkim-signature:", "arc-seal:", "arc-message-signature:", "arc-authentication-results:", "authentication-results:",
	"x-originating-ip:", "reply-to:", "x-mailer:", "x-received:", "x-google-smtp-source:", "thread-topic:", "content-type:"}

// mailStart reports whether t starts as a raw message: a mail header on
// its first line, and From:, MIME-Version: or Message-ID: among the header
// lines before a blank line.
func mailStart(t []byte) bool {
	if len(t) < 16 || !mailHeaderFirst(t) || bytes.IndexByte(t[:min(len(t), 1024)], '\n') < 0 {
		return false
	}
	he := mailHeaderEnd(t)
	if he < 0 {
		return false
	}
	h := bytes.ToLower(t[:he])
	return bytes.Contains(h, []byte("\nfrom:")) || bytes.HasPrefix(h, []byte("from:")) || bytes.Contains(h, []byte("mime-version:")) || bytes.Contains(h, []byte("message-id:"))
}

// rawMailStart is mailStart's cheap test on a body still JSON-escaped: a
// mail header first, an escaped blank line after it.
func rawMailStart(raw []byte) bool {
	if len(raw) < 16 || !mailHeaderFirst(raw) {
		return false
	}
	w := raw[:min(len(raw), 256<<10)]
	return bytes.Contains(w, []byte(`\r\n\r\n`)) || bytes.Contains(w, []byte(`\n\n`))
}

// mailHeaderFirst reports whether t starts with one of mailHeaders (any
// case); a letter first and a ':' within 40 bytes are checked before
// (most strings are not mail).
func mailHeaderFirst(t []byte) bool {
	if len(t) == 0 || !(t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 'a' && t[0] <= 'z') || bytes.IndexByte(t[:min(len(t), 40)], ':') < 0 {
		return false
	}
	var lk [40]byte
	first := lowerASCII(lk[:0], t[:min(len(t), 40)])
	for _, h := range mailHeaders {
		if bytes.HasPrefix(first, []byte(h)) {
			return true
		}
	}
	return false
}

// mailHeaderEnd is where the header block of t ends (the blank line's
// start), or -1 when there is none within 256 KiB.
func mailHeaderEnd(t []byte) int {
	w := t[:min(len(t), 256<<10)]
	if k := bytes.Index(w, []byte("\r\n\r\n")); k >= 0 {
		if j := bytes.Index(w, []byte("\n\n")); j >= 0 && j < k {
			return j + 1
		}
		return k + 2
	}
	if j := bytes.Index(w, []byte("\n\n")); j >= 0 {
		return j + 1
	}
	if len(t) <= len(w) && bytes.IndexByte(t, '\n') >= 0 {
		return len(t) // headers only
	}
	return -1
}

// mail scans the raw message t.
func (x *run) mail(t []byte, ed *edits) {
	he := mailHeaderEnd(t)
	headers := t[:he]
	x.sub(t, 0, he, ed, x.headerLines)
	x.mailboxNames(t, he, ed)
	body := he
	for body < len(t) && (t[body] == '\r' || t[body] == '\n') && body-he < 2 {
		body++
	}
	if body >= len(t) {
		return
	}
	x.lvl++
	x.sub(t, body, len(t), ed, func(b []byte, sub *edits) { x.partBody(b, unfoldHeaders(headers), sub) })
	x.lvl--
}

// unfoldHeaders joins folded header lines (a line starting with a space
// or tab goes on the one before), so a Content-Type's boundary on its
// second line is found.
func unfoldHeaders(h []byte) []byte {
	if !bytes.Contains(h, []byte("\n ")) && !bytes.Contains(h, []byte("\n\t")) {
		return h
	}
	out := make([]byte, 0, len(h))
	for i := 0; i < len(h); i++ {
		if h[i] == '\r' && i+2 < len(h) && h[i+1] == '\n' && (h[i+2] == ' ' || h[i+2] == '\t') {
			i++
			continue
		}
		if h[i] == '\n' && i+1 < len(h) && (h[i+1] == ' ' || h[i+1] == '\t') {
			continue
		}
		out = append(out, h[i])
	}
	return out
}

// mailboxNames pseudonymises the display names of the address headers
// (From, To, Cc, Reply-To, Sender) in t[:he]: Jane Roe <jane@…>,
// "Roe, Jane" <jane@…>. A role's name (IT Service Desk) is a name too;
// the placeholder keeps the address beside it readable.
func (x *run) mailboxNames(t []byte, he int, ed *edits) {
	if x.personalOff() {
		return
	}
	r := x.lookup(InJSONKey, []byte("full_name"))
	if r == nil {
		return
	}
	for i := 0; i < he; {
		j, next := lineEnd(t, i)
		if j > he {
			j = he
		}
		line := bytes.ToLower(t[i:min(j, i+12)])
		for _, h := range []string{"from:", "to:", "cc:", "reply-to:", "sender:"} {
			if !bytes.HasPrefix(line, []byte(h)) {
				continue
			}
			// each mailbox: a name before <address>
			k := i + len(h)
			for k < j {
				lt := bytes.IndexByte(t[k:j], '<')
				if lt < 0 {
					break
				}
				ns, ne := k, k+lt
				if c := bytes.LastIndexByte(t[ns:ne], ','); c >= 0 && bytes.IndexByte(t[ns:ne], '"') < 0 {
					ns += c + 1
				}
				for ns < ne && (t[ns] == ' ' || t[ns] == '"') {
					ns++
				}
				for ne > ns && (t[ne-1] == ' ' || t[ne-1] == '"') {
					ne--
				}
				if ne-ns >= 2 && bytes.IndexByte(t[ns:ne], '@') < 0 && !ed.overlaps(ns, ne) {
					x.personal(t, ns, ne, r, false, ed)
				}
				gt := bytes.IndexByte(t[k+lt:j], '>')
				if gt < 0 {
					break
				}
				k += lt + gt + 1
			}
			break
		}
		i = next
	}
}

// qpMap decodes quoted-printable text (RFC 2045): =XX is a byte, a '='
// at a line's end a soft line break (nothing).
func qpMap(src []byte) *layerMap {
	m := newLayerMap(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '=' {
			switch {
			case i+2 < len(src) && src[i+1] == '\r' && src[i+2] == '\n':
				i += 2
				continue
			case i+1 < len(src) && src[i+1] == '\n':
				i++
				continue
			case i+2 < len(src) && hexVal[src[i+1]]|hexVal[src[i+2]] < 16:
				m.emit(hexVal[src[i+1]]<<4|hexVal[src[i+2]], i)
				i += 2
				continue
			}
		}
		m.emit(c, i)
	}
	return m.done(len(src))
}

// quotedPrintable reports whether a part's headers say its body is
// quoted-printable.
func quotedPrintable(headers []byte) bool {
	return bytes.EqualFold(bytes.TrimSpace(partHeader(headers, "content-transfer-encoding")), []byte("quoted-printable"))
}

// mailMime reports whether a body's type is a raw message.
func mailMime(mime string) bool {
	return strings.HasPrefix(strings.ToLower(mime), "message/rfc822")
}

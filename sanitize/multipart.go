package sanitize

import (
	"bytes"
	"encoding/base64"
)

// Multipart parts carry their own Content-Type and, in mail-like bodies
// (multipart/related, SOAP with attachments, some uploads),
// Content-Transfer-Encoding: base64. A part is scanned as what its own
// type says; a base64 part is decoded, scanned and, when something in it
// was redacted, encoded again, wrapped as it was: at the width of its
// first line, with its line breaks; one line stays one line, wrapped at 76
// (CRLF) only if it was within that MIME limit and grew past it.

// partBody scans the body t of a part whose headers are headers.
func (x *run) partBody(t, headers []byte, ed *edits) {
	mime := string(bytes.TrimSpace(partHeader(headers, "content-type")))
	if bytes.EqualFold(bytes.TrimSpace(partHeader(headers, "content-transfer-encoding")), []byte("base64")) && x.lvl < maxEmbed {
		x.lvl++
		x.base64Part(t, mime, ed)
		x.lvl--
		return
	}
	if b := boundary(mime, t); b != "" && x.lvl < maxEmbed {
		x.lvl++
		x.multipart(t, b, ed) // a part that is multipart itself (a mail's multipart/alternative)
		x.lvl--
		return
	}
	if quotedPrintable(headers) && x.lvl < maxEmbed && bytes.IndexByte(t, '=') >= 0 {
		// read through its =XX escapes and soft line breaks; a
		// placeholder needs no escaping
		x.lvl++
		x.inLayer(qpMap(t), 0, ed, func(dec []byte, sub *edits) {
			if !x.carrier(dec, mime, sub) {
				x.scanString(dec, sub)
			}
		})
		x.lvl--
		return
	}
	if !x.carrier(t, mime, ed) {
		x.scanString(t, ed)
	}
}

// base64Part scans the base64 part body t (lines of any width).
func (x *run) base64Part(t []byte, mime string, ed *edits) {
	e := len(t)
	for e > 0 && isSpace(t[e-1]) {
		e--
	}
	body := t[:e]
	width, sep := 0, []byte(nil)
	compact := body
	if len(body) <= 76 {
		width, sep = 76, []byte("\r\n") // one line within the MIME limit: kept within it
	}
	if nl := bytes.IndexByte(body, '\n'); nl >= 0 {
		width, sep = nl, []byte("\n")
		if nl > 0 && body[nl-1] == '\r' {
			width, sep = nl-1, []byte("\r\n")
		}
		compact = make([]byte, 0, len(body))
		for _, c := range body {
			if !isSpace(c) {
				compact = append(compact, c)
			}
		}
	}
	enc := base64.StdEncoding
	if bytes.IndexByte(compact, '=') < 0 && len(compact)%4 != 0 {
		enc = base64.RawStdEncoding
	}
	dec := make([]byte, enc.DecodedLen(len(compact)))
	n, err := enc.Decode(dec, compact)
	if err != nil {
		x.scanString(t, ed) // not base64 after all: as it is
		return
	}
	dec = dec[:n]
	var sub edits
	if isBinaryMime(mime) {
		x.scanText(dec, &sub, true)
	} else {
		x.body(dec, mime, false, &sub)
	}
	if len(sub.list) == 0 {
		return
	}
	sub.normalize()
	out := []byte(enc.EncodeToString(apply(dec, sub.list)))
	if width > 0 && width%4 == 0 && len(out) > width {
		wrapped := make([]byte, 0, len(out)+len(out)/width*len(sep))
		for len(out) > width {
			wrapped = append(append(wrapped, out[:width]...), sep...)
			out = out[width:]
		}
		out = append(wrapped, out...)
	}
	ed.addText(0, e, out) // line breaks: escaped in a JSON string
}

// partHeader returns the value of the header name (lower case) of a part.
func partHeader(headers []byte, name string) []byte {
	for len(headers) > 0 {
		line := headers
		if nl := bytes.IndexByte(headers, '\n'); nl >= 0 {
			line, headers = headers[:nl], headers[nl+1:]
		} else {
			headers = nil
		}
		if len(line) > len(name) && line[len(name)] == ':' && bytes.EqualFold(line[:len(name)], []byte(name)) {
			v := bytes.TrimSpace(line[len(name)+1:])
			if sc := bytes.IndexByte(v, ';'); sc >= 0 && name == "content-transfer-encoding" {
				v = v[:sc]
			}
			return v
		}
	}
	return nil
}

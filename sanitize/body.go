package sanitize

// Bodies: what a request or response body, a websocket frame or a string
// value is (JSON, form, multipart, base64, a carrier of its own, free text),
// and the scan each gets.

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// scanString looks for secrets in a decoded string: as JSON when it holds a
// JSON document, else as free text.
func (x *run) scanString(t []byte, ed *edits) {
	if x.knownValue(t, 0, len(t), ed) {
		return
	}
	if x.prose {
		// Inside a body's free text, a JSON document or a value is
		// walked as values, not as prose.
		defer func(p bool) { x.prose = p }(x.prose)
		if i := skipWS(t, 0); i < len(t) && (t[i] == '{' || t[i] == '[') {
			x.prose = false
		}
	}
	if b64Text(t) && x.base64Layer(t, ed) {
		return
	}
	if len(t) >= 24 && hasPrefixAt(t, 0, "H4sI") && x.base64Gzip(t, ed) {
		return
	}
	i := skipWS(t, 0)
	if i < len(t) && (t[i] == '{' || t[i] == '[') && x.lvl < maxEmbed {
		m := x.mark(ed)
		if end, err := x.walk(t, i, cAny, nil, ed, 0); err == nil && skipWS(t, end) == len(t) {
			x.commit()
			return
		}
		x.rollback(ed, m)
	}
	if i < len(t) && t[i] == '<' && x.lvl < maxEmbed && x.carrier(t, "", ed) {
		return // an XML document held in a value
	}
	if i < len(t) && x.valueStart(t, i, ed) {
		return // a vCard, an event, an eSIM code, UCI configuration (valuestart.go)
	}
	if i == 0 && x.lvl < maxEmbed && mailStart(t) {
		x.mail(t, ed) // a raw e-mail held in a value (a ticket's original message)
		return
	}
	if !x.form && !x.prose && looksLikeForm(t) {
		// A value holding form text (a=1&b=2): its names are parameters.
		x.form = true
		x.scanText(t, ed, false)
		x.form = false
		return
	}
	x.scanText(t, ed, false)
}

// body scans a request or response body (or websocket frame).
func (x *run) body(t []byte, mime string, isBase64 bool, ed *edits) {
	if isBase64 {
		x.base64Body(t, mime, ed)
		return
	}
	if strings.Contains(strings.ToLower(mime), "grpc-web-text") {
		// gRPC-Web's text mode: the binary frames in base64, a stream
		// of base64 chunks (one per frame, each padded) in a response.
		x.base64Chunks(t, "application/grpc-web", ed)
		return
	}
	if t0 := len(t) > 0 && (t[0] == 0 || t[0] >= 0xfe); t0 || len(t) > 1 && t[1] == 0 {
		if x.utf16Body(t, mime, ed) {
			return
		}
	}
	if r := x.reply; r != nil && len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"' && bytes.IndexByte(t[1:len(t)-1], '"') < 0 && bytes.IndexByte(t, '\\') < 0 {
		// a bare JSON string answering an endpoint that names it
		// (CyberArk's …/Password/Retrieve)
		if x.accepts(r, t[1:len(t)-1]) {
			x.secret(t, 1, len(t)-1, r, r.Kind, false, ed)
			return
		}
	}
	if b := boundary(mime, t); b != "" {
		x.multipart(t, b, ed)
		return
	}
	if x.lvl < maxEmbed && (mailMime(mime) || mailStart(t)) && mailHeaderEnd(t) > 0 {
		x.mail(t, ed) // a raw e-mail (mail.go)
		return
	}
	if x.carrier(t, mime, ed) {
		return
	}
	if strings.Contains(strings.ToLower(mime), "x-www-form-urlencoded") || looksLikeForm(t) {
		saved, bank := x.form, x.bankForm
		x.form, x.bankForm = true, bankForm(t)
		x.formPairs(t, ed)
		x.scanText(t, ed, false)
		x.form, x.bankForm = saved, bank
		return
	}
	x.scanString(t, ed)
}

// bankForm reports whether form text names a bank beside an account
// (a routing number, sort code, BSB or BIC field), so that its account
// number field is a bank account's.
func bankForm(t []byte) bool {
	for _, n := range []string{"routing", "Routing", "sort_code", "sortCode", "bsb", "bic=", "swift", "bank_code", "bankCode"} {
		if bytes.Contains(t, []byte(n)) {
			return true
		}
	}
	return false
}

// looksLikeForm reports whether t is urlencoded form text: name=value
// pairs joined by '&', no spaces.
func looksLikeForm(t []byte) bool {
	if len(t) == 0 || bytes.IndexByte(t, '=') <= 0 {
		return false
	}
	space := false
	for _, c := range t {
		if c < ' ' || c == '"' || c == '<' || c == '{' || c >= 0x7f {
			return false
		}
		space = space || c == ' '
	}
	pairs := 0
	for _, pair := range bytes.Split(t, []byte{'&'}) {
		eq := bytes.IndexByte(pair, '=')
		if len(pair) > 0 && eq <= 0 || space && bytes.IndexByte(pair[:max(eq, 0)], ' ') >= 0 {
			return false
		}
		pairs++
	}
	// A value may hold a space its sender did not encode (Garmin's
	// mfa_expiration_timestamp=2027-11-22 10:15:00.000), when the text is
	// several pairs and no name has one.
	return !space || pairs >= 2
}

// base64Body decodes a base64 body, scans it and re-encodes it when
// something in it was redacted.
func (x *run) base64Body(t []byte, mime string, ed *edits) {
	enc := base64.StdEncoding
	if bytes.IndexByte(t, '=') < 0 && len(t)%4 != 0 {
		enc = base64.RawStdEncoding
	}
	if cap(x.b64) < enc.DecodedLen(len(t))+8 {
		x.b64 = make([]byte, enc.DecodedLen(len(t))+8)
	}
	dec := x.b64[:enc.DecodedLen(len(t))+8]
	// The vector decoder takes what it can (whole steps of 32 alphabet
	// characters); the standard one the rest, with padding and any error.
	k := base64Fast(dec, t)
	n, err := enc.Decode(dec[k/4*3:], t[k:])
	n += k / 4 * 3
	if err != nil {
		// Not really base64: scan it as it is.
		x.scanString(t, ed)
		return
	}
	dec = dec[:n]
	var sub edits
	if len(dec) > 8 && (dec[0] == 0x1f && dec[1] == 0x8b || zlibHeader(dec) && !isBinaryMime(mime)) {
		// Compressed as it came over the wire: inflated (a copy, as
		// x.b64 is reused below).
		z := append([]byte(nil), dec...)
		if x.gzipBody(z, mime, &sub) {
			if len(sub.list) > 0 {
				ed.add(0, len(t), []byte(enc.EncodeToString(apply(z, sub.list))))
			}
			return
		}
	}
	switch b := boundary(mime, dec); {
	case x.mqttConnect(dec, &sub): // an MQTT CONNECT frame: its password field
	case b == "" && x.lvl < maxEmbed && (protobufMime(mime) || !isBinaryMime(mime) && !printable(dec, false)):
		// gRPC(-Web) frames, a Protocol Buffers message (a binary
		// websocket frame): rebuilt with their lengths (protobuf.go)
		if out, ok := x.protobufBytes(dec, mime); ok {
			if out != nil {
				ed.add(0, len(t), []byte(enc.EncodeToString(out)))
			}
			return
		}
		if isBinaryMime(mime) {
			x.binaryScan(dec, &sub)
		} else if !x.utf16Body(dec, mime, &sub) && !x.carrier(dec, mime, &sub) {
			x.scanString(dec, &sub)
		}
	case !isBinaryMime(mime) && x.utf16Body(dec, mime, &sub): // text in UTF-16 (charset=utf-16)
	case isBinaryMime(mime) && !jsonText(dec):
		x.scanText(dec, &sub, true)
	case b != "":
		x.multipart(dec, b, &sub)
	case !x.carrier(dec, mime, &sub):
		x.scanString(dec, &sub)
	}
	if len(sub.list) == 0 {
		return
	}
	sub.normalize()
	out := apply(dec, sub.list)
	ed.add(0, len(t), []byte(enc.EncodeToString(out)))
}

// base64Chunks scans base64 text that may be several padded base64 texts
// one after the other (gRPC-Web's text mode sends a chunk per frame: the
// message, then the trailers), each chunk decoded and re-encoded alone.
func (x *run) base64Chunks(t []byte, mime string, ed *edits) {
	for s := 0; s < len(t); {
		e := s
		for e < len(t) && t[e] != '=' {
			e++
		}
		for e < len(t) && t[e] == '=' {
			e++
		}
		if s == 0 && e == len(t) {
			x.base64Body(t, mime, ed)
			return
		}
		var sub edits
		x.base64Body(t[s:e], mime, &sub)
		for _, d := range sub.list {
			ed.add(s+d.start, s+d.end, d.repl)
		}
		s = e
	}
}

// protobufMime reports whether a binary mime type carries Protocol
// Buffers messages (gRPC, gRPC-Web, application/x-protobuf).
func protobufMime(m string) bool {
	m = strings.ToLower(m)
	return strings.HasPrefix(m, "application/grpc") || strings.HasPrefix(m, "application/x-protobuf") || strings.HasPrefix(m, "application/protobuf")
}

func isBinaryMime(m string) bool {
	m = strings.ToLower(m)
	for _, p := range []string{"image/", "font/", "audio/", "video/", "application/octet-stream",
		"application/font", "application/x-font", "application/wasm", "application/pdf",
		"application/zip", "application/gzip", "application/vnd.ms-fontobject", "application/x-protobuf", "application/grpc"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// boundary returns the multipart boundary of a body: from its mime type, or
// sniffed from a first line "--boundary".
func boundary(mime string, t []byte) string {
	lm := strings.ToLower(mime)
	if strings.HasPrefix(lm, "multipart/") {
		if i := strings.Index(lm, "boundary="); i >= 0 {
			b := mime[i+len("boundary="):]
			if j := strings.IndexByte(b, ';'); j >= 0 {
				b = b[:j]
			}
			b = strings.Trim(strings.TrimSpace(b), `"`)
			if b != "" {
				return b
			}
		}
	}
	if len(t) > 4 && t[0] == '-' && t[1] == '-' {
		nl := bytes.IndexByte(t, '\n')
		if nl > 2 && nl < 200 {
			b := strings.TrimRight(string(t[2:nl]), "\r")
			if b != "" && !strings.ContainsAny(b, " \t") && bytes.Contains(t, []byte("\n--"+b)) &&
				bytes.Contains(bytes.ToLower(t[:min(len(t), nl+300)]), []byte("content-disposition")) {
				return b
			}
		}
	}
	return ""
}

// multipart scans each part of a multipart body: a field with a secret
// name is replaced whole; any other part is scanned as its own type says
// (see partBody).
func (x *run) multipart(t []byte, b string, ed *edits) {
	delim := []byte("--" + b)
	i := bytes.Index(t, delim)
	saved := x.name
	defer func() { x.name = saved }()
	for i >= 0 {
		i += len(delim)
		if hasPrefixAt(t, i, "--") {
			return
		}
		next := bytes.Index(t[i:], delim)
		end := len(t)
		if next >= 0 {
			end = i + next
		}
		part := t[i:end]
		hdrEnd, bodyStart := bytes.Index(part, []byte("\r\n\r\n")), 4
		if hdrEnd < 0 {
			hdrEnd, bodyStart = bytes.Index(part, []byte("\n\n")), 2
		}
		if hdrEnd >= 0 {
			headers := part[:hdrEnd]
			bs := i + hdrEnd + bodyStart
			be := end
			if be > bs && t[be-1] == '\n' {
				be--
			}
			if be > bs && t[be-1] == '\r' {
				be--
			}
			name := partName(headers)
			x.sub(t, i, i+hdrEnd, ed, func(h []byte, ed *edits) { x.scanText(h, ed, false) })
			x.name = name
			// A file upload under a weak name (name="key" filename="ops.ppk")
			// is a file: scanned, its public parts kept, not replaced whole.
			if name != nil && !(partFilename(headers) && x.weakName(name)) && x.secretPart(t, bs, be, name, ed) {
			} else if be > bs {
				x.sub(t, bs, be, ed, func(p []byte, ed *edits) { x.partBody(p, headers, ed) })
			}
		} else if end > i {
			// No blank line after the part's headers: not a part as MIME
			// writes it, so all of it is scanned as text (fuzz find).
			x.sub(t, i, end, ed, func(p []byte, ed *edits) { x.scanText(p, ed, false) })
		}
		if next < 0 {
			return
		}
		i = end
	}
}

// secretPart redacts the body t[s:e] of a multipart part whose name says
// secret. A JSON document (an uploaded credentials file) is walked with
// the part's rule on every value, so the members that describe it (type,
// token_uri) stay readable; any other body is replaced whole.
func (x *run) secretPart(t []byte, s, e int, name []byte, ed *edits) bool {
	r := x.lookup(InParam, name)
	if r == nil || !x.accepts(r, t[s:e]) {
		return false
	}
	if i := skipWS(t[:e], s); i < e && (t[i] == '{' || t[i] == '[') && inherits(r) && x.lvl < maxEmbed {
		done := false
		x.sub(t, s, e, ed, func(p []byte, ed *edits) {
			m := x.mark(ed)
			saved := x.name
			x.name = name
			end, err := x.walk(p, skipWS(p, 0), cAny, r, ed, 0)
			x.name = saved
			if err != nil || skipWS(p, end) != len(p) {
				x.rollback(ed, m)
				return
			}
			x.commit()
			done = true
		})
		if done {
			return true
		}
	}
	return x.pair(InParam, name, t, s, e, false, ed)
}

func partName(headers []byte) []byte {
	lh := bytes.ToLower(headers)
	k := bytes.Index(lh, []byte("; name="))
	if k < 0 {
		k = bytes.Index(lh, []byte(";name="))
		if k < 0 {
			return nil
		}
		k++
	} else {
		k += 2
	}
	v := headers[k+len("name="):]
	if len(v) > 0 && v[0] == '"' {
		if q := bytes.IndexByte(v[1:], '"'); q >= 0 {
			return v[1 : 1+q]
		}
		return nil
	}
	if e := bytes.IndexAny(v, ";\r\n"); e >= 0 {
		v = v[:e]
	}
	return bytes.TrimSpace(v)
}

// Trigger indexes reserved in Rules.pairs for the structural triggers.
const (
	trigEquals = 255 // name=value
	trigColon  = 254 // "name": "value", name: 'value', scheme://user:pass@
	trigAt     = 253 // an e-mail address: @ and a letter or digit
	trigCard   = 252 // a grouped card number (a digit and a space or dash), or an international phone number (a space, quote or bracket, then '+')
)

// partFilename reports whether a part's Content-Disposition names a file.
func partFilename(headers []byte) bool {
	cd := partHeader(headers, "content-disposition")
	return bytes.Contains(cd, []byte("filename="))
}

// jsonText reports whether a body a binary mime type labels is JSON text
// after all (application/octet-stream over a JSON API, as some proxies
// record it): an object or array of printable text.
func jsonText(b []byte) bool {
	i := skipWS(b, 0)
	return i < len(b) && (b[i] == '{' || b[i] == '[') && printable(b[i:min(len(b), i+512)], true)
}

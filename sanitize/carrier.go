package sanitize

import (
	"bytes"
	"strings"
)

// Carriers with a structure of their own (XML, server-sent events, NDJSON,
// header lines)
// are recognised by their mime type or first bytes only, so that bodies of
// any other type pay for nothing more than the look.

type carrierType uint8

const (
	carrierNone carrierType = iota
	carrierXML
	carrierSSE
	carrierNDJSON
	carrierHeaderLines
	carrierGWT
	carrierCSV
)

// carrier scans t as the carrier its mime type or first bytes say it is.
// It reports false, having changed nothing, when t is none of them or does
// not parse as one: the caller then scans it as it would any other text.
func (x *run) carrier(t []byte, mime string, ed *edits) bool {
	switch sniffCarrier(mime, t, false) {
	case carrierXML:
		return x.xmlBody(t, ed)
	case carrierSSE:
		x.eventStream(t, ed)
		return true
	case carrierNDJSON:
		x.ndjson(t, ed)
		return true
	case carrierHeaderLines:
		x.headerLines(t, ed)
		return true
	case carrierGWT:
		return x.gwtRPC(t, ed)
	case carrierCSV:
		return x.csv(t, ed)
	}
	return false
}

// sniffCarrier tells a carrier by its mime type, else by its first bytes.
// raw marks text still JSON-escaped (a body not yet decoded), where the
// leading whitespace may be written \n and a byte order mark \ufeff.
func sniffCarrier(mime string, t []byte, raw bool) carrierType {
	if mime != "" {
		lm := strings.ToLower(mime)
		switch {
		case strings.Contains(lm, "event-stream"):
			return carrierSSE
		case strings.Contains(lm, "ndjson") || strings.Contains(lm, "jsonl") || strings.Contains(lm, "json-seq"):
			return carrierNDJSON
		case (strings.Contains(lm, "xml") || strings.Contains(lm, "soap")) && !strings.Contains(lm, "html") && !strings.Contains(lm, "svg"):
			return carrierXML
		case strings.Contains(lm, "vcard"):
			return carrierHeaderLines
		case strings.Contains(lm, "gwt-rpc"):
			return carrierGWT
		case strings.Contains(lm, "csv") || strings.Contains(lm, "tab-separated-values"):
			return carrierCSV
		}
	}
	i := skipLead(t, raw)
	if i >= len(t) {
		return carrierNone
	}
	switch t[i] {
	case '<':
		if xmlStart(t[i:]) {
			return carrierXML
		}
	case 'e', 'd':
		if sseStart(t[i:], raw) {
			return carrierSSE
		}
	case '{', 0x1e:
		if !raw && ndjsonStart(t[i:]) {
			return carrierNDJSON
		}
	case 'B', 'C', 'S', 'M', 'U', 'A', 'N', 'D', 'R', 'E':
		if headerLinesStart(t[i:]) || raw && rawHeaderLinesStart(t[i:]) {
			return carrierHeaderLines
		}
	}
	return carrierNone
}

// rawHeaderLinesStart is headerLinesStart on still JSON-escaped text, where
// a line break is written \n.
func rawHeaderLinesStart(t []byte) bool {
	if hasPrefixAt(t, 0, "BEGIN:VCARD") {
		return true
	}
	k := bytes.Index(t[:min(len(t), 24)], []byte(`\n`))
	return k > 0 && headerLinesStart(append(append([]byte(nil), t[:k]...), '\n'))
}

// skipLead skips leading whitespace and a byte order mark.
func skipLead(t []byte, raw bool) int {
	i := 0
	for i < len(t) && i < 256 {
		switch c := t[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case c == 0xef && hasPrefixAt(t, i, "\xef\xbb\xbf"):
			i += 3
		case raw && c == '\\' && i+1 < len(t) && (t[i+1] == 'n' || t[i+1] == 'r' || t[i+1] == 't'):
			i += 2
		case raw && c == '\\' && (hasPrefixAt(t, i, `\ufeff`) || hasPrefixAt(t, i, `\uFEFF`)):
			i += 6
		default:
			return i
		}
	}
	return i
}

// xmlStart reports whether t starts an XML document: a declaration, or a
// root element of SOAP, SAML or WS-Security (<soap:Envelope>,
// <s:Envelope>, <SOAP-ENV:Envelope>, <samlp:Response>, <saml2:Assertion>).
func xmlStart(t []byte) bool {
	if hasPrefixAt(t, 0, "<?xml") {
		return true
	}
	j := 1
	for j < len(t) && j < 64 && xmlNameByte(t[j]) {
		j++
	}
	name := t[1:j]
	colon := bytes.IndexByte(name, ':')
	if colon <= 0 {
		// An element that declares its namespace (XMPP over a
		// websocket: <auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" …>).
		end := bytes.IndexByte(t[:min(len(t), 512)], '>')
		return j > 1 && end > j && bytes.Contains(t[j:end], []byte(" xmlns=")) || j > 1 && closesRoot(t, name)
	}
	prefix, local := strings.ToLower(string(name[:colon])), string(name[colon+1:])
	return local == "Envelope" || strings.HasPrefix(prefix, "soap") || strings.HasPrefix(prefix, "saml") || prefix == "wsse"
}

// closesRoot reports whether t, a document whose root element is name,
// ends with that element's end tag and name is not HTML's: a configuration
// file without a declaration (Maven's <settings>, Hadoop's
// <configuration>, a WLAN profile) held in a value or a text body.
func closesRoot(t, name []byte) bool {
	e := len(t)
	for e > 0 && isSpace(t[e-1]) {
		e--
	}
	if e < len(name)+3 || t[e-1] != '>' || !bytes.HasSuffix(t[:e-1], name) {
		return false
	}
	if head := t[:e-1-len(name)]; !bytes.HasSuffix(head, []byte("</")) && !bytes.HasSuffix(head, []byte(`<\/`)) {
		return false // (<\/name> in a body still JSON-escaped PHP's way)
	}
	return !htmlElements[strings.ToLower(string(name))]
}

// htmlElements are the HTML elements a fragment of a page may start with.
var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields("html head body div span p a b i u em strong small table thead tbody tr td th ul ol li dl dt dd form input button select option textarea label " +
		"script style section article header footer nav main aside figure img br hr h1 h2 h3 h4 h5 h6 pre code blockquote iframe svg template noscript meta link title font center") {
		m[n] = true
	}
	return m
}()

// sseStart reports whether t starts an event stream: an event: or data:
// field (not a data: URL) on a line of its own.
func sseStart(t []byte, raw bool) bool {
	var rest []byte
	switch {
	case hasPrefixAt(t, 0, "event:"):
		rest = t[len("event:"):]
	case hasPrefixAt(t, 0, "data:"):
		rest = t[len("data:"):]
		if len(rest) == 0 {
			return false
		}
		switch rest[0] {
		case ' ', '{', '[', '"', '\r', '\n', '\\':
		default:
			return false // data:image/png;base64,…
		}
	default:
		return false
	}
	rest = rest[:min(len(rest), 64<<10)]
	if raw {
		return bytes.Contains(rest, []byte(`\n`))
	}
	return bytes.IndexByte(rest, '\n') >= 0
}

// ndjsonStart reports whether t starts with two JSON objects on lines of
// their own: a first line that ends with '}' and a second that starts with
// '{' (never so in one JSON document, where '}' and '{' are always
// separated by a comma).
func ndjsonStart(t []byte) bool {
	if rs := bytes.IndexByte(t[:min(len(t), 64<<10)], 0x1e); rs > 0 && (t[rs-1] == '}' || t[rs-1] == ']') {
		return true // records each ended by a record separator (SignalR's JSON protocol)
	}
	nl := bytes.IndexByte(t[:min(len(t), 64<<10)], '\n')
	if nl < 0 {
		return false
	}
	k := nl
	for k > 0 && (t[k-1] == '\r' || t[k-1] == ' ' || t[k-1] == '\t') {
		k--
	}
	if k == 0 || t[k-1] != '}' {
		return false
	}
	j := nl + 1
	for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n' || t[j] == 0x1e) {
		j++
	}
	return j < len(t) && t[j] == '{'
}

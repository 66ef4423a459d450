package sanitize

// A held-out style leak corpus for "Detection that generalizes": HAR
// documents shaped after what real browsers, identity providers, SPAs,
// SOAP services, proxies' exports and realtime apps send, with credentials
// planted where they really occur and realistic decoys beside them.
//
// Each case is its own small HAR. A planted secret leaks when it can be
// found in any decoded view of the sanitized output (raw, JSON strings,
// percent-decoded once and twice, HTML entities, JS escapes, base64 of
// strings and of their tokens, inflated base64, UTF-16 text, hex and
// base32 runs that decode to text). A decoy is lost when it
// appears fewer times in the output than in the input (raw bytes).
//
// Planted values carry no marker word: they are random in a realistic shape
// (seeded per case) or realistic passwords, so an engine cannot cheat.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// ---------------------------------------------------------------------------
// Case model

type gsecret struct{ where, value string }

type gdecoy struct {
	value string // as written by the case
	raw   string // as it appears in the raw HAR (JSON-string escaped)
}

type gcase struct {
	cat, shape string
	rng        *rand.Rand
	secrets    []gsecret
	decoys     []gdecoy
	entries    []*gent
	creator    [2]string
	extraLog   map[string]any
}

// gdef is one case of the corpus.
type gdef struct {
	cat, shape string
	build      func(c *gcase)
}

func newGcase(d gdef) *gcase {
	h := fnv.New64a()
	h.Write([]byte(d.cat + "/" + d.shape))
	return &gcase{cat: d.cat, shape: d.shape, rng: rand.New(rand.NewPCG(h.Sum64(), 0x5afe4a125afe4a12)),
		creator: [2]string{"WebInspector", "537.36"}}
}

// secret plants v (which must not survive) and returns it.
func (c *gcase) secret(where, v string) string {
	c.secrets = append(c.secrets, gsecret{where, v})
	return v
}

// decoy registers v (which must survive byte for byte) and returns it.
func (c *gcase) decoy(v string) string {
	c.decoys = append(c.decoys, gdecoy{v, gJSONInner(v)})
	return v
}

func gJSONInner(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	out := strings.TrimSpace(b.String())
	return out[1 : len(out)-1]
}

const (
	gLower     = "abcdefghijklmnopqrstuvwxyz"
	gUpper     = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	gDigits    = "0123456789"
	gAlnum     = gLower + gUpper + gDigits
	gHex       = "0123456789abcdef"
	gB64uAlpha = gAlnum + "-_"
)

func (c *gcase) pick(alpha string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[c.rng.IntN(len(alpha))]
	}
	return string(b)
}

// alnum is a mixed-case alphanumeric token with at least one of each class.
func (c *gcase) alnum(n int) string {
	for {
		s := c.pick(gAlnum, n)
		if strings.ContainsAny(s, gLower) && strings.ContainsAny(s, gUpper) && strings.ContainsAny(s, gDigits) {
			return s
		}
	}
}

func (c *gcase) hexs(n int) string { return c.pick(gHex, n) }

func (c *gcase) rbytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(c.rng.IntN(256))
	}
	return b
}

// b64u is base64url (unpadded) of n random bytes, with both letter cases and a digit.
func (c *gcase) b64u(n int) string {
	for {
		s := base64.RawURLEncoding.EncodeToString(c.rbytes(n))
		if strings.ContainsAny(s, gLower) && strings.ContainsAny(s, gUpper) && strings.ContainsAny(s, gDigits) {
			return s
		}
	}
}

// b64s is padded standard base64 of n random bytes.
func (c *gcase) b64s(n int) string {
	for {
		s := base64.StdEncoding.EncodeToString(c.rbytes(n))
		if strings.ContainsAny(s, gLower) && strings.ContainsAny(s, gUpper) && strings.ContainsAny(s, gDigits) {
			return s
		}
	}
}

func (c *gcase) uuid() string {
	h := c.hexs(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

func (c *gcase) digits(n int) string { return c.pick(gDigits, n) }

// card returns a Luhn-valid card number of length n starting with prefix.
func (c *gcase) card(prefix string, n int) string {
	s := prefix + c.digits(n-len(prefix)-1)
	for d := '0'; d <= '9'; d++ {
		if gLuhn(s + string(d)) {
			return s + string(d)
		}
	}
	panic("unreachable")
}

// nonLuhn is an n-digit number that does not start with 0 and is not
// Luhn-valid: a decoy as long as a card number.
func (c *gcase) nonLuhn(n int) string {
	for {
		s := c.digits(n)
		if s[0] != '0' && !gLuhn(s) {
			return s
		}
	}
}

func gLuhn(s string) bool {
	sum, dbl := 0, false
	n := 0
	for i := len(s) - 1; i >= 0; i-- {
		ch := s[i]
		if ch == ' ' || ch == '-' {
			continue
		}
		if ch < '0' || ch > '9' {
			return false
		}
		d := int(ch - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
		n++
	}
	return n >= 12 && sum%10 == 0
}

func gGroup4(s, sep string) string {
	var parts []string
	for len(s) > 4 {
		parts = append(parts, s[:4])
		s = s[4:]
	}
	return strings.Join(append(parts, s), sep)
}

func gJS(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSpace(b.String())
}

// hs256JWT is an HS256 JWT with the given claims and a random signature.
func (c *gcase) hs256JWT(claims string) string {
	return gB64u(`{"alg":"HS256","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(32)
}

// rs256JWT is an RS256 JWT with a kid, the given claims and a random
// signature (the corpora's copies, u10RS … u17RS, were one function).
func (c *gcase) rs256JWT(kid, claims string) string {
	return gB64u(`{"alg":"RS256","kid":"`+kid+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(256)
}

func gB64(s string) string  { return base64.StdEncoding.EncodeToString([]byte(s)) }
func gB64u(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func gDeflateB64(s string) string {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write([]byte(s))
	w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// gMQTTConnect builds an MQTT 3.1.1 CONNECT packet with user name and password.
func gMQTTConnect(clientID, user, pass string) []byte {
	str := func(s string) []byte { return append([]byte{byte(len(s) >> 8), byte(len(s))}, s...) }
	var vh []byte
	vh = append(vh, str("MQTT")...)
	vh = append(vh, 4, 0xC2, 0, 60)
	vh = append(vh, str(clientID)...)
	vh = append(vh, str(user)...)
	vh = append(vh, str(pass)...)
	return gMQTTPacket(0x10, vh)
}

// gProto encodes strings as protobuf fields 1, 2, 3... (wire type 2).
func gProto(fields ...string) []byte {
	var b []byte
	for i, f := range fields {
		b = append(b, byte((i+1)<<3|2))
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

// gGrpcWebText frames msg as a gRPC-web data frame, base64 (grpc-web-text).
func gGrpcWebText(msg []byte) string {
	n := len(msg)
	fr := append([]byte{0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, msg...)
	return base64.StdEncoding.EncodeToString(fr)
}

// gMQTTPacket is an MQTT packet: its first byte, the remaining length
// (MQTT's variable byte integer is the base-128 varint of
// binary.AppendUvarint), the rest.
func gMQTTPacket(first byte, rest []byte) []byte {
	return append(binary.AppendUvarint([]byte{first}, uint64(len(rest))), rest...)
}

// ---------------------------------------------------------------------------
// Entries

type gpost struct {
	mime, text string
	params     []any // nil: derived from a form body
	encoding   string
}

type gent struct {
	method, url  string
	httpVersion  string
	reqH, respH  [][2]string
	reqCookies   []any // nil: derived from the Cookie header
	respCookies  []any // nil: derived from Set-Cookie headers
	query        []any // nil: derived from the URL
	post         *gpost
	status       int
	respMime     string
	respText     string
	respEncoding string
	ws           []any
	extra        map[string]any
}

func (c *gcase) req(method, u, mime, body string) *gent {
	e := &gent{method: method, url: u, status: 200}
	if body != "" || mime != "" {
		e.post = &gpost{mime: mime, text: body}
	}
	c.entries = append(c.entries, e)
	return e
}

func (c *gcase) get(u string) *gent              { return c.req("GET", u, "", "") }
func (c *gcase) post(u, mime, body string) *gent { return c.req("POST", u, mime, body) }
func (e *gent) resp(mime, text string) *gent     { e.respMime, e.respText = mime, text; return e }
func (e *gent) code(status int) *gent            { e.status = status; return e }
func (e *gent) set(k string, v any) *gent        { e.ensureExtra()[k] = v; return e }
func (e *gent) ensureExtra() map[string]any {
	if e.extra == nil {
		e.extra = map[string]any{}
	}
	return e.extra
}
func (e *gent) rh(kv ...string) *gent { e.reqH = appendPairs(e.reqH, kv); return e }
func (e *gent) sh(kv ...string) *gent { e.respH = appendPairs(e.respH, kv); return e }
func appendPairs(dst [][2]string, kv []string) [][2]string {
	for i := 0; i+1 < len(kv); i += 2 {
		dst = append(dst, [2]string{kv[i], kv[i+1]})
	}
	return dst
}

func (e *gent) wsMsg(typ string, opcode int, data string) *gent {
	e.ws = append(e.ws, map[string]any{"type": typ, "time": 1700000000.123 + float64(len(e.ws))/10, "opcode": opcode, "data": data})
	return e
}

func gHeaders(hs [][2]string) []any {
	out := []any{}
	for _, h := range hs {
		out = append(out, map[string]any{"name": h[0], "value": h[1]})
	}
	return out
}

func gUnescape(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return s
}

func gSplitPairs(s string) []any {
	out := []any{}
	if s == "" {
		return out
	}
	for _, p := range strings.Split(s, "&") {
		n, v, _ := strings.Cut(p, "=")
		out = append(out, map[string]any{"name": gUnescape(n), "value": gUnescape(v)})
	}
	return out
}

func (e *gent) toMap(i int) map[string]any {
	q := e.query
	if q == nil {
		u := e.url
		if j := strings.IndexByte(u, '#'); j >= 0 {
			u = u[:j]
		}
		q = []any{}
		if j := strings.IndexByte(u, '?'); j >= 0 {
			q = gSplitPairs(u[j+1:])
		}
	}
	rc := e.reqCookies
	if rc == nil {
		rc = []any{}
		for _, h := range e.reqH {
			if strings.EqualFold(h[0], "cookie") {
				for _, p := range strings.Split(h[1], ";") {
					p = strings.TrimSpace(p)
					n, v, ok := strings.Cut(p, "=")
					if !ok {
						n, v = "", p
					}
					rc = append(rc, map[string]any{"name": n, "value": v})
				}
			}
		}
	}
	sc := e.respCookies
	location := ""
	if sc == nil {
		sc = []any{}
		for _, h := range e.respH {
			if strings.EqualFold(h[0], "set-cookie") {
				for _, line := range strings.Split(h[1], "\n") {
					first, _, _ := strings.Cut(line, ";")
					n, v, _ := strings.Cut(first, "=")
					sc = append(sc, map[string]any{"name": strings.TrimSpace(n), "value": v, "path": "/", "httpOnly": strings.Contains(line, "HttpOnly"), "secure": strings.Contains(line, "Secure")})
				}
			}
		}
	}
	for _, h := range e.respH {
		if strings.EqualFold(h[0], "location") {
			location = h[1]
		}
	}
	hv := e.httpVersion
	if hv == "" {
		hv = "HTTP/1.1"
	}
	req := map[string]any{"method": e.method, "url": e.url, "httpVersion": hv, "headers": gHeaders(e.reqH),
		"queryString": q, "cookies": rc, "headersSize": -1, "bodySize": 0}
	if e.post != nil {
		pd := map[string]any{"mimeType": e.post.mime, "text": e.post.text}
		if e.post.params != nil {
			pd["params"] = e.post.params
		} else if strings.Contains(e.post.mime, "x-www-form-urlencoded") {
			pd["params"] = gSplitPairs(e.post.text)
		}
		if e.post.encoding != "" {
			pd["encoding"] = e.post.encoding
		}
		req["postData"] = pd
		req["bodySize"] = len(e.post.text)
	}
	content := map[string]any{"size": len(e.respText), "mimeType": e.respMime}
	if e.respText != "" {
		content["text"] = e.respText
	}
	if e.respEncoding != "" {
		content["encoding"] = e.respEncoding
	}
	status := e.status
	statusText := map[int]string{200: "OK", 101: "Switching Protocols", 201: "Created", 204: "No Content", 302: "Found", 303: "See Other", 400: "Bad Request", 401: "Unauthorized"}[status]
	resp := map[string]any{"status": status, "statusText": statusText, "httpVersion": hv, "headers": gHeaders(e.respH),
		"cookies": sc, "content": content, "redirectURL": location, "headersSize": -1, "bodySize": len(e.respText)}
	m := map[string]any{
		"startedDateTime": fmt.Sprintf("2026-11-22T10:15:%02d.%03dZ", i%60, 100+i),
		"time":            12.5 + float64(i),
		"request":         req,
		"response":        resp,
		"cache":           map[string]any{},
		"timings":         map[string]any{"blocked": -1, "dns": -1, "connect": -1, "send": 0.2, "wait": 10.1, "receive": 1.4, "ssl": -1},
	}
	if len(e.ws) > 0 {
		m["_resourceType"] = "websocket"
		m["_webSocketMessages"] = e.ws
	}
	for k, v := range e.extra {
		m[k] = v
	}
	return m
}

func (c *gcase) har(t testing.TB) []byte {
	entries := []any{}
	for i, e := range c.entries {
		entries = append(entries, e.toMap(i))
	}
	lg := map[string]any{
		"version": "1.2",
		"creator": map[string]any{"name": c.creator[0], "version": c.creator[1]},
		"pages":   []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://app.acme.example/", "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}},
		"entries": entries,
	}
	for k, v := range c.extraLog {
		lg[k] = v
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"log": lg}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// ---------------------------------------------------------------------------
// Decoded views

type gview struct {
	label string
	text  string
}

const (
	gMaxViewDepth = 6
	gMaxViewBytes = 32 << 20
	gMaxViews     = 50000
)

// gViewList returns labelled views: "raw", then decodings of JSON strings
// ("json"), percent-decoding ("pct", "pct+"), HTML entities ("html"), JS
// escapes ("js"), base64 of whole strings and of their tokens ("b64"),
// inflated base64 ("inflate"), SSE and NDJSON lines ("line"), UTF-16 text
// with its NULs dropped ("utf16"), hex and base32 runs that decode to text
// ("hex", "b32"), recursively.
func gViewList(out []byte) []gview {
	seen := map[string]bool{}
	var views []gview
	total := 0
	var add func(label, s string, depth int)
	add = func(label, s string, depth int) {
		if len(s) < 6 || seen[s] || total > gMaxViewBytes || len(views) > gMaxViews {
			return
		}
		seen[s] = true
		views = append(views, gview{label, s})
		total += len(s)
		if depth >= gMaxViewDepth {
			return
		}
		next := depth + 1
		// JSON documents, and JSON on lines (NDJSON, SSE data:, JS assignments).
		gJSONStrings(s, func(x string) { add(label+">json", x, next) })
		if strings.IndexByte(s, '\n') >= 0 {
			for _, line := range strings.Split(s, "\n") {
				line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "data:"))
				if len(line) > 1 && (line[0] == '{' || line[0] == '[') {
					gJSONStrings(line, func(x string) { add(label+">line>json", x, next) })
				}
			}
		}
		if strings.IndexByte(s, '%') >= 0 {
			add(label+">pct", gPct(s, false), next)
			add(label+">pct+", gPct(s, true), next)
		} else if strings.IndexByte(s, '+') >= 0 && strings.IndexByte(s, '=') >= 0 {
			add(label+">pct+", gPct(s, true), next)
		}
		if strings.IndexByte(s, '&') >= 0 {
			add(label+">html", html.UnescapeString(s), next)
		}
		if strings.IndexByte(s, '\\') >= 0 {
			add(label+">js", gJSUnescape(s), next)
		}
		for _, d := range gB64Decodings(s) {
			add(label+">b64", string(d), next)
			if inf := gInflate(d); inf != "" {
				add(label+">b64>inflate", inf, next)
			}
		}
		if strings.IndexByte(s, 0) >= 0 {
			add(label+">utf16", strings.ReplaceAll(s, "\x00", ""), next)
		}
		for _, d := range gHexDecodings(s) {
			add(label+">hex", d, next)
		}
		for _, d := range gB32Decodings(s) {
			add(label+">b32", d, next)
		}
	}
	add("raw", string(out), 0)
	return views
}

// gJSONStrings calls f with every string (keys too) of s when s is JSON, or
// of a JSON value embedded after "=", "(" in a script line.
func gJSONStrings(s string, f func(string)) {
	t := strings.TrimSpace(s)
	if t == "" {
		return
	}
	var doc any
	if (t[0] == '{' || t[0] == '[' || t[0] == '"') && json.Unmarshal([]byte(t), &doc) == nil {
		gWalkJSON(doc, f)
	}
}

func gWalkJSON(v any, f func(string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			f(k)
			gWalkJSON(x, f)
		}
	case []any:
		for _, x := range v {
			gWalkJSON(x, f)
		}
	case string:
		f(v)
	}
}

// gPct decodes %XX sequences tolerantly (and '+' as space when plus).
func gPct(s string, plus bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(h<<4 | l)
				i += 2
				continue
			}
		}
		if plus && ch == '+' {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// gJSUnescape decodes JavaScript string escapes: \uXXXX, \xXX, \/, \", \n...
func gJSUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch != '\\' || i+1 >= len(s) {
			b.WriteByte(ch)
			continue
		}
		n := s[i+1]
		switch {
		case n == 'u' && i+5 < len(s):
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				b.WriteRune(rune(v))
				i += 5
				continue
			}
		case n == 'x' && i+3 < len(s):
			if v, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		case n == 'n':
			b.WriteByte('\n')
			i++
			continue
		case n == 'r':
			b.WriteByte('\r')
			i++
			continue
		case n == 't':
			b.WriteByte('\t')
			i++
			continue
		}
		b.WriteByte(n)
		i++
	}
	return b.String()
}

func gIsB64(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_'
}

// gB64Decodings decodes s and each base64-looking token of s (split on
// anything that is not base64, and again with line breaks joined, for
// wrapped MIME base64), in std and url alphabets, padded or not.
func gB64Decodings(s string) [][]byte {
	var toks []string
	split := func(x string) {
		start := -1
		for i := 0; i <= len(x); i++ {
			if i < len(x) && gIsB64(x[i]) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && i-start >= 12 {
				toks = append(toks, x[start:i])
			}
			start = -1
		}
	}
	split(s)
	if strings.ContainsAny(s, "\r\n") {
		split(strings.NewReplacer("\r\n", "", "\n", "", "\r", "").Replace(s))
	}
	var out [][]byte
	for _, t := range toks {
		if len(t)%4 == 1 {
			continue
		}
		url := strings.ContainsAny(t, "-_")
		std := strings.ContainsAny(t, "+/")
		if url && std {
			continue
		}
		var d []byte
		var err error
		if url {
			d, err = base64.RawURLEncoding.DecodeString(t)
		} else {
			d, err = base64.RawStdEncoding.DecodeString(t)
		}
		if err == nil && len(d) >= 6 {
			out = append(out, d)
		}
	}
	return out
}

// gHexDecodings decodes each run of 16 or more hex digits of s (even
// length) that decodes to mostly printable text.
func gHexDecodings(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'f' || s[i] >= 'A' && s[i] <= 'F') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 16 {
			t := s[start:i]
			if len(t)%2 == 1 {
				t = t[:len(t)-1]
			}
			if d, err := hex.DecodeString(t); err == nil && gPrintable(d) {
				out = append(out, string(d))
			}
		}
		start = -1
	}
	return out
}

// gB32Decodings decodes each run of 16 or more base32 characters of s
// (RFC 4648 alphabet, padded or not) that decodes to mostly printable text.
func gB32Decodings(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '2' && s[i] <= '7' || s[i] == '=') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 16 {
			t := strings.TrimRight(s[start:i], "=")
			if d, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(t); err == nil && gPrintable(d) {
				out = append(out, string(d))
			}
		}
		start = -1
	}
	return out
}

// gPrintable reports whether at least 90% of d is printable ASCII.
func gPrintable(d []byte) bool {
	n := 0
	for _, b := range d {
		if b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t' {
			n++
		}
	}
	return len(d) >= 6 && n*10 >= len(d)*9
}

// gInflate returns d inflated (raw deflate, zlib or gzip) when it is
// valid UTF-8 text.
func gInflate(d []byte) string {
	try := func(r io.Reader, err error) string {
		if err != nil {
			return ""
		}
		b, _ := io.ReadAll(io.LimitReader(r, 4<<20))
		if len(b) < 6 || !utf8.Valid(b) {
			return ""
		}
		return string(b)
	}
	if s := try(flate.NewReader(bytes.NewReader(d)), nil); s != "" {
		return s
	}
	if s := try(zlib.NewReader(bytes.NewReader(d))); s != "" {
		return s
	}
	return try(gzip.NewReader(bytes.NewReader(d)))
}

// ---------------------------------------------------------------------------
// The test

type gtally struct {
	cases, secrets, leaked, decoys, lost int
	leaks, losts                         []string
}

func TestGeneralizeCorpus(t *testing.T) {
	gRunCorpus(t, "generalization corpus", "generalizeOpen", generalizeCases(), generalizeOpen)
}

// gSanitizedAt is the time in the _safehar trailer (two runs may straddle a second).
var gSanitizedAt = regexp.MustCompile(`"sanitizedAt":"[^"]*"`)

// gRunCorpus sanitizes every case of defs and checks that no planted secret
// survives and no decoy is lost, except the cases listed in open (the map
// named openName), and that every listed case still fails.
func gRunCorpus(t *testing.T, title, openName string, defs []gdef, open map[string]string) {
	tallies := map[string]*gtally{}
	stillOpen := map[string]bool{}
	var order []string
	owner := map[string]string{} // secret value -> case, for uniqueness
	dump := os.Getenv("SAFEHAR_GEN_DUMP")
	for _, d := range defs {
		c := newGcase(d)
		d.build(c)
		name := d.cat + "/" + d.shape
		tl := tallies[d.cat]
		if tl == nil {
			tl = &gtally{}
			tallies[d.cat] = tl
			order = append(order, d.cat)
		}
		tl.cases++
		// one record per distinct secret value of the case
		var secs []gsecret
		have := map[string]bool{}
		for _, s := range c.secrets {
			if have[s.value] {
				continue
			}
			have[s.value] = true
			secs = append(secs, s)
			if len(s.value) < 8 {
				t.Errorf("corpus bug: %s: secret %q (%s) shorter than 8", name, s.value, s.where)
			}
			if o, ok := owner[s.value]; ok {
				t.Errorf("corpus bug: secret %q (%s) planted in %s and %s", s.value, s.where, o, name)
			}
			owner[s.value] = name
		}
		in := c.har(t)
		t.Run(name, func(t *testing.T) {
			inViews := gViewList(in)
			for _, s := range secs {
				if gFind(inViews, s.value) == "" {
					t.Errorf("corpus bug: secret %q (%s) not visible in the input", s.value, s.where)
				}
			}
			for _, dc := range c.decoys {
				if !bytes.Contains(in, []byte(dc.raw)) {
					t.Errorf("corpus bug: decoy %q not literally in the input", dc.raw)
				}
				for _, s := range secs {
					if strings.Contains(dc.value, s.value) {
						t.Errorf("corpus bug: decoy %q contains secret %q", dc.value, s.value)
					}
				}
				if digits := strings.Map(func(r rune) rune {
					if r >= '0' && r <= '9' {
						return r
					}
					return -1
				}, dc.value); len(digits) >= 13 && len(digits) <= 19 && len(digits) == len(dc.value) && gLuhn(digits) {
					t.Errorf("corpus bug: decoy %q is Luhn-valid", dc.value)
				}
			}
			out, _ := sanitizeTwice(t, in)
			// The raw walk of JSON bodies (rawjson.go) must decide as
			// the decoding walk does.
			// (Short bodies too: longString lowered, every JSON body
			// takes the raw walk when it can.)
			noRawJSON = true
			dec, _ := sanitizeBytes(t, in)
			noRawJSON = false
			saved := longString
			longString = 2
			raw, _ := sanitizeBytes(t, in)
			longString = saved
			if r, d := gSanitizedAt.ReplaceAll(raw, nil), gSanitizedAt.ReplaceAll(dec, nil); !bytes.Equal(r, d) {
				k := 0
				for k < len(r) && k < len(d) && r[k] == d[k] {
					k++
				}
				t.Errorf("the raw and the decoding walks differ at byte %d:\nraw:      …%s…\ndecoding: …%s…", k,
					r[max(0, k-200):min(len(r), k+100)], d[max(0, k-200):min(len(d), k+100)])
			}
			if dump != "" && strings.Contains(name, dump) {
				t.Logf("input:\n%s\noutput:\n%s", in, out)
			}
			if !json.Valid(out) {
				t.Fatalf("output is not valid JSON:\n%s", out)
			}
			outViews := gViewList(out)
			tl.secrets += len(secs)
			for _, s := range secs {
				if label := gFind(outViews, s.value); label != "" {
					tl.leaked++
					tl.leaks = append(tl.leaks, d.shape+": "+s.where)
					if key := name + ": " + s.where; open[key] != "" {
						stillOpen[key] = true
						t.Logf("open: %s (%s)", key, open[key])
					} else {
						t.Errorf("leak: %s: %s (%.24q… found in %s)", name, s.where, s.value, label)
					}
				}
			}
			for _, dc := range c.decoys {
				tl.decoys++
				want, got := bytes.Count(in, []byte(dc.raw)), bytes.Count(out, []byte(dc.raw))
				if got < want {
					tl.lost++
					tl.losts = append(tl.losts, d.shape+": "+gShort(dc.raw))
					if key := "lost " + name + ": " + gShort(dc.raw); open[key] != "" {
						stillOpen[key] = true
						t.Logf("open: %s (%s)", key, open[key])
					} else {
						t.Errorf("decoy lost: %s: %q (%d in input, %d in output)", name, dc.raw, want, got)
					}
				}
			}
			// "unstable <case>" in open: the output is not verify-clean or
			// not idempotent (reported, not failed, like a leak).
			unstable := t.Errorf
			if key := "unstable " + name; open[key] != "" {
				unstable = func(format string, args ...any) {
					stillOpen[key] = true
					t.Logf("open: %s (%s): "+format, append([]any{key, open[key]}, args...)...)
				}
			}
			vrep, err := New(DefaultRules(), WithKey(testKey)).Verify(bytes.NewReader(out))
			if err != nil {
				t.Errorf("verify of sanitized output: %v", err)
			} else if !vrep.Clean() {
				var where []string
				for _, f := range vrep.Findings {
					where = append(where, f.Path+" ("+f.Rule+")")
				}
				unstable("verify of sanitized output not clean: %d findings: %s", vrep.Redacted, strings.Join(where, "; "))
			}
			again, rep2 := sanitizeTwice(t, out)
			if !bytes.Equal(stripMarker(again), stripMarker(out)) || rep2.Redacted != 0 {
				unstable("not idempotent: re-sanitizing redacted %d more values", rep2.Redacted)
			}
		})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-16s %5s %8s %7s %7s %5s\n", "category", "cases", "secrets", "leaked", "decoys", "lost")
	var sum gtally
	for _, cat := range order {
		tl := tallies[cat]
		fmt.Fprintf(&b, "%-16s %5d %8d %7d %7d %5d\n", cat, tl.cases, tl.secrets, tl.leaked, tl.decoys, tl.lost)
		sum.cases += tl.cases
		sum.secrets += tl.secrets
		sum.leaked += tl.leaked
		sum.decoys += tl.decoys
		sum.lost += tl.lost
	}
	fmt.Fprintf(&b, "%-16s %5d %8d %7d %7d %5d\n", "total", sum.cases, sum.secrets, sum.leaked, sum.decoys, sum.lost)
	for _, cat := range order {
		tl := tallies[cat]
		if len(tl.leaks) > 0 {
			fmt.Fprintf(&b, "leaked  %s: %s\n", cat, strings.Join(tl.leaks, " | "))
		}
		if len(tl.losts) > 0 {
			fmt.Fprintf(&b, "lost    %s: %s\n", cat, strings.Join(tl.losts, " | "))
		}
	}
	t.Logf("%s summary:%s", title, b.String())
	for key := range open {
		if !stillOpen[key] {
			t.Errorf("%s is caught now: remove it from %s", key, openName)
		}
	}
}

// generalizeOpen lists the cases of the corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other
// leak or lost decoy fails the test, and so does an entry here that no
// longer leaks (the list only shrinks).
var generalizeOpen = map[string]string{
	"2.unnamed/capability-paths-three-segments-back: integration key after /integration/": "integration (singular) is no path word: HubSpot's /integration/submit/<portal>/<form id> would lose its form id three segments on; a word that names only the next segment is not expressible yet",
	"7.vendor/heroku-newrelic-datadog-sentry: Datadog API key (32 hex, keyword nearby)":   "a keyword in prose before a hex key (gitleaks keyword rules) is not used",
	"lost 3.carriers/wlan-profile-key-material: Corp Wi-Fi":                               "a displayName is judged a person's name even on an object that is not a person (a Graph deviceConfiguration): the sibling @odata.type is not consulted",
}

func gFind(views []gview, s string) string {
	for _, v := range views {
		if strings.Contains(v.text, s) {
			return v.label
		}
	}
	return ""
}

func gShort(s string) string {
	if len(s) > 48 {
		return s[:45] + "..."
	}
	return s
}

// TestGeneralizeCorpusDeterministic checks the corpus itself: the same
// documents on every run, and sanitizing them is stable.
func TestGeneralizeCorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, generalizeCases())
}

// gCollect returns the cases of every category function, ordered by
// category (stable within one).
func gCollect(cats ...func() []gdef) []gdef {
	var all []gdef
	for _, f := range cats {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// gCheckDeterministic fails when a case of defs builds two different documents.
func gCheckDeterministic(t *testing.T, defs []gdef) {
	for _, d := range defs {
		a, b := newGcase(d), newGcase(d)
		d.build(a)
		d.build(b)
		ha, hb := a.har(t), b.har(t)
		if !bytes.Equal(ha, hb) {
			t.Errorf("%s/%s: corpus not deterministic", d.cat, d.shape)
		}
	}
}

// ---------------------------------------------------------------------------
// The cases

func generalizeCases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{gNames, gPairs, gWeak, gUnnamed, gCarriers, gExporters, gEverywhere, gGraphQL, gVendors, gPersonal, gSession5, gSession6, gSession10, gSession11} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// 1. Names split into words.
func gNames() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "camelCase-compound-json", func(c *gcase) {
			body := `{"profileId":"` + c.decoy("prf_20481") + `","userPass":"` + c.secret("userPass", "Tr0ub4dor&3") +
				`","currentPasswordValue":"` + c.secret("currentPasswordValue", "correct horse battery staple") + `",` +
				c.decoy(`"passwordPolicy":{"minLength":12,"requireDigit":true}`) + `,` + c.decoy(`"passwordRequired":true`) + `,` +
				c.decoy(`"tokenExpiry":3600`) + `,` + c.decoy(`"keyboard":"qwerty-layout"`) + `,` + c.decoy(`"author":"docs-team"`) + `}`
			c.req("PUT", "https://app.acme.example/api/account/settings", "application/json", body).
				rh("Content-Type", "application/json").
				resp("application/json", `{"ok":true,`+c.decoy(`"passwordChangedAt":"2026-11-22T10:15:03Z"`)+`}`)
		}},
		{cat, "snake-kebab-form-keycloak", func(c *gcase) {
			sc := c.secret("session_code query param", c.b64u(32))
			exec := c.decoy(c.uuid())
			tab := c.pick(gB64uAlpha, 11)
			u := "https://sso.acme.example/realms/acme/login-actions/authenticate?session_code=" + sc + "&execution=" + exec + "&" + c.decoy("client_id=account-console") + "&" + c.decoy("tab_id="+tab)
			body := "username=svc-deployer&user_credential=" + url.QueryEscape(c.secret("user_credential form field", "Summer2026!Sunny")) +
				"&login-secret-answer=" + url.QueryEscape(c.secret("login-secret-answer form field", "Blue-Canary-Owl-81")) + "&" + c.decoy("rememberMe=on") + "&credentialId="
			c.post(u, "application/x-www-form-urlencoded", body).code(302).sh("Location", "https://app.acme.example/")
		}},
		{cat, "bracketed-percent-form", func(c *gcase) {
			at := c.b64s(32)
			body := c.decoy("utf8=%E2%9C%93") + "&authenticity_token=" + url.QueryEscape(c.secret("authenticity_token", at)) +
				"&" + c.decoy("user%5Bremember_me%5D=0") + "&user%5Bpassword%5D=" + url.QueryEscape(c.secret("user[password] (percent-encoded key)", "P@ssw0rd-Quokka-77")) +
				"&user%5Bpassword_confirmation%5D=" + url.QueryEscape("P@ssw0rd-Quokka-77") + "&" + c.decoy("commit=Sign+up")
			c.post("https://app.acme.example/users", "application/x-www-form-urlencoded", body).code(302)
			body2 := "data%5BUser%5D%5Busername%5D=ops&data%5BUser%5D%5Bpasswd%5D=" + url.QueryEscape(c.secret("data[User][passwd] (CakePHP)", "hunter2hunter2!")) + "&" + c.decoy("data%5BUser%5D%5Bkeep%5D=1")
			c.post("https://legacy.acme.example/users/login", "application/x-www-form-urlencoded", body2)
		}},
		{cat, "compound-and-plain-headers", func(c *gcase) {
			c.get("https://api.acme.example/v2/reports").
				rh("X-Forwarded-Authorization", "Bearer "+c.secret("X-Forwarded-Authorization header", c.b64u(32)),
					"token", c.secret("header named plain token", c.alnum(40)),
					"secret", c.secret("header named plain secret", c.hexs(48)),
					"X-Client-Credentials", c.secret("X-Client-Credentials header", c.b64s(30)),
					"Accept", "application/json").
				sh(c.decoy("Access-Control-Allow-Headers"), c.decoy("Authorization, Content-Type, X-Forwarded-Authorization, token, secret"),
					"Vary", c.decoy("Origin, Authorization, Cookie"),
					"X-Token-Expires-In", c.decoy("3599")).
				resp("application/json", `{"reports":[]}`)
		}},
		{cat, "dotted-keys-actuator-and-form-model", func(c *gcase) {
			body := `{"activeProfiles":["prod"],"propertySources":[{"name":"applicationConfig: [classpath:/application-prod.yml]","properties":{` +
				c.decoy(`"spring.datasource.url":{"value":"jdbc:postgresql://db.internal:5432/orders"}`) + `,` +
				`"spring.datasource.username":{"value":"orders_app"},"spring.datasource.password":{"value":"` + c.secret("spring.datasource.password value", "Gr33n-Lantern#1988") + `"},` +
				`"spring.security.oauth2.client.registration.okta.client-secret":{"value":"` + c.secret("...okta.client-secret value", c.b64u(30)) + `"},` +
				c.decoy(`"spring.datasource.hikari.maximum-pool-size":{"value":"10"}`) + `,` +
				c.decoy(`"management.endpoints.web.exposure.include":{"value":"*"}`) + `}}]}`
			c.get("https://orders.acme.example/actuator/env").resp("application/vnd.spring-boot.actuator.v3+json", body)
			c.post("https://app.acme.example/api/session", "application/json",
				`{"loginForm.username":"kiosk-07","loginForm.pwd":"`+c.secret("loginForm.pwd", "zX9!mQ2#vL7$")+`",`+c.decoy(`"loginForm.rememberMe":true`)+`}`)
		}},
		{cat, "env-upper-snake", func(c *gcase) {
			body := `window.__ENV__={` + c.decoy(`"NEXT_PUBLIC_API_URL":"https://api.acme.example/v2"`) + `,"MY_API_KEY":"` + c.secret("MY_API_KEY", c.alnum(32)) +
				`","DB_PASSWORD":"` + c.secret("DB_PASSWORD", "Winter_is_c0ming") + `","INTERNAL_SERVICE_TOKEN":"` + c.secret("INTERNAL_SERVICE_TOKEN", c.b64u(36)) +
				`",` + c.decoy(`"SENTRY_RELEASE":"`+c.hexs(40)+`"`) + `,` + c.decoy(`"STRIPE_PUBLISHABLE_KEY":"pk_live_`+c.alnum(24)+`"`) + `,` +
				c.decoy(`"FEATURE_FLAGS":"checkout-v2,dark-mode"`) + `};`
			c.get("https://app.acme.example/env.js").resp("application/javascript", body)
		}},
		{cat, "graph-secretText-and-compounds", func(c *gcase) {
			sec := c.pick(gAlnum, 3) + "8Q~" + c.pick(gAlnum+"_~.-", 34)
			c.secrets = append(c.secrets, gsecret{"Graph addPassword secretText", sec})
			app := c.uuid()
			body := `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential","customKeyIdentifier":null,"displayName":"ci-deploy",` +
				c.decoy(`"endDateTime":"2027-05-22T10:15:00Z"`) + `,` + c.decoy(`"hint":"`+sec[:3]+`"`) + `,` + c.decoy(`"keyId":"`+c.uuid()+`"`) +
				`,"secretText":"` + sec + `","startDateTime":"2026-11-22T10:15:00Z"}`
			c.post("https://graph.microsoft.com/v1.0/applications/"+app+"/addPassword", "application/json", `{"passwordCredential":{"displayName":"ci-deploy"}}`).
				rh("Authorization", "Bearer "+c.secret("graph bearer", c.b64u(48))).
				resp("application/json", body)
			c.get("https://admin.acme.example/api/integrations/42").resp("application/json",
				`{"clientSecretValue":"`+c.secret("clientSecretValue", c.b64u(32))+`",`+c.decoy(`"clientSecretExpiresAt":1893456000`)+
					`,"sessionIdentifier":"`+c.secret("sessionIdentifier", c.alnum(32))+`",`+c.decoy(`"sessionTimeoutMinutes":30`)+`}`)
		}},
		{cat, "oidc-discovery-and-client-config", func(c *gcase) {
			iss := "https://login.acme.example/oauth2/default"
			c.get(iss+"/.well-known/openid-configuration").resp("application/json",
				`{"issuer":"`+iss+`","authorization_endpoint":"`+iss+`/v1/authorize",`+c.decoy(`"token_endpoint":"`+iss+`/v1/token"`)+`,`+
					c.decoy(`"token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","private_key_jwt"]`)+`,`+
					c.decoy(`"code_challenge_methods_supported":["S256"]`)+`,"jwks_uri":"`+iss+`/v1/keys"}`)
			c.get("https://admin.acme.example/api/oidc/clients/billing").resp("application/json",
				`{`+c.decoy(`"clientId":"0oa8f3k2LmN4pQ7rS1t6"`)+`,"clientName":"Billing Portal",`+c.decoy(`"tokenEndpoint":"`+iss+`/v1/token"`)+`,`+
					c.decoy(`"authMethod":"client_secret_basic"`)+`,"clientSecret":"`+c.secret("clientSecret", c.b64u(30))+`","oidcClientCredential":"`+
					c.secret("oidcClientCredential", c.alnum(40))+`",`+c.decoy(`"tokenEndpointAuthSigningAlg":"RS256"`)+`}`)
		}},
		{cat, "xml-prefixed-element-names", func(c *gcase) {
			body := `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:getAccountResponse xmlns:ns2="urn:acme:prov"><ns2:account>` +
				c.decoy(`<ns2:accountNumber>AC-0042-7781</ns2:accountNumber>`) + `<ns2:userPassword>` + c.secret("ns2:userPassword", "s3cr3t-Pa55phrase") + `</ns2:userPassword>` +
				c.decoy(`<ns2:passwordExpiryDays>90</ns2:passwordExpiryDays>`) + `<ns2:apiSecret>` + c.secret("ns2:apiSecret", c.hexs(40)) + `</ns2:apiSecret>` +
				`<ns2:serviceAccountCredential>` + c.secret("ns2:serviceAccountCredential", c.b64s(24)) + `</ns2:serviceAccountCredential></ns2:account></ns2:getAccountResponse></soap:Body></soap:Envelope>`
			c.post("https://prov.acme.example/ws/AccountService", "text/xml; charset=utf-8", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getAccount><id>42</id></getAccount></soap:Body></soap:Envelope>`).
				rh("SOAPAction", c.decoy(`"urn:acme:prov/getAccount"`)).resp("text/xml; charset=utf-8", body)
		}},
		{cat, "credentials-key-and-opaque-foo-authorization", func(c *gcase) {
			c.post("https://api.acme.example/v1/connectors", "application/json",
				`{"type":"sftp","host":"files.partner.example","credentials":"`+c.secret(`"credentials": S`, "Anchovy*Pizza*2026")+`",`+c.decoy(`"credentialsType":"password"`)+`,`+c.decoy(`"credentialsRotatedAt":"2026-10-01"`)+`}`).
				rh("X-Upstream-Authorization", c.secret("X-Upstream-Authorization (opaque, no scheme word)", c.alnum(40)),
					"X-Acme-Authorization-Mode", c.decoy("delegated"))
		}},
		{cat, "compound-query-names", func(c *gcase) {
			u := "https://reports.acme.example/api/export?format=csv&userPwd=" + url.QueryEscape(c.secret("userPwd query", "Kangaroo!Jump42")) + "&svcCred=" + c.secret("svcCred query", c.alnum(36)) +
				"&accountPassphrase=" + url.QueryEscape(c.secret("accountPassphrase query", "my dog eats kale daily")) + "&" + c.decoy("pageSize=50") + "&" + c.decoy("tokenExpiry=3600") + "&" + c.decoy("passwordResetEnabled=true")
			c.get(u).resp("text/csv", c.decoy("id,amount\n1,10.00\n"))
		}},
	}
}

// 1b. Name/value pairs spelled as data.
func gPairs() []gdef {
	const cat = "1.pairs"
	return []gdef{
		{cat, "name-value-field-list", func(c *gcase) {
			c.post("https://forms.acme.example/api/forms/login-v2/submit", "application/json",
				`{"formId":"login-v2","fields":[{"name":"username","value":"svc-reports"},{"name":"password","value":"`+c.secret(`{"name":"password","value":S}`, "Mango-Tango-Fandango9")+
					`"},`+c.decoy(`{"name":"locale","value":"en-GB"}`)+`,`+c.decoy(`{"name":"remember","value":"true"}`)+`]}`)
		}},
		{cat, "postman-collection-key-value", func(c *gcase) {
			body := `{"collection":{"info":{"name":"Billing API","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},` +
				`"auth":{"type":"apikey","apikey":[{"key":"value","value":"` + c.secret("postman apikey value pair", c.alnum(40)) + `","type":"string"},` + c.decoy(`{"key":"key","value":"X-API-Key","type":"string"}`) + `]},` +
				`"item":[{"name":"List invoices","request":{"method":"GET","header":[{"key":"Authorization","value":"Bearer ` + c.secret(`{"key":"Authorization","value":"Bearer S"}`, c.b64u(40)) + `"},` +
				c.decoy(`{"key":"Accept","value":"application/json"}`) + `],"auth":{"type":"basic","basic":[{"key":"password","value":"` + c.secret(`{"key":"password","value":S}`, "Orchid#Velvet#2026") +
				`","type":"string"},{"key":"username","value":"billing-bot","type":"string"}]},"url":"https://billing.acme.example/v1/invoices"}}]}}`
			c.post("https://api.getpostman.com/collections", "application/json", body).resp("application/json", `{"collection":{"id":"`+c.decoy(c.uuid())+`","name":"Billing API"}}`)
		}},
		{cat, "type-password-descriptor", func(c *gcase) {
			c.post("https://builder.acme.example/api/v1/forms/state", "application/json",
				`{"components":[{"type":"text","key":"user","value":"ops-admin"},{"type":"password","key":"pw","value":"`+c.secret(`{"type":"password","value":S}`, "Lighthouse&Harbor7")+
					`"},`+c.decoy(`{"type":"password","key":"pw2","value":"","placeholder":"Confirm password"}`)+`,`+c.decoy(`{"type":"checkbox","key":"agree","value":true}`)+`]}`)
		}},
		{cat, "tuple-array", func(c *gcase) {
			c.post("https://kiosk.acme.example/api/auth/replay", "application/json",
				`{"entries":[`+c.decoy(`["grant_type","password"]`)+`,["username","kiosk-07"],["password","`+c.secret(`[["password",S]]`, "Pineapple^Express^55")+`"],`+
					c.decoy(`["scope","openid offline_access"]`)+`]}`)
		}},
		{cat, "okta-idx-remediation", func(c *gcase) {
			sh := c.secret("IDX stateHandle", "02"+c.b64u(30))
			idx := "https://acme.okta.com/idp/idx/challenge/answer"
			c.post(idx, "application/json", `{"credentials":{"passcode":"`+c.secret("credentials.passcode", "Saffron!Monsoon31")+`"},"stateHandle":"`+sh+`"}`).
				rh("Accept", "application/json; okta-version=1.0.0").
				resp("application/ion+json; okta-version=1.0.0", `{"version":"1.0.0","stateHandle":"`+sh+`","remediation":{"type":"array","value":[{"rel":["create-form"],"name":"challenge-authenticator",`+
					c.decoy(`"href":"`+idx+`"`)+`,"method":"POST","value":[{"name":"credentials","type":"object","form":{"value":[{"name":"passcode",`+c.decoy(`"label":"Password","secret":true`)+`}]},"required":true},`+
					`{"name":"stateHandle","required":true,"value":"`+sh+`","visible":false,"mutable":false}]}]}}`)
			c.post("https://acme.okta.com/api/v1/internal/device-nonce", "application/json", `{}`).resp("application/json",
				`{"nonce":"`+c.decoy(c.uuid())+`"}`)
			c.post("https://app.acme.example/api/telemetry", "application/json",
				`{"event":"submit","form":[{"name":"identifier","value":"kiosk-07"},{"name":"credentials.passcode","value":"`+c.secret(`{"name":"credentials.passcode","value":S}`, "Glacier%Drift%808")+`"}]}`)
		}},
		{cat, "html-span-and-prefilled-input", func(c *gcase) {
			page := `<!doctype html><html><body><form method="post" action="/cgi-bin/login">` +
				c.decoy(`<label for="pwd">Password</label>`) + `<input type="password" name="pwd" id="pwd" value="` + c.secret(`<input type="password" value=S>`, "Router-Admin-4471") + `" autocomplete="current-password">` +
				c.decoy(`<span id="passwordHelp" class="form-text">At least 12 characters.</span>`) +
				c.decoy(`<input type="password" name="newPassword" value="" placeholder="New password">`) +
				`<span id="_xsrfToken" style="display:none">` + c.secret(`<span id="_xsrfToken">S</span>`, c.b64u(24)) + `</span>` +
				`<div id="session-data" data-sid="` + c.secret("data-sid attribute", c.alnum(32)) + `"></div></form></body></html>`
			c.get("https://192.168.1.1/cgi-bin/luci").resp("text/html; charset=utf-8", page)
		}},
		{cat, "pkce-token-form", func(c *gcase) {
			cid := c.alnum(32)
			ver := c.secret("code_verifier", c.b64u(32))
			chal := c.b64u(32)
			c.get("https://acme.us.auth0.com/authorize?response_type=code&" + c.decoy("client_id="+cid) + "&redirect_uri=https%3A%2F%2Fapp.acme.example%2Fcallback&scope=openid%20profile&" +
				c.decoy("code_challenge="+chal) + "&code_challenge_method=S256&state=" + c.b64u(24)).code(302)
			code := c.secret("authorization code in token form", c.b64u(30))
			c.post("https://acme.us.auth0.com/oauth/token", "application/x-www-form-urlencoded",
				c.decoy("grant_type=authorization_code")+"&client_id="+cid+"&code_verifier="+ver+"&code="+code+"&"+c.decoy("redirect_uri=https%3A%2F%2Fapp.acme.example%2Fcallback")).
				resp("application/json", `{"access_token":"`+c.secret("access_token", c.b64u(40))+`",`+c.decoy(`"token_type":"Bearer"`)+`,`+c.decoy(`"expires_in":86400`)+`}`)
		}},
		{cat, "sentry-header-pairs", func(c *gcase) {
			c.post("https://o4504.ingest.sentry.io/api/4504/envelope/", "text/plain;charset=UTF-8",
				`{"event_id":"`+c.hexs(32)+`","sent_at":"2026-11-22T10:15:00.000Z"}`+"\n"+`{"type":"event"}`+"\n"+
					`{"request":{"url":"https://app.acme.example/checkout","headers":[["Authorization","Bearer `+c.secret(`[["Authorization","Bearer S"]]`, c.b64u(36))+`"],["Cookie","sid=`+
					c.secret(`[["Cookie","sid=S"]]`, c.alnum(32))+`"],`+c.decoy(`["User-Agent","Mozilla/5.0 (X11; Linux x86_64)"]`)+`]},"level":"error"}`)
		}},
	}
}

// 1c. Weak words: secret only when the value looks machine-generated.
func gWeak() []gdef {
	const cat = "1.weak"
	return []gdef{
		{cat, "keyboard-events-vs-sessionKey", func(c *gcase) {
			c.post("https://rum.acme.example/v1/events", "application/json",
				`{"sessionKey":"`+c.secret("sessionKey", c.alnum(40))+`","session":"`+c.secret("session (random)", c.b64u(24))+`","events":[{"type":"keydown",`+
					c.decoy(`"key":"Enter","code":"Enter"`)+`,`+c.decoy(`"ts":1700000000123`)+`},{"type":"keydown",`+c.decoy(`"key":"Escape","code":"Escape"`)+`}]}`)
		}},
		{cat, "oauth-code-json-vs-country-codes", func(c *gcase) {
			c.post("https://acme.eu.auth0.com/oauth/token", "application/json",
				`{"grant_type":"authorization_code","client_id":"`+c.alnum(32)+`","code":"`+c.secret(`JSON "code" (random)`, c.b64u(30))+`","code_verifier":"`+
					c.secret("code_verifier (JSON)", c.b64u(32))+`","redirect_uri":"https://app.acme.example/callback"}`)
			c.get("https://shop.acme.example/api/checkout/address").resp("application/json",
				`{"country":{`+c.decoy(`"code":"US"`)+`,"name":"United States"},`+c.decoy(`"zipCode":"94107"`)+`,`+c.decoy(`"errorCode":"E1001"`)+`,"promo":{`+c.decoy(`"code":"SPRING25"`)+`}}`)
		}},
		{cat, "key-maps-vs-ui-keys", func(c *gcase) {
			c.get("https://app.acme.example/api/config").resp("application/json",
				`{"maps":{"provider":"mapbox","key":"`+c.secret(`"key" (random) in maps config`, c.alnum(32))+`"},"shortcuts":[`+c.decoy(`{"key":"k","ctrl":true,"action":"search"}`)+
					`],"i18n":[`+c.decoy(`{"key":"checkout.title","value":"Checkout"}`)+`]}`)
		}},
		{cat, "session-agenda-vs-realtime", func(c *gcase) {
			c.get("https://conf.acme.example/api/agenda").resp("application/json", `{"items":[{`+c.decoy(`"session":"Keynote: Opening Remarks"`)+`,"room":"Hall A"}]}`)
			c.post("https://conf.acme.example/api/realtime/join", "application/json", `{"room":"Hall A","session":"`+c.secret(`"session" (random)`, c.b64u(32))+`"}`)
		}},
	}
}

// 2. Unnamed machine credentials, by value shape.
func gUnnamed() []gdef {
	const cat = "2.unnamed"
	return []gdef{
		{cat, "custom-header-random-vs-trace-ids", func(c *gcase) {
			trace := c.hexs(32)
			c.get("https://api.acme.example/v1/orders?"+c.decoy("v=1700000000")).
				rh("X-Portal-Context", c.secret("X-Portal-Context random header", c.b64u(32)),
					"x-custom", c.secret("x-custom random header", c.alnum(48)),
					"x-request-id", c.decoy(c.uuid()),
					"traceparent", c.decoy("00-"+trace+"-"+c.hexs(16)+"-01"),
					"tracestate", c.decoy("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE"),
					"x-b3-traceid", c.decoy(trace),
					"X-Cloud-Trace-Context", c.decoy(c.hexs(32)+"/1;o=1"),
					"If-None-Match", c.decoy(`W/"`+c.hexs(40)+`"`),
					"x-amz-content-sha256", c.decoy(c.hexs(64))).
				sh("x-amzn-trace-id", c.decoy("Root=1-"+c.hexs(8)+"-"+c.hexs(24)),
					"ETag", c.decoy(`"`+c.hexs(32)+`"`),
					"Content-Digest", c.decoy("sha-256=:"+c.b64s(32)+":"),
					"X-Edge-Ctx", c.secret("X-Edge-Ctx random response header", c.alnum(48))).
				resp("application/json", `{"orders":[]}`)
		}},
		{cat, "json-innocuous-names", func(c *gcase) {
			c.get("https://api.acme.example/v1/bootstrap").resp("application/json",
				`{"data":{"k9":"`+c.secret(`{"data":{"k9":S}}`, c.alnum(40))+`",`+c.decoy(`"requestId":"`+c.uuid()+`"`)+`,`+c.decoy(`"commit":"`+c.hexs(40)+`"`)+`,`+
					c.decoy(`"createdAt":"2026-11-22T10:15:00Z"`)+`,`+c.decoy(`"v":1700000000`)+`,`+c.decoy(`"count":42`)+`,"x":"`+c.secret(`"x" random value`, c.b64u(27))+`"}}`)
			c.post("https://api.acme.example/v1/bootstrap/ack", "application/json", `{"ref":"`+c.secret(`"ref" random value in request`, c.alnum(36))+`",`+c.decoy(`"orderId":1048576`)+`}`)
		}},
		{cat, "reset-password-link", func(c *gcase) {
			tok := c.secret("/reset-password/<token> path segment", c.b64u(32))
			c.get("https://app.acme.example/reset-password/"+tok+"?"+c.decoy("utm_source=email&utm_medium=transactional")).
				resp("text/html", `<html><head><script src="`+c.decoy("/static/js/main.3f2a9c1b.chunk.js")+`"></script><link rel="stylesheet" href="`+c.decoy("/static/css/app.css?v=1700000000")+
					`"></head><body><form method="post" action="/reset-password/`+tok+`"><input type="password" name="password"></form></body></html>`)
			c.post("https://app.acme.example/reset-password/"+tok, "application/x-www-form-urlencoded",
				"password="+url.QueryEscape(c.secret("new password", "Tangerine*Dream*64"))).code(303).sh("Location", "/login?"+c.decoy("reset=ok"))
		}},
		{cat, "activate-magic-django-links", func(c *gcase) {
			c.get("https://accounts.acme.example/activate/"+c.secret("/activate/<40 hex>", c.hexs(40))).code(302).sh("Location", "/welcome")
			c.get("https://acme.example/auth/magic/" + c.secret("/auth/magic/<token>", c.b64u(24)) + "?" + c.decoy("redirect=%2Fdashboard")).code(302)
			c.get("https://acme.example" + c.decoy("/accounts/reset/MTIz/") + c.secret("Django reset token", c.pick(gLower+gDigits, 6)+"-"+c.hexs(32)) + "/")
			c.get("https://git.acme.example/acme/app/commit/" + c.decoy(c.hexs(40)))
		}},
		{cat, "discord-teams-webhooks", func(c *gcase) {
			dtok := c.secret("discord webhook token", c.b64u(51))
			did := c.digits(19)
			tid := c.secret("teams webhook id (32 hex)", c.hexs(32))
			tsig := c.secret("teams webhook V2 signature", "V2"+c.b64u(32))
			c.get("https://app.acme.example/api/integrations").resp("application/json",
				`{"integrations":[{"type":"discord","url":"https://discord.com/api/webhooks/`+did+`/`+dtok+`"},{"type":"teams","url":"https://acme.webhook.office.com/webhookb2/`+
					c.uuid()+`@`+c.uuid()+`/IncomingWebhook/`+tid+`/`+c.uuid()+`/`+tsig+`"}]}`)
			c.post("https://discord.com/api/webhooks/"+did+"/"+dtok+"?wait=true", "application/json",
				`{`+c.decoy(`"content":"Deploy finished: v2.14.0"`)+`,"username":"deploy-bot"}`)
		}},
		{cat, "telegram-bot-token-path", func(c *gcase) {
			bot := c.secret("telegram bot token in path", c.digits(10)+":AA"+c.pick(gB64uAlpha, 33))
			c.post("https://api.telegram.org/bot"+bot+"/sendMessage", "application/json",
				`{`+c.decoy(`"chat_id":-1001234567890`)+`,`+c.decoy(`"text":"Build #1842 passed"`)+`,"parse_mode":"HTML"}`).
				resp("application/json", `{"ok":true,"result":{`+c.decoy(`"message_id":4821`)+`}}`)
			c.get("https://api.telegram.org/bot" + bot + "/getUpdates?" + c.decoy("offset=918273645&timeout=30"))
		}},
		{cat, "share-links", func(c *gcase) {
			c.get("https://cloud.acme.example/s/" + c.secret("Nextcloud share token /s/<token>", c.alnum(15)) + "/download?path=%2F&" + c.decoy("files=Q3-report.pdf"))
			c.get("https://files.acme.example/dl/" + c.secret("download link token segment", c.b64u(32)) + "/" + c.decoy("invoice-2026-11.pdf"))
		}},
		{cat, "asset-page-decoys", func(c *gcase) {
			page := `<!doctype html><html><head><meta name="build" content="` + c.decoy(c.hexs(40)) + `">` +
				`<script src="https://cdn.acme.example/vendor.js" ` + c.decoy(`integrity="sha384-`+c.b64s(48)+`"`) + ` crossorigin="anonymous"></script>` +
				`<link href="` + c.decoy("/_next/static/css/9a8b7c6d5e4f3a2b.css") + `" rel="stylesheet">` +
				`<img src="` + c.decoy("data:image/svg+xml;base64,"+gB64(`<svg xmlns="http://www.w3.org/2000/svg"/>`)) + `">` +
				`</head><body><div class="` + c.decoy("css-1dbjc4n r-18u37iz sc-bdVaJa kSxJfT") + `"></div>` +
				`<script>window.__BOOT__={"u":"` + c.secret(`window.__BOOT__ {"u":S}`, c.alnum(48)) + `",` + c.decoy(`"locale":"en-GB"`) + `,` + c.decoy(`"buildId":"`+c.pick(gB64uAlpha, 21)+`"`) + `}</script></body></html>`
			c.get("https://app.acme.example/").resp("text/html; charset=utf-8", page)
		}},
	}
}

// 3. Carriers and encodings.
func gCarriers() []gdef {
	const cat = "3.carriers"
	return []gdef{
		{cat, "soap-wsse-usernametoken", func(c *gcase) {
			body := `<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">` +
				`<soapenv:Header><wsse:Security soapenv:mustUnderstand="1"><wsse:UsernameToken wsu:Id="UsernameToken-1"><wsse:Username>svc-billing</wsse:Username>` +
				`<wsse:Password ` + c.decoy(`Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"`) + `>` + c.secret("wsse:Password", "Ledger$Falcon$2026") + `</wsse:Password>` +
				`<wsu:Created>2026-11-22T10:15:00.000Z</wsu:Created></wsse:UsernameToken></wsse:Security></soapenv:Header>` +
				`<soapenv:Body><ns1:getInvoice xmlns:ns1="urn:acme:billing">` + c.decoy(`<ns1:invoiceId>INV-2026-00042</ns1:invoiceId>`) + `</ns1:getInvoice></soapenv:Body></soapenv:Envelope>`
			c.post("https://billing.acme.example/ws/InvoiceService", "text/xml; charset=utf-8", body).rh("SOAPAction", c.decoy(`"urn:acme:billing/getInvoice"`))
		}},
		{cat, "xml-attributes-webconfig", func(c *gcase) {
			body := `<?xml version="1.0"?><configuration><appSettings>` + c.decoy(`<add key="PageSize" value="50"/>`) +
				`<add key="ApiSecret" value="` + c.secret(`<add key="ApiSecret" value=S/>`, c.b64s(30)) + `"/>` +
				`<add key="SmtpPassword" value="` + c.secret(`<add key="SmtpPassword" value=S/>`, "Mailroom!Otter93") + `"/></appSettings>` +
				`<system.net><mailSettings><smtp><network host="smtp.acme.example" port="587" userName="mailer" password="` + c.secret(`<network password=S/>`, "Postage+Stamp+77") + `"/></smtp></mailSettings></system.net>` +
				c.decoy(`<passwordPolicy minLength="12" requireDigit="true"/>`) + `<credentials user="deploy" password="` + c.secret(`<credentials password=S/>`, "Harpoon_Kettle_19") + `"/></configuration>`
			c.get("https://ops.acme.example/backup/web.config").resp("application/xml", body)
		}},
		{cat, "saml-post-binding", func(c *gcase) {
			assertion := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_` + c.hexs(32) + `" Version="2.0" IssueInstant="2026-11-22T10:15:00Z">` +
				`<saml:Issuer>https://idp.acme.example/saml</saml:Issuer><saml:Assertion><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` +
				c.secret("SAML NameID (inside base64)", "rosalind.achterberg@acme-corp.example") + `</saml:NameID></saml:Subject>` +
				`<saml:AttributeStatement><saml:Attribute Name="sessionToken"><saml:AttributeValue>` + c.secret("SAML attribute value token (inside base64)", c.b64u(32)) + `</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>` +
				`<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>` + c.b64s(64) + `</ds:SignatureValue></ds:Signature></saml:Assertion></samlp:Response>`
			v := c.secret("whole SAMLResponse value", gB64(assertion))
			c.post("https://sp.acme.example/saml/acs", "application/x-www-form-urlencoded", "SAMLResponse="+url.QueryEscape(v)+"&"+c.decoy("RelayState=%2Fdashboard")).code(302)
		}},
		{cat, "saml-redirect-binding", func(c *gcase) {
			req := `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.hexs(32) + `" Version="2.0" IssueInstant="2026-11-22T10:15:00Z" AssertionConsumerServiceURL="https://sp.acme.example/saml/acs">` +
				`<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://sp.acme.example</saml:Issuer><saml:Subject xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:NameID>` +
				c.secret("NameID in deflated SAMLRequest", "bartholomew.quince@acme-corp.example") + `</saml:NameID></saml:Subject>` +
				`<samlp:Extensions><acme:LoginHint xmlns:acme="urn:acme">` + c.secret("secret-looking value in deflated SAMLRequest", c.alnum(40)) + `</acme:LoginHint></samlp:Extensions></samlp:AuthnRequest>`
			sr := c.secret("whole SAMLRequest value", gDeflateB64(req))
			sig := c.secret("redirect-binding Signature", c.b64s(128))
			c.get("https://idp.acme.example/sso/saml?SAMLRequest=" + url.QueryEscape(sr) + "&" + c.decoy("RelayState=%2Finbox") + "&" +
				c.decoy("SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256") + "&Signature=" + url.QueryEscape(sig))
		}},
		{cat, "html-entity-json-attributes", func(c *gcase) {
			page := `<div id="app" data-config="{&quot;apiToken&quot;:&quot;` + c.secret("&quot;apiToken&quot; in data-config", c.b64u(30)) + `&quot;,` + c.decoy(`&quot;locale&quot;:&quot;en-GB&quot;`) + `,` +
				c.decoy(`&quot;passwordPolicy&quot;:{&quot;minLength&quot;:12}`) + `}"></div>` +
				`<div data-react-class="Checkout" data-react-props="{&#34;sessionToken&#34;:&#34;` + c.secret("&#34;sessionToken&#34; in data-react-props", c.alnum(40)) + `&#34;,` + c.decoy(`&#34;currency&#34;:&#34;EUR&#34;`) + `}"></div>` +
				`<div data-state='{"user":{"password":"` + c.secret("password in single-quoted JSON attribute", "Nebula&amp;Comet&amp;11") + `"}}'></div>`
			// the last one is HTML-escaped: the page holds Nebula&amp;Comet..., the password is Nebula&Comet&11
			c.secrets[len(c.secrets)-1].value = "Nebula&Comet&11"
			c.get("https://app.acme.example/checkout").resp("text/html", `<html><body>`+page+`</body></html>`)
		}},
		{cat, "js-escaped-json-in-script", func(c *gcase) {
			s2 := c.b64s(30)
			if !strings.Contains(s2, "/") {
				s2 = s2[:10] + "/" + s2[11:]
			}
			c.secret(`\x22accessToken\x22 with \/ in value`, s2)
			js := `window.__APOLLO_STATE__ = JSON.parse("{\u0022viewer\u0022:{\u0022token\u0022:\u0022` + c.secret(`\u0022token\u0022 in JSON.parse`, c.b64u(32)) + `\u0022,` + c.decoy(`\u0022locale\u0022:\u0022en-GB\u0022`) + `}}");` + "\n" +
				`window.__AUTH__ = JSON.parse('{\x22accessToken\x22:\x22` + strings.ReplaceAll(s2, "/", `\/`) + `\x22,\x22callback\x22:\x22` + c.decoy(`https:\/\/app.acme.example\/cb`) + `\x22}');` + "\n" +
				`var cfg = "{\"refreshSecret\":\"` + c.secret(`\"refreshSecret\" in escaped string`, c.alnum(36)) + `\"}";`
			c.get("https://app.acme.example/inbox").resp("text/html", `<html><body><script>`+js+`</script></body></html>`)
		}},
		{cat, "minified-js", func(c *gcase) {
			js := `!function(){var n={apiKey:"` + c.secret(`minified {apiKey:"S"}`, c.alnum(32)) + `",` + c.decoy(`apiBase:"https://api.acme.example/v2"`) + `,` + c.decoy(`keyboardShortcuts:!0`) + `,` + c.decoy(`tokenExpiry:3600`) + `};` +
				`function r(e){return e.headers["X-Api-Key"]="` + c.secret(`headers["X-Api-Key"]="S"`, c.hexs(40)) + `",e.headers.Authorization="Basic "+btoa("svc-report:` + c.secret(`btoa("user:S")`, "Quasar!Pulsar!42") + `"),e}` +
				`var o=Object.freeze({clientSecret:"` + c.secret(`minified {clientSecret:"S"}`, c.b64u(30)) + `"});}();`
			c.get("https://app.acme.example/static/js/main.8e4f1c2a.js").resp("application/javascript", js)
		}},
		{cat, "urlencoded-json-in-query", func(c *gcase) {
			state := url.QueryEscape(`{"returnTo":"/inbox","token":"` + c.secret("token inside URL-encoded JSON state", c.b64u(30)) + `"}`)
			c.get("https://app.acme.example/oauth/callback?state=" + state + "&" + c.decoy("lang=en"))
			f := url.QueryEscape(`{"filter":{"status":"open"},"auth":{"password":"` + c.secret("password inside URL-encoded JSON q", "Marmalade?Skies?8") + `"}}`)
			c.get("https://app.acme.example/api/search?q=" + f + "&" + c.decoy("limit=25"))
		}},
		{cat, "double-percent-encoding", func(c *gcase) {
			t1 := c.secret("access_token in once-encoded next=", c.b64s(30))
			t2 := c.secret("access_token in twice-encoded next= (ends in %253D%253D)", c.b64s(31))
			inner := "https://app.acme.example/cb?access_token=" + t1 + "&x=1"
			c.get("https://sso.acme.example/login?next=" + url.QueryEscape(inner) + "&" + c.decoy("prompt=login"))
			inner2 := "https://app.acme.example/cb?access_token=" + t2
			c.get("https://gw.acme.example/r?u=" + url.QueryEscape("https://sso.acme.example/login?next="+url.QueryEscape(inner2)))
		}},
		{cat, "aspnet-percent-keys-with-plus", func(c *gcase) {
			body := "__EVENTTARGET=&__EVENTARGUMENT=&ctl00%24ContentPlaceHolder1%24txtUserName=jdoe&ctl00%24ContentPlaceHolder1%24txtPassword=" + url.QueryEscape(c.secret("ctl00$...$txtPassword", "Dandelion~Wish~23")) +
				"&" + c.decoy("ctl00%24ContentPlaceHolder1%24btnLogin=Log+In") + "&Current+Password=" + url.QueryEscape(c.secret(`"Current Password" (key with +)`, "Papaya Sunrise 2026")) + "&" + c.decoy("Remember+Me=on")
			c.post("https://intranet.acme.example/Login.aspx", "application/x-www-form-urlencoded", body).code(302)
		}},
		{cat, "k8s-secret-base64", func(c *gcase) {
			pw := c.secret("k8s Secret data.password (base64)", "Cobalt-Meadow-5150")
			dsn := c.secret("password in k8s DATABASE_URL (base64)", c.alnum(24))
			body := `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"db-creds","namespace":"prod",` + c.decoy(`"uid":"`+c.uuid()+`"`) + `,` + c.decoy(`"resourceVersion":"48213"`) +
				`},"data":{"username":"` + gB64("app") + `","password":"` + gB64(pw) + `","DATABASE_URL":"` + gB64("postgres://app:"+dsn+"@db.prod.svc:5432/app") + `"},"type":"Opaque"}`
			c.get("https://k8s.acme.example/api/v1/namespaces/prod/secrets/db-creds").resp("application/json", body)
			pw2 := c.secret("k8s Secret data.token in base64 JSON in base64 body", c.b64u(32))
			e := c.get("https://k8s.acme.example/api/v1/namespaces/prod/secrets/api-token?watch=0").resp("application/json",
				gB64(`{"kind":"Secret","apiVersion":"v1","metadata":{"name":"api-token"},"data":{"token":"`+gB64(pw2)+`"},"type":"Opaque"}`))
			e.respEncoding = "base64"
		}},
		{cat, "multipart-base64-part", func(c *gcase) {
			env := "DB_HOST=db.internal\nDB_PASSWORD=" + c.secret("DB_PASSWORD in base64 multipart part", "Sprocket&Gears&99") + "\nSTRIPE_KEY=" + c.secret("random key in base64 multipart part", c.alnum(32)) + "\n"
			b := "--=_Part_42_1700000000\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n" + c.decoy(`{"filename":"deploy.env","overwrite":false}`) +
				"\r\n--=_Part_42_1700000000\r\nContent-Disposition: form-data; name=\"file\"; filename=\"deploy.env\"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
				gB64(env) + "\r\n--=_Part_42_1700000000--\r\n"
			c.post("https://ci.acme.example/api/projects/7/secure-files", `multipart/form-data; boundary="=_Part_42_1700000000"`, b)
		}},
		{cat, "sse-event-stream", func(c *gcase) {
			body := c.decoy("retry: 3000") + "\n\n" + "event: session.created\n" + c.decoy("id: 1700000000123-0") + "\ndata: {\"type\":\"session.created\",\"session\":{\"client_secret\":{\"value\":\"ek_" + c.secret("SSE client_secret.value", c.alnum(32)) +
				"\",\"expires_at\":1700000600}}}\n\n" + "event: token\ndata: {\"token\":\"" + c.secret("SSE data token", c.b64u(30)) + "\"}\n\n" + c.decoy("event: ping\ndata: {}") + "\n\n"
			c.get("https://rt.acme.example/v1/realtime/stream").rh("Accept", "text/event-stream").resp("text/event-stream", body)
		}},
		{cat, "ndjson-stream", func(c *gcase) {
			body := `{"type":"hello","v":2}` + "\n" + `{"type":"auth","accessToken":"` + c.secret("NDJSON accessToken", c.b64u(36)) + `"}` + "\n" + c.decoy(`{"type":"progress","pct":40}`) + "\n" +
				`{"type":"creds","data":{"apiSecret":"` + c.secret("NDJSON apiSecret", c.hexs(40)) + `"}}` + "\n"
			c.get("https://api.acme.example/v1/jobs/77/stream").resp("application/x-ndjson", body)
		}},
		{cat, "websocket-binary-frames", func(c *gcase) {
			mq := gMQTTConnect("web-"+c.hexs(8), "device-481", c.secret("MQTT CONNECT password in binary frame", "Tesla-Coil-Arc-360"))
			e := c.get("wss://iot.acme.example/mqtt").code(101).rh("Sec-WebSocket-Protocol", c.decoy("mqtt"), "Sec-WebSocket-Key", c.decoy(c.b64s(16))).sh("Sec-WebSocket-Accept", c.decoy(c.b64s(20)))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(mq))
			e.wsMsg("receive", 2, c.decoy("IAIAAA=="))
			e.wsMsg("send", 2, gB64(`{"op":"auth","d":{"sessionToken":"`+c.secret("sessionToken in JSON binary frame", c.alnum(40))+`"}}`))
			e.wsMsg("receive", 1, c.decoy(`{"op":"ready","heartbeat_interval":41250}`))
		}},
		{cat, "websocket-subprotocol-token", func(c *gcase) {
			tok := c.secret("k8s bearer in Sec-WebSocket-Protocol (base64url)", "sha256~"+c.b64u(32))
			c.get("wss://api.ocp.acme.example:6443/api/v1/namespaces/prod/pods/web-0/exec?command=sh&stdin=true&stdout=true&tty=true").code(101).
				rh("Sec-WebSocket-Protocol", "v4.channel.k8s.io, base64url.bearer.authorization.k8s.io."+gB64u(tok)).
				sh("Sec-WebSocket-Protocol", c.decoy("v4.channel.k8s.io"))
			c.get("wss://ha.acme.example/api/websocket").code(101).
				rh("Sec-WebSocket-Protocol", "access_token, "+c.secret("Sec-WebSocket-Protocol: access_token, S", c.b64u(40)))
		}},
		{cat, "jsonp-callback", func(c *gcase) {
			c.get("https://widgets.acme.example/api/session?callback=jQuery3600_1700000000123&"+c.decoy("_=1700000000124")).resp("text/javascript",
				`/**/jQuery3600_1700000000123({"authToken":"`+c.secret("authToken in a JSONP response", c.b64u(30))+`","ttl":900,"signingKey":"`+c.secret("signingKey in a JSONP response", c.hexs(40))+`",`+c.decoy(`"widgetVersion":"4.2.0"`)+`});`)
		}},
		{cat, "yaml-properties-ini-text", func(c *gcase) {
			yaml := "spring:\n  datasource:\n    url: jdbc:mysql://db:3306/shop\n    username: shop\n    password: " + c.secret("YAML password: S", "Quartz-Lynx-Harvest") + "\n" + c.decoy("    hikari:\n      maximum-pool-size: 10") + "\n"
			props := c.decoy("mail.smtp.port=587") + "\nmail.smtp.password=" + c.secret(".properties mail.smtp.password=S", "Velcro#Tundra#31") + "\napp.jwt.signing-secret=" + c.secret(".properties signing-secret", c.b64s(32)) + "\n"
			ini := "[database]\n" + c.decoy("host = db.internal") + "\npassword = " + c.secret("INI password = S", "Obsidian_Wren_12") + "\n"
			c.get("https://config.acme.example/raw/shop/application.yml").resp("application/x-yaml", yaml)
			c.get("https://config.acme.example/raw/shop/mail.properties").resp("text/plain", props)
			c.get("https://config.acme.example/raw/shop/db.ini").resp("text/plain", ini)
		}},
		{cat, "salesforce-soap-login-response", func(c *gcase) {
			sid := c.secret("Salesforce SOAP sessionId", "00D5g000004XyZ1!"+c.pick(gAlnum+"._", 96))
			body := `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body><loginResponse><result>` +
				c.decoy(`<passwordExpired>false</passwordExpired>`) + c.decoy(`<sandbox>false</sandbox>`) + c.decoy(`<serverUrl>https://acme.my.salesforce.com/services/Soap/u/59.0/00D5g000004XyZ1</serverUrl>`) +
				`<sessionId>` + sid + `</sessionId>` + c.decoy(`<userId>0055g00000ABCDEAA3</userId>`) + `</result></loginResponse></soapenv:Body></soapenv:Envelope>`
			c.post("https://login.salesforce.com/services/Soap/u/59.0", "text/xml; charset=UTF-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com"><soapenv:Body><urn:login><urn:username>integration@acme.example</urn:username><urn:password>`+
					c.secret("Salesforce urn:password (password+security token)", "Trellis#Gazebo#4"+c.alnum(24))+`</urn:password></urn:login></soapenv:Body></soapenv:Envelope>`).
				rh("SOAPAction", `""`).resp("text/xml; charset=UTF-8", body)
		}},
	}
}

// 4. Exporter quirks.
func gExporters() []gdef {
	const cat = "4.exporter"
	return []gdef{
		{cat, "charles-body-in-params-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			body := "username=ops&password=" + url.QueryEscape(c.secret("password in params[0].name (form)", "Walrus?Tusk?1066")) + "&" + c.decoy("remember=1")
			e := c.post("https://intranet.acme.example/login", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
		}},
		{cat, "fiddler-json-in-params-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20204.45441"}
			js := `{"email_or_user":"ops","secretAnswer":"` + c.secret("secretAnswer in params[0].name (JSON)", "Moonlit Sonata 1801") + `","apiToken":"` + c.secret("apiToken in params[0].name (JSON)", c.b64u(30)) + `",` + c.decoy(`"tokenExpiry":3600`) + `}`
			e := c.post("https://api.acme.example/v1/login", "application/json", js)
			e.post.params = []any{map[string]any{"name": js, "value": ""}}
		}},
		{cat, "json-with-empty-or-text-mime", func(c *gcase) {
			c.post("https://api.acme.example/v1/devices", "", `{"refreshToken":"`+c.secret("refreshToken with mimeType \"\"", c.b64u(40))+`",`+c.decoy(`"deviceName":"Pixel 8"`)+`}`).
				resp("text/plain", `{"access_token":"`+c.secret("access_token in text/plain response", c.b64u(36))+`",`+c.decoy(`"token_type":"Bearer"`)+`,`+c.decoy(`"expires_in":3600`)+`}`)
			c.get("https://api.acme.example/v1/session").resp("text/html; charset=UTF-8", `{"sessionToken":"`+c.secret("sessionToken in JSON served as text/html", c.alnum(40))+`",`+c.decoy(`"status":"ACTIVE"`)+`}`)
			c.get("https://api.acme.example/v1/blob").resp("", `{"secret":"`+c.secret("secret in JSON with empty response mimeType", c.hexs(40))+`"}`)
		}},
		{cat, "form-as-octet-stream", func(c *gcase) {
			c.post("https://login.acme.example/oauth2/token", "application/octet-stream",
				c.decoy("grant_type=password")+"&username=svc&password="+url.QueryEscape(c.secret("password in form sent as octet-stream", "Igloo+Penguin+404"))+"&client_id=cli&client_secret="+c.secret("client_secret in form sent as octet-stream", c.b64u(30)))
		}},
		{cat, "set-cookie-comma-joined", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "10.1.5"}
			sc := "SESSION=" + c.secret("SESSION in comma-joined Set-Cookie", c.b64u(32)) + "; " + c.decoy("Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly") +
				", XSRF-TOKEN=" + c.secret("XSRF-TOKEN in comma-joined Set-Cookie", c.hexs(36)) + "; Path=/; Secure, remember_me=" + c.secret("remember_me in comma-joined Set-Cookie", c.alnum(40)) + "; Max-Age=2592000; Path=/"
			e := c.get("https://app.acme.example/login").sh("Set-Cookie", sc)
			e.respCookies = []any{}
		}},
		{cat, "set-cookie-newline-joined", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			sc := "__Host-sid=" + c.secret("first cookie of newline-joined Set-Cookie", c.b64u(30)) + "; " + c.decoy("Path=/; Secure; HttpOnly; SameSite=Lax") + "\n" +
				"refresh=" + c.secret("second cookie of newline-joined Set-Cookie", c.b64u(40)) + "; Path=/auth; Expires=Thu, 22 Oct 2026 07:28:00 GMT; HttpOnly"
			c.get("https://app.acme.example/auth/callback").sh("set-cookie", sc)
		}},
		{cat, "cookie-without-equals", func(c *gcase) {
			bare := c.secret("bare Cookie: S (no =)", c.b64u(32))
			e := c.get("https://legacy.acme.example/portal").rh("Cookie", bare)
			e.reqCookies = []any{map[string]any{"name": "", "value": bare}}
			bare2 := c.secret("bare Set-Cookie S; Path=/ (no =)", c.alnum(40))
			e.sh("Set-Cookie", bare2+"; "+c.decoy("Path=/portal; HttpOnly"))
			e.respCookies = []any{map[string]any{"name": bare2, "value": ""}}
			bare3 := c.secret("cookie name-only in cookies[] (Charles)", c.hexs(40))
			e2 := c.get("https://legacy.acme.example/portal/menu").rh("Cookie", "lang=en; "+bare3)
			e2.reqCookies = []any{map[string]any{"name": "lang", "value": "en"}, map[string]any{"name": bare3, "value": ""}}
		}},
		{cat, "gzip-body-left-compressed", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "10.1.5"}
			var zb bytes.Buffer
			zw := gzip.NewWriter(&zb)
			zw.Write([]byte(`{"access_token":"` + c.secret("access_token in a gzip body left compressed (base64)", c.b64u(36)) + `","token_type":"Bearer"}`))
			zw.Close()
			e := c.post("https://login.acme.example/oauth2/token", "application/x-www-form-urlencoded", c.decoy("grant_type=client_credentials")+"&scope=read").
				sh("Content-Encoding", c.decoy("gzip"), "Content-Type", "application/json").resp("application/json", base64.StdEncoding.EncodeToString(zb.Bytes()))
			e.respEncoding = "base64"
		}},
		{cat, "postdata-base64-encoding-field", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			e := c.post("https://api.acme.example/v1/auth", "application/json", gB64(`{"user":"ops","password":"`+c.secret("password in base64 postData (encoding field)", "Turnip&Thunder&72")+`"}`))
			e.post.encoding = "base64"
			e.resp("application/json", `{"ok":true}`)
		}},
	}
}

// 5. One secret everywhere.
func gEverywhere() []gdef {
	const cat = "5.everywhere"
	return []gdef{
		{cat, "okta-session-id-then-cookie", func(c *gcase) {
			sid := c.secret("session id as JSON \"id\" in an earlier response, later the sid cookie", "102"+c.b64u(16))
			c.post("https://acme.okta.com/api/v1/sessions", "application/json", `{"sessionToken":"`+c.secret("Okta sessionToken", "20111"+c.b64u(40))+`"}`).
				resp("application/json", `{"id":"`+sid+`",`+c.decoy(`"userId":"00u1ab2CD3ef4GH5i6j7"`)+`,`+c.decoy(`"status":"ACTIVE"`)+`,"expiresAt":"2026-11-22T12:15:00.000Z"}`)
			c.get("https://acme.okta.com/app/UserHome").rh("Cookie", "sid="+sid+"; okta-oauth-redirect-params=%7B%7D").rh("Accept", c.decoy("text/html,application/xhtml+xml"))
		}},
		{cat, "activation-token-json-then-path", func(c *gcase) {
			at := c.alnum(20)
			c.secret("activationToken, later in the /welcome/<token> path", at)
			c.post("https://acme.okta.com/api/v1/users/00u1ab2CD3ef4GH5i6j7/lifecycle/activate?"+c.decoy("sendEmail=false"), "", "").
				resp("application/json", `{"activationUrl":"https://acme.okta.com/welcome/`+at+`","activationToken":"`+at+`"}`)
			c.get("https://acme.okta.com/welcome/"+at).resp("text/html", `<html><body><form action="/welcome/`+at+`/activate" method="post"></form></body></html>`)
			c.get("https://acme.okta.com/api/v1/authn/introspect").rh("Referer", "https://acme.okta.com/welcome/"+at)
		}},
		{cat, "cookie-then-percent-and-base64", func(c *gcase) {
			tok := c.b64s(33)
			c.secret("session cookie, later percent-encoded in a query and base64 in a body", tok)
			c.get("https://app.acme.example/login/done").sh("Set-Cookie", "app_session="+url.QueryEscape(tok)+"; Path=/; Secure; HttpOnly")
			c.get("wss://rt.acme.example/socket?t=" + url.QueryEscape(tok) + "&" + c.decoy("vsn=2.0.0")).code(101)
			e := c.get("https://app.acme.example/api/state").resp("application/json", gB64(`{"s":"`+tok+`","ok":true}`))
			e.respEncoding = "base64"
			c.post("https://telemetry.acme.example/collect", "text/plain", "d="+gB64u(`{"ctx":"`+tok+`"}`))
		}},
		{cat, "csrf-meta-then-unnamed-param", func(c *gcase) {
			tok := c.secret("csrf meta token, later as ?rt= and JSON \"_ctx\"", c.b64s(32))
			c.get("https://app.acme.example/settings").resp("text/html", `<html><head><meta name="csrf-token" content="`+tok+`">`+c.decoy(`<meta name="csrf-param" content="authenticity_token">`)+`</head></html>`)
			c.get("https://app.acme.example/export.csv?" + c.decoy("format=csv") + "&rt=" + url.QueryEscape(tok))
			c.post("https://app.acme.example/api/prefs", "application/json", `{"_ctx":"`+tok+`","theme":"dark"}`)
		}},
		{cat, "api-key-config-then-header", func(c *gcase) {
			k := c.secret("apiKey from config JSON, later in an innocuous header and path", c.alnum(36))
			c.get("https://app.acme.example/config.json").resp("application/json", `{"apiKey":"`+k+`",`+c.decoy(`"apiUrl":"https://api.acme.example"`)+`}`)
			c.get("https://api.acme.example/v3/tenants/"+k+"/usage").rh("X-Tenant", k)
		}},
	}
}

// 6. GraphQL.
func gGraphQL() []gdef {
	const cat = "6.graphql"
	return []gdef{
		{cat, "mutation-variable-token", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{`+c.decoy(`"operationName":"Login"`)+`,"query":"mutation Login($t: String!) { login(token: $t) { viewer { id } } }","variables":{"t":"`+c.secret("variables.t bound to login(token: $t)", c.b64u(32))+`"}}`)
		}},
		{cat, "password-variable-b", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation($a: String!, $b: String!) { signIn(username: $a, password: $b) { ok } }","variables":{"a":"kiosk-07","b":"`+c.secret("variables.b bound to password: $b", "Avalanche^Cocoa^15")+`"}}`)
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation ChangePw($cur: String!, $nxt: String!) { updatePassword(input: {current: $cur, next: $nxt}) { ok } }","variables":{"cur":"`+
					c.secret("variables.cur bound to input.current of updatePassword", "Old-Lamp-Genie-3")+`","nxt":"`+c.secret("variables.nxt bound to input.next of updatePassword", "New-Lamp-Genie-4")+`"}}`)
		}},
		{cat, "persisted-query-get", func(c *gcase) {
			hash := c.hexs(64)
			vars := url.QueryEscape(`{"password":"` + c.secret("password in persisted-query variables (GET)", "Cinnamon!Bridge!29") + `","resetToken":"` + c.secret("resetToken in persisted-query variables (GET)", c.b64u(30)) + `"}`)
			ext := url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"` + hash + `"}}`)
			c.decoy(hash)
			c.get("https://api.acme.example/graphql?" + c.decoy("operationName=ResetPassword") + "&variables=" + vars + "&extensions=" + ext)
		}},
		{cat, "batched-operations", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`[{"operationName":"Redeem","query":"mutation Redeem($x: ID!) { redeemInvite(invite: $x) { ok } }","variables":{"x":"`+c.secret("batched: variables.x bound to redeemInvite(invite:)", c.alnum(32))+`"}},`+
					`{"operationName":"SignIn","query":"mutation SignIn($input: SignInInput!) { signIn(input: $input) { ok } }","variables":{"input":{"username":"kiosk-07","password":"`+c.secret("batched: variables.input.password", "Thistle&Brook&61")+`"}}},`+
					c.decoy(`{"operationName":"Me","query":"query Me { me { id name } }","variables":{}}`)+`]`)
		}},
		{cat, "inline-args-and-response-fields", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation { authenticate(apiToken: \"`+c.secret("inline apiToken: \\\"S\\\" literal", c.b64u(30))+`\") { ok } }"}`)
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { createApiKey(name: \"ci\") { key secret } }"}`).
				resp("application/json", `{"data":{"createApiKey":{"key":"`+c.secret("response data.createApiKey.key (random)", c.alnum(32))+`","secret":"`+c.secret("response data.createApiKey.secret", c.b64u(32))+`"}}}`)
		}},
		{cat, "graphql-ws-connection-init", func(c *gcase) {
			e := c.get("wss://api.acme.example/graphql").code(101).rh("Sec-WebSocket-Protocol", c.decoy("graphql-transport-ws"))
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"Authorization":"Bearer `+c.secret("connection_init payload.headers.Authorization", c.b64u(36))+`"},"authToken":"`+c.secret("connection_init payload.authToken", c.alnum(40))+`"}}`)
			e.wsMsg("receive", 1, c.decoy(`{"type":"connection_ack"}`))
			e.wsMsg("send", 1, `{"id":"1","type":"subscribe","payload":{"query":"subscription($k: String!) { feed(key: $k) { id } }","variables":{"k":"`+c.secret("subscribe variables.k bound to feed(key: $k)", c.b64u(27))+`"}}}`)
		}},
	}
}

// 7. Known vendor formats, cards and free-text credential phrases.
func gVendors() []gdef {
	const cat = "7.vendor"
	return []gdef{
		{cat, "ci-log-twilio-mailgun-mailchimp", func(c *gcase) {
			log := "$ ./deploy.sh\n" + c.decoy("Step 3/9 : RUN npm ci --no-audit") + "\n" +
				"+ curl -s -u " + c.secret("Twilio API key SK+32hex", "SK"+c.hexs(32)) + ":" + c.secret("Twilio API secret", c.alnum(32)) + " https://api.twilio.com/2010-04-01/Accounts.json\n" +
				"+ curl -s --user 'api:" + c.secret("Mailgun key-+32", "key-"+c.hexs(32)) + "' https://api.mailgun.net/v3/mg.acme.example/messages\n" +
				"+ mc-sync --token " + c.secret("Mailchimp key ...-us12", c.hexs(32)+"-us12") + "\n" +
				c.decoy("Done in 41.27s.") + "\n"
			c.get("https://ci.acme.example/api/v4/jobs/99812/trace").resp("text/plain; charset=utf-8", log)
		}},
		{cat, "heroku-newrelic-datadog-sentry", func(c *gcase) {
			c.get("https://app.acme.example/api/debug/vars").resp("application/json",
				`{"vars":[{"n":"a1","v":"`+c.secret("Heroku HRKU-AA key", "HRKU-AA"+c.pick(gB64uAlpha, 58))+`"},{"n":"a2","v":"`+c.secret("New Relic NRAK- key", "NRAK-"+c.pick(gUpper+gDigits, 27))+`"},`+
					`{"n":"a3","v":"datadog api `+c.secret("Datadog API key (32 hex, keyword nearby)", c.hexs(32))+`"},{"n":"a4","v":"https://`+c.hexs(32)+`:`+c.secret("Sentry legacy DSN secret", c.hexs(32))+`@o450123.ingest.sentry.io/5501234"},`+
					c.decoy(`{"n":"a5","v":"2026.11.3-rc1"}`)+`]}`)
		}},
		{cat, "databricks-linear-doppler-pulumi", func(c *gcase) {
			body := "# local.env\nexport A=" + c.secret("Databricks dapi token", "dapi"+c.hexs(32)) + "\nexport B=" + c.secret("Linear lin_api_ key", "lin_api_"+c.alnum(40)) +
				"\nexport C=" + c.secret("Doppler dp.pt. token", "dp.pt."+c.alnum(43)) + "\nexport D=" + c.secret("Pulumi pul- token", "pul-"+c.hexs(40)) + "\n" + c.decoy("export LOG_LEVEL=debug") + "\n"
			c.post("https://paste.acme.example/api/pastes", "text/plain", body).resp("application/json", `{`+c.decoy(`"id":"p-8812"`)+`}`)
		}},
		{cat, "azure-connection-strings", func(c *gcase) {
			ak := c.secret("Azure storage AccountKey", c.b64s(64))
			sak := c.secret("Service Bus SharedAccessKey", c.b64s(32))
			c.get("https://functions.acme.example/admin/host/settings").resp("application/json",
				`{"storage":"DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=`+ak+`;EndpointSuffix=core.windows.net","bus":"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=`+sak+`",`+
					c.decoy(`"FUNCTIONS_WORKER_RUNTIME":"dotnet-isolated"`)+`,`+c.decoy(`"WEBSITE_RUN_FROM_PACKAGE":"1"`)+`}`)
			c.get("https://acmeprodstore.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&" + c.decoy("se=2026-11-23T10:15:00Z") + "&spr=https&sig=" + url.QueryEscape(c.secret("SAS sig", c.b64s(32))))
		}},
		{cat, "gcp-service-account-json", func(c *gcase) {
			line1 := c.secret("GCP private_key PEM body line", c.pick(gAlnum+"+/", 64))
			pem := "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + c.pick(gAlnum, 14) + "\n" + line1 + "\n" + c.pick(gAlnum+"+/", 40) + "==\n-----END PRIVATE KEY-----\n"
			kid := c.secret("GCP private_key_id", c.hexs(40))
			sa := map[string]any{"type": "service_account", "project_id": "acme-prod", "private_key_id": kid, "private_key": pem, "client_email": "ci-deployer@acme-prod.iam.gserviceaccount.com",
				"client_id": "104729384756102938475", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
			saJSON := gJS(sa)
			c.decoy(`"token_uri":"https://oauth2.googleapis.com/token"`)
			mp := "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"credentials\"; filename=\"acme-prod-1a2b3c.json\"\r\nContent-Type: application/json\r\n\r\n" + saJSON + "\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"
			c.post("https://ci.acme.example/api/settings/gcp", "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", mp)
			line2 := c.secret("PEM body line inside privateKeyData (base64 of SA JSON)", c.pick(gAlnum+"+/", 64))
			sa2 := map[string]any{"type": "service_account", "project_id": "acme-prod", "private_key_id": c.hexs(40), "private_key": "-----BEGIN PRIVATE KEY-----\n" + line2 + "\n" + c.pick(gAlnum+"+/", 60) + "==\n-----END PRIVATE KEY-----\n"}
			c.post("https://iam.googleapis.com/v1/projects/-/serviceAccounts/ci-deployer@acme-prod.iam.gserviceaccount.com/keys", "application/json", `{}`).
				resp("application/json", `{"name":"projects/acme-prod/serviceAccounts/ci-deployer@acme-prod.iam.gserviceaccount.com/keys/`+c.hexs(40)+`",`+
					c.decoy(`"privateKeyType":"TYPE_GOOGLE_CREDENTIALS_FILE"`)+`,"privateKeyData":"`+gB64(gJS(sa2))+`",`+c.decoy(`"keyAlgorithm":"KEY_ALG_RSA_2048"`)+`}`)
		}},
		{cat, "payment-cards-by-value", func(c *gcase) {
			v := c.card("4", 16)
			mc := c.card("51", 16)
			amex := c.card("37", 15)
			c.secret("Luhn-valid Visa under \"number\"", v)
			c.secret("Luhn-valid Mastercard in free text (grouped with spaces)", gGroup4(mc, " "))
			c.secret("Luhn-valid Amex under innocuous \"ref\" (dashes)", amex[:4]+"-"+amex[4:10]+"-"+amex[10:])
			inv := v[:15] + string('0'+(v[15]-'0'+1)%10)
			c.post("https://shop.acme.example/api/checkout/pay", "application/json",
				`{"pm":{"number":"`+v+`","exp":"12/29"},`+c.decoy(`"orderNumber":"`+inv+`"`)+`,`+c.decoy(`"placedAtMs":1700000000123`)+`,`+c.decoy(`"sku":"ORD-2026-000123"`)+`}`)
			c.post("https://support.acme.example/api/tickets", "application/json",
				`{"subject":"double charge","body":"hi, my card `+gGroup4(mc, " ")+` was charged twice, order `+c.decoy("4000 1234 5678 9011")+`","ref":"`+amex[:4]+"-"+amex[4:10]+"-"+amex[10:]+`",`+c.decoy(`"tracking":"1Z999AA10123456784"`)+`}`)
		}},
		{cat, "free-text-credential-phrases", func(c *gcase) {
			c.post("https://chat.acme.example/api/messages", "application/json",
				`{"channel":"it-help","messages":[{"text":"guest wifi passphrase: `+c.secret("passphrase: X in chat text", "Lemur-Basil-Falcon")+` (valid this week)"},{"text":"ap config psk=`+
					c.secret("psk=X in chat text", "Ocelot7Radish9")+`"},{"text":"ok so the password is `+c.secret("the password is X in chat text", "Marzipan%Trombone")+`, please rotate it"},`+
					c.decoy(`{"text":"remember: passwords must have 12 characters"}`)+`]}`)
		}},
		{cat, "npmrc-and-pip-conf", func(c *gcase) {
			npmrc := c.decoy("registry=https://registry.npmjs.org/") + "\n//registry.npmjs.org/:_authToken=" + c.secret(".npmrc _authToken", c.b64u(27)) + "\n//npm.pkg.acme.example/:_auth=" +
				gB64("ci-bot:"+c.secret(".npmrc _auth (base64 user:pass)", "Pretzel=Logic=88")) + "\n" + c.decoy("always-auth=true") + "\n"
			pip := "[global]\nindex-url = https://ci-bot:" + c.secret("pip.conf index-url password", c.alnum(28)) + "@pypi.acme.example/simple\n" + c.decoy("timeout = 60") + "\n"
			c.post("https://gist.acme.example/api/gists", "application/json", gJS(map[string]any{"files": map[string]any{".npmrc": map[string]any{"content": npmrc}, "pip.conf": map[string]any{"content": pip}}}))
		}},
		{cat, "newer-prefixes", func(c *gcase) {
			body := "grafana: " + c.secret("Grafana glsa_ token", "glsa_"+c.alnum(32)+"_"+c.hexs(8)) + "\nsentry: " + c.secret("Sentry sntrys_ token", "sntrys_"+c.b64u(60)) +
				"\nplanetscale: " + c.secret("PlanetScale pscale_pw_", "pscale_pw_"+c.pick(gAlnum+"_", 43)) + "\nslack app: " + c.secret("Slack xapp- token", "xapp-1-A0"+c.pick(gUpper+gDigits, 9)+"-"+c.digits(13)+"-"+c.hexs(64)) +
				"\nage: " + c.secret("age secret key", "AGE-SECRET-KEY-1"+c.pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)) + "\n" + c.decoy("notes: rotate quarterly") + "\n"
			c.post("https://vault-ui.acme.example/api/notes", "text/plain", body)
		}},
	}
}

// 8. Personal data.
func gPersonal() []gdef {
	const cat = "8.personal"
	return []gdef{
		{cat, "graph-me-profile", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/me").resp("application/json",
				`{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","businessPhones":["`+c.secret("businessPhones[0]", "+1 425 555 0109")+`"],"displayName":"`+
					c.secret("displayName", "Marguerite Okonkwo-Hale")+`","givenName":"`+c.secret("givenName", "Marguerite")+`",`+c.decoy(`"jobTitle":"Retail Manager"`)+`,"mail":"`+
					c.secret("mail", "marguerite.okonkwo-hale@contoso.example")+`","mobilePhone":"`+c.secret("mobilePhone", "+1 425 555 0177")+`",`+c.decoy(`"officeLocation":"18/2111"`)+`,`+
					c.decoy(`"preferredLanguage":"en-US"`)+`,"surname":"`+c.secret("surname", "Okonkwo-Hale")+`","userPrincipalName":"`+c.secret("userPrincipalName", "mokonkwohale@contoso.example")+`",`+
					c.decoy(`"id":"87d349ed-44d7-43e1-9a83-5f2406dee5bd"`)+`}`)
		}},
		{cat, "okta-user-profile", func(c *gcase) {
			c.get("https://acme.okta.com/api/v1/users/me").resp("application/json",
				`{`+c.decoy(`"id":"00u9zy8XW7vu6TS5r4q3"`)+`,`+c.decoy(`"status":"ACTIVE"`)+`,"profile":{"firstName":"`+c.secret("firstName", "Thaddeus")+`","lastName":"`+
					c.secret("lastName", "Wojciechowski")+`","login":"`+c.secret("login", "t.wojciechowski@initech.example")+`","email":"`+c.secret("email", "thaddeus.w@initech.example")+
					`","mobilePhone":"`+c.secret("mobilePhone", "+44 7700 900123")+`",`+c.decoy(`"locale":"en_GB"`)+`}}`)
		}},
		{cat, "user-ips-vs-server-ip", func(c *gcase) {
			c.get("https://api.acme.example/v1/whoami").
				rh("X-Forwarded-For", c.secret("X-Forwarded-For client IP", "198.51.100.23")+", 10.0.0.12",
					"X-Real-IP", c.secret("X-Real-IP", "198.51.100.231"),
					"CF-Connecting-IP", c.secret("CF-Connecting-IP (IPv6)", "2001:db8:85a3::8a2e:370:7334")).
				set("serverIPAddress", c.decoy("93.184.215.14")).set("connection", "443").
				resp("application/json", `{"client_ip":"`+c.secret("client_ip JSON", "203.0.113.87")+`",`+c.decoy(`"version":"1.2.3.4"`)+`,`+c.decoy(`"region":"eu-west-1"`)+`}`)
		}},
		{cat, "saml-nameid-plain-xml", func(c *gcase) {
			body := `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_` + c.hexs(32) + `"><saml:Issuer>https://idp.acme.example/saml</saml:Issuer><saml:Subject><saml:NameID ` +
				c.decoy(`Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"`) + `>` + c.secret("saml:NameID", "pernilla.lindqvist@globex.example") + `</saml:NameID></saml:Subject>` +
				`<saml:Conditions><saml:AudienceRestriction>` + c.decoy(`<saml:Audience>https://sp.acme.example/metadata</saml:Audience>`) + `</saml:AudienceRestriction></saml:Conditions>` +
				`<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml:AttributeValue>` + c.secret("givenname SAML attribute", "Pernilla") +
				`</saml:AttributeValue></saml:Attribute><saml:Attribute Name="displayName"><saml:AttributeValue>` + c.secret("displayName SAML attribute", "Pernilla Lindqvist") + `</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>`
			c.get("https://sp.acme.example/saml/debug/last-assertion").resp("application/samlassertion+xml", body)
		}},
		{cat, "signup-form-fields", func(c *gcase) {
			body := "firstName=" + c.secret("firstName form field", "Ignatius") + "&lastName=" + url.QueryEscape(c.secret("lastName form field", "Fairweather-Bloom")) +
				"&email=" + url.QueryEscape(c.secret("email form field", "ignatius.fb@example.org")) + "&phone=" + url.QueryEscape(c.secret("phone form field", "+1 212 555 0143")) + "&" + c.decoy("plan=pro") + "&" + c.decoy("country=US")
			c.post("https://app.acme.example/signup", "application/x-www-form-urlencoded", body).code(303)
		}},
		{cat, "emails-in-free-text-vs-package-specs", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets/5531/comments", "application/json",
				`{"body":"please reach me at `+c.secret("e-mail in free text", "gwendolyn.ashcroft@protonmail.example")+` or call `+c.secret("phone in free text", "+49 30 901820")+`. Build fails after upgrading `+
					c.decoy("@babel/core@7.23.0")+` and `+c.decoy("eslint@8.57.0")+`","author":{"displayName":"`+c.secret("author.displayName", "Gwendolyn Ashcroft")+`"}}`)
		}},
	}
}

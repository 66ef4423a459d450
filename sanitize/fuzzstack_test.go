package sanitize

import (
	"encoding/base64"
	"encoding/json"
	"html"
	"net/url"
	"strings"
	"testing"
)

// plantCarriers are the places a planted secret S is put, as a body of a
// mime type: each names S the way real traffic does.
var plantCarriers = []struct {
	name, mime string
	body       func(s string) string
}{
	{"json", "application/json", func(s string) string { return `{"user":{"passwordProp":"` + s + `"}}` }},
	{"form", "application/x-www-form-urlencoded", func(s string) string { return "username=ops&user%5Bpassword%5D=" + url.QueryEscape(s) }},
	{"xml", "text/xml", func(s string) string {
		return `<?xml version="1.0"?><soap:Envelope xmlns:soap="urn:s"><soap:Header><wsse:Password>` + s + `</wsse:Password></soap:Header></soap:Envelope>`
	}},
	{"descriptor", "application/json", func(s string) string { return `{"fields":[{"name":"password","value":"` + s + `"}]}` }},
	{"script", "application/javascript", func(s string) string { return `window.cfg={apiToken:"` + s + `",locale:"en"};` }},
	{"sse", "text/event-stream", func(s string) string { return "event: auth\ndata: {\"access_token\":\"" + s + "\"}\n\n" }},
	{"ndjson", "application/x-ndjson", func(s string) string { return "{\"a\":1}\n{\"client_secret\":\"" + s + "\"}\n" }},
	{"graphql", "application/json", func(s string) string {
		return `{"query":"mutation($t: String!){ login(token: $t) { ok } }","variables":{"t":"` + s + `"}}`
	}},
	{"properties", "text/plain", func(s string) string { return "# config\nmail.smtp.password=" + s + "\n" }},
}

// plantEncodings wrap a carrier's text in one more layer (HTML entities
// only around JSON, as pages escape their state into attributes).
var plantEncodings = []struct {
	name string
	wrap func(inner string) string
}{
	{"json-in-json", func(in string) string { b, _ := json.Marshal(in); return `{"payload":` + string(b) + `}` }},
	{"base64-in-json", func(in string) string {
		return `{"config":"` + base64.StdEncoding.EncodeToString([]byte(in)) + `"}`
	}},
	{"percent-in-form", func(in string) string { return "state=" + url.QueryEscape(in) + "&lang=en" }},
	{"entities-in-html", func(in string) string {
		return `<div id="app" data-config="` + html.EscapeString(in) + `"></div>`
	}},
}

// FuzzPlanted plants a secret in a random carrier wrapped in a random
// stack of one to three encodings, with fuzzed text around it, and checks
// that the secret survives in no decoded view of the output, that the
// output is valid JSON, and that sanitizing it again changes nothing.
func FuzzPlanted(f *testing.F) {
	for c := range plantCarriers {
		for e := range plantEncodings {
			f.Add(uint8(c), uint8(e), uint8(0), uint8(0), uint8(1), "", "", "Wd8Nb3RtZq7Lx2Vm9Kp4Qs6J")
		}
	}
	f.Add(uint8(0), uint8(1), uint8(0), uint8(2), uint8(3), "note ", " end", "Tr0ub4dor&3-horse")
	f.Add(uint8(2), uint8(3), uint8(1), uint8(0), uint8(2), "", "", "correct horse battery staple")
	f.Fuzz(func(t *testing.T, carrier, e1, e2, e3, depth uint8, pre, post, secret string) {
		if len(secret) < 10 || len(secret) > 64 || !strings.ContainsAny(secret, "0123456789") || strings.ContainsAny(secret, "\"'<>&\\%+=:/\n\r\t{}[],;#` ") || !printableASCII(secret) {
			return
		}
		if !printableASCII(pre) || !printableASCII(post) || strings.ContainsAny(pre+post, "\"\\") || len(pre)+len(post) > 64 {
			return
		}
		if strings.Contains(pre+post, secret) || strings.Contains(secret, "safehar") {
			return // the text around it must not hold the secret itself
		}
		c := plantCarriers[int(carrier)%len(plantCarriers)]
		body := c.body(secret)
		mime := c.mime
		for _, e := range []uint8{e1, e2, e3}[:1+int(depth)%3] {
			enc := plantEncodings[int(e)%len(plantEncodings)]
			if enc.name == "entities-in-html" && !strings.HasPrefix(body, "{") {
				// Pages escape JSON state into attributes; markup or a
				// script escaped into an attribute is not a carrier.
				enc = plantEncodings[0]
			}
			body = enc.wrap(body)
			mime = map[string]string{"json-in-json": "application/json", "base64-in-json": "application/json",
				"percent-in-form": "application/x-www-form-urlencoded", "entities-in-html": "text/html"}[enc.name]
		}
		if mime == "text/html" {
			body = "<p>" + pre + "</p>" + body + "<p>" + post + "</p>"
		}
		doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
			"request": map[string]any{"method": "POST", "url": "https://app.example.com/api", "headers": []any{},
				"postData": map[string]any{"mimeType": mime, "text": body}},
			"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": mime, "text": body}}}}}}
		in, err := json.Marshal(doc)
		if err != nil {
			return
		}
		out, _ := sanitizeTwice(t, in)
		if !json.Valid(out) {
			t.Fatalf("invalid JSON output for %s body %q", c.name, body)
		}
		if strings.Contains(leakView(out), secret) {
			t.Fatalf("%q survived in carrier %s, body %q\nout %s", secret, c.name, body, out)
		}
		again, _ := sanitizeTwice(t, out)
		if string(stripMarker(again)) != string(stripMarker(out)) {
			t.Fatalf("not idempotent for carrier %s, body %q", c.name, body)
		}
	})
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// leakView is the output with every string decoded through the encodings
// FuzzPlanted stacks (JSON, base64, percent, HTML entities), recursively.
func leakView(out []byte) string {
	var b strings.Builder
	var add func(s string, depth int)
	add = func(s string, depth int) {
		b.WriteString("\n" + s)
		if depth > 4 {
			return
		}
		if u, err := url.QueryUnescape(s); err == nil && u != s {
			add(u, depth+1)
		}
		if h := html.UnescapeString(s); h != s {
			add(h, depth+1)
		}
		for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("\"'<>=&: ,{}[]", r) }) {
			if d, err := base64.StdEncoding.DecodeString(tok); err == nil && len(d) > 8 {
				add(string(d), depth+1)
			}
		}
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			walkStrings(v, func(x string) { add(x, depth+1) })
		}
	}
	add(string(out), 0)
	return b.String()
}

func walkStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case map[string]any:
		for _, x := range v {
			walkStrings(x, fn)
		}
	case []any:
		for _, x := range v {
			walkStrings(x, fn)
		}
	case string:
		fn(v)
	}
}

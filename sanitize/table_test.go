package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// exampleSecret is the value put under a name example that gives none:
// not random-looking (the shape rule would catch it on its own), and
// not trivial.
const exampleSecret = "hunter2-horse-battery"

// splitExample reads a name rule's example "name" or "name: value".
func splitExample(ex string) (name, value string) {
	if i := strings.Index(ex, ": "); i > 0 {
		return ex[:i], ex[i+2:]
	}
	return ex, exampleSecret
}

// exampleHAR builds a one-entry HAR carrying a name example where rule
// looks: a header, a form field, a JSON member.
func exampleHAR(t *testing.T, where Where, name, value string, beside ...string) []byte {
	t.Helper()
	req := map[string]any{"method": "POST", "url": "https://example.com/", "headers": []any{}}
	switch {
	case where&InJSONKey != 0:
		m := map[string]string{name: value}
		for k := 0; k+1 < len(beside); k += 2 {
			m[beside[k]] = beside[k+1]
		}
		body, _ := json.Marshal(m)
		req["postData"] = map[string]any{"mimeType": "application/json", "text": string(body)}
	case where&InParam != 0:
		text := url.QueryEscape(name) + "=" + url.QueryEscape(value)
		for k := 0; k+1 < len(beside); k += 2 {
			text += "&" + url.QueryEscape(beside[k]) + "=" + url.QueryEscape(beside[k+1])
		}
		req["postData"] = map[string]any{"mimeType": "application/x-www-form-urlencoded", "text": text}
	case where&InHeader != 0:
		req["headers"] = []any{hdr(name, value)}
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request": req, "response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "text/plain", "text": ""}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// valueHAR carries a value example as free text in a body, in JSON
// under an innocuous name, and in a header.
func valueHAR(t *testing.T, text string) []byte {
	t.Helper()
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request":  map[string]any{"method": "GET", "url": "https://example.com/", "headers": []any{hdr("X-Note", text)}},
		"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "text/plain", "text": "see: " + text + " (end)"}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cookieHAR carries a cookie value example in request.cookies[] and
// response.cookies[].
func cookieHAR(t *testing.T, value string) []byte {
	t.Helper()
	cookie := map[string]any{"name": "sid", "value": value}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request": map[string]any{"method": "GET", "url": "https://example.com/", "headers": []any{}, "cookies": []any{cookie}},
		"response": map[string]any{"status": 200, "headers": []any{}, "cookies": []any{cookie},
			"content": map[string]any{"mimeType": "text/plain", "text": ""}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// urlHAR carries a URL example in request.url.
func urlHAR(t *testing.T, u string) []byte {
	t.Helper()
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request":  map[string]any{"method": "GET", "url": u, "headers": []any{}},
		"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "text/plain", "text": ""}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkClaim puts a claim example "claim: value" (or "claim") in a JWT
// carried in an Authorization header and checks the value on the claims
// of the sanitized token: gone for an example, kept for an ignore.
func checkClaim(t *testing.T, ex string, caught bool) {
	t.Helper()
	name, value := splitExample(ex)
	claims, err := json.Marshal(map[string]any{"iss": "https://login.example.com", "sub": "user-7", name: value})
	if err != nil {
		t.Fatal(err)
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request": map[string]any{"method": "GET", "url": "https://example.com/",
			"headers": []any{hdr("Authorization", "Bearer "+testJWT(string(claims)))}},
		"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "text/plain", "text": ""}}}}}}
	in, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	out, rep := sanitizeBytes(t, in)
	i := bytes.Index(out, []byte(testJWTHeader+"."))
	if i < 0 {
		t.Fatalf("claim %q: the token's header was not kept (%v)", ex, rep.Findings)
	}
	tok := out[i:]
	tok = tok[:bytes.IndexByte(tok, '"')]
	parts := strings.Split(string(tok), ".")
	if len(parts) != 3 {
		t.Fatalf("claim %q: token = %s", ex, tok)
	}
	dec, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(dec, &m); err != nil {
		t.Fatal(err)
	}
	got, _ := m[name].(string)
	if caught && (got == value || strings.Contains(string(dec), value)) {
		t.Errorf("example %q not caught: claims %s", ex, dec)
	}
	if !caught && got != value {
		t.Errorf("ignore %q was redacted: claims %s", ex, dec)
	}
}

// TestRuleExamples checks every rule's examples: each example is caught,
// each ignore left alone. Every rule that finds secrets carries at least
// one of each.
func TestRuleExamples(t *testing.T) {
	for _, rule := range DefaultRules().Table() {
		if rule.Keep {
			continue // lists of words and names the other rules use
		}
		t.Run(rule.ID, func(t *testing.T) {
			if len(rule.Examples) == 0 || len(rule.Ignores) == 0 {
				t.Fatalf("rule %s needs at least one example and one ignore", rule.ID)
			}
			wheres := []Where{}
			for _, w := range []Where{InJSONKey, InParam, InHeader} {
				if rule.Where&w != 0 {
					wheres = append(wheres, w)
				}
			}
			for _, ex := range rule.Examples {
				check(t, rule, wheres, ex, true)
			}
			for _, ex := range rule.Ignores {
				check(t, rule, wheres, ex, false)
			}
		})
	}
}

func check(t *testing.T, rule Rule, wheres []Where, ex string, caught bool) {
	t.Helper()
	var docs [][]byte
	var secret string
	switch {
	case rule.Check == CheckKnown:
		checkEcho(t, ex, caught)
		return
	case rule.Check == CheckWSProtocol:
		v := ex
		if caught {
			v = "base64url.bearer.authorization.k8s.io." + ex + ", v4.channel.k8s.io"
		}
		doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
			"request":  map[string]any{"method": "GET", "url": "wss://k8s.example.com/api/v1/exec", "headers": []any{hdr("Sec-WebSocket-Protocol", v)}},
			"response": map[string]any{"status": 101, "content": map[string]any{"mimeType": "", "text": ""}}}}}}
		b, _ := json.Marshal(doc)
		docs, secret = [][]byte{b}, ex
	case rule.Check == CheckPath || rule.Check == CheckLinkQuery || strings.HasPrefix(ex, "/"):
		// A path (the shape rule's too: its longest segment is the one judged).
		doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
			"request":  map[string]any{"method": "GET", "url": "https://example.com" + ex, "headers": []any{}},
			"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "text/plain", "text": ""}}}}}}
		b, _ := json.Marshal(doc)
		docs, secret = [][]byte{b}, ex[strings.LastIndexByte(ex, '/')+1:]
		if rule.Check == CheckLinkQuery {
			secret = ex[strings.LastIndexByte(ex, '=')+1:]
		}
		if rule.Check == CheckShape {
			secret = ""
			for _, seg := range strings.Split(ex, "/") {
				if len(seg) > len(secret) {
					secret = seg
				}
			}
		}
	case rule.Where == InValue:
		docs, secret = [][]byte{valueHAR(t, ex)}, ex
	case rule.Where == InCookie:
		docs, secret = [][]byte{cookieHAR(t, ex)}, ex
	case rule.Where == InURLUserinfo:
		// An example is a password, put in https://user:EX@host/; an
		// ignore is a whole URL (one without userinfo) put as it is.
		u := ex
		if !strings.Contains(ex, "://") {
			u = "https://user:" + ex + "@example.com/"
		}
		docs, secret = [][]byte{urlHAR(t, u)}, ex
	case rule.Where == InJWTClaim:
		checkClaim(t, ex, caught)
		return
	default:
		if rule.Check == CheckShape {
			wheres = []Where{InJSONKey, InHeader}
		}
		name, value := splitExample(ex)
		for _, w := range wheres {
			// An ignore may be another rule's exact name in one place
			// (key= in a URL is an API key); it is tested where not.
			if other := DefaultRules().lookup(w, []byte(name), []byte(normalize(name))); !caught && other != nil && other.ID != rule.ID {
				continue
			}
			var beside []string
			if rule.Check == CheckAccountDigits {
				beside = []string{"routingNumber", "110000000"} // an account number is a bank's beside its routing number (bankAccount)
			}
			docs = append(docs, exampleHAR(t, w, name, value, beside...))
		}
		secret = value
	}
	for _, in := range docs {
		out, rep := sanitizeBytes(t, in)
		still := strings.Contains(decodedViews(out), secret) || bytes.Contains(out, []byte(url.QueryEscape(secret)))
		if caught && still {
			t.Errorf("example %q not caught (%v)", ex, rep.Counts)
		}
		if !caught && rep.Redacted > 0 {
			t.Errorf("ignore %q was redacted: %v", ex, rep.Findings)
		}
	}
}

// checkEcho puts v as a plain JSON value in an early entry and as a
// cookie in a later one, and sanitizes twice: an example (a secret long
// enough to remember) is gone from both, an ignore survives in the body.
func checkEcho(t *testing.T, v string, caught bool) {
	t.Helper()
	entry := func(body string, cookies []any) map[string]any {
		return map[string]any{"request": map[string]any{"method": "GET", "url": "https://example.com/", "headers": []any{}, "cookies": cookies},
			"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "application/json", "text": body}}}
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{
		entry(`{"ref":"`+v+`"}`, []any{}),
		entry(`{}`, []any{map[string]any{"name": "sid", "value": v}})}}}
	in, _ := json.Marshal(doc)
	var out bytes.Buffer
	s := New(DefaultRules(), WithKey(testKey))
	if _, err := s.SanitizeSpooled(&out, bytes.NewReader(in), &memSpool{}); err != nil {
		t.Fatal(err)
	}
	still := bytes.Contains(out.Bytes(), []byte(v))
	if caught && still {
		t.Errorf("echo %q survived a second pass", v)
	}
	if !caught && !still {
		t.Errorf("ignore %q was redacted in the body", v)
	}
}

package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// A planted secret is a value that must not survive sanitizing, and where
// it was put.
type planted struct {
	where, value string
}

// corpus builds a HAR with secrets planted in every location and format of
// the design (section 2) and decoys that must survive byte for byte.
type corpus struct {
	secrets []planted
	decoys  []string
}

func (c *corpus) secret(where, v string) string {
	c.secrets = append(c.secrets, planted{where, v})
	return v
}

func (c *corpus) decoy(v string) string {
	c.decoys = append(c.decoys, v)
	return v
}

func hdr(name, value string) map[string]any { return map[string]any{"name": name, "value": value} }

const (
	testJWTHeader = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0"
	testJWTSig    = "c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1zdXJ2aXZlLTEyMzQ1Njc4OQ"
)

func testJWT(claims string) string {
	return testJWTHeader + "." + base64.RawURLEncoding.EncodeToString([]byte(claims)) + "." + testJWTSig
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func buildCorpus(t testing.TB) ([]byte, *corpus) {
	c := &corpus{}
	s := c.secret
	d := c.decoy
	jwt := testJWT(`{"iss":"https://login.example.com","aud":"api://example","exp":1893456000,"scp":"read write","email":"alice@example.com","name":"Alice Example","sub":"user-1"}`)
	c.secrets = append(c.secrets, planted{"jwt signature", testJWTSig}, planted{"jwt email claim", "alice@example.com"}, planted{"jwt name claim", "Alice Example"})
	pem := "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + s("pem body", "PLANTpemBODYqwertyuiopASDFGHJKL0987654321zxcvbnm") + "\n-----END RSA PRIVATE KEY-----"

	formText := "username=bob&password=" + s("form password", "PLANTformPw1") + "&client_secret=" + s("form client_secret", "PLANTclientSecret9") +
		"&SAMLResponse=" + s("form SAMLResponse", "PHNhbWxQTEFOVHNhbWw%3D") + "&remember=" + d("yes-please")
	jsonReq := `{"username":"bob","pin":` + s("numeric pin", "735919") + `,"password":"` + s("json password", "PLANTjsonPw!") + `","nested":{"deeper":[{"refresh_token":"` +
		s("deep refresh_token", "PLANTdeepRefresh") + `"}]},"config":"{\"api_key\":\"` + s("json-in-json api_key", "PLANTinnerApiKey") +
		`\"}","password_policy":"` + d("min-12-chars") + `","tokenizer":"` + d("wordpiece-v2") + `","has_password":true,"key":"` + d("Enter") + `"}`
	gql := `{"query":"mutation { login(user: \"bob\", password: \"` + s("graphql inline password", "PLANTgqlInline7") +
		`\") { ok } }","variables":{"token":"` + s("graphql variables token", "PLANTgqlVarToken") + `","first":` + `10}}`
	multipart := "--XyZb0undary\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\n" + d("plain-user-name") +
		"\r\n--XyZb0undary\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + s("multipart password", "PLANTmultiPw3") +
		"\r\n--XyZb0undary--\r\n"
	tokenResp := `{"access_token":"` + s("token response access_token", "PLANTaccessTok") + `","token_type":"` + d("Bearer") +
		`","expires_in":3600,"refresh_token":"` + s("token response refresh_token", "PLANTrefreshTok") + `","id_token":"` + jwt + `","scope":"` + d("openid profile") + `"}`
	html := `<html><head><meta name="csrf-token" content="` + s("meta csrf", "PLANTmetaCsrf55") + `">` +
		`<script>var cfg = {"apiKey": "` + s("script google key", "AIzaSyPLANTgoogleKey0123456789abcdefgh") + `", "stripe": "sk_live_` + s("script stripe key", "PLANTstripeLive1234") + `"};</script>` +
		`</head><body onload="document.forms[0].submit()"><form method="post" action="https://sp.example.com/acs">` +
		`<input type="hidden" name="SAMLResponse" value="` + s("saml auto-post", "PHNhbWxwOlJlc3BvbnNlUExBTlQ+") + `"/>` +
		`<input type="hidden" name="RelayState" value="` + d("relay-state-42") + `"/></form>` +
		`<p>` + d("The password must have 12 characters.") + `</p></body></html>`
	js := `const gh = "ghp_` + s("github token", "PLANTghp0123456789abcdefghijklmnopqrstuv") + `"; const pat = "github_pat_` + s("github pat", "11PLANTpat0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN") +
		`"; gitlab("glpat-` + s("gitlab", "PLANTglpat01234567890") + `"); slack("xoxb-` + s("slack bot", "PLANT-1234567890-abcdefghij") +
		`", "https://hooks.slack.com/services/` + s("slack webhook", "T0PLANT/B0PLANT/abcdefghijklmnopqrstuvwx") + `");` +
		` rk("rk_live_` + s("stripe restricted", "PLANTrestricted9876") + `"); ya("ya29.` + s("google oauth", "PLANTa0AfH6SMBxyz0123456789") +
		`"); sg("SG.` + s("sendgrid", "PLANTsendgrid012345.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH") + `"); npm("npm_` + s("npm", "PLANTnpm0123456789abcdefghijklmnopqrstu") +
		`"); oa("sk-proj-` + s("openai", "PLANTopenai0123456789abcdefghijklmnopqrstuv") + `"); an("sk-ant-` + s("anthropic", "api03-PLANTanthropic0123456789abcdefghijklmnop") +
		`"); aws("` + s("aws key id", "AKIAPLANT1234567890A") + `", "` + s("aws session key id", "ASIAPLANT1234567890B") + `");` +
		` const asset = "/static/app.` + d("3f2a9c1b7e") + `.js"; // ` + d("risk-assessment-document-for-the-quarter")
	wsBinary := b64(`{"type":"auth","authorization":"Bearer ` + "PLANTwsBinaryBearer0123" + `"}`)
	c.secrets = append(c.secrets, planted{"websocket binary frame", "PLANTwsBinaryBearer0123"})

	entry := map[string]any{
		"startedDateTime": "2026-11-22T10:15:00.000Z",
		"time":            12.5,
		"_initiator":      map[string]any{"type": "script", "url": "https://app.example.com/app.js?refresh_token=" + s("initiator url", "PLANTinitiatorRT")},
		"_authToken":      s("underscore field", "PLANTunderscoreTok"),
		"_custom":         map[string]any{"note": d("nothing to see"), "leak": "ghp_" + s("underscore nested gh", "PLANTnestedGh0123456789abcdefghijklmno")},
		"request": map[string]any{
			"method":      "POST",
			"url":         "https://bob:" + s("url userinfo password", "PLANTuserinfoPw") + "@api.example.com/v1/login?access_token=" + s("url access_token", "PLANTurlAccess") + "&page=" + d("2") + "&sort=" + d("desc") + "&_=" + d("1700000000000") + "#id_token=" + s("url fragment id_token", "PLANTfragmentIdTok"),
			"httpVersion": "h2",
			"headers": []any{
				hdr(":authority", d("api.example.com")),
				hdr("authorization", "Bearer "+s("bearer header (h2 lowercase)", "PLANTbearerH2tok")),
				hdr("Proxy-Authorization", "Basic "+s("proxy basic", b64("user:PLANTproxyPw"))),
				hdr("Cookie", "sid="+s("cookie sid", "PLANTcookieSid")+"; theme="+s("cookie theme", "PLANTcookieTheme")),
				hdr("X-API-Key", s("x-api-key", "PLANTxApiKey1")),
				hdr("x-csrf-token", s("x-csrf-token", "PLANTcsrfHeader")),
				hdr("X-XSRF-TOKEN", s("x-xsrf-token", "PLANTxsrfHeader")),
				hdr("x-amz-security-token", s("x-amz-security-token", "PLANTamzSecTok")),
				hdr("Ocp-Apim-Subscription-Key", s("apim key", "PLANTapimKey")),
				hdr("x-goog-api-key", s("x-goog-api-key", "PLANTgoogApiKey")),
				hdr("PRIVATE-TOKEN", s("gitlab private-token", "PLANTprivateTok")),
				hdr("X-Shopify-Access-Token", s("shopify header", "PLANTshopifyTok")),
				hdr("X-Custom-Auth-Token", s("custom -auth-token header", "PLANTcustomAuthTok")),
				hdr("Referer", "https://app.example.com/callback?code="+s("referer oauth code", "PLANTrefererCode")+"&state="+d("state-xyz-1")),
				hdr("X-Request-Id", d("5f3c1a2b-9d8e-4f7a-8b6c-1d2e3f4a5b6c")),
				hdr("traceparent", d("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
				hdr("sec-websocket-key", d("dGhlIHNhbXBsZSBub25jZQ==")),
				hdr("If-None-Match", d(`W/"33a64df551425fcc55e4d42a148795d9f25f8d80"`)),
				hdr("Idempotency-Key", d("idem-8f14e45fceea167a5a36dedd4bea2543")),
			},
			"queryString": []any{
				map[string]any{"name": "access_token", "value": "PLANTurlAccess"},
				map[string]any{"name": "page", "value": "2"},
			},
			"cookies": []any{
				map[string]any{"name": "sid", "value": "PLANTcookieSid", "path": "/", "httpOnly": true},
			},
			"postData": map[string]any{
				"mimeType": "application/x-www-form-urlencoded",
				"text":     formText,
				"params": []any{
					map[string]any{"name": "username", "value": "bob"},
					map[string]any{"name": "password", "value": "PLANTformPw1"},
					map[string]any{"name": "client_secret", "value": "PLANTclientSecret9"},
				},
			},
			"headersSize": -1, "bodySize": len(formText),
		},
		"response": map[string]any{
			"status": 302, "statusText": "Found", "httpVersion": "h2",
			"headers": []any{
				hdr("set-cookie", "session="+s("set-cookie value", "PLANTsetCookie")+"; Path=/; Domain=example.com; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax"),
				hdr("Location", "https://app.example.com/#access_token="+s("location fragment token", "PLANTlocationTok")+"&token_type=Bearer"),
				hdr("ETag", d(`"686897696a7c876b7e"`)),
				hdr("x-amzn-trace-id", d("Root=1-67891233-abcdef012345678912345678")),
			},
			"cookies":     []any{map[string]any{"name": "session", "value": "PLANTsetCookie", "expires": "2037-10-21T07:28:00.000Z", "secure": true}},
			"content":     map[string]any{"size": len(tokenResp), "mimeType": "application/json", "text": tokenResp},
			"redirectURL": "https://s3.amazonaws.com/bucket/key.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + s("presigned credential", "AKIAPLANTPRESIGN0000%2F20261122%2Fus-east-1%2Fs3%2Faws4_request") + "&X-Amz-Expires=900&X-Amz-Signature=" + s("presigned signature", "PLANTamzSignatureabcdef0123456789"),
			"headersSize": -1, "bodySize": -1,
		},
		"cache":   map[string]any{},
		"timings": map[string]any{"send": 1, "wait": 10, "receive": 1.5},
	}
	mk := func(method, url, reqMime, reqBody, respMime, respBody, encoding string) map[string]any {
		e := map[string]any{
			"startedDateTime": "2026-11-22T10:15:01.000Z", "time": 3,
			"request": map[string]any{"method": method, "url": url, "httpVersion": "HTTP/1.1", "headers": []any{}, "queryString": []any{}, "cookies": []any{}, "headersSize": -1, "bodySize": len(reqBody)},
			"response": map[string]any{"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": []any{}, "cookies": []any{},
				"content": map[string]any{"size": len(respBody), "mimeType": respMime, "text": respBody}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
			"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 1, "receive": 0},
		}
		if reqBody != "" {
			e["request"].(map[string]any)["postData"] = map[string]any{"mimeType": reqMime, "text": reqBody}
		}
		if encoding != "" {
			e["response"].(map[string]any)["content"].(map[string]any)["encoding"] = encoding
		}
		return e
	}
	entries := []any{
		entry,
		mk("POST", "https://api.example.com/json", "application/json", jsonReq, "text/plain", d("ok, all fine"), ""),
		mk("POST", "https://api.example.com/graphql", "application/json", gql, "application/json", `{"data":{"ok":true}}`, ""),
		mk("POST", "https://api.example.com/upload", "multipart/form-data; boundary=XyZb0undary", multipart, "text/html", html, ""),
		mk("GET", "https://cdn.example.com/app.js?v="+d("8d7f6e5a"), "", "", "application/javascript", js, ""),
		mk("GET", "https://api.example.com/b64", "", "", "application/json", b64(`{"access_token":"`+s("base64 body token", "PLANTb64BodyTok")+`","id":"`+d("order-1234")+`"}`), "base64"),
		mk("GET", "https://api.example.com/key.pem", "", "", "text/plain", pem, ""),
		mk("GET", "https://api.example.com/basic", "", "", "text/plain", "curl -H 'Authorization: Basic "+s("basic creds in text", b64("admin:PLANTbasicPw"))+"' https://x", ""),
	}
	ws := mk("GET", "wss://ws.example.com/socket?api_key="+s("websocket url api_key", "PLANTwsUrlKey"), "", "", "", "", "")
	ws["_resourceType"] = "websocket"
	ws["_webSocketMessages"] = []any{
		map[string]any{"type": "send", "time": 1.5, "opcode": 1, "data": `{"op":"auth","token":"` + s("websocket text frame", "PLANTwsFrameTok") + `"}`},
		map[string]any{"type": "receive", "time": 1.6, "opcode": 1, "data": d(`{"op":"hello","server":"v1"}`)},
		map[string]any{"type": "send", "time": 1.7, "opcode": 2, "data": wsBinary},
	}
	entries = append(entries, ws)
	doc := map[string]any{"log": map[string]any{
		"version": "1.2",
		"creator": map[string]any{"name": "WebInspector", "version": "537.36"},
		"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1",
			"title": "https://maps.example.com/embed?key=" + s("page title key", "AIzaSyPLANTpageTitleKey0123456789abcdef"), "pageTimings": map[string]any{}}},
		"entries": entries,
	}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), c
}

var testKey = []byte("0123456789abcdef0123456789abcdef")

func sanitizeBytes(t testing.TB, in []byte, opts ...Option) ([]byte, *Report) {
	t.Helper()
	var out bytes.Buffer
	rep, err := New(DefaultRules(), append([]Option{WithKey(testKey)}, opts...)...).Sanitize(&out, bytes.NewReader(in))
	if err != nil {
		t.Fatalf("Sanitize: %v", err)
	}
	return out.Bytes(), rep
}

// decodedViews returns the output plus every base64 body and JWT segment
// decoded, so a secret hidden in an encoding is found too.
func decodedViews(out []byte) string {
	var b strings.Builder
	b.Write(out)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case string:
			b.WriteString("\n" + v)
			if d, err := base64.StdEncoding.DecodeString(v); err == nil {
				b.Write(d)
			}
			for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == ' ' || r == '"' }) {
				if d, err := base64.RawURLEncoding.DecodeString(part); err == nil {
					b.WriteString("\n")
					b.Write(d)
				}
			}
		}
	}
	var doc any
	if json.Unmarshal(out, &doc) == nil {
		walk(doc)
	}
	return b.String()
}

func TestCorpusNoLeaksNoDecoysLost(t *testing.T) {
	in, c := buildCorpus(t)
	out, rep := sanitizeBytes(t, in)
	if !json.Valid(out) {
		t.Fatalf("output is not valid JSON:\n%s", out)
	}
	views := decodedViews(out)
	for _, p := range c.secrets {
		if strings.Contains(views, p.value) {
			t.Errorf("leak: %s (%q) survived", p.where, p.value)
		}
	}
	for _, d := range c.decoys {
		if want, got := bytes.Count(in, []byte(d)), bytes.Count(out, []byte(d)); got < want {
			t.Errorf("decoy lost: %q (%d in input, %d in output)", d, want, got)
		}
	}
	if rep.Entries != 9 {
		t.Errorf("entries = %d, want 9", rep.Entries)
	}
	t.Logf("redacted %d values: %v", rep.Redacted, rep.Counts)
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

func TestCorpusStructureKept(t *testing.T) {
	in, _ := buildCorpus(t)
	out, _ := sanitizeBytes(t, in)
	var a, b struct {
		Log struct {
			Entries []struct {
				Request struct {
					Method  string
					URL     string
					Headers []struct{ Name, Value string }
				}
				Response struct {
					Status  int
					Headers []struct{ Name, Value string }
				}
			}
		}
	}
	if err := json.Unmarshal(in, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatal(err)
	}
	if len(a.Log.Entries) != len(b.Log.Entries) {
		t.Fatalf("entries: %d in, %d out", len(a.Log.Entries), len(b.Log.Entries))
	}
	for i := range a.Log.Entries {
		ea, eb := a.Log.Entries[i], b.Log.Entries[i]
		if ea.Request.Method != eb.Request.Method || ea.Response.Status != eb.Response.Status {
			t.Errorf("entry %d changed method/status", i)
		}
		for j, h := range ea.Request.Headers {
			if eb.Request.Headers[j].Name != h.Name {
				t.Errorf("entry %d header %d name %q became %q", i, j, h.Name, eb.Request.Headers[j].Name)
			}
		}
	}
	e := b.Log.Entries[0]
	// Set-Cookie keeps its name and attributes.
	sc := e.Response.Headers[0].Value
	for _, keep := range []string{"session=safehar-cookie-", "; Path=/; Domain=example.com; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax"} {
		if !strings.Contains(sc, keep) {
			t.Errorf("Set-Cookie lost %q: %s", keep, sc)
		}
	}
	// The scheme word stays.
	if v := e.Request.Headers[1].Value; !strings.HasPrefix(v, "Bearer safehar-authorization-") {
		t.Errorf("authorization = %q", v)
	}
	if v := e.Request.Headers[3].Value; !strings.HasPrefix(v, "sid=safehar-cookie-") || !strings.Contains(v, "; theme=safehar-cookie-") {
		t.Errorf("cookie = %q", v)
	}
	// URLs stay parseable with their non-secret parts.
	u := e.Request.URL
	for _, keep := range []string{"https://bob:safehar-url-password-", "@api.example.com/v1/login?access_token=safehar-token-", "&page=2&sort=desc&_=1700000000000#id_token=safehar-token-"} {
		if !strings.Contains(u, keep) {
			t.Errorf("url lost %q: %s", keep, u)
		}
	}
}

func TestPlaceholdersConsistent(t *testing.T) {
	in, _ := buildCorpus(t)
	out, _ := sanitizeBytes(t, in)
	var doc struct {
		Log struct {
			Entries []struct {
				Request struct {
					URL         string
					QueryString []struct{ Name, Value string }
					Cookies     []struct{ Name, Value string }
					Headers     []struct{ Name, Value string }
					PostData    struct {
						Text   string
						Params []struct{ Name, Value string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	r := doc.Log.Entries[0].Request
	if !strings.Contains(r.URL, "access_token="+r.QueryString[0].Value+"&") {
		t.Errorf("url and queryString disagree: %s vs %s", r.URL, r.QueryString[0].Value)
	}
	if !strings.Contains(r.Headers[3].Value, "sid="+r.Cookies[0].Value+";") {
		t.Errorf("Cookie header and cookies[] disagree: %s vs %s", r.Headers[3].Value, r.Cookies[0].Value)
	}
	for _, p := range r.PostData.Params[1:] {
		if !strings.Contains(r.PostData.Text, p.Name+"="+p.Value) {
			t.Errorf("postData text and params disagree on %s: %s vs %s", p.Name, r.PostData.Text, p.Value)
		}
	}
	// Another key gives other placeholders; the same key the same ones.
	out2, _ := sanitizeBytes(t, in)
	if !bytes.Equal(stripMarker(out), stripMarker(out2)) {
		t.Error("two runs with one key differ")
	}
	out3, _ := sanitizeBytes(t, in, WithKey([]byte("another key of thirty-two bytes!")))
	if bytes.Equal(stripMarker(out), stripMarker(out3)) {
		t.Error("two keys give the same placeholders")
	}
}

func TestJWTKeepsClaims(t *testing.T) {
	in, _ := buildCorpus(t)
	out, _ := sanitizeBytes(t, in)
	i := bytes.Index(out, []byte(testJWTHeader+"."))
	if i < 0 {
		t.Fatal("JWT header not kept")
	}
	tok := out[i:]
	tok = tok[:bytes.IndexByte(tok, '"')]
	parts := strings.Split(string(tok), ".")
	if len(parts) != 3 || !strings.HasPrefix(parts[2], "safehar-jwt-") {
		t.Fatalf("token = %s", tok)
	}
	claims, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(claims, &m); err != nil {
		t.Fatal(err)
	}
	if m["iss"] != "https://login.example.com" || m["aud"] != "api://example" || m["exp"] != float64(1893456000) || m["scp"] != "read write" || m["sub"] != "user-1" {
		t.Errorf("claims not kept: %v", m)
	}
	if e, _ := m["email"].(string); !strings.HasPrefix(e, "safehar-personal-") {
		t.Errorf("email claim = %q", e)
	}
	// JWTDrop replaces the whole token.
	out, _ = sanitizeBytes(t, in, WithJWT(JWTDrop))
	if bytes.Contains(out, []byte(testJWTHeader)) {
		t.Error("JWTDrop kept the token's header")
	}
}

func TestIdempotent(t *testing.T) {
	in, _ := buildCorpus(t)
	once, _ := sanitizeBytes(t, in)
	twice, rep := sanitizeBytes(t, once)
	if !bytes.Equal(once, twice) {
		t.Errorf("re-sanitizing changed the file (%d redactions: %v)", rep.Redacted, rep.Findings)
	}
	if !rep.Sanitized || rep.Redacted != 0 {
		t.Errorf("second run: Sanitized=%v Redacted=%d", rep.Sanitized, rep.Redacted)
	}
	vrep, err := New(DefaultRules(), WithKey(testKey)).Verify(bytes.NewReader(once))
	if err != nil || !vrep.Clean() {
		t.Errorf("verify of a sanitized file: %v, %v", err, vrep.Findings)
	}
}

func TestMarker(t *testing.T) {
	in, _ := buildCorpus(t)
	out, rep := sanitizeBytes(t, in, WithTool("safehar", "9.9.9"), WithExportID("0193ab00-0000-7000-8000-000000000000"))
	var doc struct {
		Log map[string]json.RawMessage
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var m struct {
		Tool, Version, RulesVersion, ExportID string
		Redacted                              int
		Counts                                map[string]int
	}
	if err := json.Unmarshal(doc.Log[MarkerField], &m); err != nil {
		t.Fatalf("marker: %v", err)
	}
	if m.Tool != "safehar" || m.Version != "9.9.9" || m.RulesVersion != RulesVersion || m.ExportID == "" || m.Redacted != rep.Redacted || m.Counts["cookie"] != rep.Counts[KindCookie] {
		t.Errorf("marker = %+v, report %d %v", m, rep.Redacted, rep.Counts)
	}
}

// stripMarker removes the marker (its timestamp differs between runs).
func stripMarker(b []byte) []byte {
	i := bytes.Index(b, []byte(`"`+MarkerField+`":`))
	if i < 0 {
		return b
	}
	end, err := skipValue(b, i+len(MarkerField)+3, 0, 10)
	if err != nil {
		return b
	}
	if i > 0 && b[i-1] == ',' {
		i-- // the marker's own comma
	}
	return append(append([]byte(nil), b[:i]...), b[end:]...)
}

// sanitizeTwice is sanitizeBytes with the echo pass (SanitizeSpooled, the
// spool in memory), as the safehar command sanitizes.
func sanitizeTwice(t testing.TB, in []byte, opts ...Option) ([]byte, *Report) {
	t.Helper()
	var out bytes.Buffer
	s := New(DefaultRules(), append([]Option{WithKey(testKey)}, opts...)...)
	rep, err := s.SanitizeSpooled(&out, bytes.NewReader(in), &memSpool{})
	if err != nil {
		t.Fatalf("SanitizeSpooled: %v", err)
	}
	return out.Bytes(), rep
}

// memSpool is a Spool in memory, for tests.
type memSpool struct{ bytes.Buffer }

func (m *memSpool) Reader() (io.Reader, error) { return bytes.NewReader(m.Bytes()), nil }

package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// layerCase is one HAR entry carrying secrets under a layer of encoding,
// with decoys beside them.
type layerCase struct {
	name    string
	url     string           // request URL
	query   []map[string]any // request.queryString
	headers []map[string]any // request headers
	reqMime string           // postData
	reqBody string           //
	params  []map[string]any // postData.params
	count   int              // redactions expected, when set
	mime    string           // response content
	body    string           //
	enc     string           // response content encoding
	secrets []string         // must not survive, in any decoded view
	decoys  []string         // must survive byte for byte
}

func layerHAR(t *testing.T, c layerCase) []byte {
	req := map[string]any{"method": "GET", "url": c.url, "httpVersion": "h2", "headers": c.headers,
		"queryString": c.query, "cookies": []any{}, "headersSize": -1, "bodySize": len(c.reqBody)}
	if c.headers == nil {
		req["headers"] = []any{}
	}
	if c.query == nil {
		req["queryString"] = []any{}
	}
	if c.reqBody != "" {
		req["method"] = "POST"
		pd := map[string]any{"mimeType": c.reqMime, "text": c.reqBody}
		if c.params != nil {
			pd["params"] = c.params
		}
		req["postData"] = pd
	}
	content := map[string]any{"size": len(c.body), "mimeType": c.mime, "text": c.body}
	if c.enc != "" {
		content["encoding"] = c.enc
	}
	entry := map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "time": 1, "request": req,
		"response": map[string]any{"status": 200, "statusText": "OK", "httpVersion": "h2", "headers": []any{}, "cookies": []any{},
			"content": content, "redirectURL": "", "headersSize": -1, "bodySize": -1},
		"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 1, "receive": 0}}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]any{"name": "test", "version": "1"},
		"entries": []any{entry}}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// layerViews is decodedViews plus every view percent-decoded (up to three
// times), entity-decoded and JS-unescaped.
func layerViews(out []byte) string {
	v := decodedViews(out)
	var b strings.Builder
	b.WriteString(v)
	p := v
	for range 3 {
		if d, err := url.QueryUnescape(p); err == nil {
			p = d
		} else {
			p = percentDecodeLoose(p)
		}
		b.WriteString("\n" + p)
	}
	// Base64 tokens anywhere (inside nested documents too).
	for _, tok := range strings.FieldsFunc(v, func(r rune) bool { return r >= 0x80 || b64Alpha[byte(r)] == 0 }) {
		if len(tok) < 16 {
			continue
		}
		for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
			if d, err := enc.DecodeString(tok); err == nil {
				b.WriteString("\n" + string(d))
			}
		}
	}
	b.WriteString("\n" + html.UnescapeString(v))
	b.WriteString("\n" + string(jsMap([]byte(v)).dec))
	b.WriteString("\n" + string(jsMap(jsMap([]byte(v)).dec).dec))
	return b.String()
}

func percentDecodeLoose(s string) string { return string(percentDecode([]byte(s))) }

func b64u(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func layerCases() []layerCase {
	pct := url.QueryEscape
	return []layerCase{
		// HTML entities.
		{name: "html data attribute", count: 1, mime: "text/html",
			body: `<html><body><div id="app" data-config="{&quot;apiToken&quot;:&quot;PLANThtmlAttrTok01&quot;,&quot;locale&quot;:&quot;en-GB&quot;}"></div>` +
				`<p>Tom &amp; Jerry &lt;3 &quot;quoted words&quot;</p><a href="/a?x=1&amp;y=2">next</a></body></html>`,
			secrets: []string{"PLANThtmlAttrTok01"}, decoys: []string{"&quot;locale&quot;:&quot;en-GB&quot;", "Tom &amp; Jerry &lt;3 &quot;quoted words&quot;", `href="/a?x=1&amp;y=2"`}},
		{name: "html numeric entities", count: 1, mime: "text/html",
			body:    `<div data-state='{&#34;session&#34;: {&#34;refresh_token&#34;: &#34;PLANTnumEntRT0001&#34;}, &#34;page&#34;: 3}'></div><span title="a &#34;b&#34; c">x</span>`,
			secrets: []string{"PLANTnumEntRT0001"}, decoys: []string{`title="a &#34;b&#34; c"`, "&#34;page&#34;: 3"}},
		{name: "html hex entities in attribute of react root (its user.name is a person's name)", count: 2, mime: "text/html",
			body:    `<script id="__NEXT_DATA__" type="application/json">{"props":{"page":"/home"}}</script><div data-props="{&#x22;user&#x22;:{&#x22;name&#x22;:&#x22;x&#x22;},&#x22;client_secret&#x22;:&#x22;PLANThexEntSecret&#x22;}"></div>`,
			secrets: []string{"PLANThexEntSecret"}, decoys: []string{`{"props":{"page":"/home"}}`}},
		{name: "script application/json plain", mime: "text/html",
			body:    `<script type="application/json" id="state">{"auth":{"access_token":"PLANTscriptJsonAT01"},"theme":"dark"}</script>`,
			secrets: []string{"PLANTscriptJsonAT01"}, decoys: []string{`"theme":"dark"`}},

		// JavaScript escapes.
		{name: "JSON.parse with \\u0022", count: 1, mime: "application/javascript",
			body:    `window.__INITIAL_STATE__ = JSON.parse("{\u0022token\u0022:\u0022PLANTjsU0022Tok01\u0022,\u0022version\u0022:\u00221.2.3\u0022}"); var s = "say \u0022hi\u0022";`,
			secrets: []string{"PLANTjsU0022Tok01"}, decoys: []string{`\u0022version\u0022:\u00221.2.3\u0022`, `var s = "say \u0022hi\u0022";`}},
		{name: "\\x22 state string", count: 1, mime: "text/html",
			body:    `<script>window.__STATE__ = "{\x22apiKey\x22:\x22PLANTjsX22ApiKey01\x22,\x22lang\x22:\x22fr\x22}";</script><script>var q = '\x27single\x27';</script>`,
			secrets: []string{"PLANTjsX22ApiKey01"}, decoys: []string{`\x22lang\x22:\x22fr\x22`, `var q = '\x27single\x27';`}},
		{name: "\\\" escaped JSON in a string literal", count: 1, mime: "application/javascript",
			body:    `self.__next_f.push([1,"{\"session\":{\"password\":\"PLANTjsBackslashPw1\"},\"route\":\"/x\"}"]);`,
			secrets: []string{"PLANTjsBackslashPw1"}, decoys: []string{`\"route\":\"/x\"`}},
		{name: "\\u0027 single quoted", count: 1, mime: "application/javascript",
			body:    `init(JSON.parse('{\u0027refresh_token\u0027: \u0027PLANTjsU0027RT0001\u0027}')); const re = /\u0027/g;`,
			secrets: []string{"PLANTjsU0027RT0001"}, decoys: []string{`const re = /\u0027/g;`}},
		{name: "JSON.parse single quotes plain", mime: "application/javascript",
			body:    `const cfg = JSON.parse('{"access_token":"PLANTjsPlainAT0001","expires_in":3600}');`,
			secrets: []string{"PLANTjsPlainAT0001"}, decoys: []string{`"expires_in":3600`}},
		{name: "JS escapes in a decoded JSON body string", mime: "application/json",
			body:    `{"html":"<script>x = JSON.parse(\"{\\u0022secret\\u0022:\\u0022PLANTjsInJsonSecret\\u0022}\")</script>","n":1}`,
			secrets: []string{"PLANTjsInJsonSecret"}, decoys: []string{`"n":1`}},

		// Percent-encoding.
		{name: "oauth state with URL-encoded JSON", count: 3,
			url:     "https://app.example.com/callback?code=abc&state=" + pct(`{"token":"PLANTstateTok00001","returnTo":"/dashboard"}`) + "&lang=en",
			query:   []map[string]any{{"name": "state", "value": `{"token":"PLANTstateTok00001","returnTo":"/dashboard"}`}, {"name": "lang", "value": "en"}},
			secrets: []string{"PLANTstateTok00001"}, decoys: []string{"%22returnTo%22%3A%22%2Fdashboard%22", "&lang=en"}},
		{name: "graphql persisted query variables", count: 1,
			url: "https://api.example.com/graphql?operationName=Login&variables=" + pct(`{"email":"a@b.c","password":"PLANTgqlGetPw0001"}`) +
				"&extensions=" + pct(`{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5a1c3a26d1"}}`),
			secrets: []string{"PLANTgqlGetPw0001"}, decoys: []string{"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5a1c3a26d1", "operationName=Login"}},
		{name: "redirect_uri double encoded", count: 1,
			url:     "https://login.example.com/authorize?client_id=web&redirect_uri=" + pct("https://app.example.com/cb?next="+pct("https://x.example.com/land?access_token=PLANTdoubleEncAT01&v=2")) + "&scope=openid",
			secrets: []string{"PLANTdoubleEncAT01"}, decoys: []string{"client_id=web", "&scope=openid", "app.example.com%2Fcb"}},
		{name: "redirect_uri single encoded in Referer",
			headers: []map[string]any{hdr("Referer", "https://app.example.com/login?return="+pct("https://app.example.com/cb?id_token=PLANTrefererIdTok1&x=1"))},
			url:     "https://app.example.com/x", secrets: []string{"PLANTrefererIdTok1"}, decoys: []string{"app.example.com%2Fcb"}},
		{name: "triple encoded %253D", count: 1,
			url:     "https://a.example.com/go?u=" + pct(pct(pct("access_token=PLANTtripleEncTok1"))) + "&path=%2Fstatic%2Fapp.js",
			secrets: []string{"PLANTtripleEncTok1"}, decoys: []string{"&path=%2Fstatic%2Fapp.js"}},
		{name: "percent-encoded bracket names in a form",
			reqMime: "application/x-www-form-urlencoded",
			reqBody: "user%5Bemail%5D=bob%40example.com&user%5Bpassword%5D=PLANTbracketPw001&remember+me=1&session%5Bcsrf_token%5D=PLANTbracketCsrf1",
			secrets: []string{"PLANTbracketPw001", "PLANTbracketCsrf1"}, decoys: []string{"remember+me=1", "user%5Bemail%5D="}},
		{name: "form key with + for spaces",
			reqMime: "application/x-www-form-urlencoded",
			reqBody: "client+secret=PLANTplusNameSec01&grant_type=client_credentials&note=hello+world",
			secrets: []string{"PLANTplusNameSec01"}, decoys: []string{"grant_type=client_credentials", "note=hello+world"}},
		{name: "encoded names in the URL and queryString",
			url:     "https://a.example.com/q?filter%5Bapi_key%5D=PLANTqsBracketKey1&filter%5Bname%5D=shoes",
			query:   []map[string]any{{"name": "filter%5Bapi_key%5D", "value": "PLANTqsBracketKey1"}, {"name": "filter[name]", "value": "shoes"}},
			secrets: []string{"PLANTqsBracketKey1"}, decoys: []string{"filter%5Bname%5D=shoes"}},
		{name: "URL-encoded JSON in a form value", count: 1,
			reqMime: "application/x-www-form-urlencoded",
			reqBody: "payload=" + pct(`{"auth":{"client_secret":"PLANTformJsonSec01"},"items":[1,2]}`) + "&path=%2Fhome%2Fuser",
			secrets: []string{"PLANTformJsonSec01"}, decoys: []string{"&path=%2Fhome%2Fuser", "%22items%22%3A%5B1%2C2%5D"}},

		{name: "entities without any quote or backslash in the body (decoded path)", count: 1, mime: "text/html",
			body:    `<div data-x='{&quot;session_token&quot;:&quot;PLANTnoRawEntTok01&quot;,&quot;v&quot;:2}'></div><p>&quot;Hello&quot;: a quote</p>`,
			secrets: []string{"PLANTnoRawEntTok01"}, decoys: []string{`<p>&quot;Hello&quot;: a quote</p>`, "&quot;v&quot;:2"}},
		{name: "entity-encoded key=value href", mime: "text/html",
			body:    `<a href="/login?next=%2Fhome&amp;state=` + pct(`{"csrf_token":"PLANTampStateCsrf1"}`) + `&amp;lang=de">in</a><a href="/files/My%20Report%20%E2%9C%93.pdf">f</a>`,
			secrets: []string{"PLANTampStateCsrf1"}, decoys: []string{"next=%2Fhome&amp;", "&amp;lang=de", "/files/My%20Report%20%E2%9C%93.pdf"}},
		{name: "percent-encoded JSON in an href of a raw HTML body", count: 1, mime: "text/html",
			body: `<html><a class="btn" href="https://app.example.com/cb?state=` + pct(`{"access_token":"PLANTrawHrefAT0001","n":1}`) + `">x</a>
<img src="/i.png?v=1">`,
			secrets: []string{"PLANTrawHrefAT0001"}, decoys: []string{`<img src="/i.png?v=1">`, "%22n%22%3A1"}},
		{name: "encoded value in queryString and encoded names in params",
			url:     "https://a.example.com/cb?state=" + pct(`{"id_token":"PLANTqsEncodedIdTok"}`),
			query:   []map[string]any{{"name": "state", "value": pct(`{"id_token":"PLANTqsEncodedIdTok"}`)}},
			reqMime: "application/x-www-form-urlencoded", reqBody: "user%5Bpassword%5D=PLANTparamsNamePw1&x=1",
			params:  []map[string]any{{"name": "user%5Bpassword%5D", "value": "PLANTparamsNamePw1"}, {"name": "x", "value": "1"}},
			secrets: []string{"PLANTqsEncodedIdTok", "PLANTparamsNamePw1"}},

		// Base64.
		{name: "short string with a base64 parameter",
			headers: []map[string]any{hdr("X-Return", "/?c="+b64u(`{"token":"PLANTshortB64T"}`))},
			mime:    "application/json", body: `{"next":"/?zq=` + b64u(`token=PLANTshortB64T`) + `","page":"/?x=` + pct(`{"pin":"PLANTpin1"}`) + `"}`,
			secrets: []string{"PLANTshortB64T", "PLANTpin1"}},
		{name: "kubernetes secret data", count: 3, mime: "application/json",
			body: `{"kind":"Secret","apiVersion":"v1","metadata":{"name":"db","namespace":"prod"},"type":"Opaque","data":{"password":"` + b64("PLANTk8sPassword01") +
				`","config.json":"` + b64(`{"apiKey":"PLANTk8sConfigKey01","region":"eu-west-1"}`) + `",".env":"` + b64("DB_USER=app\nDB_PASSWORD=PLANTk8sPropsPw001\n") +
				`","ca.crt":"` + b64("just some public text, nothing to hide") + `"}}`,
			secrets: []string{"PLANTk8sPassword01", "PLANTk8sConfigKey01", "PLANTk8sPropsPw001"},
			decoys:  []string{`"namespace":"prod"`, b64("just some public text, nothing to hide"), `"region":"eu-west-1"`}},
		{name: "base64url config in a query value", count: 1,
			url:     "https://a.example.com/embed?cfg=" + b64u(`{"access_token":"PLANTb64uQueryTok1","w":300}`) + "&img=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg",
			secrets: []string{"PLANTb64uQueryTok1"}, decoys: []string{"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"}},
		{name: "base64 JSON inside a JSON value", count: 1, mime: "application/json",
			body:    `{"ctx":"` + b64(`{"user":"u1","refresh_token":"PLANTb64JsonRT0001"}`) + `","image":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==","hash":"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=","word":"ApplicationFrameworkSettings"}`,
			secrets: []string{"PLANTb64JsonRT0001"},
			decoys:  []string{"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "ApplicationFrameworkSettings"}},

		// Stacked: base64 of URL-encoded JSON in an entity-encoded attribute.
		{name: "stacked entity + percent", count: 2, mime: "text/html",
			body:    `<a data-href="https://x.example.com/cb?state=` + pct(`{"token":"PLANTstackedTok0001"}`) + `" data-x="{&quot;next&quot;:&quot;/cb?state=` + pct(`{"password":"PLANTstackedPw00001"}`) + `&quot;}">go</a>`,
			secrets: []string{"PLANTstackedTok0001", "PLANTstackedPw00001"}},
	}
}

func TestLayers(t *testing.T) {
	for _, c := range layerCases() {
		t.Run(c.name, func(t *testing.T) {
			if c.url == "" {
				c.url = "https://app.example.com/page"
			}
			if c.mime == "" {
				c.mime = "text/plain"
				c.body = "ok"
			}
			in := layerHAR(t, c)
			for _, raw := range []bool{false, true} {
				noRawJSON = raw
				out, rep := sanitizeBytes(t, in)
				noRawJSON = false
				if c.count > 0 && rep.Redacted != c.count {
					t.Errorf("redacted %d values, want %d: %v", rep.Redacted, c.count, rep.Findings)
				}
				if !json.Valid(out) {
					t.Fatalf("output is not valid JSON:\n%s", out)
				}
				views := layerViews(out)
				for _, s := range c.secrets {
					if strings.Contains(views, s) {
						t.Errorf("leak: %q survived (noRawJSON=%v)", s, raw)
					}
				}
				for _, d := range c.decoys {
					if want, got := bytes.Count(in, []byte(d)), bytes.Count(out, []byte(d)); got < want {
						t.Errorf("decoy lost: %q (%d in input, %d in output)", d, want, got)
					}
				}
				again, rep := sanitizeBytes(t, out)
				if !bytes.Equal(stripMarker(again), stripMarker(out)) || rep.Redacted != 0 {
					t.Errorf("not idempotent: %d more redactions %v", rep.Redacted, rep.Findings)
				}
				if t.Failed() {
					t.Logf("in:\n%s\nout:\n%s", in, out)
					return
				}
			}
		})
	}
}

// TestLayersLinear: text full of encoded quotes and colons but no string
// delimiters takes linear time.
func TestLayersLinear(t *testing.T) {
	for _, unit := range []string{`\u0022a\u0022:\u0022b\u0022,`, `&quot;a&quot;:&quot;b&quot;,`, `\\x22k\\x22:1 `, `a=%41%42&`, `x=` + b64(`{"a":"b"}`) + `&`} {
		body := strings.Repeat(unit, (2<<20)/len(unit))
		c := layerCase{mime: "text/plain", body: body, url: "https://a.example.com/"}
		in := layerHAR(t, c)
		start := time.Now()
		out, _ := sanitizeBytes(t, in)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%q: %v for %d bytes", unit, d, len(in))
		}
		if !json.Valid(out) {
			t.Errorf("%q: output is not valid JSON", unit)
		}
	}
}

// FuzzLayers: layered text in a body and a URL gives valid JSON, and
// sanitizing again changes nothing.
func FuzzLayers(f *testing.F) {
	for _, c := range layerCases() {
		f.Add(c.body, c.url, c.mime)
	}
	f.Fuzz(func(t *testing.T, body, u, mime string) {
		c := layerCase{mime: mime, body: body, url: u, reqMime: "application/x-www-form-urlencoded", reqBody: u}
		in := layerHAR(t, c)
		var out bytes.Buffer
		s := New(nil, WithKey(testKey))
		if _, err := s.Sanitize(&out, bytes.NewReader(in)); err != nil {
			return
		}
		if !json.Valid(out.Bytes()) {
			t.Fatalf("output is not valid JSON: %.300q", out.Bytes())
		}
		var again bytes.Buffer
		rep, err := s.Sanitize(&again, bytes.NewReader(out.Bytes()))
		if err != nil || !bytes.Equal(stripMarker(again.Bytes()), stripMarker(out.Bytes())) {
			t.Fatalf("not idempotent (%v, %d redactions %v):\n%s\n%s", err, rep.Redacted, rep.Findings, out.Bytes(), again.Bytes())
		}
	})
}

// TestLayersSamePlaceholder: a secret gets one placeholder whether it is
// seen percent-encoded, entity-encoded, JS-escaped, in base64 or plain.
func TestLayersSamePlaceholder(t *testing.T) {
	const secret = "PLANTsameEverywhere1"
	js := `{"token":"` + secret + `"}`
	c := layerCase{
		url:   "https://a.example.com/cb?state=" + url.QueryEscape(js),
		query: []map[string]any{{"name": "state", "value": js}},
		mime:  "text/html",
		body: `<div data-x="` + html.EscapeString(js) + `"></div><script>JSON.parse("` + strings.ReplaceAll(js, `"`, `\u0022`) + `")</script>` +
			`<a href="/x?cfg=` + b64u(js) + `">x</a>` + `<script>var s = ` + js + `;</script>`,
	}
	out, rep := sanitizeBytes(t, layerHAR(t, c))
	if strings.Contains(layerViews(out), secret) {
		t.Fatalf("leak:\n%s", out)
	}
	fps := map[string]bool{}
	for _, f := range rep.Findings {
		fps[f.Fingerprint] = true
	}
	if len(fps) != 1 || rep.Redacted != 6 {
		t.Errorf("%d redactions with %d fingerprints, want 6 with 1: %+v", rep.Redacted, len(fps), rep.Findings)
	}
	phs := map[string]bool{}
	for _, m := range regexp.MustCompile(`safehar-[a-z-]+-[0-9a-f]{16}`).FindAllString(layerViews(out), -1) {
		phs[m] = true
	}
	if len(phs) != 1 {
		t.Errorf("placeholders: %v", phs)
	}
}

// TestEscapeKeptWhole: a value that starts right after an escape in text
// (%22 in percent-encoded JSON, \u0022 or \x22 in a script) is judged
// without the escape's digits, and the escape comes out whole.
func TestEscapeKeptWhole(t *testing.T) {
	const pk = "pk_live_0dRbIFsW3Y6Ib5LaqrZc2IQjcJRWGzcMM8Sofab12"
	const sec = "Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQ"
	for _, esc := range []string{"%22", `\u0022`, `\x22`} {
		body := `<script>var a="` + esc + pk + esc + `"; var b="` + esc + sec + esc + `";</script>`
		got := sanitizedResponse(t, "https://a.example/", "text/html", body)
		if strings.Contains(got, sec) {
			t.Errorf("%s: the secret is kept: %s", esc, got)
		}
		if !strings.Contains(got, esc+pk+esc) {
			t.Errorf("%s: the publishable key or its escapes changed: %s", esc, got)
		}
		if strings.Count(got, esc) != 4 {
			t.Errorf("%s: an escape was cut: %s", esc, got)
		}
	}
}

package sanitize

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// samlRedirect is a SAML message as the HTTP-Redirect binding sends it:
// raw deflate, base64, percent-encoded.
func samlRedirect(t *testing.T, msg string) string {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write([]byte(msg))
	w.Close()
	return url.QueryEscape(base64.StdEncoding.EncodeToString(b.Bytes()))
}

func TestSAMLBindings(t *testing.T) {
	req := samlRedirect(t, `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_req-7" Version="2.0" AssertionConsumerServiceURL="https://sp.example.com/acs"/>`)
	resp := samlRedirect(t, `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_resp-9"><saml:NameID>bob@example.com</saml:NameID></samlp:Response>`)
	const relay = "https%3A%2F%2Fapp.example.com%2Fdashboard%3Ftab%3D2"
	for _, c := range []struct {
		name, url, mime, body string
	}{
		{"redirect binding query", "https://idp.example.com/sso?SAMLRequest=" + req + "&RelayState=" + relay + "&SigAlg=rsa-sha256", "", ""},
		{"redirect binding response", "https://sp.example.com/acs?SAMLResponse=" + resp + "&RelayState=" + relay, "", ""},
		{"post binding form", "https://idp.example.com/sso", "application/x-www-form-urlencoded", "SAMLRequest=" + req + "&RelayState=" + relay},
		{"auto-post html", "https://idp.example.com/sso", "text/html", `<form method="post"><input type="hidden" name="SAMLRequest" value="` + req + `"/><input type="hidden" name="RelayState" value="` + relay + `"/></form>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := map[string]any{
				"startedDateTime": "2026-11-22T10:15:00.000Z", "time": 1,
				"request": map[string]any{"method": "GET", "url": c.url, "httpVersion": "HTTP/1.1", "headers": []any{}, "queryString": []any{}, "cookies": []any{}, "headersSize": -1, "bodySize": len(c.body)},
				"response": map[string]any{"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": []any{}, "cookies": []any{},
					"content": map[string]any{"size": 0, "mimeType": c.mime, "text": c.body}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
				"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 1, "receive": 0},
			}
			if c.body != "" {
				e["request"].(map[string]any)["postData"] = map[string]any{"mimeType": c.mime, "text": c.body}
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false) // as browsers export
			if err := enc.Encode(map[string]any{"log": map[string]any{"version": "1.2", "creator": map[string]any{"name": "t", "version": "1"}, "entries": []any{e}}}); err != nil {
				t.Fatal(err)
			}
			in := buf.Bytes()
			out, _ := sanitizeBytes(t, in)
			if !json.Valid(out) {
				t.Fatalf("invalid JSON: %s", out)
			}
			s := string(out)
			for _, v := range []string{req, resp} {
				if strings.Contains(s, v) || strings.Contains(s, v[:24]) {
					t.Errorf("SAML message survived: %s", s)
				}
			}
			if !strings.Contains(s, relay) {
				t.Errorf("RelayState lost: %s", s)
			}
			if again, _ := sanitizeBytes(t, out); !bytes.Equal(again, out) {
				t.Errorf("not idempotent")
			}
		})
	}
}

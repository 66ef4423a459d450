package sanitize

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/multipart"
	"strings"
	"testing"
)

// wrap76 is base64 as mail writes it: lines of 76, CRLF.
func wrap76(s string) string {
	e := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(e) > 76 {
		b.WriteString(e[:76] + "\r\n")
		e = e[76:]
	}
	b.WriteString(e)
	return b.String()
}

// multipartShape parses a sanitized multipart body, checks that each
// base64 part still decodes and keeps lines of at most 76.
func multipartShape(boundary string) func(t *testing.T, body string) {
	return func(t *testing.T, body string) {
		t.Helper()
		r := multipart.NewReader(strings.NewReader(body), boundary)
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Errorf("sanitized multipart does not parse: %v\n%s", err, body)
				return
			}
			b, _ := io.ReadAll(p)
			if strings.EqualFold(p.Header.Get("Content-Transfer-Encoding"), "base64") {
				for _, line := range strings.Split(string(b), "\r\n") {
					if len(line) > 76 {
						t.Errorf("base64 line of %d", len(line))
					}
				}
				if _, err := base64.StdEncoding.DecodeString(strings.NewReplacer("\r", "", "\n", "").Replace(string(b))); err != nil {
					t.Errorf("base64 part no longer decodes: %v", err)
				}
			}
		}
	}
}

func TestMultipartBase64Parts(t *testing.T) {
	const bd = "----=_Part_17_1842"
	long := `{"client_id":"svc-reporting","client_secret":"PLANTmpB64Secret1","scopes":["read:reports","write:reports"],"note":"` + strings.Repeat("padding text ", 12) + `"}`
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + strings.Repeat("\x00\x01\x02", 40)
	body := "--" + bd + "\r\n" +
		"Content-Type: application/json\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: form-data; name=\"config\"\r\n\r\n" +
		wrap76(long) + "\r\n" +
		"--" + bd + "\r\n" +
		"Content-Type: text/plain\r\ncontent-transfer-encoding: BASE64\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\n" +
		b64("token ghp_PLANTmpGh0123456789abcdefghijklmnopqrst") + "\r\n" +
		"--" + bd + "\r\n" +
		"Content-Type: text/xml\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <root.message@cxf.apache.org>\r\n\r\n" +
		wrap76(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login><password>PLANTmpXmlPw3</password><user>ops</user></Login></soap:Body></soap:Envelope>`) + "\r\n" +
		"--" + bd + "\r\n" +
		"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"\r\n\r\n" +
		wrap76(png) + "\r\n" +
		"--" + bd + "\r\n" +
		"Content-Type: application/json\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" +
		b64(`{"id":"order-1234","created":"2026-11-22T10:15:00Z"}`) + "\r\n" +
		"--" + bd + "\r\n" +
		"Content-Type: application/xml\r\nContent-Disposition: form-data; name=\"plainxml\"\r\n\r\n" +
		`<creds user="bob" apiKey="PLANTmpPlainXmlKey4"/>` + "\r\n" +
		"--" + bd + "--\r\n"
	cases := []carrierCase{
		{
			name:     "multipart/form-data with base64 parts",
			mime:     `multipart/form-data; boundary="` + bd + `"`,
			body:     body,
			secrets:  []string{"PLANTmpB64Secret1", "PLANTmpGh0123456789abcdefghijklmnopqrst", "PLANTmpXmlPw3", "PLANTmpPlainXmlKey4"},
			decoys:   []string{wrap76(png), b64(`{"id":"order-1234","created":"2026-11-22T10:15:00Z"}`), "Content-ID: <root.message@cxf.apache.org>", `user="bob"`, "name=\"avatar\"; filename=\"a.png\""},
			validate: multipartShape(bd),
		},
		{
			name: "multipart/related soap with attachments",
			mime: `multipart/related; type="application/xop+xml"; boundary=MIMEBoundary_42; start="<0.root@example.org>"`,
			body: "--MIMEBoundary_42\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\nContent-Transfer-Encoding: binary\r\nContent-ID: <0.root@example.org>\r\n\r\n" +
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><Upload><authToken>PLANTmtomTok5</authToken><name>report.pdf</name></Upload></soapenv:Body></soapenv:Envelope>` + "\r\n" +
				"--MIMEBoundary_42\r\nContent-Type: application/json\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <1.att@example.org>\r\n\r\n" +
				wrap76(`{"refresh_token":"PLANTmtomRefresh6","expires_in":3600}`) + "\r\n--MIMEBoundary_42--\r\n",
			secrets:  []string{"PLANTmtomTok5", "PLANTmtomRefresh6"},
			decoys:   []string{"<name>report.pdf</name>", "Content-ID: <1.att@example.org>"},
			validate: multipartShape("MIMEBoundary_42"),
		},
	}
	b := cases[0]
	b.name, b.base64 = "the same in a base64 response body", true
	runCarrierCases(t, append(cases, b))
}

// A base64 part re-encoded after a redaction keeps its wrapping: lines of
// 76 and CRLF when it had them, one line when it had one.
func TestBase64PartWrapping(t *testing.T) {
	secret := "PLANTwrapSecret7"
	doc := `{"password":"` + secret + `","data":"` + strings.Repeat("x", 200) + `"}`
	for _, c := range []struct{ name, in, sep string }{
		{"crlf 76", wrap76(doc), "\r\n"},
		{"lf 76", strings.ReplaceAll(wrap76(doc), "\r\n", "\n"), "\n"},
		{"one line", b64(doc), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := newTestRun(DefaultRules())
			var ed edits
			x.base64Part([]byte(c.in+"\r\n"), "application/json", &ed)
			if len(ed.list) != 1 {
				t.Fatalf("edits: %v", ed.list)
			}
			out := string(apply([]byte(c.in+"\r\n"), ed.list))
			if !strings.HasSuffix(out, "\r\n") {
				t.Errorf("trailing line break lost")
			}
			lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\n")
			if c.sep == "" && len(lines) != 1 {
				t.Errorf("one line became %d", len(lines))
			}
			for i, l := range lines {
				l = strings.TrimSuffix(l, "\r")
				if c.sep != "" && i < len(lines)-1 && len(l) != 76 {
					t.Errorf("line %d has %d characters", i, len(l))
				}
			}
			if c.sep == "\n" && strings.Contains(out[:len(out)-2], "\r") {
				t.Errorf("LF wrapping became CRLF")
			}
			dec, err := base64.StdEncoding.DecodeString(strings.NewReplacer("\r", "", "\n", "").Replace(out))
			if err != nil || bytes.Contains(dec, []byte(secret)) || !bytes.Contains(dec, []byte(`"password":"safehar-password-`)) {
				t.Errorf("decoded: %s, %v", dec, err)
			}
		})
	}
}

// A one-line part within the MIME limit that grows past it is wrapped at
// 76 with CRLF.
func TestBase64PartGrowsPastLimit(t *testing.T) {
	in := b64(`{"password":"PLANTshortPw1","id":"abcdefghijklmnop"}`)
	if len(in) > 76 {
		t.Fatalf("input line of %d", len(in))
	}
	x := newTestRun(DefaultRules())
	var ed edits
	x.base64Part([]byte(in), "application/json", &ed)
	out := string(apply([]byte(in), ed.list))
	lines := strings.Split(out, "\r\n")
	if len(lines) != 2 || len(lines[0]) != 76 || strings.Contains(out, "PLANT") {
		t.Errorf("out = %q", out)
	}
}

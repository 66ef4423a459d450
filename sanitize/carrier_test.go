package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
)

// carrierCase is one body of a carrier (XML, event stream, NDJSON,
// multipart) with the secrets planted in it and the decoys beside them.
type carrierCase struct {
	name     string
	mime     string
	body     string
	base64   bool // the response body is base64 (the request gets it plain)
	secrets  []string
	decoys   []string
	opts     []Option
	validate func(t *testing.T, body string) // checks a sanitized body's shape
}

// carrierHAR puts body in one entry twice: as the request's postData and
// as the response's content.
func carrierHAR(t testing.TB, mime, body string, base64Resp bool) []byte {
	t.Helper()
	content := map[string]any{"size": len(body), "mimeType": mime, "text": body}
	if base64Resp {
		content["text"], content["encoding"] = b64(body), "base64"
	}
	doc := map[string]any{"log": map[string]any{
		"version": "1.2",
		"creator": map[string]any{"name": "test", "version": "1"},
		"entries": []any{map[string]any{
			"startedDateTime": "2026-11-22T10:15:00.000Z", "time": 1,
			"request": map[string]any{"method": "POST", "url": "https://api.example.com/svc", "httpVersion": "HTTP/1.1",
				"headers": []any{hdr("Content-Type", mime)}, "queryString": []any{}, "cookies": []any{}, "headersSize": -1, "bodySize": len(body),
				"postData": map[string]any{"mimeType": mime, "text": body}},
			"response": map[string]any{"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": []any{}, "cookies": []any{},
				"content": content, "redirectURL": "", "headersSize": -1, "bodySize": -1},
			"cache": map[string]any{}, "timings": map[string]any{"send": 0, "wait": 1, "receive": 0},
		}},
	}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bodies returns the request and response bodies of a sanitized
// carrierHAR (the response decoded when it is base64).
func bodies(t *testing.T, out []byte) (req, resp string) {
	t.Helper()
	var doc struct {
		Log struct {
			Entries []struct {
				Request  struct{ PostData struct{ Text string } }
				Response struct {
					Content struct{ Text, Encoding string }
				}
			}
		}
	}
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.Log.Entries) != 1 {
		t.Fatalf("output: %v", err)
	}
	e := doc.Log.Entries[0]
	resp = e.Response.Content.Text
	if e.Response.Content.Encoding == "base64" {
		d, err := base64.StdEncoding.DecodeString(resp)
		if err != nil {
			t.Fatalf("response body is no longer base64: %v", err)
		}
		resp = string(d)
	}
	return e.Request.PostData.Text, resp
}

func runCarrierCases(t *testing.T, cases []carrierCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := carrierHAR(t, c.mime, c.body, c.base64)
			out, rep := sanitizeBytes(t, in, c.opts...)
			if !json.Valid(out) {
				t.Fatalf("output is not valid JSON:\n%s", out)
			}
			views := decodedViews(out)
			for _, s := range c.secrets {
				if strings.Contains(views, s) {
					t.Errorf("leak: %q survived", s)
				}
			}
			req, resp := bodies(t, out)
			for _, d := range c.decoys {
				if !strings.Contains(req, d) || !strings.Contains(resp, d) {
					t.Errorf("decoy %q lost:\nrequest:  %s\nresponse: %s", d, req, resp)
				}
			}
			if len(c.secrets) > 0 && rep.Redacted == 0 {
				t.Errorf("nothing redacted")
			}
			if c.validate != nil {
				c.validate(t, req)
				c.validate(t, resp)
			}
			again, rep2 := sanitizeBytes(t, out, c.opts...)
			if !bytes.Equal(again, out) {
				t.Errorf("sanitizing twice changed the output (%d more redactions: %v)\nonce:  %s\ntwice: %s", rep2.Redacted, rep2.Findings, out, again)
			}
			if t.Failed() || testing.Verbose() {
				t.Logf("request body:  %s", req)
				t.Logf("response body: %s", resp)
			}
		})
	}
}

// TestConnectionStrings checks that a connection string under a secret
// name loses its secret members only, and that a value that is not one
// (a password with '=' and ';') goes whole.
func TestConnectionStrings(t *testing.T) {
	for _, c := range []struct {
		body        string
		gone, stays []string
	}{
		{`{"connectionString":"Server=tcp:db.example.net,1433;Database=PolicyDB;User ID=app;Password=Vq3-lantern-Moss;Encrypt=True"}`,
			[]string{"Vq3-lantern-Moss"}, []string{"Server=tcp:db.example.net,1433;Database=PolicyDB;", "Encrypt=True"}},
		{`{"AzureWebJobsStorage":"DefaultEndpointsProtocol=https;AccountName=acmefiles;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A=;EndpointSuffix=core.windows.net"}`,
			[]string{"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A="}, []string{"AccountName=acmefiles", "EndpointSuffix=core.windows.net"}},
		{`{"db_connection":"Host=pg.internal;Port=5432;Password='semi;colon-Pass9';Username=svc"}`,
			[]string{"semi;colon-Pass9"}, []string{"Host=pg.internal;Port=5432;"}},
		{`{"client_secret":"a=Kq8v2;b=Zp4w9x"}`, []string{"Kq8v2", "Zp4w9x"}, nil},
		{`{"connectionString":"Server=db;Token=Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQ"}`, []string{"Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQ"}, []string{"Server=db;"}},
	} {
		out, _ := sanitizeBytes(t, carrierHAR(t, "application/json", c.body, false))
		req, _ := bodies(t, out)
		for _, g := range c.gone {
			if strings.Contains(req, g) {
				t.Errorf("%s: %q survived: %s", c.body, g, req)
			}
		}
		for _, k := range c.stays {
			if !strings.Contains(req, k) {
				t.Errorf("%s: %q was lost: %s", c.body, k, req)
			}
		}
	}
}

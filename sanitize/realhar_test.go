package sanitize

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedHARs is where the project's real HAR files live (beside the repo).
const sharedHARs = "../../shared/hars"

// knownCredentials are credentials the real files are known to carry.
var knownCredentials = map[string][]string{
	"mitmproxy__flows_diff_data.har": {"AIzaSyDyT5W0Jh49F30Pqqtyfdf7pDLFKLJoAnw", "ya29.a0AfB_byDg8-jTAQMiRXx-Dq3J1Pnb5NHe2LPWoocBcEIJrVmZt5QIZpy4SCYADq8LRThKz0OWYAO", "ekKbs8IHIKMWUnFlBjwKmIViLmYdDaOfEF"},
	"mitmproxy__flows_websocket.har": {"VCXCEuvhGcBDP7XhiJJUDvR1e1D3eiVjgZ9VRiaV"},
	"mitmproxy__chrome.har":          {"lTu95MmvfwxU5H_h/Af79riHHI6PPtD3q3"},
	"harviewer__fiddler_noPages.har": {"ntk20l55nhr11v45vbrmqo45", "190ea21e-9769-47f9-b069-40c44c16a7c5"},
}

func realHARs(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join(sharedHARs, "*.har"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no real HAR files in %s: under CI=true the shared folder must be there", sharedHARs)
		}
		t.Skipf("no real HAR files in %s (the shared folder beside the repository)", sharedHARs)
	}
	return files
}

func TestRealHARs(t *testing.T) {
	for _, path := range realHARs(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out, rep := sanitizeBytes(t, in)
			body := bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
			if !json.Valid(body) {
				t.Fatal("output is not valid JSON")
			}
			if bytes.HasPrefix(in, []byte("\xef\xbb\xbf")) != bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
				t.Error("byte-order mark not kept")
			}
			a, b := entrySummary(t, in), entrySummary(t, out)
			if len(a) != len(b) || rep.Entries != len(a) {
				t.Fatalf("entries: %d in, %d out, report %d", len(a), len(b), rep.Entries)
			}
			for i := range a {
				if a[i] != b[i] {
					t.Errorf("entry %d changed: %q became %q", i, a[i], b[i])
				}
			}
			views := decodedViews(body)
			for _, cred := range knownCredentials[name] {
				if strings.Contains(views, cred) {
					t.Errorf("known credential %.12s… survived", cred)
				}
			}
			outside := withoutCookies(t, in)
			for _, v := range cookieValues(t, in) {
				if len(v) >= 12 && !bytes.Contains(outside, []byte(v)) && strings.Contains(views, v) {
					t.Errorf("cookie value %.12s… survived", v)
				}
			}
			// Re-sanitizing changes nothing; verify finds nothing.
			again, rep2 := sanitizeBytes(t, out)
			if !bytes.Equal(again, out) {
				t.Errorf("re-sanitizing changed the file: %d more redactions %v", rep2.Redacted, rep2.Findings)
			}
			t.Logf("%d entries, redacted %d: %v", rep.Entries, rep.Redacted, rep.Counts)
		})
	}
}

// entrySummary is method, status and mime type of each entry, in order.
func entrySummary(t *testing.T, doc []byte) []string {
	var h struct {
		Log struct {
			Entries []struct {
				Request struct {
					Method string
				}
				Response struct {
					Status  int
					Content struct{ MimeType string }
				}
				StartedDateTime string
			}
		}
	}
	if err := json.Unmarshal(bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf")), &h); err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, e := range h.Log.Entries {
		s = append(s, strings.Join([]string{e.StartedDateTime, e.Request.Method, string(rune('0' + e.Response.Status/100)), e.Response.Content.MimeType}, " "))
	}
	return s
}

type harCookies struct {
	Log struct {
		Entries []struct {
			Request, Response struct {
				Cookies []struct{ Value string }
			}
		}
	}
}

func cookieValues(t *testing.T, doc []byte) []string {
	var h harCookies
	if err := json.Unmarshal(bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf")), &h); err != nil {
		t.Fatal(err)
	}
	var vs []string
	for _, e := range h.Log.Entries {
		for _, c := range append(e.Request.Cookies, e.Response.Cookies...) {
			vs = append(vs, c.Value)
		}
	}
	return vs
}

// withoutCookies is the document without its cookie-bearing fields, to
// tell a cookie value that also appears elsewhere (a timestamp, say).
func withoutCookies(t *testing.T, doc []byte) []byte {
	var v any
	if err := json.Unmarshal(bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf")), &v); err != nil {
		t.Fatal(err)
	}
	var strip func(v any) any
	strip = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			delete(v, "cookies")
			if n, ok := v["name"].(string); ok && (strings.EqualFold(n, "cookie") || strings.EqualFold(n, "set-cookie")) {
				delete(v, "value")
			}
			for k, x := range v {
				v[k] = strip(x)
			}
		case []any:
			for i, x := range v {
				v[i] = strip(x)
			}
		}
		return v
	}
	b, _ := json.Marshal(strip(v))
	return b
}

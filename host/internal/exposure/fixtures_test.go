package exposure

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testKey is the fingerprint key of the tests.
var testKey = []byte("exposure-test-key-0123456789abcdef")

// testAt is the time verdicts are given for in the fixture tests.
var testAt = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// fp computes a fingerprint independently of the engine: the first 6 bytes
// of HMAC-SHA256(key, "fingerprint" 0x00 value), in hex.
func fp(value string) string {
	m := hmac.New(sha256.New, testKey)
	m.Write([]byte("fingerprint\x00" + value))
	return hex.EncodeToString(m.Sum(nil)[:6])
}

func jwt(claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + ".c2lnbmF0dXJlLW5vdC1yZWFsLWJ1dC1sb25nLWVub3VnaA"
}

// The fixture credentials, with what the report must say about them at testAt.
var (
	jwtLive     = jwt(`{"sub":"u-1001","iss":"login.example.com","exp":1796083200}`) // 2026-12-01T00:00:00Z
	jwtExpired  = jwt(`{"sub":"u-1001","iss":"login.example.com","exp":1793577600}`) // 2026-11-02T00:00:00Z
	jwtConsole  = jwt(`{"sub":"ops-7","iss":"login.example.com","exp":1795456800}`)  // 2026-11-23T18:00:00Z
	sessionID   = "S3ssionValue-4f9a2c1b7e"
	refreshVal  = "R3freshValue-9d8c7b6a5f"
	oldVal      = "0ldCookieValue-1a2b3c4d"
	rememberVal = "R3memberValue-77aa88bb99"
	apiKey      = "adm1nKey-5e6f7a8b9c0d1e2f"
	amzCred     = "AKIAIOSFODNN7EXAMPLE/20261122/us-east-1/s3/aws4_request"
	amzSig      = "8f3a0c6e1b2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90"
	sasSig      = "c2FzU2lnbmF0dXJlVmFsdWUx0123456789abcdef"
)

type want struct {
	fingerprint string
	kind        string
	host        string
	name        string
	verdict     Verdict
	expires     time.Time
	files       []string
	priv        bool
}

var wantCreds = []want{
	{fp(jwtConsole), "authorization", "console.example.com", "Authorization", Live, time.Unix(1795456800, 0).UTC(), []string{"support-case-42.zip!/nested/d.har.gz"}, true},
	{fp(jwtLive), "authorization", "api.example.com", "Authorization", Live, time.Unix(1796083200, 0).UTC(), []string{"a.har", "sub/b.har.gz"}, false},
	{fp(refreshVal), "cookie", "app.example.com", "refresh", Live, time.Date(2026, 11, 22, 12, 30, 0, 0, time.UTC), []string{"a.har"}, false},
	{fp(rememberVal), "cookie", "app.example.com", "remember", Live, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), []string{"support-case-42.zip!/nested/d.har.gz"}, false},
	{fp(amzCred), "signature", "examplebucket.s3.amazonaws.com", "X-Amz-Credential", Live, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), []string{"a.har"}, false},
	{fp(amzSig), "signature", "examplebucket.s3.amazonaws.com", "X-Amz-Signature", Live, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), []string{"a.har"}, false},
	{fp(apiKey), "api-key", "admin.example.com", "X-API-Key", Unknown, time.Time{}, []string{"support-case-42.zip!/nested/d.har.gz"}, true},
	{fp(sessionID), "cookie", "app.example.com", "sid", Unknown, time.Time{}, []string{"a.har", "sub/b.har.gz", "support-case-42.zip!/c.har", "support-case-42.zip!/nested/d.har.gz"}, false},
	{fp(sasSig), "signature", "acct.blob.core.windows.net", "sig", Expired, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), []string{"support-case-42.zip!/c.har"}, false},
	{fp(jwtExpired), "authorization", "api.example.com", "Authorization", Expired, time.Unix(1793577600, 0).UTC(), []string{"support-case-42.zip!/c.har"}, false},
	{fp(oldVal), "cookie", "app.example.com", "old", Expired, time.Date(2015, 10, 21, 7, 28, 0, 0, time.UTC), []string{"sub/b.har.gz"}, false},
}

// entry builds one HAR entry.
type entry struct {
	time       string
	url        string
	query      [][2]string
	reqHeaders [][2]string
	reqCookies []map[string]string
	resHeaders [][2]string
}

// harEntry keeps the members in the order browsers write them
// (startedDateTime first: Max-Age is counted from it).
type harEntry struct {
	StartedDateTime string         `json:"startedDateTime"`
	Time            int            `json:"time"`
	Request         map[string]any `json:"request"`
	Response        map[string]any `json:"response"`
	Cache           map[string]any `json:"cache"`
	Timings         map[string]any `json:"timings"`
}

func (e entry) json() harEntry {
	hdr := func(list [][2]string) []map[string]string {
		out := []map[string]string{}
		for _, h := range list {
			out = append(out, map[string]string{"name": h[0], "value": h[1]})
		}
		return out
	}
	cookies := []map[string]string{}
	if e.reqCookies != nil {
		cookies = e.reqCookies
	}
	return harEntry{StartedDateTime: e.time, Time: 12,
		Request: map[string]any{"method": "GET", "url": e.url, "httpVersion": "h2",
			"headers": hdr(e.reqHeaders), "queryString": hdr(e.query), "cookies": cookies, "headersSize": -1, "bodySize": 0},
		Response: map[string]any{"status": 200, "statusText": "OK", "httpVersion": "h2",
			"headers": hdr(e.resHeaders), "cookies": []any{},
			"content":     map[string]any{"size": 2, "mimeType": "application/json", "text": "{}"},
			"redirectURL": "", "headersSize": -1, "bodySize": 2},
		Cache: map[string]any{}, Timings: map[string]any{"send": 0, "wait": 10, "receive": 2},
	}
}

func har(t testing.TB, entries ...entry) []byte {
	list := []any{}
	for _, e := range entries {
		list = append(list, e.json())
	}
	b, err := json.MarshalIndent(map[string]any{"log": map[string]any{"version": "1.2",
		"creator": map[string]any{"name": "test", "version": "1"}, "entries": list}}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipOf(t testing.TB, members ...any) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(members); i += 2 {
		w, err := zw.Create(members[i].(string))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(members[i+1].([]byte))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const presigned = "https://examplebucket.s3.amazonaws.com/reports/q3.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
	"&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261122%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T100000Z" +
	"&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=" + "8f3a0c6e1b2d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90"

const sasURL = "https://acct.blob.core.windows.net/exports/case.csv?sv=2022-11-02&se=2026-11-20T00%3A00%3A00Z&sr=b&sp=r&sig=" +
	"c2FzU2lnbmF0dXJlVmFsdWUx0123456789abcdef"

// writeFixtures writes the generated folder of the tests:
//
//	a.har                         plain: live JWT, session cookie, Max-Age cookie, presigned S3 URL
//	bad.har.gz                    a truncated gzip stream (skipped)
//	broken.har                    truncated JSON (skipped)
//	clean.har                     no credential
//	notes.txt                     ignored
//	other.zip                     no HAR inside (skipped; its readme ignored)
//	sub/b.har.gz                  gzip: live JWT again, session cookie again, expired Set-Cookie
//	support-case-42.zip
//	  c.har                       expired JWT, session cookie again, expired SAS URL
//	  nested/d.har.gz             session cookie again, cookies[] expiry, admin API key, console JWT
//	  readme.txt                  ignored
func writeFixtures(t testing.TB, dir string) {
	t.Helper()
	a := har(t,
		entry{time: "2026-11-22T09:00:00.000Z", url: "https://api.example.com/v1/me",
			reqHeaders: [][2]string{{"Authorization", "Bearer " + jwtLive}, {"Accept", "application/json"}}},
		entry{time: "2026-11-22T11:30:00.000Z", url: "https://app.example.com/home",
			reqHeaders: [][2]string{{"Cookie", "sid=" + sessionID}},
			resHeaders: [][2]string{{"Set-Cookie", "refresh=" + refreshVal + "; Max-Age=3600; Path=/; Secure; HttpOnly"}}},
		entry{time: "2026-11-22T11:45:00.000Z", url: presigned,
			query: [][2]string{{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"}, {"X-Amz-Credential", amzCred},
				{"X-Amz-Date", "20261122T100000Z"}, {"X-Amz-Expires", "86400"}, {"X-Amz-SignedHeaders", "host"}, {"X-Amz-Signature", amzSig}}},
	)
	b := har(t,
		entry{time: "2026-11-21T08:00:00+01:00", url: "https://api.example.com/v1/orders",
			reqHeaders: [][2]string{{"authorization", "Bearer " + jwtLive}}},
		entry{time: "2026-11-21T08:05:00+01:00", url: "https://app.example.com/orders",
			reqHeaders: [][2]string{{"cookie", "sid=" + sessionID}},
			resHeaders: [][2]string{{"set-cookie", "old=" + oldVal + "; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/"}}},
	)
	c := har(t,
		entry{time: "2026-11-01T10:00:00Z", url: "https://api.example.com/v1/me",
			reqHeaders: [][2]string{{"Authorization", "Bearer " + jwtExpired}}},
		entry{time: "2026-11-01T10:01:00Z", url: "https://app.example.com/",
			reqHeaders: [][2]string{{"Cookie", "sid=" + sessionID}}},
		entry{time: "2026-11-01T10:02:00Z", url: sasURL},
	)
	d := har(t,
		entry{time: "2026-11-22T07:00:00Z", url: "https://app.example.com/settings",
			reqHeaders: [][2]string{{"Cookie", "sid=" + sessionID + "; remember=" + rememberVal}},
			reqCookies: []map[string]string{{"name": "remember", "value": rememberVal, "expires": "2027-01-01T00:00:00.000Z"}}},
		entry{time: "2026-11-22T07:10:00Z", url: "https://admin.example.com/api/users",
			reqHeaders: [][2]string{{"X-API-Key", apiKey}}},
		entry{time: "2026-11-22T07:20:00Z", url: "https://console.example.com/projects",
			reqHeaders: [][2]string{{"Authorization", "Bearer " + jwtConsole}}},
	)
	clean := har(t, entry{time: "2026-11-22T07:00:00Z", url: "https://www.example.org/", reqHeaders: [][2]string{{"Accept", "*/*"}}})
	files := map[string][]byte{
		"a.har":               a,
		"bad.har.gz":          gz(t, a)[:40],
		"broken.har":          []byte(`{"log": {"entries": [{"request": {"url": "https://x.example/?token=`),
		"clean.har":           clean,
		"notes.txt":           []byte("case notes\n"),
		"other.zip":           zipOf(t, "readme.txt", []byte("nothing here")),
		"sub/b.har.gz":        gz(t, b),
		"support-case-42.zip": zipOf(t, "c.har", c, "nested/", []byte{}, "nested/d.har.gz", gz(t, d), "readme.txt", []byte("hi")),
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// rel strips the fixture folder from a report's file name.
func rel(dir, name string) string {
	return strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(name, dir)), "/")
}

func fmtWant(w want) string {
	return fmt.Sprintf("%s %s %s %s %s %v", w.fingerprint, w.kind, w.host, w.name, w.verdict, w.expires.Format(time.RFC3339))
}

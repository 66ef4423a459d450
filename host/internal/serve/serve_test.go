package serve

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestSanitizeLikeTheCLI: the service's output is the CLI pipeline's, byte
// for byte apart from the marker's export id and time, plain and gzip.
func TestSanitizeLikeTheCLI(t *testing.T) {
	r := start(t, Config{}, false)
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"sample", sampleHAR(t)},
		{"generated-1MB", generated(t, 1<<20, 1)},
		{"generated-4MB", generated(t, 4<<20, 2)},
	} {
		want := normalize(cliSanitize(t, tc.in))
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(tc.in)
		zw.Close()
		for _, enc := range []string{"", "gzip"} {
			body := tc.in
			if enc == "gzip" {
				body = gz.Bytes()
			}
			res, got := post(t, r.url+"/v1/sanitize", bytes.NewReader(body), "Content-Encoding", enc)
			if res.StatusCode != 200 {
				t.Fatalf("%s %s: status %d: %s", tc.name, enc, res.StatusCode, got)
			}
			if !bytes.Equal(normalize(got), want) {
				t.Errorf("%s %s: the output differs from the CLI's (%d vs %d bytes)", tc.name, enc, len(got), len(want))
			}
			var rep reportSummary
			if err := json.Unmarshal([]byte(res.Header.Get(ReportHeader)), &rep); err != nil {
				t.Fatalf("%s: report header %q: %v", tc.name, res.Header.Get(ReportHeader), err)
			}
			if rep.Redacted == 0 || rep.Entries == 0 || rep.BytesOut != int64(len(got)) || rep.BytesIn != int64(len(tc.in)) {
				t.Errorf("%s %s: report %+v (output %d bytes)", tc.name, enc, rep, len(got))
			}
			if !bytes.Contains(got, []byte(`"exportId":"`+rep.ExportID+`"`)) {
				t.Errorf("%s: the report's export id %s is not the marker's", tc.name, rep.ExportID)
			}
		}
	}
}

// TestErrorStatuses: every refusal is a JSON error with its status and
// code, and nothing sanitized comes with it.
func TestErrorStatuses(t *testing.T) {
	r := start(t, Config{MaxBody: 1 << 20}, false)
	har := sampleHAR(t)
	gzipOf := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	f, _ := zw.Create("a.har")
	f.Write(har)
	zw.Close()
	big := generated(t, 2<<20, 3)
	bomb := gzipOf(bytes.Repeat([]byte(" "), 8<<20)) // 8 MiB of spaces in a few KiB
	for _, route := range []string{"/v1/sanitize", "/v1/verify"} {
		for _, tc := range []struct {
			name    string
			method  string
			body    io.Reader
			hdr     []string
			status  int
			code    string
			message string
		}{
			{"not POST", "GET", nil, nil, 405, codeMethod, "Use POST"},
			{"text/plain", "POST", bytes.NewReader(har), []string{"Content-Type", "text/plain"}, 415, codeMediaType, "not accepted"},
			{"no content type", "POST", bytes.NewReader(har), []string{"Content-Type", ""}, 415, codeMediaType, "not accepted"},
			{"brotli", "POST", bytes.NewReader(har), []string{"Content-Encoding", "br"}, 415, codeMediaType, "content encoding"},
			{"zip", "POST", bytes.NewReader(zipped.Bytes()), nil, 415, codeMediaType, "zip archive"},
			{"over max-body", "POST", bytes.NewReader(big), nil, 413, codeTooLarge, "limit of 1 MiB"},
			{"over max-body, chunked", "POST", io.MultiReader(bytes.NewReader(big)), nil, 413, codeTooLarge, "limit of 1 MiB"},
			{"gzip bomb", "POST", bytes.NewReader(bomb), []string{"Content-Encoding", "gzip"}, 413, codeTooLarge, "limit of 1 MiB"},
			{"damaged gzip", "POST", bytes.NewReader(gzipOf(har)[:200]), []string{"Content-Encoding", "gzip"}, 400, "", ""},
			{"not gzip", "POST", bytes.NewReader(har), []string{"Content-Encoding", "gzip"}, 400, codeMalformed, "gzip"},
			{"malformed JSON", "POST", strings.NewReader(`{"log": {"entries": [`), nil, 400, "", ""},
			{"not a HAR", "POST", strings.NewReader(`{"hello": "world"}`), nil, 400, "", ""},
			{"empty", "POST", strings.NewReader(""), nil, 400, "", ""},
		} {
			t.Run(route+"/"+tc.name, func(t *testing.T) {
				req, _ := http.NewRequest(tc.method, r.url+route, tc.body)
				req.Header.Set("Content-Type", "application/json")
				for i := 0; i+1 < len(tc.hdr); i += 2 {
					if tc.hdr[i+1] == "" {
						req.Header.Del(tc.hdr[i])
					} else {
						req.Header.Set(tc.hdr[i], tc.hdr[i+1])
					}
				}
				res, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				defer res.Body.Close()
				b, _ := io.ReadAll(res.Body)
				checkError(t, res, b, tc.status, tc.code, tc.message)
			})
		}
	}
	res, b := post(t, r.url+"/v1/nope", strings.NewReader("{}"))
	checkError(t, res, b, 404, codeNotFound, "no such API route")
}

// checkError checks an error response: status, JSON shape, code, message.
func checkError(t *testing.T, res *http.Response, b []byte, status int, code, msg string) {
	t.Helper()
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, b)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("content type %q", ct)
	}
	if res.Header.Get(ReportHeader) != "" {
		t.Errorf("an error came with a report header")
	}
	var e errorBody
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("not an error body (%v): %s", err, b)
	}
	if code != "" && e.Error.Code != code {
		t.Errorf("code %q, want %q (%s)", e.Error.Code, code, e.Error.Message)
	}
	if !strings.Contains(e.Error.Message, msg) {
		t.Errorf("message %q does not say %q", e.Error.Message, msg)
	}
	if bytes.Contains(b, []byte(`"entries":`)) || bytes.Contains(b, []byte(`"log":`)) {
		t.Errorf("the error body holds HAR content: %s", b)
	}
}

// TestMalformedSentence: a HAR the sanitizer refuses gets the CLI's
// sentence, with its code.
func TestMalformedSentence(t *testing.T) {
	r := start(t, Config{}, false)
	for _, tc := range []struct{ body, code, msg string }{
		{``, codeEmpty, "empty"},
		{`{"log": {"entries": [`, codeMalformed, ""},
		{`[1, 2, 3]`, codeNotHAR, ""},
	} {
		res, b := post(t, r.url+"/v1/sanitize", strings.NewReader(tc.body))
		checkError(t, res, b, 400, tc.code, tc.msg)
	}
}

// TestBusy: over --max-concurrent, 503 with Retry-After; the held
// request still completes.
func TestBusy(t *testing.T) {
	r := start(t, Config{MaxConcurrent: 1}, false)
	har := sampleHAR(t)
	finish, held := slowUpload(r.url, har)
	waitFor(t, func() bool { return len(r.srv.slots) == 1 })
	res, b := post(t, r.url+"/v1/verify", bytes.NewReader(har))
	checkError(t, res, b, 503, codeBusy, "busy")
	if res.Header.Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	finish()
	if st := <-held; st != 200 {
		t.Errorf("the held request ended with %d", st)
	}
	waitFor(t, func() bool { return len(r.srv.slots) == 0 })
	res, _ = post(t, r.url+"/v1/verify", bytes.NewReader(har))
	if res.StatusCode != 200 {
		t.Errorf("after the slot was freed: %d", res.StatusCode)
	}
}

// TestSlowClient: an upload that stalls for longer than BodyTimeout gets
// 408.
func TestSlowClient(t *testing.T) {
	r := start(t, Config{BodyTimeout: 300 * time.Millisecond}, false)
	for _, route := range []string{"/v1/sanitize", "/v1/verify"} {
		conn, err := net.Dial("tcp", strings.TrimPrefix(r.url, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"log\":", route)
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		res, err := http.ReadResponse(bufioReader(conn), nil)
		if err != nil {
			t.Fatalf("%s: %v", route, err)
		}
		b, _ := io.ReadAll(res.Body)
		conn.Close()
		checkError(t, res, b, 408, codeTimeout, "stalled")
	}
}

// TestAuth: with a token the API routes need it, the probes and metrics
// on the admin address do not; without one, nothing is asked.
func TestAuth(t *testing.T) {
	const token = "s3cret-token-for-the-test"
	r := start(t, Config{Token: token}, true)
	har := sampleHAR(t)
	for _, tc := range []struct {
		auth   string
		status int
	}{
		{"", 401},
		{"Bearer wrong-token-for-the-test", 401},
		{"Basic " + token, 401},
		{"Bearer " + token, 200},
		{"bearer " + token, 200},
	} {
		for _, route := range []string{"/v1/sanitize", "/v1/verify"} {
			res, b := post(t, r.url+route, bytes.NewReader(har), "Authorization", tc.auth)
			if res.StatusCode != tc.status {
				t.Errorf("%s with %q: %d, want %d", route, tc.auth, res.StatusCode, tc.status)
			}
			if tc.status == 401 {
				checkError(t, res, b, 401, codeUnauthorized, "bearer token")
				if res.Header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
			}
		}
	}
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		if res := get(t, r.admin+p); res.StatusCode != 200 {
			t.Errorf("admin %s: %d", p, res.StatusCode)
		}
		if res := get(t, r.url+p); res.StatusCode != 404 {
			t.Errorf("%s on the API address with --admin-listen: %d, want 404", p, res.StatusCode)
		}
	}
	open := start(t, Config{}, false)
	if res, _ := post(t, open.url+"/v1/sanitize", bytes.NewReader(har)); res.StatusCode != 200 {
		t.Errorf("auth off: %d", res.StatusCode)
	}
	if res := get(t, open.url+"/metrics"); res.StatusCode != 200 {
		t.Errorf("metrics on the API address without --admin-listen: %d", res.StatusCode)
	}
}

// TestVerify: the JSON of verify --json, 200 with clean false for a
// capture and true for its sanitized copy.
func TestVerify(t *testing.T) {
	r := start(t, Config{}, false)
	har := sampleHAR(t)
	res, b := post(t, r.url+"/v1/verify?at=2026-11-22T12:00:00Z", bytes.NewReader(har))
	var v struct {
		Clean    bool `json:"clean"`
		Findings []struct {
			Path, Kind string
		} `json:"findings"`
		At time.Time `json:"at"`
	}
	if err := json.Unmarshal(b, &v); err != nil || res.StatusCode != 200 {
		t.Fatalf("%d %v: %s", res.StatusCode, err, b)
	}
	if v.Clean || len(v.Findings) == 0 || !v.At.Equal(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("capture: clean %v, %d findings, at %v", v.Clean, len(v.Findings), v.At)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(har)
	zw.Close()
	plain := b
	res, b = post(t, r.url+"/v1/verify?at=2026-11-22T12:00:00Z", &gz, "Content-Encoding", "gzip")
	if res.StatusCode != 200 || !bytes.Equal(b, plain) {
		t.Errorf("gzip: %d, the same JSON as plain: %v", res.StatusCode, bytes.Equal(b, plain))
	}
	_, clean := post(t, r.url+"/v1/sanitize", bytes.NewReader(har))
	res, b = post(t, r.url+"/v1/verify", bytes.NewReader(clean))
	if err := json.Unmarshal(b, &v); err != nil || res.StatusCode != 200 || !v.Clean {
		t.Errorf("sanitized copy: %d clean=%v %s", res.StatusCode, v.Clean, b[:min(len(b), 300)])
	}
	res, b = post(t, r.url+"/v1/verify?at=yesterday", bytes.NewReader(har))
	checkError(t, res, b, 400, codeMalformed, "RFC 3339")
}

func get(t *testing.T, url string) *http.Response {
	t.Helper()
	res, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// waitFor polls cond for up to 10 seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("timed out waiting")
}

// openFDs counts this process's open file descriptors (Linux).
func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	return len(ents)
}

// TestDisconnectMidUpload: a client that goes away mid-upload leaves no
// goroutine, no open file and no spool behind.
func TestDisconnectMidUpload(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("counts open files through /proc")
	}
	r := start(t, Config{}, false)
	har := generated(t, 4<<20, 4)
	// Warm up: the first request starts what stays (the listener's
	// goroutines, the transport's).
	post(t, r.url+"/v1/sanitize", bytes.NewReader(har))
	client.CloseIdleConnections()
	settle := func() (int, int) {
		time.Sleep(50 * time.Millisecond)
		return runtime.NumGoroutine(), openFDs(t)
	}
	g0, fd0 := settle()
	for _, route := range []string{"/v1/sanitize", "/v1/verify"} {
		for _, cut := range []int{10, len(har) / 2, len(har) - 10} {
			conn, err := net.Dial("tcp", strings.TrimPrefix(r.url, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", route, len(har))
			conn.Write(har[:cut])
			waitFor(t, func() bool { return r.srv.inFlight() == 1 })
			conn.Close()
			waitFor(t, func() bool { return r.srv.inFlight() == 0 })
		}
	}
	var g, fd int
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		if g, fd = settle(); g <= g0 && fd <= fd0 {
			break
		}
	}
	if g > g0 || fd > fd0 {
		buf := make([]byte, 1<<20)
		t.Errorf("left behind: %d goroutines (was %d), %d open files (was %d)\n%s", g, g0, fd, fd0, buf[:runtime.Stack(buf, true)])
	}
	if ents, _ := os.ReadDir(r.srv.cfg.SpoolDir); len(ents) != 0 {
		t.Errorf("spool folder not empty: %v", ents)
	}
	// The service still works.
	if res, _ := post(t, r.url+"/v1/sanitize", bytes.NewReader(har)); res.StatusCode != 200 {
		t.Errorf("after the disconnects: %d", res.StatusCode)
	}
}

// TestGracefulShutdown: on shutdown the requests in flight finish with
// their whole answer, new connections are refused, and Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	r := start(t, Config{}, false)
	har := generated(t, 2<<20, 5)
	want := normalize(cliSanitize(t, har))
	type result struct {
		status int
		body   []byte
		err    error
	}
	const n = 3
	results := make(chan result, n)
	writers := make([]*io.PipeWriter, n)
	for i := range n {
		pr, pw := io.Pipe()
		writers[i] = pw
		go func() {
			req, _ := http.NewRequest("POST", r.url+"/v1/sanitize", pr)
			req.Header.Set("Content-Type", "application/json")
			res, err := client.Do(req)
			if err != nil {
				results <- result{err: err}
				return
			}
			b, err := io.ReadAll(res.Body)
			res.Body.Close()
			results <- result{res.StatusCode, b, err}
		}()
		pw.Write(har[:1000])
	}
	waitFor(t, func() bool { return len(r.srv.slots) == n })
	stopped := make(chan error, 1)
	go func() { stopped <- r.stop() }()
	waitFor(t, func() bool { return !r.srv.ready.Load() })
	time.Sleep(100 * time.Millisecond)
	if _, err := client.Get(r.url + "/healthz"); err == nil {
		t.Error("a new connection was accepted during the shutdown")
	}
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned (%v) with requests in flight", err)
	default:
	}
	for _, pw := range writers {
		pw.Write(har[1000:])
		pw.Close()
	}
	for range n {
		res := <-results
		if res.err != nil || res.status != 200 || !bytes.Equal(normalize(res.body), want) {
			t.Errorf("in flight: status %d, %d bytes, err %v", res.status, len(res.body), res.err)
		}
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve after a clean shutdown: %v", err)
	}
}

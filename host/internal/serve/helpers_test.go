package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/pipeline"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/internal/hargen"
)

// testKey is the placeholder key of every test server.
var testKey = []byte("0123456789abcdef0123456789abcdef")

// testExport is the export every test server makes.
func testExport() pipeline.Export {
	return pipeline.Export{Policy: policy.Policy{}, Key: testKey, Tool: "safehar", ToolVersion: "test"}
}

// running is a real server on a loopback port.
type running struct {
	srv   *Server
	url   string // the API's base URL
	admin string // the admin base URL ("" when on the API)
	stop  func() error
}

// start runs a server for cfg on 127.0.0.1 (and an admin listener when
// withAdmin) until the test ends or stop is called.
func start(t *testing.T, cfg Config, withAdmin bool) *running {
	t.Helper()
	if cfg.Export.Key == nil {
		cfg.Export = testExport()
	}
	if cfg.SpoolDir == "" {
		cfg.SpoolDir = t.TempDir()
	}
	srv := New(cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := Listeners{API: ln}
	r := &running{srv: srv, url: "http://" + ln.Addr().String()}
	if withAdmin {
		if l.Admin, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
		r.admin = "http://" + l.Admin.Addr().String()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, l) }()
	stopped := false
	var serr error
	r.stop = func() error {
		if !stopped {
			stopped = true
			cancel()
			serr = <-done
		}
		return serr
	}
	t.Cleanup(func() { r.stop() })
	return r
}

// post sends body to url with the headers given as name, value pairs.
func post(t *testing.T, url string, body io.Reader, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("POST %s: reading the response: %v", url, err)
	}
	return res, b
}

// client does not keep connections, so goroutine counts settle.
var client = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 2 * time.Minute}

// marker matches the parts of the safehar marker that differ per export.
var marker = regexp.MustCompile(`"exportId":"[0-9a-f-]{36}"|"sanitizedAt":"[^"]*"`)

// normalize blanks the export id and time of a sanitized HAR.
func normalize(b []byte) []byte { return marker.ReplaceAll(b, []byte(`"-":"-"`)) }

// sampleHAR is the repository's sample capture.
func sampleHAR(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../../testdata/sample.har")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// generated is a synthetic body-heavy HAR of about size bytes.
func generated(t testing.TB, size int64, seed uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := hargen.Write(&b, hargen.Options{Size: size, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// cliSanitize is what the CLI's pipeline writes for in with the test key.
func cliSanitize(t *testing.T, in []byte) []byte {
	t.Helper()
	s, err := testExport().Sanitizer("00000000-0000-7000-8000-000000000000")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := pipeline.Sanitize(s, &out, pipeline.NewSource(bytes.NewReader(in), "", "test", t.TempDir())); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func bufioReader(r io.Reader) *bufio.Reader { return bufio.NewReader(r) }

// startBench serves srv on a loopback port until the benchmark ends.
func startBench(b *testing.B, srv *Server) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, Listeners{API: ln}) }()
	b.Cleanup(func() { cancel(); <-done })
	return "http://" + ln.Addr().String()
}

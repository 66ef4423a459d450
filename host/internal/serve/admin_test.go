package serve

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// metricLine is one sample line of the Prometheus text format.
var metricLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (\S+)$`)

// TestMetrics: after some traffic, /metrics is valid text format: every
// sample belongs to a family declared by HELP and TYPE, values parse,
// histogram buckets are cumulative and end at +Inf with the count, and
// the counters say what happened.
func TestMetrics(t *testing.T) {
	r := start(t, Config{}, false)
	har := sampleHAR(t)
	post(t, r.url+"/v1/sanitize", bytes.NewReader(har))
	post(t, r.url+"/v1/sanitize", bytes.NewReader(har))
	post(t, r.url+"/v1/verify", bytes.NewReader(har))
	post(t, r.url+"/v1/sanitize", strings.NewReader("{"), "Content-Type", "text/plain")
	// A handler counts its request once the response is written: wait
	// until none is in flight, so the counters are final.
	var b []byte
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		res, err := client.Get(r.url + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(res.Body)
		res.Body.Close()
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
			t.Errorf("content type %q", ct)
		}
		if bytes.Contains(b, []byte("\nsafehar_requests_in_flight 0\n")) && bytes.Contains(b, []byte("\nsafehar_busy_slots 0\n")) || time.Now().After(deadline) {
			break
		}
	}
	types := map[string]string{}
	samples := map[string]float64{}
	var lastBucket = map[string]float64{}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if f := strings.Fields(line); len(f) >= 4 && f[0] == "#" && f[1] == "TYPE" {
			types[f[2]] = f[3]
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := metricLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("not a sample line: %q", line)
		}
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			t.Fatalf("value of %q: %v", line, err)
		}
		family := m[1]
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if base := strings.TrimSuffix(family, suf); base != family && types[base] == "histogram" {
				family = base
			}
		}
		if types[family] == "" {
			t.Errorf("sample %q before its TYPE", line)
		}
		if strings.HasSuffix(m[1], "_bucket") {
			series := regexp.MustCompile(`,?le="[^"]*"`).ReplaceAllString(m[2], "")
			if v < lastBucket[series] {
				t.Errorf("bucket %q below the one before", line)
			}
			lastBucket[series] = v
		}
		samples[m[1]+m[2]] = v
	}
	const positive = -1 // any value above 0
	for series, want := range map[string]float64{
		`safehar_requests_total{route="/v1/sanitize",code="200"}`:                 2,
		`safehar_requests_total{route="/v1/sanitize",code="415"}`:                 1,
		`safehar_requests_total{route="/v1/verify",code="200"}`:                   1,
		`safehar_received_bytes_total{route="/v1/sanitize"}`:                      float64(2 * len(har)),
		`safehar_received_bytes_total{route="/v1/verify"}`:                        float64(len(har)),
		`safehar_sent_bytes_total{route="/v1/sanitize"}`:                          positive,
		`safehar_sent_bytes_total{route="/v1/verify"}`:                            positive,
		`safehar_redactions_total{kind="cookie"}`:                                 positive,
		`safehar_request_duration_seconds_count{route="/v1/sanitize"}`:            3,
		`safehar_request_duration_seconds_bucket{route="/v1/sanitize",le="+Inf"}`: 3,
		`safehar_request_duration_seconds_bucket{route="/v1/sanitize",le="120"}`:  3,
		`safehar_request_duration_seconds_sum{route="/v1/sanitize"}`:              positive,
		`safehar_request_duration_seconds_count{route="/v1/verify"}`:              1,
		`safehar_requests_in_flight`:                                              0,
		`safehar_busy_slots`:                                                      0,
		`safehar_uptime_seconds`:                                                  positive,
	} {
		got, ok := samples[series]
		if !ok || want == positive && got <= 0 || want != positive && got != want {
			t.Errorf("%s = %v (present %v), want %v", series, got, ok, want)
		}
	}
}

// TestProbes: live and ready while serving, not ready while shutting
// down.
func TestProbes(t *testing.T) {
	r := start(t, Config{}, true)
	for _, p := range []string{"/healthz", "/readyz"} {
		if res := get(t, r.admin+p); res.StatusCode != 200 {
			t.Errorf("%s: %d", p, res.StatusCode)
		}
	}
	r.srv.ready.Store(false) // as during a shutdown
	if res := get(t, r.admin+"/readyz"); res.StatusCode != 503 {
		t.Errorf("/readyz while shutting down: %d", res.StatusCode)
	}
}

// TestPage: the page and its files come with the strict CSP.
func TestPage(t *testing.T) {
	r := start(t, Config{}, false)
	for _, tc := range []struct{ path, ctype, has string }{
		{"/", "text/html", `<script src="/app.js" defer></script>`},
		{"/app.js", "text/javascript", "/v1/sanitize"},
		{"/app.css", "text/css", "#drop"},
	} {
		res, err := client.Get(r.url + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), tc.ctype) || !strings.Contains(string(b), tc.has) {
			t.Errorf("%s: %d %s", tc.path, res.StatusCode, res.Header.Get("Content-Type"))
		}
		if csp := res.Header.Get("Content-Security-Policy"); csp != pageCSP || !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", tc.path, csp)
		}
	}
	if html := mustRead(t, "page/index.html"); strings.Contains(html, "<script>") || regexp.MustCompile(`\son[a-z]+=`).MatchString(html) {
		t.Error("the page has inline script, which the CSP would block")
	}
	if res := get(t, r.url+"/nothing-here"); res.StatusCode != 404 {
		t.Errorf("/nothing-here: %d", res.StatusCode)
	}
}

func mustRead(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTLS: with a certificate the API is served over HTTPS only.
func TestTLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	pool := selfSigned(t, certFile, keyFile)
	srv := New(Config{Export: testExport(), SpoolDir: t.TempDir()})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, Listeners{API: ln, TLSCert: certFile, TLSKey: keyFile}) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}, DisableKeepAlives: true}}
	res, err := c.Post("https://"+ln.Addr().String()+"/v1/sanitize", "application/json", bytes.NewReader(sampleHAR(t)))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || res.TLS == nil {
		t.Errorf("HTTPS: %d, TLS %v", res.StatusCode, res.TLS != nil)
	}
	res, err = client.Post("http://"+ln.Addr().String()+"/v1/sanitize", "application/json", bytes.NewReader(sampleHAR(t)))
	if err == nil {
		res.Body.Close()
		if res.StatusCode != 400 {
			t.Errorf("plain HTTP to the TLS port: %d", res.StatusCode)
		}
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key, and returns
// a pool that trusts it.
func selfSigned(t *testing.T, certFile, keyFile string) *x509.CertPool {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "safehar test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return pool
}

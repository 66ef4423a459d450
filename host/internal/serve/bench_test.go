package serve

import (
	"bytes"
	"io"
	"net/http"
	"testing"
)

// BenchmarkSanitizeHTTP: POST /v1/sanitize of a generated 20 MB HAR over
// loopback, the whole request (spools, both passes, the response).
func BenchmarkSanitizeHTTP(b *testing.B) {
	har := generated(b, 20<<20, 7)
	srv := New(Config{Export: testExport(), SpoolDir: b.TempDir()})
	url := startBench(b, srv)
	b.SetBytes(int64(len(har)))
	b.ResetTimer()
	for range b.N {
		res, err := http.Post(url+"/v1/sanitize", "application/json", bytes.NewReader(har))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			b.Fatal(res.Status)
		}
	}
}

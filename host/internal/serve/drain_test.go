package serve

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// gzipped is b gzip-compressed.
func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// TestRefusedEarlyStillAnswered: an upload the sanitizer refuses at its
// first bytes, while the client is still sending megabytes more, gets its
// error status, not a connection reset.
func TestRefusedEarlyStillAnswered(t *testing.T) {
	r := start(t, Config{}, false)
	body := append([]byte("[1"), bytes.Repeat([]byte(",1"), 12<<20)...)
	body = append(body, ']')
	for _, enc := range []string{"", "gzip"} {
		in := body
		if enc == "gzip" {
			in = gzipped(t, body)
		}
		for range 3 {
			res, b := post(t, r.url+"/v1/sanitize", bytes.NewReader(in), "Content-Encoding", enc)
			checkError(t, res, b, 400, codeNotHAR, "")
		}
	}
}

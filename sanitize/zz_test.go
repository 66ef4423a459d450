package sanitize

import (
	"os"
	"testing"
)

// ZZ=body ZZMIME=type go test ./sanitize -run TestZZ -v: a debugging aid.
func TestZZ(t *testing.T) {
	body := os.Getenv("ZZ")
	if body == "" {
		t.Skip()
	}
	out, _ := sanitizeBytes(t, carrierHAR(t, os.Getenv("ZZMIME"), body, false))
	req, resp := bodies(t, out)
	t.Logf("\nreq:  %s\nresp: %s", req, resp)
}

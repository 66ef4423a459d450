package pipeline

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

const sourceHAR = `{"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/","headers":[{"name":"Cookie","value":"sid=Zx8kPq2mW9vR4tL7nB3c"}]},"response":{"status":200,"content":{"mimeType":"text/plain","text":"echo Zx8kPq2mW9vR4tL7nB3c"}}}]}}`

// TestSourceSpoolRemoved: the first pass's spool goes in the folder asked
// for, holds no byte in the clear while it exists, and is gone once the
// run ends; the output is the library's SanitizeSpooled output.
func TestSourceSpoolRemoved(t *testing.T) {
	for _, spooled := range []bool{false, true} {
		dir := t.TempDir()
		s := sanitize.New(nil, sanitize.WithKey(bytes.Repeat([]byte{7}, 32)))
		var src *Source
		if spooled {
			up, err := spool.New(dir)
			if err != nil {
				t.Fatal(err)
			}
			up.Write([]byte(sourceHAR))
			src = NewSpooledSource(up, "the upload")
		} else {
			src = NewSource(strings.NewReader(sourceHAR), "", "standard input", dir)
		}
		var out bytes.Buffer
		rep, err := Sanitize(s, &out, src)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(out.Bytes(), []byte("Zx8kPq2mW9vR4tL7nB3c")) || rep.Redacted != 2 {
			t.Errorf("spooled=%v: %d redacted, output %s", spooled, rep.Redacted, out.Bytes())
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("spooled=%v: left behind: %v", spooled, ents)
		}
	}
}

// TestSourceSpoolError: a spool folder that cannot be written is named in
// the error.
func TestSourceSpoolError(t *testing.T) {
	src := NewSource(strings.NewReader(sourceHAR), "", "standard input", "/nonexistent/folder")
	_, err := Sanitize(sanitize.New(nil), &bytes.Buffer{}, src)
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/folder") {
		t.Errorf("err = %v, want one naming the folder", err)
	}
}

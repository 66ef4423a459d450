package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safehar/safehar/host/internal/nm"
)

// streamExport sends what gen writes as one export in chunks of chunk bytes
// (cut at character boundaries) and returns the final reply and the bytes
// sent.
func streamExport(t testing.TB, p *port, site string, chunk int, gen func(io.Writer)) (map[string]any, int64) {
	pr, pw := io.Pipe()
	go func() { gen(pw); pw.Close() }()
	p.send(map[string]any{"type": "begin", "site": site})
	id := p.expect("ready")["transfer"].(string)
	buf := make([]byte, chunk+utf8.UTFMax)
	var carry []byte
	var sent int64
	seq := 0
	for {
		n, err := io.ReadFull(pr, buf[len(carry):chunk])
		copy(buf, carry)
		data := buf[:len(carry)+n]
		carry = carry[:0]
		// Never split a character: keep an incomplete one for the next chunk.
		if err == nil {
			cut := len(data)
			for cut > 0 && cut > len(data)-utf8.UTFMax && !utf8.RuneStart(data[cut-1]) {
				cut--
			}
			if cut > 0 && !utf8.FullRune(data[cut-1:]) {
				carry = append(carry, data[cut-1:]...)
				data = data[:cut-1]
			}
		}
		if len(data) > 0 {
			msg, _ := json.Marshal(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": string(data)})
			p.sendRaw(nm.AppendFrame(nil, msg))
			p.expect("progress")
			sent += int64(len(data))
			seq++
		}
		if err != nil {
			break
		}
	}
	p.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	return p.recv(), sent
}

// peakRSS is a running child's peak resident set in bytes (Linux: VmHWM;
// 0 elsewhere). The rusage of a finished child is no good here: Go starts
// children with CLONE_VM, so their ru_maxrss counts the parent's memory.
func peakRSS(p *port) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// TestNative200MB streams a 200 MB capture, generated on the fly, through
// the protocol and checks the saved file and the host's peak memory.
func TestNative200MB(t *testing.T) {
	if testing.Short() {
		t.Skip("200 MB export skipped under -short")
	}
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"))
	start := time.Now()
	done, sent := streamExport(t, p, "big.example.com", chunkSize, func(w io.Writer) { genHAR(w, 200<<20) })
	elapsed := time.Since(start)
	if done["type"] != "done" {
		t.Fatalf("got %v (stderr: %s)", done, p.stderr)
	}
	if b, _ := json.Marshal(done); len(b) >= nm.MaxOutbound {
		t.Fatalf("done reply is %d bytes", len(b))
	}
	rss := peakRSS(p)
	if code := p.wait(); code != 0 {
		t.Fatalf("exit %d (stderr: %s)", code, p.stderr)
	}
	t.Logf("%d MB in %s (%.0f MB/s end to end), host peak RSS %d MB", sent>>20, elapsed.Round(time.Millisecond),
		float64(sent)/1e6/elapsed.Seconds(), rss>>20)
	if rss > 100<<20 {
		t.Errorf("host peak RSS %d MB, want under 100 MB", rss>>20)
	}
	files := checkOutDir(t, out, 1)
	if fi, err := os.Stat(files[0]); err != nil || fi.Size() < 150<<20 {
		t.Fatalf("saved file %v, %v", fi, err)
	}
	if !strings.Contains(done["file"].(string), "big.example.com-") {
		t.Fatalf("file name %v", done["file"])
	}
}

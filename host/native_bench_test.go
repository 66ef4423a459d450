package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safehar/safehar/host/internal/nm"
)

// BenchmarkHost200MB compares, on the same 200 MB capture, "safehar
// sanitize" on a file with an export through the native-messaging protocol
// (frames prepared in advance, so the client's JSON encoding is not
// measured), and reports both throughputs and peak RSS. scripts/bench-host.sh
// runs it; host/BENCH.md has the figures.
func BenchmarkHost200MB(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "in.har")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	genHAR(f, 200<<20)
	f.Close()
	text, err := os.ReadFile(in)
	if err != nil {
		b.Fatal(err)
	}
	size := int64(len(text))

	// The frames a browser would send, chunked as the host suggests.
	var chunks [][]byte
	for rest := text; len(rest) > 0; {
		n := min(chunkSize, len(rest))
		for n < len(rest) && !utf8.RuneStart(rest[n]) {
			n++
		}
		chunks = append(chunks, rest[:n])
		rest = rest[n:]
	}
	b.ResetTimer()
	for b.Loop() {
		// 1. safehar sanitize IN -o OUT.
		// /usr/bin/time reports its child's peak RSS (%M, in KB) correctly.
		cmd := exec.Command("/usr/bin/time", "-f", "%U %S %M", hostBin, "sanitize", "-o", filepath.Join(dir, "cli.har"), in)
		cmd.Env = append(os.Environ(), "SAFEHAR_NO_KEYRING=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("sanitize: %v: %s", err, stderr.Bytes())
		}
		cli := time.Since(start)
		fields := strings.Fields(stderr.String())
		cliKB, _ := strconv.ParseInt(fields[len(fields)-1], 10, 64)
		cliRSS := cliKB << 10
		cliUser, _ := strconv.ParseFloat(fields[len(fields)-3], 64)
		cliSys, _ := strconv.ParseFloat(fields[len(fields)-2], 64)
		os.Remove(filepath.Join(dir, "cli.har"))

		// 2. The same capture through the protocol.
		out := filepath.Join(dir, "out")
		os.RemoveAll(out)
		p := startHost(b, hostEnv(b, out, "SAFEHAR_NO_KEYRING=1"))
		frames := make([][]byte, 0, len(chunks))
		p.send(map[string]any{"type": "begin", "site": "bench.example"})
		id := p.recv()["transfer"].(string)
		for i, c := range chunks {
			msg, _ := json.Marshal(map[string]any{"type": "chunk", "transfer": id, "seq": i, "data": string(c)})
			frames = append(frames, nm.AppendFrame(nil, msg))
		}
		w := bufio.NewWriter(p.in)
		start = time.Now()
		for _, fr := range frames {
			w.Write(fr)
			w.Flush()
			p.recv()
		}
		end, _ := json.Marshal(map[string]any{"type": "end", "transfer": id, "seq": len(chunks)})
		w.Write(nm.AppendFrame(nil, end))
		w.Flush()
		done := p.recv()
		host := time.Since(start)
		hostRSS := peakRSS(p)
		hostCPU := cpuSeconds(p)
		p.wait()
		if done["type"] != "done" {
			b.Fatalf("got %v: %s", done, p.stderr)
		}
		b.ReportMetric(float64(size)/1e6/cli.Seconds(), "sanitize-MB/s")
		b.ReportMetric(float64(size)/1e6/host.Seconds(), "protocol-MB/s")
		b.ReportMetric(host.Seconds()/cli.Seconds(), "ratio")
		b.ReportMetric(float64(cliRSS>>20), "sanitize-RSS-MB")
		b.ReportMetric(cliUser+cliSys, "sanitize-CPU-s")
		b.ReportMetric(hostCPU, "protocol-CPU-s")
		b.ReportMetric(float64(hostRSS>>20), "protocol-RSS-MB")
	}
}

// cpuSeconds is a running child's user+system CPU time (Linux; 0 elsewhere).
func cpuSeconds(p *port) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which ends with ')'): utime and stime
	// are the 12th and 13th, in clock ticks (100 per second on Linux).
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	s, _ := strconv.ParseFloat(f[12], 64)
	return (u + s) / 100
}

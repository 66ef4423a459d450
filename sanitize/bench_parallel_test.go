package sanitize

import (
	"bytes"
	"io"
	"runtime"
	"testing"
	"time"
)

// criticalPath measures run's CPU time (user and system, all threads) and
// the cores it kept busy. On a machine shared with others the wall clock
// says little; with every goroutine of the pass busy (the stream walks
// entries too while it waits), a quiet machine's run takes about the CPU
// time over the cores (ideal-ns/op, ideal-MB/s). Compare cpu-ns/op with
// the -cpu 1 run's (run -cpu 1 and -cpu 2 as separate invocations: in one,
// the first benchmark may not run on one core).
func criticalPath(b *testing.B, size int, run func() error) {
	b.SetBytes(int64(size))
	var total time.Duration
	wall := time.Now()
	for b.Loop() {
		c0 := cpuTime()
		if err := run(); err != nil {
			b.Fatal(err)
		}
		total += cpuTime() - c0
	}
	n := float64(b.N)
	ideal := float64(total) / float64(runtime.GOMAXPROCS(0)) / n
	b.ReportMetric(float64(total)/n, "cpu-ns/op")
	b.ReportMetric(float64(total)/float64(time.Since(wall)), "cores")
	b.ReportMetric(ideal, "ideal-ns/op")
	b.ReportMetric(float64(size)/ideal*1e3, "ideal-MB/s")
}

// BenchmarkCriticalPathSpooled is criticalPath for SanitizeSpooled.
func BenchmarkCriticalPathSpooled(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	var sp memSpool
	sp.Grow(len(in) + len(in)/8)
	criticalPath(b, len(in), func() error {
		sp.Reset()
		_, err := s.SanitizeSpooled(io.Discard, bytes.NewReader(in), &sp)
		return err
	})
}

// BenchmarkCriticalPathVerify is criticalPath for Verify.
func BenchmarkCriticalPathVerify(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	criticalPath(b, len(in), func() error {
		_, err := s.Verify(bytes.NewReader(in))
		return err
	})
}

package sanitize

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/safehar/safehar/internal/hargen"
)

// reportCPU reports the CPU time per operation from start (a machine
// shared with others slows the wall clock more than the CPU time), and the
// cores used on average.
func reportCPU(b *testing.B, cpu0 time.Duration, wall0 time.Time) {
	cpu, wall := cpuTime()-cpu0, time.Since(wall0)
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(cpu)/float64(wall), "cores")
}

func benchInput(b *testing.B, size int64) []byte {
	var buf bytes.Buffer
	if _, err := hargen.Write(&buf, hargen.Options{Size: size, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkSanitize measures end-to-end throughput on a body-heavy HAR
// (JS, HTML, JSON, CSS, base64 images; cookies and bearer tokens).
func BenchmarkSanitize(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	cpu0, wall0 := cpuTime(), time.Now()
	defer func() { reportCPU(b, cpu0, wall0) }()
	for b.Loop() {
		if _, err := s.Sanitize(io.Discard, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify is Sanitize without output.
func BenchmarkVerify(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	cpu0, wall0 := cpuTime(), time.Now()
	defer func() { reportCPU(b, cpu0, wall0) }()
	for b.Loop() {
		if _, err := s.Verify(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCorpus is the planted-secret corpus: many small secrets.
func BenchmarkCorpus(b *testing.B) {
	in, _ := buildCorpus(b)
	s := New(nil, WithKey(testKey))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := s.Sanitize(io.Discard, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSanitizeSpooled is the safehar command's sanitize: the pass into
// a spool (here in memory) and the echo pass out of it.
func BenchmarkSanitizeSpooled(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	b.SetBytes(int64(len(in)))
	var sp memSpool
	b.ResetTimer()
	cpu0, wall0 := cpuTime(), time.Now()
	defer func() { reportCPU(b, cpu0, wall0) }()
	for b.Loop() {
		sp.Reset()
		if _, err := s.SanitizeSpooled(io.Discard, bytes.NewReader(in), &sp); err != nil {
			b.Fatal(err)
		}
	}
}

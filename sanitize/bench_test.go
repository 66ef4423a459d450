package sanitize

import (
	"bytes"
	"io"
	"testing"

	"github.com/safehar/safehar/internal/hargen"
)

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
	for b.Loop() {
		sp.Reset()
		if _, err := s.SanitizeSpooled(io.Discard, bytes.NewReader(in), &sp); err != nil {
			b.Fatal(err)
		}
	}
}

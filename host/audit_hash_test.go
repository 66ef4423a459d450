package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"testing"
)

// TestHashingWriter: the concurrent hash is the SHA-256 of exactly what was
// written, in order, whatever the chunking (buffers are reused).
func TestHashingWriter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, chunks := range []int{0, 1, 3, 50, 400} {
		var out bytes.Buffer
		hw := newHashingWriter(&out)
		for range chunks {
			p := make([]byte, r.IntN(70000))
			for i := range p {
				p[i] = byte(r.Uint32())
			}
			if _, err := hw.Write(p); err != nil {
				t.Fatal(err)
			}
		}
		want := sha256.Sum256(out.Bytes())
		if got := hw.sum(); got != hex.EncodeToString(want[:]) || hw.sum() != got || hw.n != int64(out.Len()) {
			t.Errorf("%d chunks: sum %s, want %x (n %d of %d)", chunks, got, want, hw.n, out.Len())
		}
	}
}

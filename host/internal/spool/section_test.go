package spool

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"io"
	"testing"
)

func TestSection(t *testing.T) {
	data := make([]byte, 2*writeBuffer+333)
	rand.Read(data)
	s, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	read := func(off, n int64) []byte {
		t.Helper()
		r, err := s.Section(off, n)
		if err != nil {
			t.Fatalf("Section(%d, %d): %v", off, n, err)
		}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	// Written in pieces, read back between writes (a staged body is read
	// while later ones are appended).
	written := 0
	for _, k := range []int{1, 15, 16, 17, 4093, writeBuffer, len(data)} {
		k = min(k, len(data)-written)
		if _, err := s.Write(data[written : written+k]); err != nil {
			t.Fatal(err)
		}
		written += k
		for _, c := range []struct{ off, n int }{{0, written}, {written - k, k}, {written / 2, written - written/2}, {written, 0}} {
			if got := read(int64(c.off), int64(c.n)); !bytes.Equal(got, data[c.off:c.off+c.n]) {
				t.Fatalf("after %d bytes, Section(%d, %d) differs", written, c.off, c.n)
			}
		}
	}
	for _, bad := range []struct{ off, n int64 }{{-1, 1}, {0, int64(len(data)) + 1}, {int64(len(data)), 1}, {3, -1}} {
		if _, err := s.Section(bad.off, bad.n); err == nil {
			t.Errorf("Section(%d, %d) is not refused", bad.off, bad.n)
		}
	}
	s.Close()
	if _, err := s.Section(0, 1); err == nil {
		t.Error("Section after Close is not refused")
	}
}

func TestCounterAt(t *testing.T) {
	for _, c := range []struct {
		iv     string
		blocks uint64
		want   string
	}{
		{"00000000000000000000000000000000", 0, "00000000000000000000000000000000"},
		{"00000000000000000000000000000000", 1, "00000000000000000000000000000001"},
		{"000000000000000000000000000000ff", 1, "00000000000000000000000000000100"},
		{"0000000000000000ffffffffffffffff", 1, "00000000000000010000000000000000"},
		{"ffffffffffffffffffffffffffffffff", 1, "00000000000000000000000000000000"},
		{"000000000000000000000000000000f0", 0x1234, "00000000000000000000000000001324"},
		{"00000000000000000000000000000001", ^uint64(0), "00000000000000010000000000000000"},
	} {
		iv, _ := hex.DecodeString(c.iv)
		if got := hex.EncodeToString(counterAt(iv, c.blocks)); got != c.want {
			t.Errorf("counterAt(%s, %#x) = %s, want %s", c.iv, c.blocks, got, c.want)
		}
	}
}

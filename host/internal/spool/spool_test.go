package spool

import (
	"bytes"
	"crypto/rand"
	"io"
	"os"
	"runtime"
	"strconv"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, size := range []int{0, 1, 1<<20 + 7, 3*writeBuffer + 1} {
		data := make([]byte, size)
		rand.Read(data)
		s, err := New(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		// Odd-sized writes, across the write buffer's edges.
		for p := data; len(p) > 0; {
			k := min(len(p), 4093)
			if n, err := s.Write(p[:k]); n != k || err != nil {
				t.Fatalf("Write = %d, %v", n, err)
			}
			p = p[k:]
		}
		if s.Size() != int64(size) {
			t.Errorf("Size = %d, want %d", s.Size(), size)
		}
		r1, err := s.Reader()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := s.Reader()
		if err != nil {
			t.Fatal(err)
		}
		// Interleave the two readers: they are independent.
		got2 := make([]byte, 0, size)
		buf := make([]byte, 1000)
		n, _ := r2.Read(buf)
		got2 = append(got2, buf[:n]...)
		got1, err := io.ReadAll(r1)
		if err != nil {
			t.Fatal(err)
		}
		rest, err := io.ReadAll(r2)
		if err != nil {
			t.Fatal(err)
		}
		got2 = append(got2, rest...)
		if !bytes.Equal(got1, data) {
			t.Errorf("size %d: first reader differs from what was written", size)
		}
		if !bytes.Equal(got2, data) {
			t.Errorf("size %d: second reader differs from what was written", size)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEncryptedOnDisk(t *testing.T) {
	dir := t.TempDir()
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if runtime.GOOS != "windows" {
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("the spool's name is still in %s: %v", dir, ents)
		}
	}
	marker := []byte("SESSION-MARKER-7f3a9c2e1b")
	filler := bytes.Repeat([]byte("x"), 100_000)
	for range 20 {
		s.Write(filler)
		s.Write(marker)
	}
	if _, err := s.Reader(); err != nil { // flushes
		t.Fatal(err)
	}
	fi, err := s.f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if fi.Size() != s.Size() {
		t.Errorf("file holds %d bytes, want %d", fi.Size(), s.Size())
	}
	onDisk, err := io.ReadAll(io.NewSectionReader(s.f, 0, fi.Size()))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(onDisk, marker) || bytes.Contains(onDisk, filler[:64]) {
		t.Error("the file on disk holds plaintext")
	}
	// Through the file system too, where /proc shows the descriptor.
	if runtime.GOOS == "linux" {
		b, err := os.ReadFile("/proc/self/fd/" + strconv.Itoa(int(s.f.Fd())))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, onDisk) || bytes.Contains(b, marker) {
			t.Error("the file read through /proc holds plaintext or differs")
		}
	}
}

func TestCloseRemoves(t *testing.T) {
	dir := t.TempDir()
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Write([]byte("some capture"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Close left %v in %s", ents, dir)
	}
	if _, err := s.Reader(); err == nil {
		t.Error("Reader after Close succeeded")
	}
	if _, err := s.Write([]byte("x")); err == nil {
		t.Error("Write after Close succeeded")
	}
	for _, b := range s.key {
		if b != 0 {
			t.Fatal("Close kept the key")
		}
	}
}

func TestReaderAfterClose(t *testing.T) {
	s, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s.Write(bytes.Repeat([]byte("y"), 1<<20))
	r, err := s.Reader()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := io.ReadAll(r); err == nil {
		t.Error("a Reader kept reading after Close")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	s, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write([]byte("z")); err != nil {
		t.Fatal(err)
	}
}

// Package spool keeps a temporary copy of data that must never reach the
// disk in the clear: everything written is encrypted (AES-256-CTR) under a
// random key that lives only in the process's memory, in a private file
// that is unlinked as soon as it is created where the platform allows it,
// and can be read back from the start any number of times.
package spool

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
	"os"
)

// readBuffer is the size of a Reader's buffered reads from the file.
const readBuffer = 256 << 10

// writeBuffer is the size of the encrypted writes to the file.
const writeBuffer = 256 << 10

// Spool is an encrypted temporary file. Its methods are not safe for
// concurrent use, except that Readers may be used while nothing is written.
type Spool struct {
	f        *os.File
	name     string // removed by Close when not already unlinked
	unlinked bool
	key      []byte
	iv       []byte
	ctr      cipher.Stream // the write stream
	buf      []byte        // ciphertext not yet written
	size     int64         // bytes written to the file
	err      error         // first write error: the spool is then unusable
	closed   bool
}

// New creates a spool in dir (os.TempDir() when dir is ""): a new file
// (0600) that is unlinked at once on systems that allow removing an open
// file, so nothing is left behind even if the process is killed.
func New(dir string) (*Spool, error) {
	if dir == "" {
		dir = os.TempDir()
	}
	key := make([]byte, 32)
	iv := make([]byte, aes.BlockSize)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if _, err := rand.Read(iv); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, ".safehar-spool-*") // O_EXCL, 0600
	if err != nil {
		return nil, err
	}
	s := &Spool{f: f, name: f.Name(), key: key, iv: iv}
	s.unlinked = unlinkOpen(f.Name())
	block, err := aes.NewCipher(key)
	if err != nil {
		s.Close()
		return nil, err
	}
	s.ctr = cipher.NewCTR(block, iv)
	return s, nil
}

// Write encrypts p and appends it to the spool. p is not modified.
func (s *Spool) Write(p []byte) (int, error) {
	if s.closed {
		return 0, os.ErrClosed
	}
	if s.err != nil {
		return 0, s.err
	}
	n := 0
	for len(p) > 0 {
		if s.buf == nil {
			s.buf = make([]byte, 0, writeBuffer)
		}
		k := min(len(p), cap(s.buf)-len(s.buf))
		dst := s.buf[len(s.buf) : len(s.buf)+k]
		s.ctr.XORKeyStream(dst, p[:k])
		s.buf = s.buf[:len(s.buf)+k]
		p = p[k:]
		n += k
		if len(s.buf) == cap(s.buf) {
			if err := s.flush(); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// flush writes the buffered ciphertext to the file.
func (s *Spool) flush() error {
	if s.err != nil {
		return s.err
	}
	if len(s.buf) == 0 {
		return nil
	}
	n, err := s.f.WriteAt(s.buf, s.size)
	s.size += int64(n)
	if err != nil {
		s.err = err
		return err
	}
	s.buf = s.buf[:0]
	return nil
}

// Reader returns a reader of everything written so far, decrypted, from
// the start. Each call returns a new, independent reader.
func (s *Spool) Reader() (io.Reader, error) {
	if s.closed {
		return nil, os.ErrClosed
	}
	if err := s.flush(); err != nil {
		return nil, err
	}
	s.buf = nil // reading now: the write buffer is made again if needed
	block, err := aes.NewCipher(s.key)
	if err != nil {
		return nil, err
	}
	sr := io.NewSectionReader(s.f, 0, s.size)
	return &cipher.StreamReader{S: cipher.NewCTR(block, s.iv), R: bufio.NewReaderSize(sr, readBuffer)}, nil
}

// Section returns a reader of the n bytes written at offset off,
// decrypted (random access: the CTR counter is advanced to off). The bytes
// must have been written already; the reader reads the file, so it stays
// valid while later writes append (a caller that writes and reads from
// different goroutines serializes Write and Section itself).
func (s *Spool) Section(off, n int64) (io.Reader, error) {
	if s.closed {
		return nil, os.ErrClosed
	}
	if off < 0 || n < 0 || off+n > s.Size() {
		return nil, errors.New("spool: section out of range")
	}
	if err := s.flush(); err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(s.key)
	if err != nil {
		return nil, err
	}
	iv := counterAt(s.iv, uint64(off/aes.BlockSize))
	ctr := cipher.NewCTR(block, iv)
	if skip := off % aes.BlockSize; skip > 0 {
		var b [aes.BlockSize]byte
		ctr.XORKeyStream(b[:skip], b[:skip])
	}
	return &cipher.StreamReader{S: ctr, R: io.NewSectionReader(s.f, off, n)}, nil
}

// counterAt is iv advanced by blocks, as CTR mode counts: the whole block
// is one big-endian number.
func counterAt(iv []byte, blocks uint64) []byte {
	out := bytes.Clone(iv)
	carry := blocks
	for i := len(out) - 1; i >= 0 && carry > 0; i-- {
		sum := uint64(out[i]) + carry&0xff
		out[i] = byte(sum)
		carry = carry>>8 + sum>>8
	}
	return out
}

// Size is the number of bytes written.
func (s *Spool) Size() int64 { return s.size + int64(len(s.buf)) }

// Close closes and removes the file and forgets the key. It is safe to
// call more than once; Readers fail afterwards.
func (s *Spool) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	clear(s.key)
	clear(s.iv)
	clear(s.buf)
	s.buf = nil
	err := s.f.Close()
	if !s.unlinked {
		if rerr := os.Remove(s.name); rerr != nil && !errors.Is(rerr, os.ErrNotExist) && err == nil {
			err = rerr
		}
	}
	return err
}

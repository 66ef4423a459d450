package pipeline

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/safehar/safehar/host/internal/spool"
)

// Source gives SanitizeTwice its input twice. A regular file is opened
// again by its path for the second pass (and must still be the same file,
// unchanged); anything else (standard input, a pipe, an HTTP request body)
// is copied as it is read into a spool encrypted with a key held only in
// memory, and read back from it: the raw capture never reaches the disk in
// the clear, and memory stays flat whatever the input's size.
type Source struct {
	in       io.Reader
	path     string      // a regular file's path, reopened for pass 2
	fi       os.FileInfo // that file as first opened
	name     string      // the input, for the user
	spoolDir string      // where a spool goes ("" for os.TempDir())
	// Wrap, when set, wraps each pass's reader (a progress line); size is
	// the input's size in bytes, 0 when not known.
	Wrap func(pass int, r io.Reader, size int64) io.Reader

	passes  int
	spooled bool // sp holds the whole input from the start
	sp      *spool.Spool
	again   *os.File // the file opened for pass 2
}

// NewSource returns the source reading in, named name for the user. path
// is in's file path when in is an *os.File opened from it ("" otherwise);
// a spool, when one is needed, is made in spoolDir.
func NewSource(in io.Reader, path, name, spoolDir string) *Source {
	t := &Source{in: in, name: name, spoolDir: spoolDir}
	if f, ok := in.(*os.File); ok && path != "" && path != "-" {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			t.path, t.fi = path, fi
		}
	}
	return t
}

// NewSpooledSource returns the source of an input already copied whole
// into sp (an upload received before the work starts): both passes read
// it back. Close closes sp.
func NewSpooledSource(sp *spool.Spool, name string) *Source {
	return &Source{name: name, sp: sp, spooled: true}
}

// Open returns the input for the next pass.
func (t *Source) Open() (io.Reader, error) {
	t.passes++
	var r io.Reader
	var size int64 // 0: unknown
	switch {
	case t.passes > 2:
		return nil, errors.New("the input was asked for a third time")
	case t.spooled:
		sr, err := t.sp.Reader()
		if err != nil {
			return nil, fmt.Errorf("cannot read back the encrypted temporary copy of %s: %v", t.name, err)
		}
		r, size = sr, t.sp.Size()
	case t.passes == 1 && t.path != "":
		r, size = t.in, t.fi.Size()
	case t.passes == 1:
		// Created here, not earlier: an atomic output has made its
		// folder by now.
		sp, err := spool.New(t.spoolDir)
		if err != nil {
			return nil, fmt.Errorf("cannot make the encrypted temporary copy of %s in %s: %v", t.name, spoolPlace(t.spoolDir), Cause(err))
		}
		t.sp = sp
		r = io.TeeReader(t.in, spoolWriter{sp, spoolPlace(t.spoolDir)})
	case t.path != "":
		f, err := os.Open(t.path)
		if err != nil {
			return nil, fmt.Errorf("cannot open %s again for the second pass: %v", t.path, Cause(err))
		}
		fi, err := f.Stat()
		if err != nil || !os.SameFile(fi, t.fi) || fi.Size() != t.fi.Size() || !fi.ModTime().Equal(t.fi.ModTime()) {
			f.Close()
			return nil, fmt.Errorf("the file changed while it was being read (it was replaced or rewritten); nothing was written: sanitize it again once it is complete")
		}
		t.again = f
		r, size = f, fi.Size()
	default:
		sr, err := t.sp.Reader()
		if err != nil {
			return nil, fmt.Errorf("cannot read back the encrypted temporary copy of %s: %v", t.name, err)
		}
		r, size = sr, t.sp.Size()
	}
	if t.Wrap != nil {
		r = t.Wrap(t.passes, r, size)
	}
	return r, nil
}

// Spooled is the number of bytes the spool holds (0 without one).
func (t *Source) Spooled() int64 {
	if t.sp == nil {
		return 0
	}
	return t.sp.Size()
}

// Close closes the second opening and removes the spool. It is safe to
// call more than once.
func (t *Source) Close() {
	if t.again != nil {
		t.again.Close()
		t.again = nil
	}
	if t.sp != nil {
		t.sp.Close()
	}
}

// spoolWriter names the spool's folder in its write errors (a full disk).
type spoolWriter struct {
	sp  *spool.Spool
	dir string
}

func (w spoolWriter) Write(p []byte) (int, error) {
	n, err := w.sp.Write(p)
	if err != nil {
		err = fmt.Errorf("cannot write the encrypted temporary copy of the input in %s: %v", w.dir, Cause(err))
	}
	return n, err
}

// spoolPlace names a spool's folder for the user.
func spoolPlace(dir string) string {
	if dir == "" {
		return os.TempDir()
	}
	return dir
}

package pipeline

import (
	"fmt"
	"io"
	"os"

	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// Source is an export's input, read once. The sanitizer's first pass
// writes its output into a spool encrypted with a key held only in memory
// (it may still hold a secret's earlier occurrences), and the echo pass
// reads it back (sanitize.SanitizeSpooled): nothing reaches the disk in
// the clear, and memory stays flat whatever the input's size.
type Source struct {
	in       io.Reader
	size     int64  // the input's size, 0 when not known
	name     string // the input, for the user
	spoolDir string // where the spool goes ("" for os.TempDir())
	// Wrap, when set, wraps the input's reader (a progress line); size is
	// the input's size in bytes, 0 when not known.
	Wrap func(r io.Reader, size int64) io.Reader

	sp     *spool.Spool // the upload's, for NewSpooledSource
	closed bool
}

// NewSource returns the source reading in, named name for the user. path
// is in's file path when in is an *os.File opened from it ("" otherwise);
// the spool is made in spoolDir.
func NewSource(in io.Reader, path, name, spoolDir string) *Source {
	t := &Source{in: in, name: name, spoolDir: spoolDir}
	if f, ok := in.(*os.File); ok && path != "" && path != "-" {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			t.size = fi.Size()
		}
	}
	return t
}

// NewSpooledSource returns the source of an input already copied whole
// into sp (an upload received before the work starts); the first pass's
// spool goes beside it. Close closes sp.
func NewSpooledSource(sp *spool.Spool, name string) *Source {
	return &Source{name: name, sp: sp}
}

// sanitize runs the source through s into w.
func (t *Source) sanitize(s *sanitize.Sanitizer, w io.Writer) (*sanitize.Report, error) {
	in, size := t.in, t.size
	if t.sp != nil {
		r, err := t.sp.Reader()
		if err != nil {
			return nil, fmt.Errorf("cannot read back the encrypted temporary copy of %s: %v", t.name, err)
		}
		in, size = r, t.sp.Size()
	}
	if t.Wrap != nil {
		in = t.Wrap(in, size)
	}
	// Made here, not earlier: an atomic output has made its folder by now.
	out, err := spool.New(t.spoolDir)
	if err != nil {
		return nil, fmt.Errorf("cannot make the encrypted temporary file in %s: %v", spoolPlace(t.spoolDir), Cause(err))
	}
	defer out.Close()
	return s.SanitizeSpooled(w, in, spoolWriter{out, spoolPlace(t.spoolDir)})
}

// Close removes the upload's spool, if any. It is safe to call more than
// once.
func (t *Source) Close() {
	if t.sp != nil && !t.closed {
		t.sp.Close()
		t.closed = true
	}
}

// spoolWriter is SanitizeSpooled's spool; it names the spool's folder in
// its errors (a full disk).
type spoolWriter struct {
	sp  *spool.Spool
	dir string
}

func (w spoolWriter) Write(p []byte) (int, error) {
	n, err := w.sp.Write(p)
	if err != nil {
		err = fmt.Errorf("cannot write the encrypted temporary file in %s: %v", w.dir, Cause(err))
	}
	return n, err
}

func (w spoolWriter) Reader() (io.Reader, error) {
	r, err := w.sp.Reader()
	if err != nil {
		return nil, fmt.Errorf("cannot read back the encrypted temporary file in %s: %v", w.dir, err)
	}
	return r, nil
}

// spoolPlace names a spool's folder for the user.
func spoolPlace(dir string) string {
	if dir == "" {
		return os.TempDir()
	}
	return dir
}

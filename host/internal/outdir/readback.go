package outdir

import "io"

// Reader reads back what was written to the temporary file so far: the
// host reads its own sanitized output again while the user reviews it,
// before the rename.
func (f *File) Reader() io.Reader { return io.NewSectionReader(f.f, 0, f.written) }

package sanitize

import (
	"bytes"
	"compress/gzip"
	"io"
)

// Compressed bodies: an exporter that stores a response as it came over
// the wire (base64 of gzip, Content-Encoding left applied) hides its text
// one layer down. Such a body is inflated (up to the string limit),
// scanned like any body, and compressed again when something in it was
// redacted.

// gzipBody scans the gzip stream z; it reports false when z is not gzip
// (or does not inflate), and otherwise adds the rewritten stream as one
// edit of the whole of z to ed when something was redacted.
func (x *run) gzipBody(z []byte, mime string, ed *edits) bool {
	if len(z) < 18 || z[0] != 0x1f || z[1] != 0x8b || x.lvl >= maxEmbed {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return false
	}
	plain, err := io.ReadAll(io.LimitReader(zr, int64(x.opt.MaxString)+1))
	if err != nil || len(plain) > x.opt.MaxString {
		return false
	}
	var sub edits
	x.lvl++
	x.body(plain, mime, false, &sub)
	x.lvl--
	if len(sub.list) == 0 {
		return true
	}
	sub.normalize()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(apply(plain, sub.list)); err != nil || zw.Close() != nil {
		// Cannot re-encode: the whole stream goes.
		ed.add(0, len(z), nil)
		return true
	}
	ed.add(0, len(z), out.Bytes())
	return true
}

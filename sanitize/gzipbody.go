package sanitize

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"io"
)

// Compressed bodies: an exporter that stores a response as it came over
// the wire (base64 of gzip, Content-Encoding left applied) hides its text
// one layer down. Such a body is inflated (up to the string limit),
// scanned like any body, and compressed again when something in it was
// redacted.

// gzipBody scans the gzip or zlib stream z (Content-Encoding gzip or
// deflate, as browsers get them); it reports false when z is neither (or
// does not inflate), and otherwise adds the rewritten stream as one edit
// of the whole of z to ed when something was redacted.
func (x *run) gzipBody(z []byte, mime string, ed *edits) bool {
	if len(z) < 8 || x.lvl >= maxEmbed {
		return false
	}
	var zr io.Reader
	var zw func(io.Writer) io.WriteCloser
	switch {
	case len(z) >= 18 && z[0] == 0x1f && z[1] == 0x8b:
		r, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			return false
		}
		zr, zw = r, func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) }
	case zlibHeader(z):
		r, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			return false
		}
		zr, zw = r, func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) }
	default:
		return false
	}
	plain, err := io.ReadAll(io.LimitReader(zr, int64(x.opt.MaxString)+1))
	if err != nil || len(plain) > x.opt.MaxString {
		return false
	}
	rewritten, changed := x.bodyBelow(plain, mime)
	if !changed {
		return true
	}
	var out bytes.Buffer
	w := zw(&out)
	if _, err := w.Write(rewritten); err != nil || w.Close() != nil {
		// Cannot re-encode: the whole stream goes.
		ed.add(0, len(z), nil)
		return true
	}
	ed.add(0, len(z), out.Bytes())
	return true
}

// bodyBelow scans plain, the text one encoding layer down (inflated,
// transcoded), as a body of its own one level deeper, and returns it with
// its redactions applied; changed is false when nothing was redacted.
func (x *run) bodyBelow(plain []byte, mime string) (rewritten []byte, changed bool) {
	var sub edits
	x.lvl++
	x.body(plain, mime, false, &sub)
	x.lvl--
	if len(sub.list) == 0 {
		return nil, false
	}
	sub.normalize()
	return apply(plain, sub.list), true
}

// zlibHeader reports whether z starts with a zlib header (RFC 1950):
// method deflate, a window of at most 32 KB, the check bits right and no
// preset dictionary.
func zlibHeader(z []byte) bool {
	return z[0]&0x0f == 8 && z[0]>>4 <= 7 && (uint16(z[0])<<8|uint16(z[1]))%31 == 0 && z[1]&0x20 == 0
}

// base64Gzip handles a whole string t that is base64 of a gzip stream
// (H4sI…: CloudWatch Logs subscription data, compressed state blobs): the
// stream is inflated and scanned, and written back compressed and
// encoded when something in it was redacted. It reports whether t was
// such a string.
func (x *run) base64Gzip(t []byte, ed *edits) bool {
	enc := base64.StdEncoding
	if bytes.ContainsAny(t, "-_") {
		enc = base64.URLEncoding
	}
	if t[len(t)-1] != '=' && len(t)%4 != 0 {
		enc = enc.WithPadding(base64.NoPadding)
	}
	z, err := enc.DecodeString(string(t))
	if err != nil {
		return false
	}
	var sub edits
	if !x.gzipBody(z, "", &sub) {
		return false
	}
	if len(sub.list) > 0 && !ed.overlaps(0, len(t)) {
		sub.normalize()
		ed.add(0, len(t), []byte(enc.EncodeToString(apply(z, sub.list))))
	}
	return true
}

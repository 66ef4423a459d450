package serve

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// acceptedTypes are the request content types taken as a HAR.
var acceptedTypes = map[string]bool{
	"application/json":     true,
	"application/har+json": true,
	"application/har":      true,
}

// upload is a request body as the pipeline reads it: gzip decoded when the
// request says so, at most MaxBody bytes after decoding, with a deadline
// for each read; its errors are *inputError with the fitting status.
type upload struct {
	r       io.Reader // the decoded body
	raw     *countingReader
	decoded int64
	max     int64
	err     *inputError // the first error, classified
	body    io.Reader   // the request's body, drained (bounded) when refused as too large
}

// openUpload checks the request's content type and encoding and returns
// the body to read, or the error to send.
func (s *Server) openUpload(w http.ResponseWriter, r *http.Request) (*upload, *inputError) {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || !acceptedTypes[strings.ToLower(mt)] {
		return nil, &inputError{http.StatusUnsupportedMediaType, codeMediaType,
			fmt.Sprintf("The content type %q is not accepted; send the HAR as application/json (optionally with Content-Encoding: gzip).", ct)}
	}
	if r.ContentLength > s.cfg.MaxBody {
		drainRejected(r.Body)
		return nil, tooLarge(s.cfg.MaxBody)
	}
	rc := http.NewResponseController(w)
	raw := &countingReader{r: http.MaxBytesReader(w, r.Body, s.cfg.MaxBody), rc: rc, timeout: s.cfg.BodyTimeout}
	u := &upload{raw: raw, max: s.cfg.MaxBody, body: r.Body}
	switch enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
		u.r = raw
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(raw)
		if err != nil {
			if ie := u.classify(err); ie != nil {
				return nil, ie
			}
			return nil, &inputError{http.StatusBadRequest, codeMalformed, fmt.Sprintf("The gzip data is damaged (%v); send the file again.", err)}
		}
		u.r = &gzipBody{zr}
	default:
		return nil, &inputError{http.StatusUnsupportedMediaType, codeMediaType,
			fmt.Sprintf("The content encoding %q is not accepted; send the HAR as it is or gzip-compressed.", enc)}
	}
	return u, nil
}

// maxDrain bounds what is read of a body refused as too large.
const maxDrain = 16 << 20

// drainRejected reads and drops up to maxDrain more bytes of a body refused
// as too large, so that a client still sending it reads the 413 instead of
// a connection reset (the server closes the connection after the reply).
func drainRejected(body io.Reader) {
	if body != nil {
		io.CopyN(io.Discard, body, maxDrain)
	}
}

func tooLarge(max int64) *inputError {
	return &inputError{http.StatusRequestEntityTooLarge, codeTooLarge,
		fmt.Sprintf("The HAR is larger than this service's limit of %d MiB; split the capture or ask the operator to raise --max-body.", max>>20)}
}

// Read reads the decoded body, counting it against MaxBody and
// classifying the first error.
func (u *upload) Read(p []byte) (int, error) {
	if u.err != nil {
		return 0, u.err
	}
	n, err := u.r.Read(p)
	u.decoded += int64(n)
	if u.decoded > u.max {
		u.err = tooLarge(u.max)
		return n, u.err
	}
	if err != nil && err != io.EOF {
		if ie := u.classify(err); ie != nil {
			u.err = ie
			return n, ie
		}
	}
	return n, err
}

// classify turns a body read error into an *inputError (nil: not a
// client's error).
func (u *upload) classify(err error) *inputError {
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		drainRejected(u.body)
		return tooLarge(u.max)
	case errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return &inputError{http.StatusRequestTimeout, codeTimeout,
			fmt.Sprintf("The upload stalled: no data came for %s; send it again.", u.raw.timeout)}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed):
		return &inputError{http.StatusBadRequest, codeMalformed, "The upload ended early (the connection was cut); send it again."}
	}
	var ge *gzipError
	if errors.As(err, &ge) {
		return &inputError{http.StatusBadRequest, codeMalformed, fmt.Sprintf("The gzip data is damaged (%v); send the file again.", ge.err)}
	}
	return nil
}

// zipMagic starts a zip archive, which the service does not unpack (its
// members would have to be held in memory).
var zipMagic = []byte("PK\x03\x04")

// refuseZip peeks at the body's first bytes and refuses a zip archive.
func (u *upload) refuseZip() (io.Reader, *inputError) {
	head := make([]byte, 4)
	n, err := io.ReadFull(u, head)
	head = head[:n]
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		var ie *inputError
		if errors.As(err, &ie) {
			return nil, ie
		}
	}
	if bytes.Equal(head, zipMagic) {
		return nil, &inputError{http.StatusUnsupportedMediaType, codeMediaType, "A zip archive is not accepted; send one HAR file (optionally gzip-compressed)."}
	}
	return io.MultiReader(bytes.NewReader(head), u), nil
}

// countingReader counts the bytes received and moves the read deadline
// before each read, so a slow but steady upload goes on and a stalled one
// ends with 408.
type countingReader struct {
	r       io.Reader
	rc      *http.ResponseController
	timeout time.Duration
	n       int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	c.rc.SetReadDeadline(time.Now().Add(c.timeout))
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipBody marks gzip decoding errors as such.
type gzipBody struct{ zr *gzip.Reader }

type gzipError struct{ err error }

func (e *gzipError) Error() string { return "the gzip data is damaged: " + e.err.Error() }

func (g *gzipBody) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		var mbe *http.MaxBytesError
		var ne net.Error
		if !errors.As(err, &mbe) && !errors.As(err, &ne) && !errors.Is(err, io.ErrUnexpectedEOF) {
			err = &gzipError{err}
		}
	}
	return n, err
}

// deadlineWriter moves the write deadline before each write, so a client
// that stops taking the response is cut off after BodyTimeout.
type deadlineWriter struct {
	w       io.Writer
	rc      *http.ResponseController
	timeout time.Duration
	n       int64
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	d.rc.SetWriteDeadline(time.Now().Add(d.timeout))
	n, err := d.w.Write(p)
	d.n += int64(n)
	return n, err
}

// drain reads what is left of the body as sent, up to MaxBody, and drops
// it.
func (u *upload) drain() {
	io.Copy(io.Discard, u.raw)
}

// received is the number of body bytes received as sent (0 for nil).
func (u *upload) received() int64 {
	if u == nil || u.raw == nil {
		return 0
	}
	return u.raw.n
}

package nativehost

import (
	"errors"
	"hash"
	"io"
	"time"

	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/review"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// transfer is one export streaming through the sanitizer.
type transfer struct {
	id      string
	site    string
	capture string   // whose staged bodies the text may reference
	splice  *splicer // inlines them on the way into the sanitizer
	next    int64    // next expected seq
	bytes   int64    // received so far
	started time.Time
	keyNote string

	file   *outdir.File
	sink   *errWriter
	spool  *spool.Spool // the first pass's output, encrypted, for the echo pass
	spoolw *errWriter   // writes to it
	pw     *io.PipeWriter
	chunks chan []byte // to the pipe writer
	free   chan []byte // buffers back from the pipe writer
	wdone  chan error  // the pipe writer's result
	result chan sanitizeResult
	res    *sanitizeResult // once received
	hash   hash.Hash       // of the text, computed by the pipe writer

	writerDone bool
	werr       error

	key       []byte // the placeholder key, for a second pass with the user's terms
	review    bool   // the user reviews the findings before the file is saved
	reviewing bool   // sanitized, in the temporary file, waiting for save or discard
	report    *sanitize.Report
	requests  map[int]review.Request // read back from the sanitized file for the review
}

type sanitizeResult struct {
	report *sanitize.Report
	err    error
}

// errWriter remembers the first write error, to tell a full disk from a
// document the sanitizer refused.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// start runs the transfer's two goroutines: the sanitizer reading the
// pipe, and the pipe writer feeding it the chunks (hashing them on the
// way).
func (t *transfer) start(san *sanitize.Sanitizer, open stagedOpener) {
	t.free <- nil
	t.free <- nil
	pr, pw := io.Pipe()
	t.pw = pw
	// Every transfer goes through the splicer: a reference to a staged
	// body fails closed when begin named no capture holding it.
	t.splice = newSplicer(pr, open)
	go func() {
		rep, err := san.SanitizeSpooled(t.sink, t.splice, spooled{t.spoolw, t.spool})
		if err == nil {
			err = drainWhitespace(t.splice)
		}
		pr.CloseWithError(err) // unblocks the pipe writer on error
		t.spool.Close()        // on every path: done, failed, cancelled, port closed
		t.result <- sanitizeResult{rep, err}
	}()
	go func() {
		var werr error
		for data := range t.chunks {
			if werr == nil {
				t.hash.Write(data)
				_, werr = pw.Write(data)
			}
			t.free <- data
		}
		if werr == nil {
			pw.Close()
		}
		t.wdone <- werr
	}()
}

// drainWhitespace reads what follows the HAR document: only whitespace may.
func drainWhitespace(r io.Reader) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		for _, c := range buf[:n] {
			if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
				return errors.New("there is data after the end of the HAR document")
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// failed returns the sanitizer's error if it already stopped with one.
func (t *transfer) failed() error {
	if t.res == nil {
		select {
		case r := <-t.result:
			t.res = &r
		default:
			return nil
		}
	}
	return t.res.err
}

// finishWriter tells the pipe writer no more chunks come and returns its
// result. It may be called more than once.
func (t *transfer) finishWriter() error {
	if !t.writerDone {
		close(t.chunks)
		t.werr = <-t.wdone
		t.writerDone = true
	}
	return t.werr
}

// wait returns the sanitizer's result, waiting for it.
func (t *transfer) wait() sanitizeResult {
	if t.res == nil {
		r := <-t.result
		t.res = &r
	}
	return *t.res
}

// spooled is a transfer's spool as SanitizeSpooled uses it: written
// through the errWriter that keeps its first error, read back from the
// spool.
type spooled struct {
	w  io.Writer
	sp *spool.Spool
}

func (s spooled) Write(p []byte) (int, error) { return s.w.Write(p) }
func (s spooled) Reader() (io.Reader, error)  { return s.sp.Reader() }

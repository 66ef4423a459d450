package sanitize

import (
	"bytes"
	"fmt"
	"io"
	"sync"
)

// The echo pass on every core. The first pass notes, about every
// echoSegment bytes of its output, an offset between two values (before an
// entry, or before a member of the root or of log): Report.cuts. The echo
// pass reads the spool one segment (the bytes between two cuts) at a time,
// finds each segment's echoes on its own (a known value and its encodings
// never span two values, so nothing is lost at a cut), and writes the
// segments in order, adding their findings to the report as it goes (the
// marker, in the last segment, counts those before it). The cuts depend
// only on the output, so the segments, and the result, are the same
// whatever the number of workers; one worker walks them in turn.

// echoSegment is how far apart the first pass notes the places between
// values that the echo pass splits its input at (a test makes it small).
var echoSegment int64 = 1 << 20

// segment is one piece of the spool between two cuts.
type segment struct {
	off  int64
	b    []byte
	last bool
	cut  int
	res  []echoRepl
	err  error
	done chan struct{}
}

// readSegment reads segment i of r (which has read everything before it)
// into buf's memory.
func (e *echoPass) readSegment(r io.Reader, i int, buf []byte) (segment, error) {
	cuts := e.rep.cuts
	sg := segment{last: i >= len(cuts)}
	if i > 0 {
		sg.off = cuts[i-1]
	}
	if !sg.last {
		n := int(cuts[i] - sg.off)
		if cap(buf) < n {
			buf = make([]byte, n)
		}
		sg.b = buf[:n]
		if _, err := io.ReadFull(r, sg.b); err != nil {
			return sg, fmt.Errorf("the temporary copy ends before its byte %d: %w", cuts[i], err)
		}
		return sg, nil
	}
	bb := bytes.NewBuffer(buf[:0])
	_, err := bb.ReadFrom(r)
	sg.b = bb.Bytes()
	return sg, err
}

// find finds the segment's echoes (e's scratch, the report read only).
func (e *echoPass) find(sg *segment) {
	e.off = sg.off
	sg.cut = e.scan(sg.b)
	e.resolve(sg.b, sg.cut)
	sg.res = append(sg.res[:0], e.res...)
}

// write writes the segment with its echoes replaced and records them.
func (e *echoPass) write(w io.Writer, sg *segment) error {
	if sg.err != nil {
		return sg.err
	}
	e.res = sg.res
	_, err := e.emit(w, sg.b, sg.cut)
	e.res = nil
	return err
}

// segments copies the spool r to w with the echoes replaced, on jobs
// workers.
func (e *echoPass) segments(w io.Writer, r io.Reader, jobs int) error {
	e.prepare()
	if jobs <= 1 || len(e.rep.cuts) < 2 {
		// One core, or too little for the workers to be worth it.
		var buf []byte
		for i := 0; ; i++ {
			sg, err := e.readSegment(r, i, buf)
			if err != nil {
				return err
			}
			e.find(&sg)
			if err := e.write(w, &sg); err != nil {
				return err
			}
			if sg.last {
				return nil
			}
			buf = sg.b
		}
	}
	work := make(chan *segment, jobs*parallelWindow)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer close(work)
	worker := func() *echoPass {
		we := *e
		we.ps = newPseudonymizer(e.ps.key)
		we.ed, we.masks, we.res = nil, nil, nil
		return &we
	}
	// jobs-1 workers, and this goroutine finds segments' echoes while it
	// waits for one to write (as the first pass's stream does).
	self := worker()
	for range jobs - 1 {
		we := worker()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sg := range work {
				we.findSafely(sg)
			}
		}()
	}
	var queue, free []*segment
	bytesIn := 0
	commit := func() error {
		sg := queue[0]
		for done := false; !done; {
			select {
			case <-sg.done:
				done = true
			case k := <-work:
				self.findSafely(k)
			}
		}
		queue = queue[1:]
		bytesIn -= len(sg.b)
		free = append(free, sg)
		return e.write(w, sg)
	}
	for i := 0; ; i++ {
		var buf []byte
		var sg *segment
		if k := len(free); k > 0 {
			sg, free = free[k-1], free[:k-1]
			buf = sg.b
		} else {
			sg = &segment{}
		}
		read, err := e.readSegment(r, i, buf)
		if err != nil {
			return err
		}
		sg.off, sg.b, sg.last, sg.err, sg.done = read.off, read.b, read.last, nil, make(chan struct{})
		for len(queue) > 0 && (len(queue) >= jobs*parallelWindow || bytesIn+len(sg.b) > parallelBudget) {
			if err := commit(); err != nil {
				return err
			}
		}
		queue = append(queue, sg)
		bytesIn += len(sg.b)
		work <- sg
		if sg.last {
			break
		}
	}
	for len(queue) > 0 {
		if err := commit(); err != nil {
			return err
		}
	}
	return nil
}

// findSafely finds the segment's echoes and marks it done; a panic fails
// the segment (and so the pass) instead of the process.
func (e *echoPass) findSafely(sg *segment) {
	defer close(sg.done)
	defer func() {
		if r := recover(); r != nil {
			sg.err = fmt.Errorf("internal error in the echo pass at byte %d: %v; nothing was written", sg.off, r)
		}
	}()
	if segmentHook != nil {
		segmentHook(sg.off)
	}
	e.find(sg)
}

// segmentHook, when set (by tests), is called before a worker finds a
// segment's echoes.
var segmentHook func(off int64)

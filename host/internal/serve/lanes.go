package serve

import (
	"context"
	"io"
	"sync"
	"time"
)

// Receive lanes keep the uploads taken in ahead of the CPU few. Without
// them, 32 clients sending at once were all received into encrypted spools
// long before a CPU slot was free for them: 32 × 50 MB written into fresh
// page-cache pages at once, which here doubled the kernel time per byte
// (its copy into cold pages) and cost a third of the service's MB/s per
// core (docs/SERVE.md). With lanes, an upload is read when one of a few
// lanes is free, and keeps it until its CPU work ends; the others wait,
// their clients held back by TCP flow control. A client that keeps the
// service waiting for its bytes for longer than LaneHold in all gives its
// lane up and goes on being read outside the lanes: a slow client delays
// the others by LaneHold at most, and holds nothing but its
// --max-concurrent slot.

// DefaultLaneHold is how long in all an upload holding a lane may keep the
// service waiting for its bytes.
const DefaultLaneHold = 2 * time.Second

// lane is one request's receive lane. The nil lane holds nothing.
type lane struct {
	lanes chan struct{}
	once  sync.Once
	timer *time.Timer   // gives the lane up while a read waits too long
	left  time.Duration // waiting allowed before the lane is given up
}

// enterLane waits for a receive lane, or until ctx ends (nil then).
func (s *Server) enterLane(ctx context.Context) *lane {
	select {
	case s.lanes <- struct{}{}:
	case <-ctx.Done():
		return nil
	}
	l := &lane{lanes: s.lanes, left: s.cfg.LaneHold}
	l.timer = time.AfterFunc(time.Hour, l.release)
	l.timer.Stop()
	return l
}

// wait runs read, a wait for the client's bytes, counting the time it
// takes against the lane's hold; past it, the lane is given up (also in
// the middle of a read that waits long).
func (l *lane) wait(read func() (int, error)) (int, error) {
	if l == nil || l.left <= 0 {
		return read()
	}
	start := time.Now()
	l.timer.Reset(l.left)
	n, err := read()
	if l.timer.Stop() {
		l.left -= time.Since(start)
	} else {
		l.left = 0 // the timer gave the lane up
	}
	if l.left <= 0 {
		l.release()
	}
	return n, err
}

// leave gives the lane back; it is safe to call more than once. Only the
// request's own goroutine calls it.
func (l *lane) leave() {
	if l == nil {
		return
	}
	l.timer.Stop()
	l.release()
}

// release gives the lane back once, from leave, wait or the timer.
func (l *lane) release() { l.once.Do(func() { <-l.lanes }) }

// streamRead is the least a read of an upload streamed into the
// sanitizer returns (unless the upload ends): the sanitizer's reads are
// 256 KiB, and fewer, larger reads mean fewer moves of its buffer.
const streamRead = 128 << 10

// laneReader reads an upload for a request holding a lane, counting its
// waits against the lane (lane.wait). When cpu is set the reader runs
// inside the request's CPU slot (Server.work), and gives the slot up for
// the time of each read: a slow client never holds a CPU.
type laneReader struct {
	r    io.Reader
	lane *lane
	cpu  chan struct{}
	min  int
}

func (lr *laneReader) Read(p []byte) (int, error) {
	if lr.cpu != nil {
		<-lr.cpu
		defer func() { lr.cpu <- struct{}{} }()
	}
	want := min(len(p), lr.min)
	return lr.lane.wait(func() (int, error) {
		n := 0
		for {
			k, err := lr.r.Read(p[n:])
			n += k
			if err != nil || n >= want {
				return n, err
			}
		}
	})
}

package serve

import (
	"context"
	"sync"
	"time"
)

// Receive lanes keep the uploads received ahead of the CPU few. Without
// them, 32 clients sending at once are all received into their encrypted
// spools long before a CPU slot is free for them: 32 × 50 MB of spools
// written into fresh page-cache pages at once, which here doubled the
// kernel time per byte (the kernel's copy into cold pages) and so cost a
// third of the service's MB/s per core (docs/SERVE.md). With lanes an
// upload is received when one of a few lanes is free, and holds it until
// its CPU work ends: the spools waiting for a CPU stay a few, written into
// pages just freed by the spools before them. A client that has not sent
// its whole upload LaneHold after it got its lane gives the lane up and
// goes on being received outside the lanes, as all uploads were before: a
// slow client delays others by LaneHold at most, and holds nothing but
// its --max-concurrent slot.

// DefaultLaneHold is how long an upload may take to arrive while it holds
// a receive lane.
const DefaultLaneHold = 2 * time.Second

// lane is one request's receive lane; leave gives it back. The zero lane
// (nil) holds nothing.
type lane struct {
	lanes chan struct{}
	once  sync.Once
	timer *time.Timer
}

// enterLane waits for a receive lane, or until ctx ends (nil then). The
// lane is given up after hold unless received is called before.
func (s *Server) enterLane(ctx context.Context, hold time.Duration) *lane {
	select {
	case s.lanes <- struct{}{}:
	case <-ctx.Done():
		return nil
	}
	l := &lane{lanes: s.lanes}
	l.timer = time.AfterFunc(hold, l.release)
	return l
}

// received says the upload arrived whole: the lane is kept until leave.
func (l *lane) received() {
	if l != nil {
		l.timer.Stop()
	}
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

// release gives the lane back once, from leave or from the timer.
func (l *lane) release() { l.once.Do(func() { <-l.lanes }) }

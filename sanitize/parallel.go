package sanitize

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"sync"
	"sync/atomic"
)

// The parallel pass: log.entries on every core, with the one-core pass's
// output byte for byte.
//
// The stream reads the entries in order, as it does on one core, and hands
// each (a copy of its bytes) to one of the workers, which walk it with
// their own run (the stream is one of them while it waits: n-1 goroutines
// and the stream on n cores). The stream commits the entries in order: it writes
// each one's output, adds its findings to the report and the secrets it
// learnt to the known set, exactly as the one-core pass would have at that
// point.
//
// An entry's result depends on the entries before it only through the
// known set (a value learnt as secret in entry 3 is replaced where entry 4
// has it) and through the report's count of findings (past maxFindings
// they are counted, not kept). A worker walks an entry with the known set
// as committed when it starts (it keeps its own copy, brought up to date
// from the set's log of additions) and notes everything the result
// depended on: each value it looked up, whether it found the set empty,
// the report's length. At commit the stream checks that none of what was
// committed since changes any of that; when something does (a token learnt
// in the entry just before, a set reaching its bound), it walks the entry
// again itself, with the exact state, as the one-core pass does. So every
// entry's output is the one-core pass's by construction, and only those
// rare entries cost a second walk.

// parallelWindow is how many entries per job may be in flight (read,
// walked or waiting for their commit).
const parallelWindow = 8

// parallelBudget bounds the bytes of entries in flight (an entry larger
// than this is walked alone): memory stays flat whatever the file's size.
const parallelBudget = 8 << 20

// parallel is the state of the parallel pass over one entries array.
type parallel struct {
	st      *stream
	workers int
	jobs    chan *entryJob
	wg      sync.WaitGroup
	queue   []*entryJob // submitted, in order, not committed yet
	free    []*entryJob
	bytes   int     // of the entries in the queue
	gap     []byte  // what was written after the last entry submitted
	base    []seg   // the path of log.entries
	self    *worker // the stream's own, for the entries it walks

	mu       sync.Mutex
	log      []knownAdd // the committed known set's additions
	findings int        // the committed report's findings
}

// reruns counts the entries walked again at commit (for tests and benchmarks).
var reruns atomic.Int64

// entryJob is one entry in flight.
type entryJob struct {
	n        int
	at       int64 // input offset
	consumed int64 // the input read when it was
	raw      []byte
	strs     []span
	qbits    []uint64
	prefix   []byte // what the stream wrote before it (',' and spaces)
	done     chan struct{}

	// The worker's result.
	werr  error
	edits []jobEdit // raw's edits, in order
	repl  []byte    // their replacements, one after the other
	rep   Report
	adds  []knownAdd // the known set's additions, in order
	dep   dependence
}

// dependence is what a worker's result for an entry depended on.
type dependence struct {
	logLen       int // the committed known set's additions it started from
	size, bytes  int // that set's size
	findings     int // the committed report's findings it started from
	found        bool
	minLen       int // the shortest and longest the entry's findings were at a finding
	maxLen       int
	sawEmpty     bool     // it found the known set empty
	queries      []uint64 // hash table of the values it looked up (0: free)
	queriesCount int
}

// jobEdit replaces raw[start:end] with repl[at:at+n] of its job.
type jobEdit struct{ start, end, at, n int }

// knownAdd is one addition to a known set.
type knownAdd struct {
	key string
	e   knownEntry
}

// speculation is a worker run's record of what its entry depends on.
type speculation struct {
	findings int // committed before the entry
	found    bool
	minLen   int
	maxLen   int
	sawEmpty bool
	q        []uint64
}

var querySeed = maphash.MakeSeed()

// query notes that v was looked up in the known set.
func (s *speculation) query(v []byte) {
	if s == nil || len(v) < minKnown {
		return
	}
	s.q = append(s.q, maphash.Bytes(querySeed, v))
}

// empty notes that the known set was found empty.
func (s *speculation) empty() {
	if s != nil {
		s.sawEmpty = true
	}
}

// findingsBefore returns the findings committed before the entry and notes
// that a finding was made when the entry had l.
func (s *speculation) findingsBefore(l int) int {
	if s == nil {
		return 0
	}
	if !s.found {
		s.found, s.minLen, s.maxLen = true, l, l
	}
	s.minLen, s.maxLen = min(s.minLen, l), max(s.maxLen, l)
	return s.findings
}

// maxDefaultJobs bounds the default number of jobs: past it the stream
// (a sixth of the work) is the bottleneck, and each worker keeps its own
// copy of the known set.
const maxDefaultJobs = 8

// jobs is how many entries are walked at once.
func (s *Sanitizer) jobs() int {
	if s.opt.Jobs > 0 {
		return s.opt.Jobs
	}
	return min(runtime.GOMAXPROCS(0), maxDefaultJobs)
}

// parallelStart is how many bytes of entries the stream walks itself
// before it starts the workers: a small file is not worth them (and a
// fuzzer's inputs stay on one goroutine). Tests make it 0.
var parallelStart int64 = 4 << 20

// startParallel starts the workers once the entries array has had before
// bytes, when the sanitizer has more than one job.
func (st *stream) startParallel(before int64) {
	n := st.jobs
	if n <= 1 || st.par != nil || before < parallelStart {
		return
	}
	p := &parallel{st: st, workers: n, jobs: make(chan *entryJob, n*parallelWindow)}
	p.base = append([]seg(nil), st.x.path...)
	p.publish()
	// n-1 workers, and the stream itself walks entries while it waits for
	// one to commit: n goroutines busy on n cores, not n+1 taking turns.
	p.self = newWorker(p)
	for range n - 1 {
		w := newWorker(p)
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				w.walk(j)
				close(j.done)
			}
		}()
	}
	st.par = p
	st.hold = &p.gap
}

// stopParallel stops the workers (after the entries, or on an error).
func (st *stream) stopParallel() {
	p := st.par
	if p == nil {
		return
	}
	st.par, st.hold = nil, nil
	close(p.jobs)
	p.wg.Wait()
}

// drain commits every entry in flight, then writes what followed the last
// one, and returns err (the entries array is over, or reading it failed):
// an entry before the failure that fails fails the pass first, as it would
// on one core.
func (st *stream) drain(err error) error {
	p := st.par
	if p == nil {
		return err
	}
	for len(p.queue) > 0 {
		if cerr := p.commitHead(); cerr != nil {
			return cerr
		}
	}
	st.hold = nil // the entries are over
	if werr := st.emit(p.gap); werr != nil && err == nil {
		err = werr
	}
	p.gap = p.gap[:0]
	return err
}

// submit hands the entry raw (number n) to the workers, committing the
// entries before it as the window requires.
func (p *parallel) submit(raw []byte, n int) error {
	for len(p.queue) > 0 && (len(p.queue) >= p.workers*parallelWindow || p.bytes+len(raw) > parallelBudget || p.ready()) {
		if err := p.commitHead(); err != nil {
			return err
		}
	}
	var j *entryJob
	if k := len(p.free); k > 0 {
		j, p.free = p.free[k-1], p.free[:k-1]
	} else {
		j = &entryJob{}
	}
	in := p.st.in
	j.n, j.at, j.consumed = n, in.capturedAt, in.consumed()
	j.raw = append(j.raw[:0], raw...)
	j.strs = append(j.strs[:0], in.strs...)
	j.qbits = append(j.qbits[:0], in.qbits...)
	j.prefix = append(j.prefix[:0], p.gap...)
	p.gap = p.gap[:0]
	j.done = make(chan struct{})
	p.queue = append(p.queue, j)
	p.bytes += len(raw)
	p.jobs <- j
	return nil
}

// ready reports whether the first entry in flight is walked.
func (p *parallel) ready() bool {
	select {
	case <-p.queue[0].done:
		return true
	default:
		return false
	}
}

// publish makes the committed state visible to the workers.
func (p *parallel) publish() {
	p.mu.Lock()
	p.log = p.st.x.known.log
	p.findings = len(p.st.x.rep.Findings)
	p.mu.Unlock()
}

// commitHead waits for the first entry in flight and commits it.
func (p *parallel) commitHead() error {
	j := p.queue[0]
	for !p.ready() {
		select {
		case <-j.done:
		case k := <-p.jobs:
			p.self.walk(k)
			close(k.done)
		}
	}
	p.queue = p.queue[1:]
	p.bytes -= len(j.raw)
	err := p.commit(j)
	p.free = append(p.free, j)
	return err
}

// commit writes the entry out and adds what it found, in order.
func (p *parallel) commit(j *entryJob) error {
	st := p.st
	st.hold = nil
	defer func() { st.hold = &p.gap }()
	if err := st.emit(j.prefix); err != nil {
		return err
	}
	if forceRerun || !p.exact(j) {
		// Something committed since the worker started changes this
		// entry's result: walked again, with the exact state.
		reruns.Add(1)
		err := st.entry(j.raw, j.n, j.at, j.strs, j.qbits)
		p.publish()
		if err != nil {
			st.failedRead = j.consumed
		}
		return err
	}
	// As the one-core pass does: the entry's offset, then what it found
	// (also when it failed part way), then its bytes.
	x := st.x
	if st.write && j.n < maxEntryAt {
		x.rep.entryAt = append(x.rep.entryAt, st.outAt())
	}
	st.cut()
	x.rep.merge(&j.rep)
	for _, a := range j.adds {
		x.known.put(a.key, a.e)
	}
	p.publish()
	if j.werr != nil {
		st.failedRead = j.consumed
		return st.walkErr(j.werr, j.at)
	}
	pos := 0
	for _, e := range j.edits {
		if err := st.emit(j.raw[pos:e.start]); err != nil {
			return err
		}
		if err := st.emit(j.repl[e.at : e.at+e.n]); err != nil {
			return err
		}
		pos = e.end
	}
	return st.emit(j.raw[pos:])
}

// exact reports whether the worker's result for j is what the one-core
// pass gives with the state committed now.
func (p *parallel) exact(j *entryJob) bool {
	k, d := &p.st.x.known, &j.dep
	if n := len(p.st.x.rep.Findings); d.found && n != d.findings &&
		n+d.maxLen >= maxFindings && d.findings+d.minLen < maxFindings {
		return false // the findings' bound falls inside the entry
	}
	delta := k.log[d.logLen:]
	if len(delta) == 0 {
		return true
	}
	if d.sawEmpty {
		return false
	}
	if full := d.size >= maxKnown || d.bytes >= maxKnownBytes; !full {
		n, b := len(k.m), k.bytes
		for _, a := range j.adds {
			n, b = n+1, b+len(a.key)
		}
		if n >= maxKnown || b >= maxKnownBytes {
			return false // the set's bound falls inside the entry
		}
	}
	if d.queriesCount == 0 {
		return true
	}
	mask := uint64(len(d.queries) - 1)
	for _, a := range delta {
		h := queryHash(maphash.String(querySeed, a.key))
		for i := h & mask; d.queries[i] != 0; i = (i + 1) & mask {
			if d.queries[i] == h {
				return false
			}
		}
	}
	return true
}

// queryHash is h as kept in a dependence's table (0 marks a free slot).
func queryHash(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// merge adds the report of one entry, walked on its own, to r.
func (r *Report) merge(e *Report) {
	r.Entries += e.Entries
	r.Redacted += e.Redacted
	r.Residue += e.Residue
	r.FindingsDropped += e.FindingsDropped
	for k, n := range e.Counts {
		r.Counts[k] += n
	}
	for k, n := range e.Locations {
		r.Locations[k] += n
	}
	r.Findings = append(r.Findings, e.Findings...)
}

// worker walks entries with a run of its own.
type worker struct {
	p       *parallel
	x       *run
	ed      edits
	spec    speculation
	applied int // the committed additions its known set has
}

func newWorker(p *parallel) *worker {
	sx := p.st.x
	x := &run{rules: sx.rules, opt: sx.opt, ps: newPseudonymizer(sx.ps.key), maxDepth: sx.maxDepth, entry: -1}
	w := &worker{p: p, x: x}
	x.spec = &w.spec
	return w
}

// walk walks the entry j and leaves its result in it. A panic fails the
// entry (and so the pass) instead of the process.
func (w *worker) walk(j *entryJob) {
	defer func() {
		if r := recover(); r != nil {
			j.werr = fmt.Errorf("%w sanitizing entry %d: %v; nothing was written", errInternal, j.n, r)
		}
	}()
	p, x := w.p, w.x
	p.mu.Lock()
	log, findings := p.log, p.findings
	p.mu.Unlock()
	// The known set as committed.
	k := &x.known
	k.logging = false
	for _, a := range log[w.applied:] {
		k.put(a.key, a.e)
	}
	w.applied = len(log)
	k.logging, k.log = true, k.log[:0]
	j.dep = dependence{logLen: len(log), size: len(k.m), bytes: k.bytes, findings: findings, queries: j.dep.queries[:0]}
	w.spec = speculation{findings: findings, q: w.spec.q[:0]}

	j.rep = Report{Counts: map[Kind]int{}, Locations: map[string]int{}, Findings: j.rep.Findings[:0]}
	x.rep = &j.rep
	x.path = append(x.path[:0], p.base...)
	x.strs, x.qbits, x.err = j.strs, j.qbits, nil
	x.push(nil, j.n)
	w.ed.reset()
	if walkHook != nil {
		walkHook(j.n)
	}
	_, werr := x.entryValue(j.raw, 0, j.n, &w.ed, 3)
	x.pop()
	if werr == nil {
		werr = x.err
	}
	j.werr = werr
	j.edits, j.repl = j.edits[:0], j.repl[:0]
	if werr == nil && p.st.write {
		// The edits, with their replacements copied: the run may reuse
		// the memory they are in for the next entry.
		w.ed.normalize()
		for _, e := range w.ed.list {
			j.edits = append(j.edits, jobEdit{e.start, e.end, len(j.repl), len(e.repl)})
			j.repl = append(j.repl, e.repl...)
		}
	}
	// Its own additions go back out of the set: the stream commits them.
	j.adds = append(j.adds[:0], k.log...)
	for _, a := range k.log {
		delete(k.m, a.key)
		k.bytes -= len(a.key)
	}
	k.log = k.log[:0]
	s := &w.spec
	j.dep.found, j.dep.minLen, j.dep.maxLen, j.dep.sawEmpty = s.found, s.minLen, s.maxLen, s.sawEmpty
	j.dep.queries, j.dep.queriesCount = queryTable(j.dep.queries, s.q), len(s.q)
}

// forceRerun, when set (by tests), walks every entry again at commit.
var forceRerun bool

// walkHook, when set (by tests), is called before each entry a worker walks.
var walkHook func(n int)

// queryTable returns the hashes q as an open-addressing table (in buf's
// memory), at most half full.
func queryTable(buf, q []uint64) []uint64 {
	n := 16
	for n < 2*len(q) {
		n <<= 1
	}
	if cap(buf) < n {
		buf = make([]uint64, n)
	}
	t := buf[:n]
	clear(t)
	mask := uint64(n - 1)
	for _, h := range q {
		h = queryHash(h)
		i := h & mask
		for t[i] != 0 && t[i] != h {
			i = (i + 1) & mask
		}
		t[i] = h
	}
	return t
}

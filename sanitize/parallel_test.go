package sanitize

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/internal/hargen"
)

// parallelRun is everything a run gives: Sanitize's output and report,
// SanitizeSpooled's, and Verify's report (as JSON with the unexported
// parts that decide the echo pass), or the errors.
type parallelRun struct {
	out, spooled             []byte
	rep, spooledRep, verRep  string
	err, spooledErr, verErr  string
	entryAt, cuts, knownKeys string
}

var parallelNow = func() time.Time { return time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC) }

func runJobs(t testing.TB, in []byte, jobs int, opts ...Option) parallelRun {
	t.Helper()
	s := New(DefaultRules(), append([]Option{WithKey(testKey), WithNow(parallelNow), WithJobs(jobs)}, opts...)...)
	var r parallelRun
	str := func(rep *Report) string {
		if rep == nil {
			return "<nil>"
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	msg := func(err error) string {
		if err == nil {
			return ""
		}
		return err.Error()
	}
	var out bytes.Buffer
	rep, err := s.Sanitize(&out, bytes.NewReader(in))
	r.out, r.rep, r.err = out.Bytes(), str(rep), msg(err)
	if rep != nil {
		r.entryAt = fmt.Sprint(rep.entryAt, rep.entriesEnd, rep.marker.at)
		r.cuts = fmt.Sprint(rep.cuts)
		keys := make([]string, 0, len(rep.known.m))
		for k, e := range rep.known.m {
			keys = append(keys, k+"="+string(e.kind)+":"+e.orig)
		}
		sortStrings(keys)
		r.knownKeys = strings.Join(keys, "\n")
	}
	var sp memSpool
	var spooled bytes.Buffer
	rep, err = s.SanitizeSpooled(&spooled, bytes.NewReader(in), &sp)
	r.spooled, r.spooledRep, r.spooledErr = spooled.Bytes(), str(rep), msg(err)
	rep, err = s.Verify(bytes.NewReader(in))
	r.verRep, r.verErr = str(rep), msg(err)
	return r
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sameAsOneCore fails when a run on jobs differs from the one-core run in
// anything: output bytes, reports, errors, the echo pass's inputs.
func sameAsOneCore(t *testing.T, name string, in []byte, jobs ...int) {
	t.Helper()
	one := runJobs(t, in, 1)
	defer func(n int64) { parallelStart = n }(parallelStart)
	for _, n := range jobs {
		// From the first entry on, and after the stream's first ones.
		for _, start := range []int64{0, 1 << 20} {
			parallelStart = start
			sameRun(t, fmt.Sprintf("%s, %d jobs from byte %d", name, n, start), one, runJobs(t, in, n))
		}
	}
}

// sameRun fails when got differs from the one-core run one.
func sameRun(t *testing.T, name string, one, got parallelRun) {
	t.Helper()
	check := func(what string, a, b []byte) {
		if !bytes.Equal(a, b) {
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			t.Errorf("%s: %s differs from one core at byte %d of %d/%d: %q vs %q", name, what, i, len(a), len(b),
				a[max(i-40, 0):min(i+40, len(a))], b[max(i-40, 0):min(i+40, len(b))])
		}
	}
	check("Sanitize output", one.out, got.out)
	check("SanitizeSpooled output", one.spooled, got.spooled)
	check("Sanitize report", []byte(one.rep), []byte(got.rep))
	check("SanitizeSpooled report", []byte(one.spooledRep), []byte(got.spooledRep))
	check("Verify report", []byte(one.verRep), []byte(got.verRep))
	check("error", []byte(one.err+"|"+one.spooledErr+"|"+one.verErr), []byte(got.err+"|"+got.spooledErr+"|"+got.verErr))
	check("entry offsets", []byte(one.entryAt), []byte(got.entryAt))
	check("cuts", []byte(one.cuts), []byte(got.cuts))
	check("known set", []byte(one.knownKeys), []byte(got.knownKeys))
}

func hargenHAR(t testing.TB, size int64, seed uint64) []byte {
	var buf bytes.Buffer
	if _, err := hargen.Write(&buf, hargen.Options{Size: size, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// harEntries returns the entries of a HAR, raw.
func harEntries(t testing.TB, in []byte) []json.RawMessage {
	var doc struct {
		Log struct {
			Entries []json.RawMessage `json:"entries"`
		} `json:"log"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(in, []byte("\xef\xbb\xbf")), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Log.Entries
}

// harOf builds a HAR of entries.
func harOf(entries []json.RawMessage) []byte {
	var b bytes.Buffer
	b.WriteString(`{"log":{"version":"1.2","creator":{"name":"test","version":"1"},"entries":[`)
	for i, e := range entries {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.Write(e)
	}
	b.WriteString("]}}\n")
	return b.Bytes()
}

// corpusEntries are the entries of every case of the test corpora.
func corpusEntries(t testing.TB) []json.RawMessage {
	var all []json.RawMessage
	for _, defs := range [][]gdef{generalizeCases(), heldoutCases(), heldout2Cases()} {
		for _, d := range defs {
			c := newGcase(d)
			d.build(c)
			all = append(all, harEntries(t, c.har(t))...)
		}
	}
	in, _ := buildCorpus(t)
	return append(all, harEntries(t, in)...)
}

func TestParallelSameAsOneCore(t *testing.T) {
	cases := map[string][]byte{
		"hargen 2 MB":   hargenHAR(t, 2<<20, 1),
		"hargen 3 MB/7": hargenHAR(t, 3<<20, 7),
		"sample":        must(os.ReadFile("../testdata/sample.har")),
	}
	in, _ := buildCorpus(t)
	cases["corpus"] = in
	files, _ := filepath.Glob(filepath.Join(sharedHARs, "*.har"))
	for _, f := range files {
		cases[filepath.Base(f)] = must(os.ReadFile(f))
	}
	cases["every corpus case in one file"] = harOf(corpusEntries(t))
	for name, in := range cases {
		t.Run(name, func(t *testing.T) { sameAsOneCore(t, name, in, 2, 3, 8) })
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// TestParallelRerun: with every entry walked again at commit (the path an
// entry takes when something committed since its worker started changes
// it), the output is the one-core pass's too.
func TestParallelRerun(t *testing.T) {
	forceRerun = true
	defer func() { forceRerun = false }()
	in, _ := buildCorpus(t)
	sameAsOneCore(t, "corpus, every entry walked again", in, 2, 4)
	sameAsOneCore(t, "every corpus case, walked again", harOf(corpusEntries(t)), 3)
}

// mix is a HAR of n entries drawn from pool (repeats put the same secrets
// in entries close together, learnt in one and met in the next), one of
// them broken when broken is set.
func mix(rng *rand.Rand, pool []json.RawMessage, n int, broken bool) []byte {
	entries := make([]json.RawMessage, n)
	for i := range entries {
		entries[i] = pool[rng.IntN(len(pool))]
		if i > 0 && rng.IntN(3) == 0 {
			entries[i] = entries[i-1]
		}
	}
	if broken {
		i := rng.IntN(n)
		e := append(json.RawMessage(nil), entries[i]...)
		switch k := rng.IntN(len(e)); rng.IntN(3) {
		case 0: // a bad escape in a string (or a syntax error elsewhere)
			e = append(e[:k:k], append([]byte(`\x`), e[k:]...)...)
		case 1: // a control character
			e[k] = 0x01
		default: // cut short
			e = e[:k]
		}
		entries[i] = e
	}
	return harOf(entries)
}

// TestParallelMixes: random mixes of the corpora's entries, some with a
// broken entry, give the one-core result on any number of jobs, errors
// included.
func TestParallelMixes(t *testing.T) {
	pool := corpusEntries(t)
	seeds := 40
	if testing.Short() {
		seeds = 8
	}
	before := reruns.Load()
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 15))
		in := mix(rng, pool, 20+rng.IntN(120), seed%3 == 2)
		sameAsOneCore(t, fmt.Sprintf("mix %d", seed), in, 2+rng.IntN(6))
	}
	if reruns.Load() == before {
		t.Error("no entry was walked again: the mixes do not test the known set's dependence")
	}
}

// TestParallelBounds: the report's findings and the known set reach their
// bounds inside the parallel pass; the result is still the one-core one.
func TestParallelBounds(t *testing.T) {
	defer func(f, k, b int) { maxFindings, maxKnown, maxKnownBytes = f, k, b }(maxFindings, maxKnown, maxKnownBytes)
	pool := corpusEntries(t)
	for _, c := range []struct{ findings, known, bytes int }{{50, 1 << 15, 4 << 20}, {100000, 40, 4 << 20}, {100000, 1 << 15, 900}, {30, 25, 600}} {
		maxFindings, maxKnown, maxKnownBytes = c.findings, c.known, c.bytes
		for seed := range 4 {
			rng := rand.New(rand.NewPCG(uint64(seed), 16))
			sameAsOneCore(t, fmt.Sprintf("bounds %v, mix %d", c, seed), mix(rng, pool, 80, false), 3)
		}
	}
}

// TestParallelWorkerFails: a worker that fails (here it panics) fails the
// run closed: an error, and nothing written by SanitizeSpooled. So does the
// one-core walk.
func TestParallelWorkerFails(t *testing.T) {
	in := harOf(harEntries(t, hargenHAR(t, 1<<20, 3)))
	n := len(harEntries(t, in))
	defer func(n int64) { walkHook, segmentHook, parallelStart = nil, nil, n }(parallelStart)
	parallelStart = 0
	for _, jobs := range []int{1, 3} {
		for _, at := range []int{0, n / 2, n - 1} {
			walkHook = func(k int) {
				if k == at {
					panic("injected")
				}
			}
			s := New(nil, WithKey(testKey), WithJobs(jobs))
			var out bytes.Buffer
			var sp memSpool
			if _, err := s.SanitizeSpooled(&out, bytes.NewReader(in), &sp); !errors.Is(err, errInternal) {
				t.Errorf("%d jobs, failing at entry %d: err %v", jobs, at, err)
			}
			if out.Len() != 0 {
				t.Errorf("%d jobs, failing at entry %d: %d bytes written", jobs, at, out.Len())
			}
			if _, err := s.Verify(bytes.NewReader(in)); !errors.Is(err, errInternal) {
				t.Errorf("%d jobs, failing at entry %d: verify: %v", jobs, at, err)
			}
		}
	}
	walkHook = nil
	defer func(n int64) { echoSegment = n }(echoSegment)
	echoSegment = 4096
	segmentHook = func(off int64) {
		if off > 0 {
			panic("injected")
		}
	}
	var sp memSpool
	if _, err := New(nil, WithKey(testKey), WithJobs(2)).SanitizeSpooled(io.Discard, bytes.NewReader(in), &sp); err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("an echo worker failing: err %v", err)
	}
}

// TestParallelMutations: inputs mutated at random (bytes changed, cut,
// removed, repeated: broken strings, entries, structure) give the same
// result, or the same error, on one core and on several. (A fuzz target
// would not do here: the workers make its coverage vary from run to run of
// the same input, and the fuzzer spends its time re-running inputs.)
func TestParallelMutations(t *testing.T) {
	var entries []json.RawMessage
	for i := range 6 {
		tok := func(k int) string { return fmt.Sprintf("tok%dQm8ZrT4kLp2Xw9Vb", (i+k)%6) }
		entries = append(entries, json.RawMessage(fmt.Sprintf(`{"request":{"method":"GET","url":"https://a.example/%s","headers":[{"name":"Authorization","value":"Bearer %s"}],"cookies":[]},`+
			`"response":{"status":200,"headers":[],"cookies":[],"content":{"mimeType":"application/json","text":"{\"access_token\":\"%s\",\"note\":\"see %s\"}"}}}`,
			tok(5), tok(5), tok(0), tok(1))))
	}
	seeds := [][]byte{harOf(entries), must(os.ReadFile("../testdata/sample.har"))}
	for _, in := range seeds {
		if r := runJobs(t, in, 1); r.err != "" || !bytes.Contains(r.spooled, []byte("safehar-")) {
			t.Fatalf("a seed does not sanitize: %s", r.err)
		}
	}
	n := 800
	if testing.Short() {
		n = 200
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for it := range n {
		in := append([]byte(nil), seeds[rng.IntN(len(seeds))]...)
		for k := rng.IntN(4) + 1; k > 0 && len(in) > 0; k-- {
			i := rng.IntN(len(in))
			switch rng.IntN(4) {
			case 0:
				in[i] = byte(rng.IntN(256))
			case 1:
				in = append(in[:i], in[min(len(in), i+rng.IntN(20)):]...)
			case 2:
				j := rng.IntN(len(in))
				in = append(in[:i:i], append(append([]byte(nil), in[min(i, j):max(i, j)]...), in[i:]...)...)
			default:
				in = in[:i]
			}
		}
		sameAsOneCore(t, fmt.Sprintf("mutation %d", it), in, 3)
		if t.Failed() {
			t.Logf("input: %q", in)
			return
		}
	}
}

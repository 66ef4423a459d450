package sanitize

import (
	"bytes"
	"encoding/json"
	"fmt"
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
	reruns                   int
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
	for _, n := range jobs {
		got := runJobs(t, in, n)
		check := func(what string, a, b []byte) {
			if !bytes.Equal(a, b) {
				i := 0
				for i < len(a) && i < len(b) && a[i] == b[i] {
					i++
				}
				t.Errorf("%s, %d jobs: %s differs from one core at byte %d of %d/%d: %q vs %q", name, n, what, i, len(a), len(b),
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

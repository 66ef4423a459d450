// Package exposure answers, for a set of HAR files, "which credentials did
// these files expose, for which systems, and which are still live?". It
// scans files, folders and the archives a support system stores them in
// (.har, .har.gz, .zip) concurrently with the sanitize engine's detectors,
// groups what it finds by a keyed fingerprint of each value (never the value
// itself), decides a live / expired / unknown verdict for each credential at
// a given time, orders a rotation checklist, and renders the result as text,
// JSON or a self-contained HTML page.
package exposure

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/safehar/safehar/sanitize"
)

// Options configure a scan.
type Options struct {
	// Key is the fingerprint key (at least 16 bytes). The same key gives the
	// same fingerprint for the same value, across files and runs.
	Key []byte
	// At is the time verdicts are given for; zero means time.Now().
	At time.Time
	// Workers is how many files are scanned at once; 0 means GOMAXPROCS.
	Workers int
	// Rules are the detectors; nil means sanitize.DefaultRules().
	Rules *sanitize.Rules
	// KeepFindings keeps every finding of every file (File.Findings), for
	// the --json listing of locations. Off, only credentials are kept.
	KeepFindings bool
	// Stdin is read for the input "-".
	Stdin io.Reader
	// SanitizerOptions are added to the detectors' options (the effective
	// policy's JWT and personal-data handling), after the key.
	SanitizerOptions []sanitize.Option
	// Shard and Shards, when Shards > 1, scan only shard Shard (0-based)
	// of Shards: the files the inputs expand to, in order, are cut into
	// Shards contiguous runs of near-equal length. The same inputs give
	// the same cut on every machine, and the shards' reports, put back
	// together in shard order by Merge, are the whole scan's report.
	Shard, Shards int
	// Jobs is how many entries of one file are scanned at once (0: the
	// cores the file pool leaves, all of them for one file).
	Jobs int
}

// ShardRange is the part [lo, hi) of n files that shard i of count scans.
func ShardRange(i, count, n int) (lo, hi int) {
	return i * n / count, (i + 1) * n / count
}

// Skipped is an input that could not be scanned, and why.
type Skipped struct {
	File   string `json:"file"`
	Reason string `json:"error"`
}

// Stats describe how a scan ran (not part of the report's output).
type Stats struct {
	Workers      int           // workers in the pool
	PeakParallel int           // most files scanned at the same moment
	Bytes        int64         // HAR bytes scanned (after decompression)
	Elapsed      time.Duration // wall clock of the scan
}

// unit is one input to open: a file path, or standard input. skip, when
// set, is why the input could not even be opened; sniff marks a file found
// in a folder whose name does not say HAR: it is scanned only when its
// content is one (a JSON object, or a gzip or zip archive).
type unit struct {
	path  string
	stdin bool
	sniff bool
	skip  string
}

// harSuffixes are the names that must be readable HARs or archives of them.
var harSuffixes = []string{".har", ".har.gz", ".zip"}

func isCandidate(name string) bool {
	n := strings.ToLower(name)
	for _, s := range harSuffixes {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// collect expands the inputs into units, in order: a folder becomes the
// regular files under it (recursively, in lexical order); files whose name
// does not say HAR are sniffed. Inputs that cannot be read become units
// with a skip reason, in input order.
func collect(inputs []string) (units []unit, ignored int) {
	skip := func(p, why string) { units = append(units, unit{path: p, skip: why}) }
	for _, in := range inputs {
		if in == "-" || in == "" {
			units = append(units, unit{path: "standard input", stdin: true})
			continue
		}
		fi, err := os.Stat(in)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			skip(in, "does not exist; check the path")
			continue
		case err != nil:
			skip(in, fmt.Sprintf("cannot read it: %v", unwrapPath(err)))
			continue
		case fi.Mode().IsRegular():
			units = append(units, unit{path: in})
			continue
		case !fi.IsDir():
			skip(in, "is not a regular file or folder")
			continue
		}
		werr := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				skip(p, fmt.Sprintf("cannot read it: %v", unwrapPath(err)))
				if d != nil && d.IsDir() && p != in {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
					ignored++
					return nil
				}
			} else if !d.Type().IsRegular() {
				ignored++
				return nil
			}
			units = append(units, unit{path: p, sniff: !isCandidate(d.Name())})
			return nil
		})
		if werr != nil {
			skip(in, fmt.Sprintf("cannot read it: %v", unwrapPath(werr)))
		}
	}
	return units, ignored
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// The per-file verdicts of Report.Verdicts.
const (
	VerdictClean      = "clean"
	VerdictSecrets    = "secrets"
	VerdictUnreadable = "unreadable"
)

// FileVerdict is the verdict on one HAR (a zip member counts as one) or on
// an input that could not be read.
type FileVerdict struct {
	Path    string `json:"path"`
	Verdict string `json:"verdict"`
	Reason  string `json:"reason,omitempty"`
}

// outcome is what scanning one unit gave: a result per HAR in it (a zip
// holds several), the HARs that could not be read, ignored members, and a
// verdict for each scanned or unreadable one, in the order met.
type outcome struct {
	files    []*fileScan
	skipped  []Skipped
	ignored  int
	verdicts []FileVerdict
}

func (o *outcome) add(f *fileScan) {
	o.files = append(o.files, f)
	v := VerdictClean
	if f.rep.Redacted > 0 {
		v = VerdictSecrets
	}
	o.verdicts = append(o.verdicts, FileVerdict{Path: f.name, Verdict: v})
}

func (o *outcome) skip(name, reason string) {
	o.skipped = append(o.skipped, Skipped{name, reason})
	o.verdicts = append(o.verdicts, FileVerdict{Path: name, Verdict: VerdictUnreadable, Reason: reason})
}

func (o *outcome) merge(sub outcome) {
	o.files = append(o.files, sub.files...)
	o.skipped = append(o.skipped, sub.skipped...)
	o.ignored += sub.ignored
	o.verdicts = append(o.verdicts, sub.verdicts...)
}

// fileScan is one scanned HAR before aggregation.
type fileScan struct {
	name string
	rep  *sanitize.Report
}

// Scan scans the inputs (files, folders, "-" for standard input) and
// returns the report. Files are scanned by a pool of Options.Workers
// goroutines; the report's order is the inputs' order whatever the timing.
func Scan(inputs []string, o Options) (*Report, error) {
	if len(o.Key) < 16 {
		return nil, fmt.Errorf("the fingerprint key is shorter than 16 bytes")
	}
	if o.At.IsZero() {
		o.At = time.Now()
	}
	o.At = o.At.UTC().Truncate(time.Second)
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	start := time.Now()
	units, ignored := collect(inputs)
	if o.Shards > 1 {
		lo, hi := ShardRange(o.Shard, o.Shards, len(units))
		units = units[lo:hi]
		if o.Shard != 0 {
			ignored = 0 // counted once, by the first shard
		}
	}
	jobs := o.Jobs
	if jobs <= 0 {
		// Files in parallel first; the cores left go to each file's entries.
		jobs = max(1, runtime.GOMAXPROCS(0)/min(workers, max(len(units), 1)))
	}
	s := sanitize.New(o.Rules, append([]sanitize.Option{sanitize.WithKey(o.Key), sanitize.WithJobs(jobs)}, o.SanitizerOptions...)...)

	results := make([]outcome, len(units))
	var next, inflight, peak atomic.Int64
	var bytesIn atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, max(len(units), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(units) {
					return
				}
				n := inflight.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				results[i] = scanUnit(s, units[i], o)
				inflight.Add(-1)
				for _, f := range results[i].files {
					bytesIn.Add(f.rep.BytesIn)
				}
			}
		}()
	}
	wg.Wait()

	var all outcome
	all.ignored = ignored
	for _, r := range results {
		all.merge(r)
	}
	rep := build(all.files, all.skipped, all.ignored, o)
	rep.Verdicts = all.verdicts
	if rep.Verdicts == nil {
		rep.Verdicts = []FileVerdict{}
	}
	rep.Stats = Stats{Workers: workers, PeakParallel: int(peak.Load()), Bytes: bytesIn.Load(), Elapsed: time.Since(start)}
	return rep, nil
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zipMagic  = []byte("PK\x03\x04")
	zipEmpty  = []byte("PK\x05\x06")
)

const (
	// MaxNesting is how deep archives may nest (a .har.gz in a zip in a
	// zip is 3); deeper ones are unreadable, never passed.
	MaxNesting = 4
	// MaxNestedArchive is the largest zip archive read into memory (one
	// inside another archive, or on standard input).
	MaxNestedArchive = 256 << 20
)

// scanUnit scans one file (or standard input).
func scanUnit(s *sanitize.Sanitizer, u unit, o Options) outcome {
	var out outcome
	if u.skip != "" {
		out.skip(u.path, u.skip)
		return out
	}
	if u.stdin {
		r := o.Stdin
		if r == nil {
			r = bytes.NewReader(nil)
		}
		return scanStream(s, o, u.path, r, nil, 0, false, 0)
	}
	f, err := os.Open(u.path)
	if err != nil {
		out.skip(u.path, fmt.Sprintf("cannot open it: %v", unwrapPath(err)))
		return out
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		out.skip(u.path, fmt.Sprintf("cannot read it: %v", unwrapPath(err)))
		return out
	}
	return scanStream(s, o, u.path, f, f, fi.Size(), u.sniff, 0)
}

// scanStream scans one stream: a HAR, a gzip-compressed stream, or a zip
// archive, told apart by their first bytes; archives are opened and their
// members scanned in turn, down to MaxNesting levels. ra and size give
// random access for a zip when the stream is a file. With sniff (a name
// that does not say HAR), a stream that is neither an archive nor a JSON
// object, or a complete JSON document that is not a HAR, is ignored; any
// other failure makes the stream unreadable.
func scanStream(s *sanitize.Sanitizer, o Options, name string, r io.Reader, ra io.ReaderAt, size int64, sniff bool, depth int) outcome {
	var out outcome
	// A small buffer: enough to look at the first bytes, and the scanner's
	// large reads then go straight to the file instead of through it.
	br := bufio.NewReaderSize(r, 16<<10)
	head, _ := br.Peek(4)
	isZip := bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, zipEmpty)
	isGzip := bytes.HasPrefix(head, gzipMagic)
	if (isZip || isGzip) && depth >= MaxNesting {
		out.skip(name, fmt.Sprintf("archives nested more than %d deep cannot be verified; unpack it and verify the files inside", MaxNesting))
		return out
	}
	switch {
	case isZip:
		if ra == nil {
			data, err := io.ReadAll(io.LimitReader(br, MaxNestedArchive+1))
			if err != nil {
				out.skip(name, sentence(err))
				return out
			}
			if len(data) > MaxNestedArchive {
				out.skip(name, fmt.Sprintf("the zip archive inside is larger than %d MiB and cannot be verified; unpack it and verify the files inside", MaxNestedArchive>>20))
				return out
			}
			ra, size = bytes.NewReader(data), int64(len(data))
		}
		return scanZip(s, o, name, ra, size, depth)
	case isGzip:
		zr, err := gzip.NewReader(br)
		if err != nil {
			out.skip(name, fmt.Sprintf("the gzip data is damaged (%v); get the file again", err))
			return out
		}
		defer zr.Close()
		return scanStream(s, o, name, &gzipErrors{zr}, nil, 0, sniff, depth+1)
	}
	if sniff && !startsObject(br) {
		out.ignored++
		return out
	}
	fs, err := scanHAR(s, br, name, o)
	switch {
	case err == nil:
		out.add(fs)
	case sniff && errors.Is(err, sanitize.ErrNotHAR):
		out.ignored++
	default:
		out.skip(name, sentence(err))
	}
	return out
}

// startsObject tells whether the stream's first byte, after a byte-order
// mark and whitespace, opens a JSON object.
func startsObject(br *bufio.Reader) bool {
	head, _ := br.Peek(4 << 10)
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n")
	return len(head) > 0 && head[0] == '{'
}

// scanHAR scans one HAR stream, to its end.
func scanHAR(s *sanitize.Sanitizer, r io.Reader, name string, o Options) (*fileScan, error) {
	rep, err := s.Verify(r)
	if err != nil {
		return nil, err
	}
	// The scanner reads to the end of the input; a damaged archive says so
	// only there (a CRC or length check), so make sure nothing is left.
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, err
	}
	if !o.KeepFindings {
		// Keep what aggregation needs only; paths are the bulk.
		for i := range rep.Findings {
			rep.Findings[i].Path = ""
		}
	}
	return &fileScan{name: name, rep: rep}, nil
}

// gzipErrors says that a read error came from the compressed data.
type gzipErrors struct{ r io.Reader }

func (g *gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("the gzip data is damaged (%v); get the file again", err)
	}
	return n, err
}

// scanZip scans every member of a zip archive, in the archive's order; each
// is reported as "archive.zip!/member.har". Members named .har, .har.gz or
// .zip must be readable; others are sniffed.
func scanZip(s *sanitize.Sanitizer, o Options, name string, ra io.ReaderAt, size int64, depth int) outcome {
	var out outcome
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		out.skip(name, fmt.Sprintf("the zip archive is damaged (%v); get the file again", err))
		return out
	}
	for _, m := range zr.File {
		if m.FileInfo().IsDir() {
			continue
		}
		member := name + "!/" + m.Name
		if isZipName(m.Name) && m.UncompressedSize64 > MaxNestedArchive {
			out.skip(member, fmt.Sprintf("the zip archive inside is larger than %d MiB and cannot be verified; unpack it and verify the files inside", MaxNestedArchive>>20))
			continue
		}
		rc, err := m.Open()
		if err != nil {
			out.skip(member, fmt.Sprintf("cannot read this zip member (%v)", err))
			continue
		}
		out.merge(scanStream(s, o, member, &zipErrors{rc}, nil, 0, !isCandidate(m.Name), depth+1))
		rc.Close()
	}
	if len(out.files) == 0 && len(out.skipped) == 0 {
		out.skip(name, "the zip archive holds no HAR file")
	}
	return out
}

func isZipName(n string) bool { return strings.HasSuffix(strings.ToLower(n), ".zip") }

// zipErrors says that a read error came from the archive.
type zipErrors struct{ r io.Reader }

func (z *zipErrors) Read(p []byte) (int, error) {
	n, err := z.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("the zip member is damaged (%v); get the file again", err)
	}
	return n, err
}

// sentence is an error as the one sentence the user sees.
func sentence(err error) string {
	var se *sanitize.Error
	if errors.As(err, &se) {
		return se.Msg
	}
	return err.Error()
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

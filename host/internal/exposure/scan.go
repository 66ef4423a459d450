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

// unit is one input to open: a file path, or standard input.
type unit struct {
	path  string
	stdin bool
}

// harSuffixes are the names scanned when a folder is walked.
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
// .har, .har.gz and .zip files under it (recursively, in lexical order);
// other files in folders are counted as ignored. Inputs that cannot be read
// are returned as skipped, in input order.
func collect(inputs []string) (units []unit, skipped []Skipped, ignored int) {
	for _, in := range inputs {
		if in == "-" || in == "" {
			units = append(units, unit{path: "standard input", stdin: true})
			continue
		}
		fi, err := os.Stat(in)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			skipped = append(skipped, Skipped{in, "does not exist; check the path"})
			continue
		case err != nil:
			skipped = append(skipped, Skipped{in, fmt.Sprintf("cannot read it: %v", unwrapPath(err))})
			continue
		case fi.Mode().IsRegular():
			units = append(units, unit{path: in})
			continue
		case !fi.IsDir():
			skipped = append(skipped, Skipped{in, "is not a regular file or folder"})
			continue
		}
		werr := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				skipped = append(skipped, Skipped{p, fmt.Sprintf("cannot read it: %v", unwrapPath(err))})
				if d != nil && d.IsDir() && p != in {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !isCandidate(d.Name()) {
				ignored++
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
			units = append(units, unit{path: p})
			return nil
		})
		if werr != nil {
			skipped = append(skipped, Skipped{in, fmt.Sprintf("cannot read it: %v", unwrapPath(werr))})
		}
	}
	return units, skipped, ignored
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// outcome is what scanning one unit gave: a result per HAR in it (a zip
// holds several), the HARs that could not be read, and ignored members.
type outcome struct {
	files   []*fileScan
	skipped []Skipped
	ignored int
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
	units, skipped, ignored := collect(inputs)
	s := sanitize.New(o.Rules, sanitize.WithKey(o.Key))

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

	var files []*fileScan
	for _, r := range results {
		files = append(files, r.files...)
		skipped = append(skipped, r.skipped...)
		ignored += r.ignored
	}
	rep := build(files, skipped, ignored, o)
	rep.Stats = Stats{Workers: workers, PeakParallel: int(peak.Load()), Bytes: bytesIn.Load(), Elapsed: time.Since(start)}
	return rep, nil
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zipMagic  = []byte("PK\x03\x04")
	zipEmpty  = []byte("PK\x05\x06")
)

// scanUnit scans one file (or standard input): a HAR, a gzip-compressed
// HAR, or a zip archive of them, told apart by their first bytes.
func scanUnit(s *sanitize.Sanitizer, u unit, o Options) outcome {
	var r io.Reader
	var f *os.File
	if u.stdin {
		r = o.Stdin
		if r == nil {
			r = bytes.NewReader(nil)
		}
	} else {
		var err error
		f, err = os.Open(u.path)
		if err != nil {
			return outcome{skipped: []Skipped{{u.path, fmt.Sprintf("cannot open it: %v", unwrapPath(err))}}}
		}
		defer f.Close()
		r = f
	}
	// A small buffer: enough to look at the first bytes, and the scanner's
	// large reads then go straight to the file instead of through it.
	br := bufio.NewReaderSize(r, 16<<10)
	head, _ := br.Peek(4)
	if bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, zipEmpty) {
		if f == nil {
			return outcome{skipped: []Skipped{{u.path, "a zip archive cannot be read from standard input; pass it as a file"}}}
		}
		return scanZip(s, f, u.path, o)
	}
	fs, err := scanHAR(s, br, u.path, o)
	if err != nil {
		return outcome{skipped: []Skipped{{u.path, err.Error()}}}
	}
	return outcome{files: []*fileScan{fs}}
}

// scanHAR scans one HAR stream, decompressing it when it is gzip.
func scanHAR(s *sanitize.Sanitizer, br *bufio.Reader, name string, o Options) (*fileScan, error) {
	var r io.Reader = br
	if head, _ := br.Peek(2); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("the gzip data is damaged (%v); get the file again", err)
		}
		defer zr.Close()
		r = &gzipErrors{zr}
	}
	rep, err := s.Verify(r)
	if err != nil {
		return nil, errors.New(sentence(err))
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

// scanZip scans the .har and .har.gz members of a zip archive, in the
// archive's order; each is reported as "archive.zip!/member.har".
func scanZip(s *sanitize.Sanitizer, f *os.File, name string, o Options) outcome {
	fi, err := f.Stat()
	if err != nil {
		return outcome{skipped: []Skipped{{name, fmt.Sprintf("cannot read it: %v", unwrapPath(err))}}}
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return outcome{skipped: []Skipped{{name, fmt.Sprintf("the zip archive is damaged (%v); get the file again", err)}}}
	}
	var out outcome
	for _, m := range zr.File {
		if m.FileInfo().IsDir() {
			continue
		}
		if !isCandidate(m.Name) || strings.HasSuffix(strings.ToLower(m.Name), ".zip") {
			out.ignored++
			continue
		}
		member := name + "!/" + m.Name
		rc, err := m.Open()
		if err != nil {
			out.skipped = append(out.skipped, Skipped{member, fmt.Sprintf("cannot read this zip member (%v)", err)})
			continue
		}
		fs, err := scanHAR(s, bufio.NewReaderSize(&zipErrors{rc}, 256<<10), member, o)
		rc.Close()
		if err != nil {
			out.skipped = append(out.skipped, Skipped{member, err.Error()})
			continue
		}
		out.files = append(out.files, fs)
	}
	if len(out.files) == 0 && len(out.skipped) == 0 {
		out.skipped = append(out.skipped, Skipped{name, "the zip archive holds no .har or .har.gz file"})
	}
	return out
}

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

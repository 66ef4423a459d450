package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "sanitize", summary: "redact a HAR file", run: runSanitize})
}

func runSanitize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sanitize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the sanitized HAR to `OUT` (default: standard output)")
	reportPath := fs.String("report", "", "write a JSON report (counts, never values) to `FILE`")
	maxString := fs.Int("max-string", sanitize.DefaultMaxString>>20, "largest single string (a body) in `MiB`")
	quiet := fs.Bool("q", false, "no summary on standard error")
	inPlace := fs.Bool("in-place", false, "allow -o to name the input itself: it is replaced only once sanitizing succeeded")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: safehar sanitize [-o OUT [--in-place]] [--report FILE.json] [-q] [IN]

Redacts every secret in the HAR file IN (or standard input) and writes the
result to OUT (or standard output). Nothing is written if anything fails.
The administrator's system policy applies. One audit line is written per
file saved (docs/DEPLOY.md, "Audit log").

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args, fs)); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "safehar sanitize: give one input file (or none for standard input).")
		return 2
	}
	in, name, closeIn, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: %v\n", err)
		return 2
	}
	defer closeIn()
	if in == stdin && !*quiet {
		terminalHint("sanitize", stdin, stderr)
	}
	if *out != "" && *out != "-" {
		if err := checkOutput(*out, in, *inPlace); err != nil {
			fmt.Fprintf(stderr, "safehar sanitize: %v.\n", err)
			return 2
		}
	}

	key, note := pseudonymKey()
	if note != "" && !*quiet {
		fmt.Fprintf(stderr, "safehar: %s\n", note)
	}
	// The administrator's system policy applies here too (extra names,
	// patterns, JWT and personal-data handling); an invalid one gives the
	// strictest settings.
	pol := loadSystemPolicy()
	if err := pol.Err(); err != nil {
		fmt.Fprintf(stderr, "safehar: warning: %v; the strictest settings apply until it is fixed.\n", err)
	}
	s, err := newSanitizer(pol.Policy, sanitize.WithKey(key), sanitize.WithTool("safehar", Version),
		sanitize.WithExportID(newExportID()), sanitize.WithMaxString(*maxString<<20))
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: the administrator's policy cannot be applied (%v); ask your IT team to fix it.\n", err)
		return 2
	}

	progress := newProgress(stderr, in, name, *quiet)
	spoolDir := "" // os.TempDir()
	if *out != "" && *out != "-" {
		spoolDir = filepath.Dir(*out) // the output's file system
	}
	src := newTwoPass(in, fs.Arg(0), name, spoolDir, progress)
	var rep *sanitize.Report
	var hw *hashingWriter // the output's SHA-256, for the audit line
	if *out == "" || *out == "-" {
		hw = newHashingWriter(stdout)
		rep, err = s.SanitizeTwice(hw, src.open)
	} else {
		err = writeAtomic(*out, func(w io.Writer) error {
			var err error
			hw = newHashingWriter(w)
			rep, err = s.SanitizeTwice(hw, src.open)
			return err
		})
	}
	src.close()
	progress.done()
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: %s: %s\n", name, sentence(err))
		if *out == "" || *out == "-" {
			fmt.Fprintln(stderr, "safehar sanitize: the output on standard output is incomplete: discard it.")
		}
		return 2
	}
	if err := auditSanitize(pol.Policy, *out, hw, rep, *quiet, stderr); err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: %v\n", err)
		if *out == "" || *out == "-" {
			fmt.Fprintln(stderr, "safehar sanitize: the administrator's policy requires an audit line for every file: discard the output.")
		} else {
			os.Remove(*out)
			fmt.Fprintf(stderr, "safehar sanitize: the administrator's policy requires an audit line for every file, so %s was removed.\n", *out)
		}
		return 2
	}
	if *reportPath != "" {
		rep.Findings = nil
		if err := writeAtomic(*reportPath, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		}); err != nil {
			fmt.Fprintf(stderr, "safehar sanitize: could not write the report: %s\n", sentence(err))
			return 2
		}
	}
	if !*quiet {
		fmt.Fprintln(stderr, "safehar: "+summary(rep))
	}
	return 0
}

// auditSanitize writes the audit line of one CLI sanitize (file "-" for
// standard output); only the administrator's audit file failing is an
// error.
func auditSanitize(pol policy.Policy, out string, hw *hashingWriter, rep *sanitize.Report, quiet bool, stderr io.Writer) error {
	r := auditRecord("sanitize", "", rep)
	r.File, r.SHA256, r.Bytes = "-", hw.sum(), hw.n
	if out != "" && out != "-" {
		r.File = filepath.Base(out)
	}
	warn, err := auditLog(pol).Write(r)
	if warn != nil && !quiet && pol.AuditLog != "" {
		fmt.Fprintf(stderr, "safehar: warning: %v\n", warn)
	}
	return err
}

// twoPass gives SanitizeTwice the input twice. A regular file is opened
// again by its path for the second pass (and must still be the same file,
// unchanged); anything else (standard input, a pipe) is copied as it is
// read into a spool encrypted with a key held only in memory, and read
// back from it: the raw capture never reaches the disk in the clear.
type twoPass struct {
	in       io.Reader
	path     string      // a regular file's path, reopened for pass 2
	fi       os.FileInfo // that file as first opened
	name     string      // the input, for the user
	spoolDir string      // where a spool goes ("" for os.TempDir())
	p        *progress

	passes int
	sp     *spool.Spool
	again  *os.File // the file opened for pass 2
}

func newTwoPass(in io.Reader, path, name, spoolDir string, p *progress) *twoPass {
	t := &twoPass{in: in, name: name, spoolDir: spoolDir, p: p}
	if f, ok := in.(*os.File); ok && path != "" && path != "-" {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			t.path, t.fi = path, fi
		}
	}
	return t
}

// open returns the input for the next pass, through the progress line.
func (t *twoPass) open() (io.Reader, error) {
	t.passes++
	var r io.Reader
	var size int64 // 0: unknown
	switch {
	case t.passes > 2:
		return nil, errors.New("the input was asked for a third time")
	case t.passes == 1 && t.path != "":
		r, size = t.in, t.fi.Size()
	case t.passes == 1:
		// Created here, not earlier: writeAtomic has made the output's
		// folder by now.
		sp, err := spool.New(t.spoolDir)
		if err != nil {
			return nil, fmt.Errorf("cannot make the encrypted temporary copy of %s in %s: %v", t.name, spoolPlace(t.spoolDir), cause(err))
		}
		t.sp = sp
		r = io.TeeReader(t.in, spoolWriter{sp, spoolPlace(t.spoolDir)})
	case t.path != "":
		f, err := os.Open(t.path)
		if err != nil {
			return nil, fmt.Errorf("cannot open %s again for the second pass: %v", t.path, cause(err))
		}
		fi, err := f.Stat()
		if err != nil || !os.SameFile(fi, t.fi) || fi.Size() != t.fi.Size() || !fi.ModTime().Equal(t.fi.ModTime()) {
			f.Close()
			return nil, fmt.Errorf("the file changed while it was being read (it was replaced or rewritten); nothing was written: sanitize it again once it is complete")
		}
		t.again = f
		r, size = f, fi.Size()
	default:
		sr, err := t.sp.Reader()
		if err != nil {
			return nil, fmt.Errorf("cannot read back the encrypted temporary copy of %s: %v", t.name, err)
		}
		r, size = sr, t.sp.Size()
	}
	// The progress line shows each pass: 0 to 100%, twice.
	t.p.r, t.p.n, t.p.total = r, 0, size
	t.p.name = fmt.Sprintf("%s, pass %d of 2", t.name, t.passes)
	return t.p, nil
}

// close closes the second opening and removes the spool.
func (t *twoPass) close() {
	if t.again != nil {
		t.again.Close()
	}
	if t.sp != nil {
		t.sp.Close()
	}
}

// spoolWriter names the spool's folder in its write errors (a full disk).
type spoolWriter struct {
	sp  *spool.Spool
	dir string
}

func (w spoolWriter) Write(p []byte) (int, error) {
	n, err := w.sp.Write(p)
	if err != nil {
		err = fmt.Errorf("cannot write the encrypted temporary copy of the input in %s: %v", w.dir, cause(err))
	}
	return n, err
}

// cause is what went wrong without the path an *os.PathError repeats.
func cause(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}

// spoolPlace names a spool's folder for the user.
func spoolPlace(dir string) string {
	if dir == "" {
		return os.TempDir()
	}
	return dir
}

// summary is the one-line account of what was redacted.
func summary(rep *sanitize.Report) string {
	if rep.Redacted == 0 {
		return fmt.Sprintf("redacted nothing: no secrets found in %d entries", rep.Entries)
	}
	return fmt.Sprintf("redacted %d %s in %d entries: %s", rep.Redacted, sanitize.Plural("value", rep.Redacted), rep.Entries, sanitize.FormatCounts(rep.Counts))
}

// sentence renders an error as one sentence for the user.
func sentence(err error) string {
	var se *sanitize.Error
	if errors.As(err, &se) {
		return se.Msg
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s: %v", pe.Path, pe.Err)
	}
	return err.Error()
}

// openInput opens the named file, or standard input for "" and "-".
func openInput(path string, stdin io.Reader) (io.Reader, string, func(), error) {
	if path == "" || path == "-" {
		return stdin, "standard input", func() {}, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, path, nil, fmt.Errorf("%s does not exist; check the path", path)
		}
		return nil, path, nil, fmt.Errorf("cannot read %s: %v", path, err)
	}
	if fi.IsDir() {
		return nil, path, nil, fmt.Errorf("%s is a folder, not a HAR file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, nil, fmt.Errorf("cannot open %s: %v", path, err)
	}
	return f, path, func() { f.Close() }, nil
}

// checkOutput refuses an output that is the input itself (same device and
// inode, whatever the names; unless inPlace) and an existing output that is
// not a regular file: a device, pipe or socket would be replaced by a
// regular file by the final rename.
func checkOutput(out string, in io.Reader, inPlace bool) error {
	ofi, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot check the output %s: %v", out, errors.Unwrap(err))
	}
	if ofi.IsDir() {
		return fmt.Errorf("%s is a folder; name a file to write", out)
	}
	if !ofi.Mode().IsRegular() {
		return fmt.Errorf("%s exists and is not a regular file (%s); name a regular file, or leave out -o to write to standard output", out, fileType(ofi.Mode()))
	}
	if f, ok := in.(*os.File); ok && !inPlace {
		if ifi, err := f.Stat(); err == nil && os.SameFile(ifi, ofi) {
			return fmt.Errorf("%s is the input file itself; name another output, or pass --in-place to replace the input", out)
		}
	}
	return nil
}

// fileType names a non-regular file's type for the user.
func fileType(m os.FileMode) string {
	switch {
	case m&os.ModeDevice != 0 && m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a block device"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "an unusual file type"
}

// writeAtomic writes a file through a temporary file in the same folder
// (0600), fsyncs and renames it; on any error the temporary file is removed
// and path is left as it was.
func writeAtomic(path string, fill func(io.Writer) error) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a folder; name a file to write", path)
	}
	f, err := outdir.Create(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", filepath.Dir(path), errors.Unwrap(err))
	}
	if err := fill(f); err != nil {
		f.Abort()
		return err
	}
	_, err = f.Replace(filepath.Base(path))
	return err
}

// reorder puts flags before positional arguments so "sanitize IN -o OUT"
// works as well as "sanitize -o OUT IN".
func reorder(args []string, fs *flag.FlagSet) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

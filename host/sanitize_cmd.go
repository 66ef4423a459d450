package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/safehar/safehar/host/internal/pipeline"
	"github.com/safehar/safehar/host/internal/policy"
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
	keyFile := fs.String("key-file", "", "placeholder key `FILE` (16+ bytes, or hex; the same file as verify --key-file and serve --key-file) for the same placeholders on every machine; default this install's keyring key")
	jobs := fs.Int("jobs", 0, "sanitize `N` entries at once (default: one per core, GOMAXPROCS, up to 8); the output is the same byte for byte for any N")
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
	if *jobs < 0 {
		fmt.Fprintln(stderr, "safehar sanitize: --jobs takes a number of entries at once, 1 or more (0: one per core).")
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

	key, note, err := exportKey(*keyFile)
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: %v\n", err)
		return 2
	}
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
	exp := pipeline.Export{Policy: pol.Policy, Key: key, Tool: "safehar", ToolVersion: Version, MaxString: *maxString << 20}
	s, err := exp.Sanitizer(newExportID(), sanitize.WithJobs(*jobs))
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: the administrator's policy cannot be applied (%v); ask your IT team to fix it.\n", err)
		return 2
	}

	progress := newProgress(stderr, in, name, *quiet)
	toStdout := *out == "" || *out == "-"
	spoolDir := "" // os.TempDir()
	if !toStdout {
		spoolDir = filepath.Dir(*out) // the output's file system
	}
	src := pipeline.NewSource(in, fs.Arg(0), name, spoolDir)
	src.Wrap = progress.wrap
	var rep *sanitize.Report
	var hw *hashingWriter // the output's SHA-256, for the audit line
	if toStdout {
		hw = newHashingWriter(stdout)
		rep, err = pipeline.Sanitize(s, hw, src)
	} else {
		err = writeAtomic(*out, func(w io.Writer) error {
			var err error
			hw = newHashingWriter(w)
			rep, err = pipeline.Sanitize(s, hw, src)
			return err
		})
	}
	progress.done()
	if err != nil {
		fmt.Fprintf(stderr, "safehar sanitize: %s: %s\n", name, sentence(err))
		if toStdout {
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
		if err := pipeline.WriteReport(*reportPath, rep); err != nil {
			fmt.Fprintf(stderr, "safehar sanitize: could not write the report: %s\n", sentence(err))
			return 2
		}
	}
	if !*quiet {
		fmt.Fprintln(stderr, "safehar: "+pipeline.Summary(rep))
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

// sentence renders an error as one sentence for the user.
func sentence(err error) string { return pipeline.Sentence(err) }

// writeAtomic writes path atomically (pipeline.WriteAtomic).
func writeAtomic(path string, fill func(io.Writer) error) error {
	return pipeline.WriteAtomic(path, fill)
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

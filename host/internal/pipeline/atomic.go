package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/sanitize"
)

// WriteAtomic writes a file through a temporary file in the same folder
// (0600), fsyncs and renames it; on any error the temporary file is removed
// and path is left as it was.
func WriteAtomic(path string, fill func(io.Writer) error) error {
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

// WriteReport writes rep as indented JSON without its findings (counts per
// kind and location, never values), atomically.
func WriteReport(path string, rep *sanitize.Report) error {
	return WriteAtomic(path, func(w io.Writer) error {
		return EncodeReport(w, rep)
	})
}

// EncodeReport writes rep as indented JSON without its findings.
func EncodeReport(w io.Writer, rep *sanitize.Report) error {
	r := *rep
	r.Findings = nil
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(&r)
}

// Summary is the one-line account of what was redacted.
func Summary(rep *sanitize.Report) string {
	if rep.Redacted == 0 {
		return fmt.Sprintf("redacted nothing: no secrets found in %d entries", rep.Entries)
	}
	return fmt.Sprintf("redacted %d %s in %d entries: %s", rep.Redacted, sanitize.Plural("value", rep.Redacted), rep.Entries, sanitize.FormatCounts(rep.Counts))
}

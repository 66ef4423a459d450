// Package audit records what safehar saved, for administrators: one line
// per export from the browser and per CLI sanitize, with the time, the
// site's host name, the output file's name and SHA-256, the counts of
// redacted values by kind, the rules version and the export id. A record
// never holds a value, a URL path or anything else from the capture.
//
// Lines go to the system log (syslog: journald or rsyslog on Linux, the
// unified log on macOS; on Windows, where there is no syslog, a file
// under %LOCALAPPDATA%\safehar) and, when the administrator's policy
// names one (auditLog), to a JSON-lines file.
package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Record is one audit line.
type Record struct {
	Time     time.Time      `json:"time"`
	Event    string         `json:"event"`          // "export" (browser) or "sanitize" (CLI)
	Site     string         `json:"site,omitempty"` // the captured site's host name
	File     string         `json:"file"`           // the saved file's name, without its folder
	SHA256   string         `json:"sha256"`         // of the saved file
	Bytes    int64          `json:"bytes"`          // of the saved file
	Entries  int            `json:"entries"`
	Redacted int            `json:"redacted"`
	Counts   map[string]int `json:"counts"` // redacted values by kind
	Rules    string         `json:"rules"`  // the rules version
	ExportID string         `json:"exportId"`
	Tool     string         `json:"tool"` // safehar and its version
	User     string         `json:"user,omitempty"`
}

// Sink receives audit lines (one JSON object, no newline).
type Sink interface {
	Write(line []byte) error
}

// Log writes records to its sinks.
type Log struct {
	// System is the system log; nil for none. A failure there is
	// reported but does not fail the export (journald or syslogd may be
	// absent, as on CI machines and in containers).
	System Sink
	// File is the administrator's JSON-lines file; nil for none. The
	// policy asked for it, so a failure there is an error: the caller
	// removes the saved file (fail closed).
	File Sink
}

// HashFile fills r.File, r.SHA256 and r.Bytes from the saved file.
func (r *Record) HashFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return err
	}
	r.File, r.SHA256, r.Bytes = filepath.Base(path), hex.EncodeToString(h.Sum(nil)), n
	return nil
}

// Write sends r to the sinks. It returns the file sink's error (the
// export must not stand without its line) and, separately, a warning for
// the system log's.
func (l *Log) Write(r *Record) (warning, err error) {
	if r.Time.IsZero() {
		r.Time = time.Now()
	}
	r.Time = r.Time.UTC().Truncate(time.Millisecond)
	if r.Counts == nil {
		r.Counts = map[string]int{}
	}
	line, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	if l.System != nil {
		if werr := l.System.Write(line); werr != nil {
			warning = fmt.Errorf("the system log did not take the audit line: %w", werr)
		}
	}
	if l.File != nil {
		if ferr := l.File.Write(line); ferr != nil {
			return warning, fmt.Errorf("cannot append to the audit log the administrator's policy names: %w", ferr)
		}
	}
	return warning, nil
}

// File appends lines to a JSON-lines file, creating it (mode 0640 and its
// folder 0750) when it does not exist. Each line is one write(2) on a file
// opened with O_APPEND, so lines from concurrent exports do not interleave.
type File struct {
	Path string
}

// Write appends line and a newline.
func (f File) Write(line []byte) error {
	if f.Path == "" {
		return errors.New("no audit file named")
	}
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o750); err != nil {
		return err
	}
	fh, err := os.OpenFile(f.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o640)
	if err != nil {
		return err
	}
	_, err = fh.Write(append(line[:len(line):len(line)], '\n'))
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}

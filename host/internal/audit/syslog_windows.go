package audit

import (
	"errors"
	"os"
	"path/filepath"
)

// SystemSink is, on Windows, a JSON-lines file under %LOCALAPPDATA%\safehar
// (audit.jsonl): Windows has no syslog, and writing to the Event Log needs
// an event source registered by an administrator.
func SystemSink() Sink {
	dir, err := os.UserCacheDir() // %LOCALAPPDATA%
	if err != nil {
		return nil
	}
	return File{Path: filepath.Join(dir, "safehar", "audit.jsonl")}
}

// Syslog is not available on Windows; its Write always fails.
type Syslog struct {
	Network, Addr string
}

// Write fails: there is no syslog on Windows.
func (Syslog) Write([]byte) error { return errors.New("there is no syslog on Windows") }

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/user"

	"github.com/safehar/safehar/host/internal/audit"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// auditSystemSink is the system log audit lines go to (test builds may
// point it at a socket of their own: testhooks.go).
var auditSystemSink = audit.SystemSink

// auditLog is where the audit lines of the policy pol go.
func auditLog(pol policy.Policy) *audit.Log {
	l := &audit.Log{System: auditSystemSink()}
	if pol.AuditLog != "" {
		l.File = audit.File{Path: pol.AuditLog}
	}
	return l
}

// auditRecord is the record of one saved export: never a value. The site
// is reduced to the safe host name the file is named after.
func auditRecord(event, site string, rep *sanitize.Report) *audit.Record {
	if site != "" {
		site = outdir.SafeHost(site)
	}
	r := &audit.Record{Event: event, Site: site, Entries: rep.Entries, Redacted: rep.Redacted,
		Rules: rep.RulesVersion, ExportID: rep.ExportID, Tool: "safehar " + Version, Counts: map[string]int{}}
	for k, n := range rep.Counts {
		r.Counts[string(k)] = n
	}
	if u, err := user.Current(); err == nil {
		r.User = u.Username
	}
	return r
}

// auditSaved writes the audit line of a file the native host saved (its
// hash read back from the file). When the administrator's audit file
// cannot take the line, the saved file is removed and the error returned:
// an export the policy wants logged does not stand unlogged.
func auditSaved(pol policy.Policy, site, path string, rep *sanitize.Report, warn func(...any)) error {
	if rep == nil {
		rep = &sanitize.Report{}
	}
	r := auditRecord("export", site, rep)
	if err := r.HashFile(path); err != nil {
		os.Remove(path)
		return fmt.Errorf("cannot read back the saved file for the audit log: %w", err)
	}
	w, err := auditLog(pol).Write(r)
	if w != nil {
		warn(w)
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// hashingWriter hashes what passes through it (the CLI's output).
type hashingWriter struct {
	w    io.Writer
	n    int64
	ch   chan []byte // chunks for the hashing goroutine
	free chan []byte // their buffers back
	done chan []byte // the digest, once ch is closed
	sumv string
}

// newHashingWriter returns a writer to w that computes the SHA-256 of what
// it wrote for the audit line. The hash runs in a goroutine of its own,
// beside the sanitizer (SHA-256 costs as much as a third of sanitizing on
// a CPU without SHA instructions): on two cores it costs no time.
func newHashingWriter(w io.Writer) *hashingWriter {
	hw := &hashingWriter{w: w, ch: make(chan []byte, 4), free: make(chan []byte, 4), done: make(chan []byte, 1)}
	go func() {
		h := sha256.New()
		for b := range hw.ch {
			h.Write(b)
			select {
			case hw.free <- b[:0]:
			default: // enough buffers in hand
			}
		}
		hw.done <- h.Sum(nil)
	}()
	return hw
}

func (hw *hashingWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	if n > 0 {
		var b []byte
		select {
		case b = <-hw.free:
		default:
		}
		hw.ch <- append(b, p[:n]...)
		hw.n += int64(n)
	}
	return n, err
}

// sum is the hex SHA-256 of what was written; nothing may be written after.
func (hw *hashingWriter) sum() string {
	if hw.sumv == "" {
		close(hw.ch)
		hw.sumv = hex.EncodeToString(<-hw.done)
	}
	return hw.sumv
}

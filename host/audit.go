package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
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
	w io.Writer
	h hash.Hash
	n int64
}

func newHashingWriter(w io.Writer) *hashingWriter { return &hashingWriter{w: w, h: sha256.New()} }

func (hw *hashingWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	hw.h.Write(p[:n])
	hw.n += int64(n)
	return n, err
}

func (hw *hashingWriter) sum() string { return hex.EncodeToString(hw.h.Sum(nil)) }

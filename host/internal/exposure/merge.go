package exposure

import (
	"time"

	"github.com/safehar/safehar/sanitize"
)

// Part is one scanned HAR as a shard's JSON report carries it: the file's
// counts and every finding (entry, path, kind, rule, name, host, time,
// expiry, fingerprint; never a value), enough to aggregate it again.
type Part struct {
	File     *File
	Findings []sanitize.Finding
}

// Merge aggregates the parts of several shard reports, in shard order,
// into the report one scan of all their files at the same time would
// give: the same credentials (by fingerprint, so the shards must have used
// the same key), verdicts, totals and rotation checklist.
func Merge(parts []Part, skipped []Skipped, verdicts []FileVerdict, ignored int, at time.Time) *Report {
	scans := make([]*fileScan, len(parts))
	for i, p := range parts {
		f := p.File
		scans[i] = &fileScan{name: f.Name, rep: &sanitize.Report{Entries: f.Entries, BytesIn: f.Bytes, Redacted: f.Values,
			Residue: f.Residue, Counts: f.Counts, Sanitized: f.AlreadySanitized, FindingsDropped: f.FindingsDropped, Findings: p.Findings}}
	}
	rep := build(scans, skipped, ignored, Options{At: at.UTC().Truncate(time.Second), KeepFindings: true})
	rep.Verdicts = verdicts
	if rep.Verdicts == nil {
		rep.Verdicts = []FileVerdict{}
	}
	return rep
}

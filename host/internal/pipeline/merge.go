package pipeline

import (
	"fmt"

	"github.com/safehar/safehar/host/internal/exposure"
	"github.com/safehar/safehar/sanitize"
)

// ParseShard reads --shard I/N: 1 ≤ I ≤ N, or 0 ≤ I < N when base is 0
// (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX).
func ParseShard(s string, base int) (*Shard, error) {
	if base != 0 && base != 1 {
		return nil, fmt.Errorf("--shard-base is 0 or 1, not %d", base)
	}
	var sh Shard
	var rest string
	n, _ := fmt.Sscanf(s+" end", "%d/%d %s", &sh.Index, &sh.Count, &rest)
	sh.Index += 1 - base
	if n != 3 || rest != "end" || sh.Count < 1 || sh.Index < 1 || sh.Index > sh.Count {
		if base == 0 {
			return nil, fmt.Errorf("--shard %q is not I/N with 0 ≤ I < N (--shard-base 0); write it as 2/8 for the third of eight shards", s)
		}
		return nil, fmt.Errorf("--shard %q is not I/N with 1 ≤ I ≤ N; write it as 3/8 for the third of eight shards", s)
	}
	return &sh, nil
}

// MergeShards puts the JSON reports of the shards of one scan (verify
// --json --shard I/N, every I from 1 to N once, the same --at, key and
// rules) back together into the report of the whole scan. A missing,
// repeated or mismatched shard is an error: a partial merge would pass
// files nobody scanned.
func MergeShards(parts []*VerifyResult) (*Verification, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("no report to merge")
	}
	first := parts[0]
	if first.Shard == nil {
		return nil, fmt.Errorf("report 1 is not a shard's (made without verify --shard I/N)")
	}
	n := first.Shard.Count
	byIndex := make([]*VerifyResult, n)
	for i, p := range parts {
		switch {
		case p.SchemaVersion != VerifySchemaVersion:
			return nil, fmt.Errorf("report %d has schema version %d, not %d; make every shard with the same safehar", i+1, p.SchemaVersion, VerifySchemaVersion)
		case p.Shard == nil:
			return nil, fmt.Errorf("report %d is not a shard's (made without verify --shard I/N)", i+1)
		case p.Shard.Count != n:
			return nil, fmt.Errorf("report %d is shard %d/%d but report 1 is of %d shards", i+1, p.Shard.Index, p.Shard.Count, n)
		case p.Shard.Index < 1 || p.Shard.Index > n:
			return nil, fmt.Errorf("report %d names shard %d of %d", i+1, p.Shard.Index, n)
		case byIndex[p.Shard.Index-1] != nil:
			return nil, fmt.Errorf("shard %d/%d is given twice", p.Shard.Index, n)
		case !p.At.Equal(first.At):
			return nil, fmt.Errorf("shard %d/%d was judged at %s, shard %d/%d at %s; give every shard the same --at", p.Shard.Index, n, p.At.Format("2006-01-02T15:04:05Z"), first.Shard.Index, n, first.At.Format("2006-01-02T15:04:05Z"))
		case p.RulesVersion != first.RulesVersion || p.ToolVersion != first.ToolVersion || p.Strict != first.Strict:
			return nil, fmt.Errorf("shard %d/%d was made with other rules, version or --strict than shard %d/%d", p.Shard.Index, n, first.Shard.Index, n)
		}
		byIndex[p.Shard.Index-1] = p
	}
	for i, p := range byIndex {
		if p == nil {
			return nil, fmt.Errorf("shard %d/%d is missing: the merged report would leave its files unscanned", i+1, n)
		}
	}
	var files []exposure.Part
	var skipped []exposure.Skipped
	var verdicts []exposure.FileVerdict
	ignored := 0
	for _, p := range byIndex {
		// Findings are in file order, each naming its file.
		j := 0
		start := len(files)
		for _, f := range p.Scanned {
			files = append(files, exposure.Part{File: f})
		}
		for _, x := range p.Findings {
			for j < len(p.Scanned) && p.Scanned[j].Name != x.File {
				j++
			}
			if j == len(p.Scanned) {
				return nil, fmt.Errorf("shard %d/%d lists a finding in %q, which it did not scan", p.Shard.Index, n, x.File)
			}
			files[start+j].Findings = append(files[start+j].Findings, sanitize.Finding{Entry: x.Entry, Path: x.Path, Kind: x.Kind,
				Rule: x.Rule, Name: x.Name, Host: x.Host, Time: x.Time, Expires: x.Expires, Fingerprint: x.Fingerprint, Residue: x.Residue})
		}
		for _, v := range p.Files {
			if v.Verdict == exposure.VerdictUnreadable {
				skipped = append(skipped, exposure.Skipped{File: v.Path, Reason: v.Reason})
			}
		}
		verdicts = append(verdicts, p.Files...)
		ignored += p.Summary.Ignored
	}
	rep := exposure.Merge(files, skipped, verdicts, ignored, first.At)
	v := &Verification{Report: rep, RulesVersion: first.RulesVersion, Strict: first.Strict, ToolVersion: first.ToolVersion}
	v.decide()
	return v, nil
}

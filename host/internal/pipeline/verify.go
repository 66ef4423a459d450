package pipeline

import (
	"io"
	"time"

	"github.com/safehar/safehar/host/internal/exposure"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// VerifySchemaVersion is the version of verify's JSON shape (README.md,
// docs/EXPOSURE.md); it changes when a field changes meaning.
const VerifySchemaVersion = 1

// VerifyResult is the JSON of verify --json and of the service's
// /v1/verify. Clean and Findings are the original shape; Files holds one
// verdict per HAR (a zip member counts as one) and per input or member
// that could not be read; the rest is the exposure report.
type VerifyResult struct {
	SchemaVersion int                    `json:"schema_version"`
	Tool          string                 `json:"tool"`
	ToolVersion   string                 `json:"tool_version"`
	RulesVersion  string                 `json:"rules_version"`
	Clean         bool                   `json:"clean"`
	Strict        bool                   `json:"strict,omitempty"`
	Residue       int                    `json:"residue"`
	Findings      []VerifyFinding        `json:"findings"`
	Files         []exposure.FileVerdict `json:"files"`

	At          time.Time              `json:"at"`
	Summary     exposure.Summary       `json:"summary"`
	Scanned     []*exposure.File       `json:"scanned"`
	Credentials []*exposure.Credential `json:"credentials"`
	Checklist   []*exposure.Group      `json:"checklist"`
	// Shard names the part of the files this report covers (verify
	// --shard I/N); report merge puts the shards back together.
	Shard *Shard `json:"shard,omitempty"`
}

// Shard is one part of a sharded scan: Index (1-based, as --shard I/N
// writes it) of Count.
type Shard struct {
	Index int `json:"index"`
	Count int `json:"count"`
}

// VerifyFinding is one finding of VerifyResult: where and what kind, never
// the value.
type VerifyFinding struct {
	File        string        `json:"file,omitempty"`
	Entry       int           `json:"entry"`
	Path        string        `json:"path"`
	Kind        sanitize.Kind `json:"kind"`
	Rule        string        `json:"rule"`
	Name        string        `json:"name,omitempty"`
	Host        string        `json:"host,omitempty"`
	Time        string        `json:"time,omitempty"`
	Expires     time.Time     `json:"expires,omitzero"`
	Fingerprint string        `json:"fingerprint,omitempty"`
	Residue     bool          `json:"residue,omitempty"`
}

// Verdict is verify's outcome, with its exit code.
type Verdict int

// The verdicts, which are verify's exit codes.
const (
	VerdictClean      Verdict = 0 // everything read, no credential
	VerdictSecrets    Verdict = 1 // credentials found
	VerdictUnverified Verdict = 2 // nothing found to scan, or something unreadable
)

// VerifyOptions are what one verify run needs besides its inputs.
type VerifyOptions struct {
	Policy       policy.Policy
	Key          []byte    // fingerprint key, 16+ bytes
	At           time.Time // live or expired at
	Stdin        io.Reader // read for the input "-"
	Strict       bool      // residue counts as credentials
	KeepFindings bool      // list every finding's location
	ToolVersion  string
	Shard        *Shard // scan only this part of the files (nil: all)
	Jobs         int    // entries of one file scanned at once (0: every core)
}

// Verification is one verify run: the exposure report and the verdict.
type Verification struct {
	Report       *exposure.Report
	RulesVersion string
	Strict       bool
	ToolVersion  string
	Clean        bool
	Secrets      bool
	Residue      int
	Verdict      Verdict
	Shard        *Shard
}

// Verify scans inputs with the effective policy and decides, failing
// closed: clean only when something was read, everything could be read,
// and nothing read holds a credential. An error means the policy could not
// be applied or the scan could not run.
func Verify(inputs []string, o VerifyOptions) (*Verification, error) {
	rules, popts, err := policy.Sanitizer(o.Policy)
	if err != nil {
		return nil, &PolicyError{err}
	}
	eo := exposure.Options{Key: o.Key, At: o.At, Stdin: o.Stdin, Rules: rules, SanitizerOptions: popts, KeepFindings: o.KeepFindings, Jobs: o.Jobs}
	if o.Shard != nil {
		eo.Shard, eo.Shards = o.Shard.Index-1, o.Shard.Count
	}
	rep, err := exposure.Scan(inputs, eo)
	if err != nil {
		return nil, err
	}
	v := &Verification{Report: rep, RulesVersion: rules.Version, Strict: o.Strict, ToolVersion: o.ToolVersion, Shard: o.Shard}
	v.decide()
	return v, nil
}

// decide sets the verdict from the report, failing closed.
func (v *Verification) decide() {
	rep := v.Report
	v.Secrets, v.Residue = false, 0
	for _, f := range rep.Files {
		v.Secrets = v.Secrets || f.Values-f.Residue > 0 || v.Strict && f.Residue > 0
		v.Residue += f.Residue
	}
	v.Clean = len(rep.Files) > 0 && len(rep.Skipped) == 0 && !v.Secrets
	switch {
	case len(rep.Files) == 0, len(rep.Skipped) > 0:
		v.Verdict = VerdictUnverified
	case v.Secrets:
		v.Verdict = VerdictSecrets
	default:
		v.Verdict = VerdictClean
	}
}

// Result is the JSON shape of v. Findings name their file unless single
// (one input, one HAR).
func (v *Verification) Result(single bool) *VerifyResult {
	rep := v.Report
	res := &VerifyResult{SchemaVersion: VerifySchemaVersion, Tool: "safehar", ToolVersion: v.ToolVersion, RulesVersion: v.RulesVersion,
		Clean: v.Clean, Strict: v.Strict, Residue: v.Residue, Findings: []VerifyFinding{}, Files: rep.Verdicts, At: rep.At, Summary: rep.Summary,
		Scanned: rep.Files, Credentials: rep.Credentials, Checklist: rep.Checklist, Shard: v.Shard}
	for _, f := range rep.Files {
		file := ""
		if !single || len(rep.Files) > 1 {
			file = f.Name
		}
		for _, x := range f.Findings {
			res.Findings = append(res.Findings, VerifyFinding{File: file, Entry: x.Entry, Path: x.Path, Kind: x.Kind,
				Rule: x.Rule, Name: x.Name, Host: x.Host, Time: x.Time, Expires: x.Expires, Fingerprint: x.Fingerprint, Residue: x.Residue})
		}
	}
	return res
}

// PolicyError means the effective policy cannot be applied.
type PolicyError struct{ Err error }

func (e *PolicyError) Error() string { return "the policy cannot be applied: " + e.Err.Error() }

func (e *PolicyError) Unwrap() error { return e.Err }

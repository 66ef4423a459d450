package main

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/safehar/safehar/host/internal/exposure"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "verify", summary: "report the credentials HAR files expose (never their values)", run: runVerify})
}

const verifyHelp = `Usage: safehar verify [--json] [--html FILE] [--at TIME] [--key-file FILE] [--locations] [--strict] IN...

Scans HAR files and reports every credential they hold, never a value: per
file and in total, each credential's kind, the host it was sent to, its
header/cookie/parameter name, when it was first and last seen in the
capture, when it expires where the credential says so (JWT exp, cookie
Expires/Max-Age, X-Amz-Expires, SAS se=), and a verdict at --at (default
now): live (expires after it), expired, or unknown (no expiry known, e.g.
session cookies and API keys: they may work until revoked). A short keyed
fingerprint recognises the same credential across files. A rotation
checklist, grouped by host and kind, puts live privileged credentials first
and expired ones last.

IN is a file, a folder (searched recursively) or - for standard input (the
default). Gzip and zip archives are read as a support system stores them;
each HAR in a zip is reported on its own.

The administrator's system policy applies as it does to sanitize: its extra
header, parameter and JSON key names and patterns count as secrets.

Every file found in a folder or archive is looked at: .har, .har.gz and .zip
files must be readable; other files are scanned when their content is a HAR
(or a gzip or zip archive holding one) and ignored otherwise. Archives inside
archives are scanned too, down to 4 levels.

Values found by their shape alone, in places nothing names (a random-looking
token in a page, an unnamed JSON value), are reported as residue: suspicious
rather than certain. --strict counts them as credentials. sanitize redacts
residue too, so a file sanitized by this version has none.

Exit codes: 0 verified clean (every HAR read, none holds a credential; with
--strict, no residue either), 1 credentials found, 2 not verified: an input, file or archive member could
not be read (damaged gzip or zip, truncated or invalid HAR, missing path),
nothing was found to scan, or another error. An unreadable member is never
passed: each is named with its reason, and --json says "clean": false.

Options:
`

// verifySchemaVersion is the version of verify's --json shape
// (README.md, docs/EXPOSURE.md); it changes when a field changes meaning.
const verifySchemaVersion = 1

// verifyResult is the --json output of verify. clean and findings are the
// original shape; files holds one verdict per HAR (a zip member counts as
// one) and per input or member that could not be read; the rest is the
// exposure report.
type verifyResult struct {
	SchemaVersion int                    `json:"schema_version"`
	Tool          string                 `json:"tool"`
	ToolVersion   string                 `json:"tool_version"`
	RulesVersion  string                 `json:"rules_version"`
	Clean         bool                   `json:"clean"`
	Strict        bool                   `json:"strict,omitempty"`
	Residue       int                    `json:"residue"`
	Findings      []verifyFinding        `json:"findings"`
	Files         []exposure.FileVerdict `json:"files"`

	At          time.Time              `json:"at"`
	Summary     exposure.Summary       `json:"summary"`
	Scanned     []*exposure.File       `json:"scanned"`
	Credentials []*exposure.Credential `json:"credentials"`
	Checklist   []*exposure.Group      `json:"checklist"`
}

type verifyFinding struct {
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

func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), verifyHelp)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print a JSON report")
	htmlOut := fs.String("html", "", "also write a self-contained HTML report to `FILE`")
	atFlag := fs.String("at", "", "judge live/expired at `TIME` (RFC 3339 or YYYY-MM-DD, UTC); default now")
	keyFile := fs.String("key-file", "", "fingerprint key `FILE` (16+ bytes, or hex), for fingerprints that match across machines; default this install's keyring key")
	locations := fs.Bool("locations", false, "list every finding's location (the default for a single file)")
	strict := fs.Bool("strict", false, "count residue (values found by their shape alone) as credentials")
	if err := fs.Parse(reorder(args, fs)); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	at, err := parseAt(*atFlag)
	if err != nil {
		fmt.Fprintf(stderr, "safehar verify: %v\n", err)
		return 2
	}
	key, err := fingerprintKey(*keyFile, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "safehar verify: %v\n", err)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if slices.Contains(inputs, "-") {
		terminalHint("verify", stdin, stderr)
	}
	single := len(inputs) == 1
	if single && inputs[0] != "-" {
		if fi, err := os.Stat(inputs[0]); err == nil && fi.IsDir() {
			single = false
		}
	}
	// The same effective policy as sanitize: what sanitize would change,
	// verify must not pass.
	pol := loadSystemPolicy()
	if err := pol.Err(); err != nil {
		fmt.Fprintf(stderr, "safehar: warning: %v; the strictest settings apply until it is fixed.\n", err)
	}
	rules, popts, err := policy.Sanitizer(pol.Policy)
	if err != nil {
		fmt.Fprintf(stderr, "safehar verify: the administrator's policy cannot be applied (%v); ask your IT team to fix it.\n", err)
		return 2
	}
	rep, err := exposure.Scan(inputs, exposure.Options{Key: key, At: at, Stdin: stdin, Rules: rules, SanitizerOptions: popts,
		KeepFindings: *asJSON || *locations || single})
	if err != nil {
		fmt.Fprintf(stderr, "safehar verify: %v\n", err)
		return 2
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(stderr, "safehar verify: %s: %s\n", s.File, s.Reason)
	}
	// Fail closed: clean only when something was read, everything could
	// be read, and nothing read holds a credential.
	clean := len(rep.Files) > 0 && len(rep.Skipped) == 0
	secrets, residue := false, 0
	for _, f := range rep.Files {
		secrets = secrets || f.Values-f.Residue > 0 || *strict && f.Residue > 0
		residue += f.Residue
	}
	if residue > 0 && !*strict && !*asJSON {
		fmt.Fprintf(stderr, "safehar verify: %d %s by shape alone (residue, listed with the findings); --strict counts %s.\n",
			residue, plural(residue, "value looks like a credential", "values look like credentials"), plural(residue, "it", "them"))
	}
	clean = clean && !secrets
	code := 0
	switch {
	case len(rep.Files) == 0:
		if len(rep.Skipped) == 0 {
			fmt.Fprintf(stderr, "safehar verify: no HAR file found in %s.\n", strings.Join(inputs, ", "))
		}
		code = 2
	case len(rep.Skipped) > 0:
		fmt.Fprintf(stderr, "safehar verify: not verified: %d %s could not be read; fix or remove %s and run verify again.\n",
			len(rep.Skipped), plural(len(rep.Skipped), "input or member", "inputs or members"), plural(len(rep.Skipped), "it", "them"))
		code = 2
	case secrets:
		code = 1
	}

	if *htmlOut != "" && len(rep.Files) > 0 {
		err := writeAtomic(*htmlOut, func(w io.Writer) error { return exposure.WriteHTML(w, rep, "safehar "+Version) })
		if err != nil {
			fmt.Fprintf(stderr, "safehar verify: cannot write the HTML report: %s\n", sentence(err))
			return 2
		}
	}
	if *asJSON {
		res := verifyResult{SchemaVersion: verifySchemaVersion, Tool: "safehar", ToolVersion: Version, RulesVersion: rules.Version,
			Clean: clean, Strict: *strict, Residue: residue, Findings: []verifyFinding{}, Files: rep.Verdicts, At: rep.At, Summary: rep.Summary,
			Scanned: rep.Files, Credentials: rep.Credentials, Checklist: rep.Checklist}
		for _, f := range rep.Files {
			file := ""
			if !single || len(rep.Files) > 1 {
				file = f.Name
			}
			for _, x := range f.Findings {
				res.Findings = append(res.Findings, verifyFinding{File: file, Entry: x.Entry, Path: x.Path, Kind: x.Kind,
					Rule: x.Rule, Name: x.Name, Host: x.Host, Time: x.Time, Expires: x.Expires, Fingerprint: x.Fingerprint, Residue: x.Residue})
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return 2
		}
		return code
	}
	if len(rep.Files) == 0 {
		return code
	}
	if err := exposure.WriteText(stdout, rep, exposure.TextOptions{Locations: *locations || single,
		Totals: !single || len(rep.Files) > 1 || len(rep.Skipped) > 0}); err != nil {
		return 2
	}
	return code
}

// parseAt reads --at: RFC 3339, or a date (midnight UTC); empty is now.
func parseAt(s string) (time.Time, error) {
	if s == "" || s == "now" {
		return time.Now().UTC(), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("--at %q is not a time; write it as 2026-11-22T10:00:00Z or 2026-11-22", s)
}

// fingerprintKey is the key fingerprints are computed with: the --key-file
// (hex if it reads as hex, else its bytes), or this install's keyring key,
// so that the same credential has the same fingerprint in every report made
// here.
func fingerprintKey(path string, stderr io.Writer) ([]byte, error) {
	if path == "" {
		key, note := pseudonymKey()
		if note != "" {
			fmt.Fprintln(stderr, "safehar verify: the OS keyring could not be used, so fingerprints in this report come from a one-time key and will not match other reports; pass --key-file for stable fingerprints.")
		}
		return key, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the key file: %s", sentence(err))
	}
	s := strings.TrimSpace(string(b))
	if k, err := hex.DecodeString(s); err == nil && len(k) >= 16 {
		return k, nil
	}
	if len(s) < 16 {
		return nil, fmt.Errorf("the key file %s holds fewer than 16 bytes; put at least 16 random bytes (or 32 hex digits) in it", path)
	}
	return []byte(s), nil
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/safehar/safehar/host/internal/exposure"
	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/pipeline"
)

func init() {
	register(&command{name: "verify", summary: "report the credentials HAR files expose (never their values)", run: runVerify})
}

const verifyHelp = `Usage: safehar verify [--json] [--html FILE] [--at TIME] [--key-file FILE] [--locations] [--strict] [--shard I/N] IN...

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

--shard I/N scans the I-th of N near-equal runs of the files the inputs
expand to (in their order, the same on every machine), for back-scanning a
large store in parallel (a Kubernetes Indexed Job, deploy/backscan-job.yaml):
give every shard the same inputs, --key-file and --at, write each --json
report, and combine them with safehar report merge, which gives the report
one process would have made.

Exit codes: 0 verified clean (every HAR read, none holds a credential; with
--strict, no residue either), 1 credentials found, 2 not verified: an input, file or archive member could
not be read (damaged gzip or zip, truncated or invalid HAR, missing path),
nothing was found to scan, or another error. An unreadable member is never
passed: each is named with its reason, and --json says "clean": false.

Options:
`

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
	shardFlag := fs.String("shard", "", "scan only part `I/N` of the files the inputs expand to (1 ≤ I ≤ N, in order); merge the --json reports with safehar report merge")
	shardBase := fs.Int("shard-base", 1, "`0` reads --shard's I as 0-based (0 ≤ I < N), as Kubernetes' JOB_COMPLETION_INDEX is")
	outFile := fs.String("o", "", "write the report (text or --json) to `FILE` atomically instead of standard output")
	jobs := fs.Int("jobs", 0, "scan `N` entries of a file at once (default: one per core, GOMAXPROCS, up to 8); the result is the same for any N")
	findingsOK := fs.Bool("no-fail-on-findings", false, "exit 0, not 1, when credentials are found (the report says so); for batch jobs. Unreadable input still exits 2")
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
	if *jobs < 0 {
		fmt.Fprintln(stderr, "safehar verify: --jobs takes a number of entries at once, 1 or more (0: one per core).")
		return 2
	}
	var shard *pipeline.Shard
	if *shardFlag != "" {
		if shard, err = pipeline.ParseShard(*shardFlag, *shardBase); err != nil {
			fmt.Fprintf(stderr, "safehar verify: %v\n", err)
			return 2
		}
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
	if shard != nil {
		single = false // a shard's findings name their files, for the merge
	}
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
	v, err := pipeline.Verify(inputs, pipeline.VerifyOptions{Policy: pol.Policy, Key: key, At: at, Stdin: stdin, Strict: *strict,
		KeepFindings: *asJSON || *locations || single, ToolVersion: Version, Shard: shard, Jobs: *jobs})
	if err != nil {
		var pe *pipeline.PolicyError
		if errors.As(err, &pe) {
			fmt.Fprintf(stderr, "safehar verify: the administrator's policy cannot be applied (%v); ask your IT team to fix it.\n", pe.Err)
			return 2
		}
		fmt.Fprintf(stderr, "safehar verify: %v\n", err)
		return 2
	}
	rep := v.Report
	for _, s := range rep.Skipped {
		fmt.Fprintf(stderr, "safehar verify: %s: %s\n", s.File, s.Reason)
	}
	if v.Residue > 0 && !*strict && !*asJSON {
		fmt.Fprintf(stderr, "safehar verify: %d %s by shape alone (residue, listed with the findings); --strict counts %s.\n",
			v.Residue, plural(v.Residue, "value looks like a credential", "values look like credentials"), plural(v.Residue, "it", "them"))
	}
	code := int(v.Verdict)
	switch {
	case len(rep.Files) == 0 && shard != nil && len(rep.Skipped) == 0:
		// More shards than files: this one has nothing, which is no error.
		code = 0
	case len(rep.Files) == 0:
		if len(rep.Skipped) == 0 {
			fmt.Fprintf(stderr, "safehar verify: no HAR file found in %s.\n", strings.Join(inputs, ", "))
		}
	case len(rep.Skipped) > 0:
		fmt.Fprintf(stderr, "safehar verify: not verified: %d %s could not be read; fix or remove %s and run verify again.\n",
			len(rep.Skipped), plural(len(rep.Skipped), "input or member", "inputs or members"), plural(len(rep.Skipped), "it", "them"))
	}

	if code == int(pipeline.VerdictSecrets) && *findingsOK {
		code = 0
	}
	o := verificationOutput{cmd: "safehar verify", asJSON: *asJSON, html: *htmlOut, single: single,
		text: exposure.TextOptions{Locations: *locations || single, Totals: !single || len(rep.Files) > 1 || len(rep.Skipped) > 0}}
	if *outFile != "" && *outFile != "-" {
		err := writeAtomic(*outFile, func(w io.Writer) error {
			if c := printVerification(v, code, o, w, stderr); c == 2 && code != 2 {
				return fmt.Errorf("the report could not be written")
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "safehar verify: cannot write the report: %s\n", sentence(err))
			return 2
		}
		return code
	}
	return printVerification(v, code, o, stdout, stderr)
}

// verificationOutput is how verify and report merge print a verification.
type verificationOutput struct {
	cmd    string // for messages
	asJSON bool
	html   string // also write the HTML report here
	single bool   // one input, one HAR: findings do not name their file
	text   exposure.TextOptions
}

// printVerification writes the HTML report when asked, then the JSON or
// text report, and returns the exit code (code, or 2 when writing failed).
func printVerification(v *pipeline.Verification, code int, o verificationOutput, stdout, stderr io.Writer) int {
	rep := v.Report
	if o.html != "" && len(rep.Files) > 0 {
		err := writeAtomic(o.html, func(w io.Writer) error { return exposure.WriteHTML(w, rep, "safehar "+Version) })
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot write the HTML report: %s\n", o.cmd, sentence(err))
			return 2
		}
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v.Result(o.single)); err != nil {
			return 2
		}
		return code
	}
	if len(rep.Files) == 0 {
		return code
	}
	if err := exposure.WriteText(stdout, rep, o.text); err != nil {
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
	return keystore.ReadFile(path)
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

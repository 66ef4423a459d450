package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/safehar/safehar/host/internal/exposure"
	"github.com/safehar/safehar/host/internal/pipeline"
)

func init() {
	register(&command{name: "report", summary: "combine the JSON reports of verify --shard I/N", run: runReport})
}

const reportHelp = `Usage: safehar report merge [--json] [--html FILE] [--locations] A.json B.json...

Combines the JSON reports of the shards of one back-scan (safehar verify
--json --shard I/N, every I from 1 to N once, made with the same inputs,
--key-file and --at) into the report one process scanning every file would
have made: the same files, credentials (matched across shards by their
fingerprint), verdicts, totals and rotation checklist. It prints the text
report, or with --json the JSON of verify --json; --html also writes the
HTML report. A shard missing, given twice, or made with another --at, key or
version is an error: a partial report would pass files nobody scanned.

Exit codes: as verify's: 0 clean, 1 credentials found, 2 not verified (a file
could not be read, a shard is missing) or another error.

Options:
`

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "merge" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprint(stdout, reportHelp)
			return 0
		}
		fmt.Fprintln(stderr, "safehar report: say what to do: safehar report merge A.json B.json... (see safehar report --help).")
		return 2
	}
	fs := flag.NewFlagSet("report merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), reportHelp)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print the merged report as verify --json's JSON")
	htmlOut := fs.String("html", "", "also write a self-contained HTML report to `FILE`")
	locations := fs.Bool("locations", false, "list every finding's location in the text report")
	if err := fs.Parse(reorder(args[1:], fs)); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "safehar report merge: name the shards' JSON reports (verify --json --shard I/N).")
		return 2
	}
	var parts []*pipeline.VerifyResult
	for _, path := range fs.Args() {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "safehar report merge: cannot read %s.\n", sentence(err))
			return 2
		}
		var r pipeline.VerifyResult
		if err := json.Unmarshal(b, &r); err != nil {
			fmt.Fprintf(stderr, "safehar report merge: %s is not a verify --json report (%v).\n", path, err)
			return 2
		}
		parts = append(parts, &r)
	}
	v, err := pipeline.MergeShards(parts)
	if err != nil {
		fmt.Fprintf(stderr, "safehar report merge: %v.\n", err)
		return 2
	}
	rep := v.Report
	for _, s := range rep.Skipped {
		fmt.Fprintf(stderr, "safehar report merge: %s: %s\n", s.File, s.Reason)
	}
	if len(rep.Files) == 0 && !*asJSON {
		fmt.Fprintln(stderr, "safehar report merge: the shards scanned no HAR file.")
	}
	return printVerification(v, int(v.Verdict), verificationOutput{cmd: "safehar report merge", asJSON: *asJSON, html: *htmlOut,
		text: exposure.TextOptions{Locations: *locations, Totals: true}}, stdout, stderr)
}

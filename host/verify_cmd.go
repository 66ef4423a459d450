package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "verify", summary: "report the secrets a HAR file holds (never their values)", run: runVerify})
}

// verifyResult is the --json output of verify.
type verifyResult struct {
	Clean    bool             `json:"clean"`
	Findings []verifyFinding  `json:"findings"`
	Files    []verifyFileNote `json:"files,omitempty"`
}

type verifyFinding struct {
	File  string        `json:"file,omitempty"`
	Entry int           `json:"entry"`
	Path  string        `json:"path"`
	Kind  sanitize.Kind `json:"kind"`
	Rule  string        `json:"rule"`
}

type verifyFileNote struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print a JSON report")
	if err := fs.Parse(reorder(args, fs)); err != nil {
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	// Verify needs no stable key: fingerprints are not printed here.
	s := sanitize.New(sanitize.DefaultRules())
	res := verifyResult{Clean: true, Findings: []verifyFinding{}}
	failed := false
	for _, in := range inputs {
		r, name, closeIn, err := openInput(in, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "safehar verify: %v\n", err)
			res.Files = append(res.Files, verifyFileNote{in, err.Error()})
			failed = true
			continue
		}
		rep, err := s.Verify(r)
		closeIn()
		if err != nil {
			fmt.Fprintf(stderr, "safehar verify: %s: %s\n", name, sentence(err))
			res.Files = append(res.Files, verifyFileNote{name, sentence(err)})
			failed = true
			continue
		}
		file := ""
		if len(inputs) > 1 {
			file = name
		}
		for _, f := range rep.Findings {
			res.Findings = append(res.Findings, verifyFinding{File: file, Entry: f.Entry, Path: f.Path, Kind: f.Kind, Rule: f.Rule})
		}
		if !rep.Clean() {
			res.Clean = false
		}
		if !*asJSON {
			if rep.Clean() {
				fmt.Fprintf(stdout, "%s: clean (%d entries)\n", name, rep.Entries)
			} else {
				fmt.Fprintf(stdout, "%s: NOT SANITIZED: %s\n", name, summary(rep)[len("redacted "):])
				for _, f := range rep.Findings {
					fmt.Fprintf(stdout, "  entry %d  %-14s %s  (%s)\n", f.Entry, f.Kind, f.Path, f.Rule)
				}
				if rep.FindingsDropped > 0 {
					fmt.Fprintf(stdout, "  … and %d more\n", rep.FindingsDropped)
				}
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return 2
		}
	}
	switch {
	case failed:
		return 2
	case !res.Clean:
		return 1
	}
	return 0
}

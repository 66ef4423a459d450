package sanitize

import "math"

// The gitleaks rule set (github.com/zricethezav/gitleaks/v8, MIT) is the
// source of vendor credential formats beyond the hand-written value.*
// rules: table_gitleaks.go is generated from it and compiled into the
// default table after builtin. The shipped binary does not depend on
// gitleaks. Regenerate (same gitleaks version) with `go generate
// ./sanitize`; upgrade with
// `cd sanitize && go run ./internal/gitleaksgen -version latest`.
//
//go:generate go run ./internal/gitleaksgen

// entropy is the Shannon entropy of b in bits per byte, as gitleaks
// computes it for a rule's entropy threshold.
func entropy(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	var counts [256]int
	for _, c := range b {
		counts[c]++
	}
	n := float64(len(b))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

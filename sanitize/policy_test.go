package sanitize

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Policy patterns find their secrets anywhere in a text: with a literal
// prefix (a trigger pair) and without one (run over every text).
func TestPolicyPatternsAnywhere(t *testing.T) {
	rules, err := DefaultRules().Extend(Extra{Patterns: []PatternSpec{
		{Name: "corp token", Regexp: `corp_[a-z0-9]{20}`},
		{Name: "badge", Regexp: `[0-9]{4}-CORP-[A-Z]{6}`},
	}})
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{"corp_abcdefghij0123456789", "1234-CORP-ABCDEF"}
	long := strings.Repeat("filler text ", 20)
	for _, text := range []string{
		"hello corp_abcdefghij0123456789 and 1234-CORP-ABCDEF end",
		long + "1234-CORP-ABCDEF" + long + "corp_abcdefghij0123456789" + long,
		`{"note": "badge 1234-CORP-ABCDEF", "t": "x corp_abcdefghij0123456789"}`,
	} {
		in := jsonHAR(text, "text/plain")
		var out bytes.Buffer
		rep, err := New(rules, WithKey(testKey)).Sanitize(&out, bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if bytes.Contains(out.Bytes(), []byte(s)) {
				t.Errorf("%q survived in %q", s, text)
			}
		}
		if rep.Redacted < 2 {
			t.Errorf("%d redactions in %q", rep.Redacted, text)
		}
	}
}

// Administrators' patterns are refused at load time when they match too
// little structure or cost too much (docs/DEPLOY.md): the check does not
// depend on timing.
func TestPolicyPatternLimits(t *testing.T) {
	many := func(n int, re string) []PatternSpec {
		var ps []PatternSpec
		for i := range n {
			ps = append(ps, PatternSpec{Name: fmt.Sprintf("p%d", i), Regexp: re})
		}
		return ps
	}
	one := func(re string) []PatternSpec { return many(1, re) }
	tests := []struct {
		name string
		pats []PatternSpec
		want string // "" when accepted
	}{
		{"prefixed token", one(`acme_[A-Za-z0-9]{32}`), ""},
		{"literal in the middle", one(`[0-9]{4}-CORP-[A-Z]{6}`), ""},
		{"either prefix", one(`(?:sk|pk)_live_[0-9a-f]{24}`), ""},
		{"single letter", one(`a`), "matches ordinary text"},
		{"any 21 characters", one(`.{21,}`), "matches ordinary text"},
		{"three letters", one(`[a-z]{3}`), "matches ordinary text"},
		{"English words", one(`\b[A-Za-z]{4,12}\b`), "matches ordinary text"},
		{"every URL", one(`https?://\S+`), "matches ordinary text"},
		{"every long run", one(`[A-Za-z0-9+/]{20,}`), "matches ordinary text"},
		{"no fixed text", one(`[A-Z]{2}[0-9]{10}`), "no fixed text"},
		{"fixed text only in one branch", one(`(?:xq_[0-9]{9}|[0-9]{12})`), "no fixed text"},
		{"too short", one(`zq_[0-9]`), "only 4 characters"},
		{"repetition count", one(`acme_[0-9]{1000}`), "above the limit of 256"},
		{"64 times [a-z]{1000}", many(64, `[a-z]{1000}`), "above the limit of 256"},
		{"64 times a long token", many(64, `acme_[a-z0-9]{200}`), "more than 4000 instructions"},
		{"65 patterns", many(65, `acme_[a-z0-9]{8}`), "above the limit of 64"},
		{"64 short patterns", many(64, `acme_[a-z0-9]{8}`), ""},
		{"3 patterns without a fixed start", many(3, `[0-9]{4}-CORP-[A-Z]{6}`), ""},
		{"4 patterns without a fixed start", many(4, `[0-9]{4}-CORP-[A-Z]{6}`), "without a fixed start compile to more than 64"},
		{"program size", one(`acme_(?:[a-z][0-9]{250}){4}`), "instructions, above the limit of 1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DefaultRules().Extend(Extra{Patterns: tt.pats})
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && err == nil:
				t.Errorf("accepted, want an error saying %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("error %q, want it to say %q", err, tt.want)
			}
		})
	}
}

// A pattern without a literal prefix runs only over texts holding its
// fixed text, and still finds every match there.
func TestRequiredText(t *testing.T) {
	for _, tt := range []struct{ re, want string }{
		{`[0-9]{4}-CORP-[A-Z]{6}`, "-CORP-"},
		{`(?:ab|cd)_xyz[0-9]+`, "_xyz"},
		{`(?i)corp-[0-9]{8}`, ""},
		{`(?:xq_[0-9]|[0-9]{12})`, ""},
		{`(?:zzz)?[0-9]{8}`, ""},
	} {
		if got := string(requiredText(tt.re)); got != tt.want {
			t.Errorf("requiredText(%q) = %q, want %q", tt.re, got, tt.want)
		}
	}
}

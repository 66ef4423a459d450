package sanitize

import (
	"bytes"
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

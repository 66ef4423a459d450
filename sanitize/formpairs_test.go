package sanitize

import (
	"strings"
	"testing"
)

// TestShortLogin: beside a u field, a form's p field is a password; a p
// elsewhere (a page number) stays.
func TestShortLogin(t *testing.T) {
	for _, tc := range []struct {
		beside []string
		p      string
		gone   bool
	}{
		{[]string{"u", "ops"}, "Harbour42!lagoon", true},
		{[]string{"username", "ops"}, "Harbour42!lagoon", true},
		{[]string{"q", "shoes"}, "2", false},
		{[]string{"q", "shoes"}, "Harbour42!lagoon", false},
	} {
		out, _ := sanitizeBytes(t, exampleHAR(t, InParam, "p", tc.p, tc.beside...))
		if kept := strings.Contains(string(out), strings.ReplaceAll(tc.p, "!", "%21")); kept == tc.gone {
			t.Errorf("p=%s beside %v: kept %v", tc.p, tc.beside, kept)
		}
	}
}

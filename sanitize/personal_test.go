package sanitize

import "testing"

// TestEmailAt checks where emailAt finds an address, including at the
// very start of the text it is given (a path segment, an element's text:
// hasPrefixAt once read before the start and panicked).
func TestEmailAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" when no address
	}{
		{"x/jane@acme.example", "jane@acme.example"},
		{"/jane@acme.example", "jane@acme.example"},
		{"arn:aws:sts::123456789012:assumed-role/Admin/jane@acme.example", "jane@acme.example"},
		{"AROA3XFRBF535PLBIFPI4:jane@acme.example", "jane@acme.example"},
		{"mailto:jane@acme.example", "jane@acme.example"},
		{"https://bob@host.example.com/x", ""},
		{"//bob@host.example.com/x", ""},
		{"https://bob:pw@host.example.com/x", ""},
		{"lodash@4.17.21", ""},
	} {
		at := -1
		for i := len(tc.text) - 1; i >= 0; i-- {
			if tc.text[i] == '@' {
				at = i
				break
			}
		}
		s, e, ok := emailAt([]byte(tc.text), at)
		got := ""
		if ok {
			got = tc.text[s:e]
		}
		if got != tc.want {
			t.Errorf("emailAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

package sanitize

import (
	"strings"
	"testing"
)

// TestCSV: a CSV body's cells are judged by their column's name; other
// cells, the header and quoted cells with the separator inside stay.
func TestCSV(t *testing.T) {
	for _, tc := range []struct {
		mime, body string
		gone, kept []string
	}{
		{"text/csv; charset=utf-8", "First Name,Last Name,Email,Created,login_password,note\r\nRosalind,Achterberg,r.a@marigold.example,2026-11-02 08:14:09,Quill12!ledger,\"hello, world\"\r\n",
			[]string{"Rosalind", "Achterberg", "r.a@marigold.example", "Quill12!ledger"}, []string{"First Name,Last Name", "2026-11-02 08:14:09", `"hello, world"`}},
		{"text/csv", "name;api_token;region\nci;Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQ;eu-west-1\n", []string{"Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQ"}, []string{"eu-west-1", "ci;"}},
		{"text/tab-separated-values", "user\tpassword\nops\tHarbour42!lagoon\n", []string{"Harbour42!lagoon"}, []string{"user\tpassword"}},
	} {
		got := sanitizedResponse(t, "https://a.example/export.csv", tc.mime, tc.body)
		for _, v := range tc.gone {
			if strings.Contains(got, v) {
				t.Errorf("%s: %s kept: %q", tc.mime, v, got)
			}
		}
		for _, v := range tc.kept {
			if !strings.Contains(got, v) {
				t.Errorf("%s: %s lost: %q", tc.mime, v, got)
			}
		}
	}
}

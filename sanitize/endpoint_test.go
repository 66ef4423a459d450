package sanitize

import (
	"strings"
	"testing"
)

// TestEndpointNamesReply: a response to an endpoint whose path names a
// secret has its generic members (and a bare string body) redacted;
// other endpoints' and describing paths' replies stay.
func TestEndpointNamesReply(t *testing.T) {
	for _, tc := range []struct {
		url, body string
		gone      []string
		kept      []string
	}{
		{"https://api-1.duosecurity.com/admin/v1/users/DUJ3K8ZQ1V7R2C0NHW4T/bypass_codes", `{"stat":"OK","response":["481223907","550913276"]}`, []string{"481223907", "550913276"}, []string{"OK"}},
		{"https://clerk.acme.dev/v1/me/backup_codes", `{"response":{"object":"backup_code","codes":["k3v9q2m1","z8x7c6v5"]}}`, []string{"k3v9q2m1", "z8x7c6v5"}, []string{"backup_code"}},
		{"https://pvwa.acme.example/PasswordVault/API/Accounts/17_3/Password/Retrieve", `"Harbour42!lagoon"`, []string{"Harbour42!lagoon"}, nil},
		{"https://api.acme.example/v1/reports/weekly", `{"response":["481223907"]}`, nil, []string{"481223907"}},
		{"https://api.acme.example/v1/password/policy", `{"response":["min 12 characters"]}`, nil, []string{"min 12 characters"}},
		{"https://api.acme.example/v1/secrets/17", `{"items":[{"name":"Notes","value":"rotated monthly"}]}`, nil, []string{"rotated monthly"}},
	} {
		out := sanitizedResponse(t, tc.url, "application/json", tc.body)
		for _, v := range tc.gone {
			if strings.Contains(out, v) {
				t.Errorf("%s: %s kept", tc.url, v)
			}
		}
		for _, v := range tc.kept {
			if !strings.Contains(out, v) {
				t.Errorf("%s: %s redacted", tc.url, v)
			}
		}
	}
}

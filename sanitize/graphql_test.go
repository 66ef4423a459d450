package sanitize

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestGraphQLBindings(t *testing.T) {
	const s1, s2 = "Marigold#Anchor#55", "Q7vZp2LmX9kWc4RtB8nY"
	for _, tc := range []struct {
		name, body string
		secrets    []string
		decoys     []string
	}{
		{"argument binds", `{"query":"mutation($t: String!, $n: Int){ login(token: $t, first: $n) { ok } }","variables":{"t":"` + s1 + `","n":10}}`, []string{s1}, []string{`"n\":10`}},
		{"variables first", `{"variables":{"b":"` + s1 + `","who":"ops-team"},"query":"mutation($b: String!){ signIn(password: $b) { ok } }"}`, []string{s1}, []string{"ops-team"}},
		{"field binds", `{"query":"mutation($cur: String!, $nxt: String!){ updatePassword(input: {current: $cur, next: $nxt}) { ok } }","variables":{"cur":"` + s1 + `","nxt":"` + s2 + `"}}`, []string{s1, s2}, nil},
		{"batched", `[{"query":"mutation($i: String!){ redeemInvite(invite: $i) { ok } }","variables":{"i":"` + s1 + `"}},{"query":"query { me { id } }"}]`, nil, []string{"me { id }"}},
		{"unbound stays", `{"query":"query($q: String!){ search(text: $q) { id } }","variables":{"q":"blue suede shoes"}}`, nil, []string{"blue suede shoes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := sanitizeBytes(t, jsonBodyHAR(t, tc.body))
			if !json.Valid(out) {
				t.Fatal("invalid JSON")
			}
			for _, s := range tc.secrets {
				if strings.Contains(string(out), s) {
					t.Errorf("%q survived", s)
				}
			}
			for _, d := range tc.decoys {
				if !strings.Contains(string(out), d) {
					t.Errorf("decoy %q lost", d)
				}
			}
		})
	}
}

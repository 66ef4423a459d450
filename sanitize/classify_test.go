package sanitize

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestSplitWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"passwordProp", []string{"password", "prop"}},
		{"X-Foo-Authorization", []string{"x", "foo", "authorization"}},
		{"user[password]", []string{"user", "password"}},
		{"user%5Bpassword%5D", []string{"user", "password"}},
		{"wsse:Password", []string{"wsse", "password"}},
		{"MY_API_KEY", []string{"my", "api", "key"}},
		{"APIKey", []string{"api", "key"}},
		{"oauth2Token", []string{"oauth", "2", "token"}},
		{"loginForm.pwd", []string{"login", "form", "pwd"}},
		{"", nil},
	} {
		if got := splitWords([]byte(tc.name)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestClassifyNames(t *testing.T) {
	r := DefaultRules()
	for _, tc := range []struct {
		name   string
		secret bool
	}{
		{"passwordProp", true}, {"userPass", true}, {"user_credential", true}, {"X-Foo-Authorization", true},
		{"token", true}, {"secret", true}, {"credentials", true}, {"code_verifier", true}, {"sessionIdentifier", true},
		{"MY_API_KEY", true}, {"clientSecretValue", true}, {"passwordHash", true}, {"accesstoken", true},
		{"passwordPolicy", false}, {"minLength", false}, {"tokenExpiry", false}, {"keyboard", false}, {"author", false},
		{"tokenizer", false}, {"token_type", false}, {"authMethod", false},
		{"passwordless", false}, {"compass", false}, {"publicKey", false}, {"code_challenge", false},
	} {
		got := r.lookup(InJSONKey, []byte(tc.name), []byte(normalize(tc.name))) != nil
		if got != tc.secret {
			t.Errorf("%q: secret = %v, want %v", tc.name, got, tc.secret)
		}
	}
	// A question word before a strong word: a handle, judged by its value
	// (a flag or a UUID stays, a generated value does not).
	for _, name := range []string{"hasPassword", "showPassword", "link_token", "btnToken"} {
		rule := r.lookup(InJSONKey, []byte(name), []byte(normalize(name)))
		if rule == nil || !rule.Weak || rule.Check != CheckNotHex {
			t.Errorf("%q: rule %v, want the secret-handle rule", name, rule)
		}
	}
}

// jsonBodyHAR is a HAR whose request body is body (JSON text).
func jsonBodyHAR(t *testing.T, body string) []byte {
	t.Helper()
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request": map[string]any{"method": "POST", "url": "https://idp.example.com/api/v1/authn", "headers": []any{},
			"postData": map[string]any{"mimeType": "application/json", "text": body}},
		"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": "application/json", "text": body}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPairsSpelledAsData(t *testing.T) {
	const s = "Tr0ub4dor&3x"
	for _, tc := range []struct {
		name, body string
		decoys     []string
	}{
		{"name/value", `{"fields":[{"name":"theme","value":"dark-blue"},{"name":"password","value":"` + s + `"}]}`, []string{"dark-blue"}},
		{"value first", `{"value":"` + s + `","name":"password"}`, nil},
		{"key/value header", `{"header":[{"key":"Authorization","value":"Bearer ` + s + `"},{"key":"Accept","value":"text/html"}]}`, []string{"text/html"}},
		{"type password", `{"type":"password","value":"` + s + `"}`, nil},
		{"type text", `{"type":"text","value":"hello-world-text"}`, []string{"hello-world-text"}},
		{"tuples", `{"form":[["theme","dark-blue"],["password","` + s + `"]]}`, []string{"dark-blue"}},
		{"okta idx", `{"remediation":{"value":[{"name":"credentials","form":{"value":[{"name":"passcode","label":"Password","secret":true}]}}]},"credentials":{"passcode":"` + s + `"}}`, []string{"Password"}},
		{"escaped (decoding path)", `{"a":"\u00e9","fields":[{"name":"pin","value":"` + s + `"}]}`, nil},
		{"list of names", `{"sensitive":["password","token","secret"]}`, []string{`"password"`}},
		{"flag in a nested value", `{"variables":[{"name":"STAGING_HOST","value":{"secure":true,"value":"` + s + `"}}]}`, []string{"STAGING_HOST"}},
		{"masked flag", `{"key":"DEPLOY_TARGET","value":"` + s + `","masked":true,"protected":false}`, nil},
		{"hidden is no flag", `{"name":"title","value":"hello-world-text","hidden":true}`, []string{"hello-world-text"}},
		{"values array", `{"extension_attributes":[{"name":"Firmware Password","values":["` + s + `"]},{"name":"Department","values":["Sales-EMEA"]}]}`, []string{"Sales-EMEA"}},
		{"input style", `{"type":"Input.Text","id":"vpnPassphrase","style":"Password","value":"` + s + `"}`, nil},
		{"input style text", `{"type":"Input.Text","id":"officeName","style":"text","value":"hello-world-text"}`, []string{"hello-world-text"}},
		{"table rows", `{"meta":[{"name":"name","type":"String"},{"name":"value","type":"String"},{"name":"updated_at"}],"data":[["theme","dark-blue","2026-10-02"],["smtp_password","` + s + `","2026-10-02"]]}`, []string{`"theme","dark-blue"`}},
		{"cell named by its column", `{"columns":["id","api_token"],"data":[["17","` + s + `"]]}`, []string{`"17"`}},
		{"row with a type", `{"data":[["smtp_password","` + s + `","String","0"]]}`, nil},
		{"list of header names", `{"allowHeaders":["Authorization","Content-Type"]}`, []string{`"Authorization","Content-Type"`}},
		{"masked display kept", `{"envvars":[{"name":"NPM_TOKEN","value":"xxxx9fQ2"},{"name":"API_KEY","value":"sk-ant-api03-R2D...igAA"},{"name":"password","value":"` + s + `"}]}`, []string{"xxxx9fQ2", "sk-ant-api03-R2D...igAA"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := jsonBodyHAR(t, tc.body)
			out, _ := sanitizeBytes(t, in)
			if !json.Valid(out) {
				t.Fatal("output is not valid JSON")
			}
			if strings.Contains(decodedViews(out), s) {
				t.Errorf("secret survived: %s", out)
			}
			for _, d := range tc.decoys {
				if strings.Count(string(out), strings.ReplaceAll(d, `"`, `\"`)) < 2 {
					t.Errorf("decoy %q lost", d)
				}
			}
			again, _ := sanitizeBytes(t, out)
			if string(stripMarker(again)) != string(stripMarker(out)) {
				t.Errorf("not idempotent")
			}
		})
	}
}

// TestMaskedHint: a console's masked display of a secret it keeps is no
// secret; a secret that only contains mask characters or an ellipsis is.
func TestMaskedHint(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"xxxx9fQ2", true},
		{"********3f9a", true},
		{"•••• 4242", true},
		{"****-****-****-4242", true},
		{"sk_live_****", true},
		{"sk-ant-api03-R2D...igAA", true},
		{"ghp_1a2B3c…wXyZ", true},
		{"xxxxABCDEFGH12345", false}, // a mask and more than four characters
		{"love****", false},          // a word and stars: a password
		{"Pass...word1", false},      // an ellipsis in a password
		{"sk_live_abc...", false},    // nothing after the ellipsis
		{"Tr0ub4dor&3x", false},
		{"****", true}, // a mask alone
	} {
		if got := maskedHint([]byte(tc.v)); got != tc.want {
			t.Errorf("maskedHint(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

package sanitize

import (
	"bytes"
	"encoding/json"
	"testing"
)

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

// TestPhraseKind: a value told in prose takes the kind of the name before
// it: a document number is personal data, a PIN a password.
func TestPhraseKind(t *testing.T) {
	for _, tc := range []struct {
		text, value string
		kind        Kind
	}{
		{"my SSN is 529-41-7730 thanks", "529-41-7730", KindPersonal},
		{"her passport number is X44812093 ok", "X44812093", KindPersonal},
		{"my account PIN is 88412290 ok", "88412290", KindPassword},
		{"the wifi password is Orchid8Lantern8 ok", "Orchid8Lantern8", KindPassword},
	} {
		in := harOf([]json.RawMessage{json.RawMessage(`{"request":{"method":"GET","url":"https://a.example/","headers":[],"cookies":[]},` +
			`"response":{"status":200,"headers":[],"cookies":[],"content":{"mimeType":"application/json","text":` + gJS(`{"note":"`+tc.text+`"}`) + `}}}`)})
		out, rep := sanitizeBytes(t, in)
		if bytes.Contains(out, []byte(tc.value)) {
			t.Errorf("%q: the value is kept", tc.text)
			continue
		}
		if rep.Counts[tc.kind] != 1 || len(rep.Findings) != 1 {
			t.Errorf("%q: counts %v, want one %s", tc.text, rep.Counts, tc.kind)
		}
	}
}

// TestBankValues: an IBAN written whole as a value is found by its
// country's length and check digits; an account number is a bank
// account's only beside its bank's routing number or code.
func TestBankValues(t *testing.T) {
	for _, tc := range []struct {
		body       string
		gone, kept []string
	}{
		{`{"rows":[["1","NL91ABNA0417164300"],["2","FR1420041010050500013M02606"]]}`, []string{"NL91ABNA0417164300", "FR1420041010050500013M02606"}, nil},
		{`{"rows":[["1","NL91ABNA0417164301"],["2","DE8937040044053201300"]]}`, nil, []string{"NL91ABNA0417164301", "DE8937040044053201300"}}, // check digits, length
		{`{"payout":{"accountNumber":"000123456789","routingNumber":"110000000"}}`, []string{"000123456789"}, []string{"110000000"}},
		{`{"fedex":{"account_number":"510087020","meter":"118806"}}`, nil, []string{"510087020"}},
		{`{"ach":{"account_number":"ACME-00123","routing_number":"110000000"}}`, nil, []string{"ACME-00123"}},
	} {
		out, _ := sanitizeBytes(t, jsonBodyHAR(t, tc.body))
		for _, v := range tc.gone {
			if bytes.Contains(out, []byte(v)) {
				t.Errorf("%s: %s kept", tc.body, v)
			}
		}
		for _, v := range tc.kept {
			if !bytes.Contains(out, []byte(v)) {
				t.Errorf("%s: %s redacted", tc.body, v)
			}
		}
	}
}

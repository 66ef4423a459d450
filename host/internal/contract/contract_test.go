package contract

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/safehar/safehar/sanitize"
)

// TestJSUpToDate: extension/src/contract.js is what go generate writes.
func TestJSUpToDate(t *testing.T) {
	got, err := os.ReadFile("../../../extension/src/contract.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, JS()) {
		t.Fatal("extension/src/contract.js is stale: run go generate ./host/internal/contract")
	}
}

// TestEveryKindLabelled: every kind a built-in rule reports, and every kind
// constant of the sanitizer, has a label; no label is for a kind nothing
// reports.
func TestEveryKindLabelled(t *testing.T) {
	labelled := map[string]bool{}
	for _, k := range Kinds {
		if k.Kind == "" || k.Label == "" || k.Single == "" {
			t.Errorf("incomplete kind %+v", k)
		}
		if labelled[k.Kind] {
			t.Errorf("kind %s listed twice", k.Kind)
		}
		labelled[k.Kind] = true
	}
	reported := map[string]bool{KindUserTerm: true}
	for _, r := range sanitize.DefaultRules().Table() {
		if r.Kind != "" { // keep rules (identifiers) report nothing
			reported[string(r.Kind)] = true
		}
	}
	for _, k := range []sanitize.Kind{sanitize.KindCookie, sanitize.KindAuthorization, sanitize.KindToken, sanitize.KindAPIKey,
		sanitize.KindPassword, sanitize.KindSecret, sanitize.KindSession, sanitize.KindCSRF, sanitize.KindOAuthCode,
		sanitize.KindSignature, sanitize.KindSAML, sanitize.KindJWT, sanitize.KindPrivateKey, sanitize.KindCloudKey,
		sanitize.KindPersonal, sanitize.KindURLPassword, sanitize.KindPayment} {
		reported[string(k)] = true
	}
	for k := range reported {
		if !labelled[k] {
			t.Errorf("kind %q can be reported but has no label in contract.Kinds", k)
		}
	}
	for k := range labelled {
		if !reported[k] {
			t.Errorf("contract.Kinds labels %q, which nothing reports", k)
		}
	}
}

// TestSettingsMatchSchema: the settings are the managed schema's, in order.
func TestSettingsMatchSchema(t *testing.T) {
	data, err := os.ReadFile("../../../extension/managed_schema.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var names []string
	// The schema's property names in file order.
	var schema struct {
		Properties json.RawMessage `json:"properties"`
	}
	if err := dec.Decode(&schema); err != nil {
		t.Fatal(err)
	}
	pd := json.NewDecoder(bytes.NewReader(schema.Properties))
	pd.Token() // {
	for pd.More() {
		tok, _ := pd.Token()
		names = append(names, tok.(string))
		var skip json.RawMessage
		if err := pd.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, s := range Settings() {
		got = append(got, s.Name)
	}
	if !slices.Equal(got, names) {
		t.Fatalf("settings %v, schema %v", got, names)
	}
}

// Package contract holds the tables the browser extension shares with the
// host: the kinds of secret the host reports and the words users read for
// them, the error codes of the native-messaging protocol, and the managed
// settings. The extension's copy, extension/src/contract.js, is generated
// from here (go generate ./host/internal/contract); a test fails when it is
// stale, when a kind the sanitizer can report has no label, or when an error
// code or a setting exists on one side only.
package contract

//go:generate go run ./gen -o ../../../extension/src/contract.js

import (
	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/policy"
)

// KindUserTerm is the kind of a value the user asked to remove during the
// review before saving (an extra term): it gets a placeholder like any
// secret.
const KindUserTerm = "user-term"

// Kind is one kind of finding and how the extension names it.
type Kind struct {
	Kind   string `json:"kind"`
	Label  string `json:"label"`  // plural, for counts: "Cookies"
	Single string `json:"single"` // one finding: "Cookie"
}

// Kinds are every kind the host can report, in the order the extension
// lists them when counts are equal. Kinds from an administrator's pattern
// (policy extraPatterns "kind") that are not here are shown by their name.
var Kinds = []Kind{
	{"cookie", "Cookies", "Cookie"},
	{"authorization", "Authorization headers", "Authorization header"},
	{"token", "Tokens", "Token"},
	{"api-key", "API keys", "API key"},
	{"password", "Passwords", "Password"},
	{"secret", "Secrets", "Secret"},
	{"session", "Session identifiers", "Session identifier"},
	{"csrf", "CSRF tokens", "CSRF token"},
	{"oauth-code", "OAuth codes", "OAuth code"},
	{"signature", "Signatures", "Signature"},
	{"saml", "SAML assertions", "SAML assertion"},
	{"jwt", "JSON Web Tokens", "JSON Web Token"},
	{"private-key", "Private keys", "Private key"},
	{"cloud-key", "Cloud credentials", "Cloud credential"},
	{"personal", "Personal data", "Personal data"},
	{"url-password", "Passwords in a URL", "Password in a URL"},
	{"payment", "Payment card numbers", "Payment card number"},
	{KindUserTerm, "Terms you added", "Term you added"},
}

// ErrorCodes are the codes the host sends in error replies, from nm.
var ErrorCodes = nm.Codes

// Setting is one managed setting: its key and type as in
// extension/managed_schema.json.
type Setting struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Settings are the managed settings, in schema order (policy.Fields).
func Settings() []Setting {
	out := make([]Setting, 0, len(policy.Fields))
	for _, f := range policy.Fields {
		out = append(out, Setting{f.Name, f.Type})
	}
	return out
}

// Review values: whether the user reviews the findings before the file is
// saved (policy "review").
const (
	ReviewOptional = policy.ReviewOptional
	ReviewSkip     = policy.ReviewSkip
	ReviewRequired = policy.ReviewRequired
)

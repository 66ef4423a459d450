package sanitize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

// Placeholders look like "safehar-<kind>-<16 hex digits>": letters, digits
// and hyphens only, so they are safe unescaped inside a URL, a cookie header,
// a form, a JSON string and a base64url JWT segment. The hex part is a keyed
// HMAC-SHA256 of the secret, so equal secrets give equal placeholders on the
// same key and nothing about the secret can be learnt without the key.
const placeholderPrefix = "safehar-"

const hashHex = 16

// pseudonymizer computes placeholders and fingerprints for one run.
type pseudonymizer struct {
	mac hash.Hash
	sum []byte
	key []byte // for another pseudonymizer (a worker's) on the same key
}

func newPseudonymizer(key []byte) *pseudonymizer {
	return &pseudonymizer{mac: hmac.New(sha256.New, key), key: key}
}

// digest returns the hex HMAC of secret, tagged by domain.
func (p *pseudonymizer) digest(domain string, secret []byte, n int) string {
	p.mac.Reset()
	p.mac.Write([]byte(domain))
	p.mac.Write([]byte{0})
	p.mac.Write(secret)
	p.sum = p.mac.Sum(p.sum[:0])
	return hex.EncodeToString(p.sum[:n/2])
}

// placeholder returns the placeholder for secret of the given kind.
func (p *pseudonymizer) placeholder(kind Kind, secret []byte) []byte {
	d := p.digest("placeholder", secret, hashHex)
	b := make([]byte, 0, len(placeholderPrefix)+len(kind)+1+len(d))
	b = append(b, placeholderPrefix...)
	b = append(b, kind...)
	b = append(b, '-')
	return append(b, d...)
}

// fingerprint is a short keyed hash that lets the same credential be
// recognised across reports without revealing it.
func (p *pseudonymizer) fingerprint(secret []byte) string {
	return p.digest("fingerprint", secret, 12)
}

// isPlaceholder reports whether v is (exactly) a placeholder we produce.
func isPlaceholder(v []byte) bool {
	if len(v) < len(placeholderPrefix)+2+hashHex || string(v[:len(placeholderPrefix)]) != placeholderPrefix {
		return false
	}
	h := v[len(v)-hashHex:]
	for _, c := range h {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	if v[len(v)-hashHex-1] != '-' {
		return false
	}
	for _, c := range v[len(placeholderPrefix) : len(v)-hashHex-1] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// containsPlaceholderAt reports whether a placeholder starts at v[i:] and
// returns its length.
func placeholderAt(v []byte, i int) int {
	if !hasPrefixAt(v, i, placeholderPrefix) {
		return 0
	}
	j := i + len(placeholderPrefix)
	for j < len(v) && (v[j] >= 'a' && v[j] <= 'z' || v[j] >= '0' && v[j] <= '9' || v[j] == '-') {
		j++
	}
	// The run ends with -<16 hex>; find the longest prefix that is one.
	for end := j; end >= i+len(placeholderPrefix)+2+hashHex; end-- {
		if isPlaceholder(v[i:end]) {
			return end - i
		}
	}
	return 0
}

func hasPrefixAt(v []byte, i int, p string) bool {
	return i >= 0 && len(v)-i >= len(p) && string(v[i:i+len(p)]) == p
}

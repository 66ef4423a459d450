package sanitize

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"time"
)

// isJWT reports whether v is, as a whole, a JWS compact token.
func isJWT(v []byte) bool {
	if len(v) < 16 || !hasPrefixAt(v, 0, "eyJ") {
		return false
	}
	dots := 0
	for _, c := range v {
		switch {
		case c == '.':
			dots++
		case isWordByte(c) || c == '-' || c == '_':
		default:
			return false
		}
	}
	return dots == 2 || dots == 4
}

// jwt rewrites a token: header kept, claims kept with personal claims
// pseudonymised (and any secret inside redacted), signature replaced by a
// placeholder so the token can never be replayed. It reports false when the
// token was already rewritten.
func (x *run) jwt(tok []byte) ([]byte, bool) {
	parts := bytes.Split(tok, []byte{'.'})
	if len(parts) == 3 && isPlaceholder(parts[2]) {
		return nil, false
	}
	whole := func() ([]byte, bool) { return x.ps.placeholder(KindJWT, tok), true }
	if x.opt.JWT == JWTDrop || len(parts) != 3 {
		return whole()
	}
	hdr, err := base64.RawURLEncoding.DecodeString(string(bytes.TrimRight(parts[0], "=")))
	if err != nil || len(hdr) == 0 || hdr[0] != '{' {
		return whole()
	}
	claims, err := base64.RawURLEncoding.DecodeString(string(bytes.TrimRight(parts[1], "=")))
	if err != nil {
		return whole()
	}
	newClaims := parts[1]
	if end, err := skipValue(claims, 0, 0, x.maxDepth); err == nil && skipWS(claims, end) == len(claims) && claims[0] == '{' {
		x.expires = jwtExpiry(claims)
		var ed edits
		saved := x.inJWT
		x.inJWT = true
		_, err := x.walk(claims, 0, cAny, nil, &ed, 0)
		x.inJWT = saved
		if err == nil && len(ed.list) > 0 {
			ed.normalize()
			newClaims = []byte(base64.RawURLEncoding.EncodeToString(apply(claims, ed.list)))
		}
	} else {
		return whole()
	}
	out := make([]byte, 0, len(tok)+32)
	out = append(out, parts[0]...)
	out = append(out, '.')
	out = append(out, newClaims...)
	out = append(out, '.')
	out = append(out, x.ps.placeholder(KindJWT, tok)...)
	return out, true
}

// jwtExpiry reads the numeric "exp" claim.
func jwtExpiry(claims []byte) time.Time {
	i := bytes.Index(claims, []byte(`"exp"`))
	if i < 0 {
		return time.Time{}
	}
	j := skipWS(claims, i+5)
	if j >= len(claims) || claims[j] != ':' {
		return time.Time{}
	}
	j = skipWS(claims, j+1)
	k := j
	for k < len(claims) && (claims[k] >= '0' && claims[k] <= '9' || claims[k] == '.') {
		k++
	}
	f, err := strconv.ParseFloat(string(claims[j:k]), 64)
	if err != nil || f <= 0 {
		return time.Time{}
	}
	return time.Unix(int64(f), 0).UTC()
}

package sanitize

import (
	"bytes"
	"net/url"
)

// An endpoint that names what it returns: POST …/backup_codes answers
// with the codes, GET …/Accounts/17/Password/Retrieve with the password,
// under names that say nothing ({"response": ["S", …]}, {"codes": […]}) or
// none (a bare JSON string). The last segments of the entry's URL path
// are judged by the classifier as a name; a strong secret name there makes
// the response's generic members (and a bare string body) its values.

// endpointRule is the rule the path p names: its last segment, or the
// one before when the last is an id or a verb; nil when the segments
// describe a secret (password/policy) or name none.
func (x *run) endpointRule(p string) *Rule {
	var segs [][]byte
	for _, s := range bytes.Split([]byte(p), []byte{'/'}) {
		if len(s) > 0 {
			segs = append(segs, s)
		}
	}
	for k, tries := len(segs)-1, 0; k >= 0 && tries < 2; k-- {
		seg := segs[k]
		if d, err := url.PathUnescape(string(seg)); err == nil {
			seg = []byte(d)
		}
		if objectID(seg) || allDigits(seg) || isUUID(seg) || len(seg) > 48 {
			continue // an id: the segment before names the thing
		}
		tries++
		if k+1 < len(segs) && tries == 2 {
			// the one before a verb: judged with it (password/policy describes)
			if _, v := x.rules.words.classify(append(append(append([]byte(nil), seg...), '_'), segs[k+1]...)); v == describes {
				return nil
			}
		}
		r := x.nameRule(seg)
		if r != nil && !r.Weak && r.Kind != KindPersonal && r.Kind != KindCookie {
			return r
		}
	}
	return nil
}

// payloadKey reports whether a response member key is a generic holder of
// what the endpoint returns (Duo's response, Clerk's codes); the keys of
// pairs spelled as data (value, data, items) are not: they describe their
// own values.
func payloadKey(key []byte) bool {
	switch string(key) {
	case "response", "Response", "codes", "backup":
		return true
	}
	return false
}

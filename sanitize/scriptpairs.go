package sanitize

import "bytes"

// Pairs in scripts and handshakes that are not name=value text: a header
// set by its quoted name (headers["X-Api-Key"] = "…"), and the items of a
// websocket subprotocol list that carry a token.

// bracketPair handles obj["name"] = "value" at the '=' t[i] (t[i-1] is
// ']'): the quoted name is judged by the classifier, the quoted value
// redacted when it names a secret. It returns the last byte handled, or i.
func (x *run) bracketPair(t []byte, i int, ed *edits) int {
	k := i - 1 // ']', or spaces after it (headers['Authorization'] = …)
	for k > 0 && t[k] == ' ' {
		k--
	}
	if t[k] != ']' {
		return i
	}
	q, qn := x.quoteBefore(t, k)
	if q == 0 {
		return i
	}
	ke := k - qn
	ks := ke
	for ks > 0 && ke-ks < 80 && t[ks-1] != q && t[ks-1] != '[' {
		ks--
	}
	if ks == 0 || t[ks-1] != q {
		return i
	}
	open := ks - 1
	if x.raw && open > 0 && t[open-1] == '\\' {
		open--
	}
	if open == 0 || t[open-1] != '[' {
		return i
	}
	vs, ve := x.quotedAfter(t, i+1)
	if ve <= vs || !secretLooking(t[vs:ve]) {
		return i
	}
	if x.pair(InHeader, t[ks:ke], t, vs, ve, false, ed) {
		return ve
	}
	return i
}

// wsProtocols judges the items of a Sec-WebSocket-Protocol value: a token
// after an item that names one ("access_token, S"), the token of a
// Kubernetes-style "base64url.bearer.authorization.k8s.io.S", and any item
// the shape rule takes.
func (x *run) wsProtocols(t []byte, ed *edits) {
	var prev []byte
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ',' {
			j++
		}
		s, e := i, j
		for s < e && t[s] == ' ' {
			s++
		}
		for e > s && t[e-1] == ' ' {
			e--
		}
		item := t[s:e]
		const k8s = "base64url.bearer.authorization.k8s.io."
		switch {
		case e-s > len(k8s) && bytes.HasPrefix(item, []byte(k8s)) && x.rules.wsToken != nil:
			x.name = []byte("sec-websocket-protocol")
			x.secret(t, s+len(k8s), e, x.rules.wsToken, x.rules.wsToken.Kind, false, ed)
			x.name = nil
		case prev != nil && x.strongName(InParam, prev) && e > s:
			x.pair(InParam, prev, t, s, e, false, ed)
		default:
			x.shapeValue([]byte("sec-websocket-protocol"), t, s, e, false, ed)
		}
		prev = item
		i = j + 1
	}
}

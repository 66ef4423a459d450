package sanitize

import "bytes"

// URL path segments: a credential in a path (a password-reset, activation
// or magic link, a webhook URL, a bot token) has no name of its own. A
// segment after one whose words say so (rule "path.after-word": reset,
// activate, magic, invite…) is redacted when it looks machine-generated;
// any other segment when it passes the shape rule (shape.go). Each
// segment is judged by its parts between '.', ':', ',', ';' and '@', so an
// asset hash (main.3f2a9c1b.js) or a file extension is judged alone.

// urlPath redacts credentials in the path of the URL t (decoded text).
func (x *run) urlPath(t []byte, ed *edits) {
	if x.rules.shape == nil {
		return
	}
	p := 0
	if i := bytes.Index(t, []byte("://")); i > 0 && i < 16 {
		j := bytes.IndexByte(t[i+3:], '/')
		if j < 0 {
			return
		}
		p = i + 3 + j
	} else if len(t) == 0 || t[0] != '/' {
		return
	}
	end := len(t)
	if q := bytes.IndexAny(t[p:], "?# \"'<>"); q >= 0 {
		end = p + q
	}
	x.pathSegments(t, p, end, ed)
	if end < len(t) && t[end] == '?' {
		x.linkQuery(t, p, end, ed)
	}
	// A share link keeps its key in a fragment of one value, which never
	// reaches the server (https://drive.example/urls/ABC#<key>,
	// https://share.example/s#<key>): judged as machine-generated or not.
	if h := bytes.IndexByte(t[end:], '#'); h >= 0 && end+h+12 < len(t) && !bytes.ContainsAny(t[end:end+h], " \"'<>") {
		x.fragmentKey(t, end+h+1, ed) // (after the query too: /s?v=2#<key>)
	}
	// A single-page app's route in the fragment is a path too
	// (https://app/#/verify-email/<token>, #!/reset/<token>).
	if end+2 < len(t) && t[end] == '#' && (t[end+1] == '/' || t[end+1] == '!' && t[end+2] == '/') {
		p = end + 1
		end = len(t)
		if q := bytes.IndexAny(t[p:], "?# \"'<>"); q >= 0 {
			end = p + q
		}
		x.pathSegments(t, p, end, ed)
	}
}

// fragmentKey redacts the fragment t[f:] of a URL when it is one
// machine-generated value (an anchor is a word: #section-2, #L120).
func (x *run) fragmentKey(t []byte, f int, ed *edits) {
	e := f
	for e < len(t) && (isWordByte(t[e]) || t[e] == '-' || t[e] == '_' || t[e] == '.' || t[e] == '~' || t[e] == '/' && e > f) {
		e++
	}
	if e < len(t) && t[e] != ' ' && t[e] != '"' && t[e] != '\'' && t[e] != '<' && t[e] != '>' || ed.overlaps(f, e) || x.rules.shape == nil {
		return // a route, a query in the fragment (#access_token=…), or more than one value
	}
	// One value, or an id and a key (Bitwarden Send's #<id>/<key>). A
	// fragment never reaches a server: 32 bytes in base64 there are a
	// key, not a digest.
	parts := bytes.Split(t[f:e], []byte{'/'})
	if len(parts) > 2 {
		return
	}
	for _, v := range parts {
		if len(v) >= 12 && !isPlaceholder(v) && machineGenerated(v, false) && !isUUID(v) {
			x.secret(t, f, e, x.rules.shape, x.rules.shape.Kind, true, ed)
			return
		}
	}
}

// pathSegments judges the segments of the path t[p:end].
func (x *run) pathSegments(t []byte, p, end int, ed *edits) {
	var prev []byte
	prevWord := false // prev's words say a credential follows (pathWord)
	var said [3]bool  // the same of the last three segments that are not versions, nearest first
	chained := false  // the segment before was a link's credential
	for p < end {
		for p < end && (t[p] == '/' || t[p] == '!') {
			p++
		}
		s := p
		for p < end && t[p] != '/' {
			p++
		}
		if p > s {
			if x.knownValue(t, s, p, ed) {
				prev, prevWord, chained = t[s:p], false, false
				said = [3]bool{false, said[0], said[1]}
				continue
			}
			if !x.personalOff() && bytes.IndexByte(t[s:p], '@') > 0 {
				// An e-mail address as a segment (/contacts/a@b.example/):
				// after the host, a '/' before it is no userinfo.
				x.sub(t, s, p, ed, func(seg []byte, ed *edits) { x.emails(seg, 0, len(seg), ed) })
			}
			chained = x.pathSegment(t, s, p, end, prev, prevWord, said[0] || said[1] || said[2], chained, ed)
			prev, prevWord = t[s:p], x.rules.pathWord(t[s:p])
			if !versionSegment(prev) {
				said = [3]bool{prevWord, said[0], said[1]}
			}
		}
	}
}

// pathSegment judges the path segment t[s:e], which follows prev
// (prevWord: a path word). worded says a path word stands among the three
// segments before it that are not versions (/reset/<uid>/<token>,
// /integrations/v1/alertmanager/<token>); a credential after one of the
// link's own, chained, is the link's too (/setup/start/<user>/<token>). A
// page's asset file name (app.3f2a9c1b.js under /public/) and an API
// object's id before the credential (/integrations/deploy/prj_<id>/<secret>)
// are no link's credential. It reports whether it redacted the segment as
// a link's credential.
func (x *run) pathSegment(t []byte, s, e, end int, prev []byte, prevWord, worded, chained bool, ed *edits) bool {
	named := (chained || worded) && !assetFile(t[s:e])
	linked := false
	if bytes.Contains(t[s:e], []byte(placeholderPrefix)) {
		return false // judged before (a JWT keeps its header and claims beside its signature's placeholder)
	}
	var last []byte // the part before, in this segment (private-<hex>)
	for k := s; k < e; {
		j := k
		for j < e && !isPartSep(t[j]) {
			j++
		}
		part := t[k:j]
		switch {
		case x.knownValue(t, k, j, ed):
		case len(part) < 12 || isPlaceholder(part) || ed.overlaps(k, j):
		case len(part) >= 13 && len(part) <= 19 && x.cardValue(t, k, j, ed): // /cards/4539148803436467/verify
		case len(part) >= 13 && len(part) <= 19 && cardWord(prev) && x.cardNamed(t, k, j, ed): // /giftcards/6854…/balance: any issuer
		case (named || last != nil && x.rules.pathWord(last)) && machineGenerated(part, false) && !(objectID(part) && e < end):
			x.name = prev
			if chained || !prevWord {
				x.name = nil // (prev is the link's other credential, or not the word)
			}
			x.secret(t, k, j, x.rules.pathRule, x.rules.pathRule.Kind, true, ed)
			x.name = nil
			linked = true
		case len(part) < collectionIDMax && !named && last == nil && collectionWord(prev):
			// /devices/bfpq32xnni9zy8bdvf4vey: REST's /collection/{id}.
		case !objectID(part) && randomLooking(part):
			x.name = prev
			x.secret(t, k, j, x.rules.shape, x.rules.shape.Kind, true, ed)
			x.name = nil
		}
		last = part
		k = j + 1
	}
	return linked
}

// linkQuery judges the query after the path t[p:q] (t[q] is the '?') of a
// link whose last segment's words say it carries a credential (rule
// "path.link-query"): a machine-generated value is redacted whatever its
// name, unless the name says identifier.
func (x *run) linkQuery(t []byte, p, q int, ed *edits) {
	r := x.rules
	if r.linkRule == nil {
		return
	}
	ls := bytes.LastIndexByte(t[p:q], '/')
	if ls < 0 || !r.linkSegment(t[p+ls+1:q]) {
		return
	}
	end := len(t)
	if h := bytes.IndexAny(t[q:], "# \"'<>"); h >= 0 {
		end = q + h
	}
	for k := q + 1; k < end; {
		j := k
		for j < end && t[j] != '&' {
			j++
		}
		if eq := bytes.IndexByte(t[k:j], '='); eq > 0 {
			name, vs := t[k:k+eq], k+eq+1
			if v := percentDecode(t[vs:j]); len(v) >= 12 && !ed.overlaps(vs, j) && !r.identifier(name) && machineGenerated(v, false) {
				x.name = name
				x.secret(t, vs, j, r.linkRule, r.linkRule.Kind, true, ed)
				x.name = nil
			}
		}
		k = j + 1
	}
}

// linkQueryOf is linkQuery for a link written in a page (an href): a path
// (or a URL) and its query.
func (x *run) linkQueryOf(u []byte, ed *edits) {
	q := bytes.IndexByte(u, '?')
	p := 0
	if i := bytes.Index(u[:q], []byte("://")); i > 0 {
		j := bytes.IndexByte(u[i+3:q], '/')
		if j < 0 {
			return
		}
		p = i + 3 + j
	}
	x.linkQuery(u, p, q, ed)
}

// linkSegment reports whether the words of a path's last segment say the
// link carries a credential (rule path.link-query): its words (split at
// what is not a letter and where camelCase goes up), each looked up.
func (r *Rules) linkSegment(seg []byte) bool {
	if len(seg) < 2 || len(seg) > 64 {
		return false
	}
	var lb [64]byte
	start := -1
	for i := 0; i <= len(seg); i++ {
		c := byte(0)
		if i < len(seg) {
			c = seg[i]
		}
		upper := c >= 'A' && c <= 'Z'
		letter := upper || c >= 'a' && c <= 'z'
		if start >= 0 && (!letter || upper && i > start && seg[i-1] >= 'a' && seg[i-1] <= 'z') {
			if r.linkWords[string(lb[start:i])] {
				return true
			}
			start = -1
		}
		if letter {
			if start < 0 {
				start = i
			}
			lb[i] = c | 0x20
		}
	}
	return false
}

// collectionIDMax bounds the ids a collection's name vouches for: random
// ids are 20 to 24 characters (nanoid, Firebase push ids, Mongo ids, media
// ids), tokens in paths longer; a longer segment is judged by shape.
const collectionIDMax = 32

// collectionWord reports whether a path segment is a collection's name
// (devices, media, assets, entries): letters, '-' and '_' only. A
// segment after it is an identifier (REST's /collection/{id}); after a
// version (v1), a number or an id it is judged by its shape.
func collectionWord(seg []byte) bool {
	if len(seg) < 3 || len(seg) > 32 {
		return false
	}
	for _, c := range seg {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// versionSegment reports whether a path segment is an API version (v1,
// v2.1, 1.0, 20131114): the words around it name what follows.
func versionSegment(seg []byte) bool {
	if len(seg) > 0 && (seg[0] == 'v' || seg[0] == 'V') {
		seg = seg[1:]
	}
	if len(seg) == 0 || len(seg) > 8 {
		return false
	}
	for _, c := range seg {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return seg[0] != '.'
}

// assetFile reports whether a path segment is the file name of a page's
// static asset (scripts, styles, fonts, images), whose hashes are content
// digests, whatever path word stands before it.
func assetFile(seg []byte) bool {
	d := bytes.LastIndexByte(seg, '.')
	if d < 0 {
		return false
	}
	ext := seg[d+1:]
	if len(ext) > 5 {
		return false
	}
	var lb [5]byte
	switch string(lowerASCII(lb[:0], ext)) {
	case "js", "mjs", "cjs", "css", "map", "woff", "woff2", "ttf", "otf", "eot", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "wasm":
		return true
	}
	return false
}

func isPartSep(c byte) bool { return c == '.' || c == ':' || c == ',' || c == ';' || c == '@' }

// objectID reports whether a path part is an API object id written
// prefix_id (Stripe's cus_…, pi_…, evt_…): an identifier, not a secret.
func objectID(v []byte) bool {
	u := bytes.IndexByte(v, '_')
	if u < 1 || u > 6 || len(v)-u-1 < 8 {
		return false
	}
	for _, c := range v[:u] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, c := range v[u+1:] {
		if !isWordByte(c) {
			return false
		}
	}
	return true
}

// pathWord reports whether a path segment's words say that the next
// segment is a credential (reset-password, activate, magic-link).
func (r *Rules) pathWord(seg []byte) bool {
	if r.pathRule == nil || bytes.Contains(seg, []byte(placeholderPrefix)) {
		return false // (a placeholder names no link: safehar-secret-… is no "secret" segment)
	}
	if rule := r.lookup(InParam, seg, normalizeBytes(nil, seg)); rule != nil && !rule.Weak {
		return true // (a weak word is no link's: /Signing/MTRedeem/v1/<envelope id>)
	}
	for _, w := range splitWords(seg) {
		if r.pathWords[w] {
			return true
		}
	}
	return false
}

// isURL reports whether v starts like an absolute http(s) or ws(s) URL.
func isURL(v []byte) bool {
	return bytes.HasPrefix(v, []byte("https://")) || bytes.HasPrefix(v, []byte("http://")) ||
		bytes.HasPrefix(v, []byte("wss://")) || bytes.HasPrefix(v, []byte("ws://"))
}

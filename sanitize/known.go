package sanitize

import (
	"encoding/base64"
	"net/url"
	"strings"
)

// One secret, redacted everywhere. Once a value is known to be secret
// anywhere in a file (a session cookie, a token field), every other
// occurrence of the same value is replaced too, with the same
// placeholder, in any carrier and in its common encodings (percent,
// base64, JSON-escaped): rule "known.echo".
//
// Within one pass this holds from the first recognition on: whole values
// in key/value positions (JSON strings, header, parameter and cookie
// values, URL path segments) and whole tokens in a body's free text that
// equal a known secret are replaced. To also catch occurrences before the
// first recognition, SanitizeSpooled follows the pass with an echo pass
// over its output (echo.go), which the caller keeps in a Spool (the safehar
// command encrypts it with a key that lives only in its memory).

const minKnown = 8 // shorter values are not remembered

// The bounds of a document's known set (tests make them small).
var (
	maxKnown      = 1 << 15 // values (and encodings) remembered per document
	maxKnownBytes = 4 << 20 // their total size
)

const (
	// proseKnownMin is the shortest known secret looked for as a token
	// in free text (shorter ones are found as whole values only).
	proseKnownMin = 16
	// partKnownMin is the shortest known secret looked for as a part of
	// such a token between '/' and '=' (a debug token in a profiler link).
	partKnownMin = 12
)

// knownEntry is a remembered secret: its kind and its value as first
// seen (placeholders are computed on it, so every encoding of it gets the
// same placeholder).
type knownEntry struct {
	kind Kind
	orig string
}

// knownSet maps a secret and its encodings to the secret.
type knownSet struct {
	m     map[string]knownEntry
	bytes int
	// bloom has a bit set for the first four bytes of every key of m:
	// most tokens are passed by on one bit test, not a map lookup.
	bloom *prefixFilter
	// log, when logging, lists the keys in the order they were added: the
	// parallel pass's workers follow the set through it (parallel.go).
	log     []knownAdd
	logging bool
	// undo, while a tentative walk is open (journal > 0), lists the keys
	// added since it opened: a walk that gives up (a body that looked like
	// JSON but was not) takes its additions back out (run.rollback), so
	// a value it judged secret is not replaced by the echo pass where the
	// walk that counts kept it.
	undo    []string
	journal int
}

// put adds the key s for e, when it is new and long enough.
func (k *knownSet) put(s string, e knownEntry) {
	if _, ok := k.m[s]; ok || len(s) < minKnown {
		return
	}
	if k.m == nil {
		k.m = map[string]knownEntry{}
	}
	if k.bloom == nil {
		k.bloom = new(prefixFilter)
	}
	k.m[s] = e
	k.bytes += len(s)
	if k.journal > 0 {
		k.undo = append(k.undo, s)
	}
	k.bloom.add([]byte(s))
	if k.logging {
		k.log = append(k.log, knownAdd{s, e})
	}
}

// open starts a tentative walk: the additions from here on may be taken
// back with drop. It returns where they start.
func (k *knownSet) open() (undo, log int) {
	k.journal++
	return len(k.undo), len(k.log)
}

// close ends a tentative walk started at undo, keeping its additions.
func (k *knownSet) close() {
	if k.journal--; k.journal == 0 {
		k.undo = k.undo[:0]
	}
}

// drop ends a tentative walk started at undo and log, taking its
// additions back out (the filter keeps their bits: they only cost a
// lookup).
func (k *knownSet) drop(undo, log int) {
	for _, s := range k.undo[undo:] {
		delete(k.m, s)
		k.bytes -= len(s)
	}
	k.undo = k.undo[:undo]
	if len(k.log) > log {
		k.log = k.log[:log]
	}
	k.close()
}

// prefixFilter is a one-bit-per-key filter of values by their first four
// bytes (a bloom filter of one hash): a clear bit means no value starts so.
type prefixFilter [1 << 10]uint64

// bloomBit is the filter bit for a value's first four bytes.
func bloomBit(v []byte) uint32 {
	h := uint32(v[0]) | uint32(v[1])<<8 | uint32(v[2])<<16 | uint32(v[3])<<24
	return (h * 0x9E3779B1) >> 16
}

// add sets the bit of v (at least four bytes).
func (f *prefixFilter) add(v []byte) {
	b := bloomBit(v)
	f[b>>6] |= 1 << (b & 63)
}

// has reports whether a value added may start v (at least four bytes).
func (f *prefixFilter) has(v []byte) bool {
	b := bloomBit(v)
	return f[b>>6]&(1<<(b&63)) != 0
}

// mayHave reports whether v may be a key of the set.
func (k *knownSet) mayHave(v []byte) bool {
	return k.bloom != nil && len(v) >= minKnown && k.bloom.has(v)
}

// remember adds a redacted value and its encodings to the run's set.
func (x *run) remember(v []byte, kind Kind) {
	if len(v) < minKnown || kind == KindPersonal || x.known.full() || trivial(v) {
		return
	}
	x.spec.query(v)
	if _, ok := x.known.m[string(v)]; ok {
		return
	}
	orig := string(v)
	e := knownEntry{kind, orig}
	add := func(s string) {
		x.spec.query([]byte(s))
		x.known.put(s, e)
	}
	add(orig)
	add(url.QueryEscape(orig))
	add(url.PathEscape(orig))
	add(strings.ReplaceAll(orig, "/", `\/`))
	add(base64.StdEncoding.EncodeToString(v))
	add(base64.RawStdEncoding.EncodeToString(v))
	add(base64.RawURLEncoding.EncodeToString(v))
}

func (k *knownSet) full() bool { return len(k.m) >= maxKnown || k.bytes >= maxKnownBytes }

// knownAny reports whether a secret is known yet.
func (x *run) knownAny() bool {
	if len(x.known.m) > 0 {
		return true
	}
	x.spec.empty()
	return false
}

// knownValue replaces t[s:e] when it is, as a whole, a known secret (or
// an encoding of one). It reports whether it did.
func (x *run) knownValue(t []byte, s, e int, ed *edits) bool {
	x.spec.query(t[s:e])
	if !x.known.mayHave(t[s:e]) || x.rules.echo == nil {
		return false
	}
	k, ok := x.known.m[string(t[s:e])]
	if !ok || ed.overlaps(s, e) {
		return false
	}
	ed.add(s, e, x.ps.placeholder(k.kind, []byte(k.orig)))
	x.found(x.rules.echo, k.kind, []byte(k.orig))
	return true
}

// proseKnown replaces the known secret the run t[s:e] of free text is,
// or holds between '/' and '=' (a reset link echoed in a page, a cookie
// value in a script). It reports whether the whole run was one.
func (x *run) proseKnown(t []byte, s, e int, ed *edits) bool {
	if x.knownToken(t, s, e, ed) {
		return true
	}
	for k := s; k < e; {
		j := k
		for j < e && t[j] != '/' && t[j] != '=' {
			j++
		}
		if j-k >= partKnownMin && (k > s || j < e) {
			x.knownToken(t, k, j, ed)
		}
		k = j + 1
	}
	return false
}

// knownTokens replaces the known secrets among the runs of token
// characters of the text t.
func (x *run) knownTokens(t []byte, ed *edits) {
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && knownByte[t[j]] {
			j++
		}
		if j-i >= minKnown {
			x.proseKnown(t, i, j, ed)
		}
		i = j + 1
	}
}

// knownToken replaces t[s:e] when it is a known secret, also without
// base64 padding.
func (x *run) knownToken(t []byte, s, e int, ed *edits) bool {
	if x.knownValue(t, s, e, ed) {
		return true
	}
	for e > s && t[e-1] == '=' {
		e--
	}
	return x.knownValue(t, s, e, ed)
}

// knownByte marks the bytes of a token a known secret may stand as.
var knownByte = func() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = isWordByte(b) || b == '-' || b == '_' || b == '+' || b == '~' || b == '/' || b == '='
	}
	return
}()

package sanitize

import (
	"encoding/base64"
	"io"
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
// values, URL path segments) that equal a known secret are replaced. To
// also catch occurrences before the first recognition, and inside free
// text, SanitizeTwice reads the document twice: the first pass only
// collects the secrets (in memory), the second redacts them wherever
// they appear. The library does no I/O: the caller reopens the input
// (the safehar command reads a file again, or a spool encrypted with a
// key that lives only in its memory).

const (
	minKnown      = 8        // shorter values are not remembered
	maxKnown      = 1 << 16  // values remembered per document
	maxKnownBytes = 16 << 20 // their total size
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
}

// remember adds a redacted value and its encodings to the run's set.
func (x *run) remember(v []byte, kind Kind) {
	if len(v) < minKnown || kind == KindPersonal || x.known.full() || trivial(v) {
		return
	}
	if x.known.m == nil {
		x.known.m = map[string]knownEntry{}
	}
	if _, ok := x.known.m[string(v)]; ok {
		return
	}
	orig := string(v)
	e := knownEntry{kind, orig}
	add := func(s string) {
		if _, ok := x.known.m[s]; !ok && len(s) >= minKnown {
			x.known.m[s] = e
			x.known.bytes += len(s)
		}
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

// knownValue replaces t[s:e] when it is, as a whole, a known secret (or
// an encoding of one). It reports whether it did.
func (x *run) knownValue(t []byte, s, e int, ed *edits) bool {
	if len(x.known.m) == 0 || e-s < minKnown || x.rules.echo == nil {
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

// atKnown handles a known secret's first two bytes at t[i] in text (a
// second pass only): a known secret starting there, as a whole token, is
// replaced. It returns the last byte handled.
func (x *run) atKnown(t []byte, i int, ed *edits) int {
	if i > 0 && knownGlue(t[i-1]) && !x.escapeBefore(t, i) {
		return i
	}
	for _, v := range x.knownByPair[uint16(t[i])<<8|uint16(t[i+1])] {
		e := i + len(v)
		if e > len(t) || string(t[i:e]) != v || e < len(t) && knownGlue(t[e]) {
			continue
		}
		if x.knownValue(t, i, e, ed) {
			return e - 1
		}
	}
	return i
}

// withKnown returns the rules with the known secrets' first bytes added
// to the prefilter as trigKnown pairs, and the secrets by pair. A pair a
// rule already uses stays the rule's: that secret is then found as a
// whole value only.
func (r *Rules) withKnown(k *knownSet) (*Rules, map[uint16][]string) {
	by := map[uint16][]string{}
	c := *r
	for v := range k.m {
		p := uint16(v[0])<<8 | uint16(v[1])
		if c.pairs[p] != 0 && c.pairs[p] != trigKnown {
			continue
		}
		c.pairs[p] = trigKnown
		by[p] = append(by[p], v)
	}
	if len(by) == 0 {
		return r, nil
	}
	for p := range by {
		c.pairBits[p>>6] |= 1 << (p & 63)
	}
	c.filter = newPairFilter(&c.pairs, c.triggers)
	return &c, by
}

// SanitizeTwice sanitizes the document that open returns, reading it
// twice: the first pass collects every secret, the second redacts them
// and every other occurrence of their values, even before the first
// recognition and inside free text. open must return the same bytes each
// time (the safehar command reopens a file, or reads back a spool
// encrypted with a key held only in memory).
func (s *Sanitizer) SanitizeTwice(w io.Writer, open func() (io.Reader, error)) (*Report, error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	first, err := s.do(nil, r, false, nil)
	if err != nil {
		return first, err
	}
	r, err = open()
	if err != nil {
		return nil, err
	}
	return s.do(w, r, true, &first.known)
}

// knownGlue reports whether c next to a known secret would make it part
// of a longer token (letters, digits, - _ +): then it is not the secret.
func knownGlue(c byte) bool { return isWordByte(c) || c == '-' || c == '_' || c == '+' }

package sanitize

// The echo pass of SanitizeSpooled: the first pass has sanitized the
// document into a spool and learnt its secrets (known.go); this pass reads
// the spool back and replaces every occurrence of a known secret that the
// first pass met before it knew the value (a cookie value echoed as a JSON
// id in an earlier entry, an activation token in a URL path before the
// JSON field that names it). It does not parse values again: it walks
// the JSON structure (for the finding's path) and, inside strings, the
// runs of token characters, and looks each run and its parts up in the
// known set. Its cost is a few instructions per byte.

import (
	"bytes"
	"encoding/json"
	"io"
	"math/bits"
	"sort"
	"strconv"
)

// Spool keeps the first pass's output until the echo pass reads it back.
// Its bytes may still hold earlier occurrences of a secret, so it must not
// be readable by anyone else: the safehar command encrypts it with a key
// held only in its memory (host/internal/spool).
type Spool interface {
	io.Writer
	// Reader returns the bytes written so far, from the start.
	Reader() (io.Reader, error)
}

// SanitizeSpooled sanitizes r into w with one detecting pass and one echo
// pass: the first writes the sanitized document to sp and learns every
// secret; the second copies sp to w, replacing the occurrences of those
// secrets that the first met before it knew them (in JSON strings of any
// carrier, whole or as a token of free text, and in their percent,
// base64 and JSON-escaped forms), and rewrites the marker's counts. The
// report counts both passes' findings.
func (s *Sanitizer) SanitizeSpooled(w io.Writer, r io.Reader, sp Spool) (*Report, error) {
	key, err := s.placeholderKey()
	if err != nil {
		return nil, err
	}
	one := *s
	one.opt.Key = key
	rep, err := one.do(sp, r, true)
	if err != nil {
		return rep, err
	}
	known := rep.known
	rep.known = knownSet{}
	in, err := sp.Reader()
	if err != nil {
		return rep, err
	}
	e := &echoPass{known: &known, ps: newPseudonymizer(key), rep: rep, rule: s.rules.echo}
	cw := &countWriter{w: w}
	if err := e.segments(cw, in, s.jobs()); err != nil {
		return rep, err
	}
	rep.BytesOut = cw.n
	sortFindings(rep)
	return rep, nil
}

// echoPass is the state of the echo pass.
type echoPass struct {
	known *knownSet
	ps    *pseudonymizer
	rep   *Report
	rule  *Rule

	lens [maxEchoLen + 1]bool // the lengths of the known values
	// hlens are the lengths of the known values shorter than a prose
	// token that are looked for in free text all the same (humanSecret).
	hlens   [proseKnownMin]bool
	maxLen  int  // the longest
	untoken bool // some known value has bytes a token does not
	// ulens and maxULen are lens and maxLen of those values: a whole
	// string is looked up only when it may be one of them.
	ulens   [maxEchoLen + 1]bool
	maxULen int
	ubloom  prefixFilter // the known set's filter for those values
	// phrases are such values (a password with spaces or symbols),
	// looked for anywhere as words.
	phrases []string

	off   int64 // offset of the chunk's first byte in the spool
	ed    []echoEdit
	masks []classMasks
	res   []echoRepl // the chunk's edits as written (resolve)
}

// echoEdit is one replacement in a chunk: a known value, or the marker.
type echoEdit struct {
	s, e   int
	k      knownEntry
	marker bool
}

// maxEchoLen bounds the secrets the echo pass looks for (longer ones the
// first pass replaced wherever it met them whole).
const maxEchoLen = 8 << 10

// echoByte marks the bytes of a token: known secrets and their encodings
// are runs of these (a backslash for the escapes in the JSON text).
var echoByte = func() (t [256]bool) {
	t = knownByte
	t['.'], t['%'], t['\\'] = true, true, true
	return
}()

// echoSplit marks the bytes a token is split at into parts that are looked
// up too (a path's segments, a query's values, a JWT's parts).
var echoSplit = func() (t [256]bool) {
	t['/'], t['='], t['.'] = true, true, true
	return
}()

// prepare notes the lengths and phrases of the known values.
func (e *echoPass) prepare() {
	for k := range e.known.m {
		if len(k) <= maxEchoLen {
			e.lens[len(k)] = true
			if len(k) < proseKnownMin && humanSecret([]byte(k)) {
				e.hlens[len(k)] = true
			}
			e.maxLen = max(e.maxLen, len(k))
			for i := 0; i < len(k); i++ {
				if !echoByte[k[i]] {
					e.untoken = true
					e.ulens[len(k)] = true
					e.maxULen = max(e.maxULen, len(k))
					e.ubloom.add([]byte(k))
					if escapesWhole([]byte(k)) && bytes.IndexByte([]byte(k), '"') < 0 {
						e.phrases = append(e.phrases, k)
					}
					break
				}
			}
		}
	}
	// The same phrases whatever the map's order: the first maxPhrases.
	sort.Strings(e.phrases)
	e.phrases = e.phrases[:min(len(e.phrases), maxPhrases)]
}

// echoTables are echoByte and echoSplit for the class kernel.
var echoTables = newClassTables(&echoByte, &echoSplit)

// scan finds the echoes in b, a whole segment (into e.ed), and returns
// how much of b the edits cover: all of it, as a segment never ends inside
// a value.
//
// The class kernel gives, 64 bytes at a time, the masks of token bytes,
// split bytes, quotes and backslashes. A place a known value may start is
// a run of at least minKnown token bytes that begins there, or goes on
// there after a split byte or an escape; only those places are looked up
// (a bit test in the known set's filter, then the set).
func (e *echoPass) scan(b []byte) int {
	n := len(b)
	e.ed = e.ed[:0]
	cut := n
	if m := &e.rep.marker; m.n > 0 && m.at >= e.off && m.at < e.off+int64(n) {
		if at := int(m.at - e.off); at+m.n <= n {
			e.ed = append(e.ed, echoEdit{s: at, e: at + m.n, marker: true})
		}
	}
	if len(e.phrases) > 0 {
		e.findPhrases(b, cut)
	}
	// The masks, the last (partial) block from a padded copy.
	nb := (n + 63) / 64
	if cap(e.masks) < nb+1 {
		e.masks = make([]classMasks, nb+1)
	}
	m := e.masks[:nb+1]
	classBlocks(b, echoTables, m)
	if r := n % 64; r > 0 {
		var pad [64]byte
		copy(pad[:], b[n-r:])
		classBlocks(pad[:], echoTables, m[nb-1:nb])
	}
	m[nb] = classMasks{}
	var prevTok, prevSplit, prevQuote, prevBs uint64 // the previous block's last bits
	skip := 0                                        // edits end here: no start before it
	rs, rt := 0, 0                                   // the run of the last candidate looked up
	for k := 0; k < nb; k++ {
		tok, next := m[k].a, m[k+1].a
		// Runs of at least 8: doubling the run length three times.
		a1 := tok & (tok>>1 | next<<63)
		n1 := next & (next >> 1)
		a2 := a1 & (a1>>2 | n1<<62)
		n2 := n1 & (n1 >> 2)
		r8 := a2 & (a2>>4 | n2<<60)
		bs := m[k].bslash
		starts := tok &^ (tok<<1 | prevTok>>63)
		starts |= tok & (m[k].b<<1 | prevSplit>>63)
		starts |= tok & (bs<<2 | prevBs>>62 | bs<<6 | prevBs>>58)
		cand := starts & r8
		var qc uint64
		if e.untoken {
			qc = m[k].quote<<1 | prevQuote>>63
		}
		prevTok, prevSplit, prevQuote, prevBs = tok, m[k].b, m[k].quote, bs
		base := 64 * k
		for c := cand | qc; c != 0; c &= c - 1 {
			i := base + bits.TrailingZeros64(c)
			if i >= cut {
				break
			}
			if i < skip || i+minKnown > n || !e.known.mayHave(b[i:]) {
				continue
			}
			bit := uint64(1) << (i - base)
			if cand&bit != 0 && !inEscape(b, i) {
				if i >= rt {
					// A new run: its bounds (each run is measured once).
					rs, rt = i, i+1
					for rs > 0 && echoByte[b[rs-1]] {
						rs--
					}
					for rt < n && echoByte[b[rt]] {
						rt++
					}
				}
				s, t := rs, rt
				if end := e.match(b, i, s, t, s > 0 && b[s-1] == '"'); end > i {
					e.ed = append(e.ed, echoEdit{s: i, e: end, k: e.known.m[string(b[i:end])]})
					skip = end
					continue
				}
			}
			if qc&bit != 0 && e.ubloom.has(b[i:]) {
				// A whole string with bytes a token does not have.
				end := maskedStringEnd(m, b, i, e.maxULen)
				if end < 0 || !e.ulens[end-i] {
					continue
				}
				if k, ok := e.known.m[string(b[i:end])]; ok && escapesWhole(b[i:end]) {
					e.ed = append(e.ed, echoEdit{s: i, e: end, k: k})
					skip = end
				}
			}
		}
	}
	return cut
}

// maxPhrases bounds the known values with bytes a token does not have that
// the echo pass looks for anywhere (each is one substring search).
const maxPhrases = 64

// findPhrases adds an edit for each occurrence, as a whole word, of a
// known value with bytes a token does not have ("Apricot Ledger 1999"
// inside an error message) that starts before cut.
func (e *echoPass) findPhrases(b []byte, cut int) {
	for _, p := range e.phrases {
		for i := 0; i < cut; {
			j := bytes.Index(b[i:], []byte(p))
			if j < 0 || i+j >= cut {
				break
			}
			s, t := i+j, i+j+len(p)
			if (s == 0 || !isWordByte(b[s-1]) || !isWordByte(b[s]) || uEscapeBefore(b, s)) && (t == len(b) || !isWordByte(b[t]) || !isWordByte(b[t-1])) && !inEscape(b, s) {
				e.ed = append(e.ed, echoEdit{s: s, e: t, k: e.known.m[p]})
			}
			i = s + 1
		}
	}
}

// uEscapeBefore reports whether an escape \uXXXX of the JSON text ends
// just before b[i] (\u0027 for the quote before a phrase, as .NET writes).
func uEscapeBefore(b []byte, i int) bool {
	if i < 6 || b[i-6] != '\\' || b[i-5] != 'u' || !isHex(b[i-4]) || !isHex(b[i-3]) || !isHex(b[i-2]) || !isHex(b[i-1]) {
		return false
	}
	run := 0
	for j := i - 6; j >= 0 && b[j] == '\\'; j-- {
		run++
	}
	return run%2 == 1
}

// inEscape reports whether b[i] is inside an escape sequence of the JSON
// text: after an odd run of backslashes, or among the hex digits of \uXXXX.
func inEscape(b []byte, i int) bool {
	for k := 1; k <= 5 && i-k >= 0; k++ {
		if b[i-k] != '\\' {
			continue
		}
		run := 0
		for j := i - k; j >= 0 && b[j] == '\\'; j-- {
			run++
		}
		if run%2 == 1 && (k == 1 || b[i-k+1] == 'u') {
			return true
		}
	}
	return false
}

// match returns the end of the longest known value that starts at b[a]
// within the run b[s:t]; 0 when there is none. Outside quotes a part that
// is not a parameter's value must be as long as a prose token.
func (e *echoPass) match(b []byte, a, s, t int, quoted bool) int {
	whole := a == s && quoted || a > s && b[a-1] == '='
	pad := t
	for pad > a && b[pad-1] == '=' {
		pad--
	}
	seg := a > s && b[a-1] == '/' // a path segment may be shorter: /_profiler/<12 hex>
	for end := min(t, a+e.maxLen); end >= a+minKnown; end-- {
		n := end - a
		short := !whole && n < proseKnownMin && !(seg && n >= partKnownMin && (end == t || b[end] == '/'))
		if !e.lens[n] || short && !e.hlens[n] {
			continue
		}
		if end != t && end != pad && !echoSplit[b[end]] && b[end] != '\\' {
			continue
		}
		v := b[a:end]
		if _, ok := e.known.m[string(v)]; ok && escapesWhole(v) && (quoted || !numeric(v)) && (!short || humanSecret(v)) {
			return end
		}
	}
	return 0
}

// humanSecret reports whether v, a known secret shorter than a prose
// token, is still one to look for in free text: letters, digits and a
// symbol mixed as a person's password is (Raptor26~pixel, typed again in a
// console), which ordinary words and numbers are not.
func humanSecret(v []byte) bool {
	var letter, digit, symbol bool
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '\\':
			return false
		default:
			symbol = true
		}
	}
	return letter && digit && symbol
}

// escapesWhole reports whether the backslashes in v are only escaped
// slashes (\/): a placeholder never replaces part of another escape.
func escapesWhole(v []byte) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' {
			if i+1 == len(v) || v[i+1] != '/' {
				return false
			}
			i++
		}
	}
	return true
}

// numeric reports whether v may be a JSON number: outside quotes it is
// left alone (the pass does not know whether it is inside a string).
func numeric(v []byte) bool {
	for _, c := range v {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return false
		}
	}
	return true
}

// shortStringEnd returns the index of the quote that closes the string whose
// content starts at b[i], looking at most limit bytes: -1 when it is
// longer, -2 when b ends first.
func shortStringEnd(b []byte, i, limit int) int {
	stop := min(len(b), i+limit+1)
	for j := i; j < stop; j++ {
		switch b[j] {
		case '"':
			return j
		case '\\':
			j++
		}
	}
	if stop == len(b) && i+limit+1 > len(b) {
		return -2
	}
	return -1
}

// maskedStringEnd is shortStringEnd from the quote and backslash masks of
// b: the first quote at or after i, unless a backslash comes before it
// (then the bytes are read). It returns -1 when the string is longer than
// limit or b ends first.
func maskedStringEnd(m []classMasks, b []byte, i, limit int) int {
	stop := min(len(b), i+limit+1)
	for k, lo := i>>6, uint(i&63); k<<6 < stop; k, lo = k+1, 0 {
		keep := ^uint64(0) << lo
		q, bs := m[k].quote&keep, m[k].bslash&keep
		if q != 0 {
			if bs&(q&-q-1) != 0 {
				return max(shortStringEnd(b, i, limit), -1)
			}
			if j := k<<6 + bits.TrailingZeros64(q); j < stop {
				return j
			}
			return -1
		}
		if bs != 0 {
			return max(shortStringEnd(b, i, limit), -1)
		}
	}
	return -1
}

// echoRepl is one replacement chunk writes: the marker, or a known
// value's placeholder and its finding.
type echoRepl struct {
	s, e   int
	marker bool
	f      Finding
	repl   []byte
}

// resolve turns the chunk's edits that lie in b[:cut] into e.res: in
// order, the first of overlapping ones (those past the cut the next chunk
// finds again), with their placeholders and findings. It reads the report
// but does not change it (a worker of the parallel pass runs it).
func (e *echoPass) resolve(b []byte, cut int) {
	sort.SliceStable(e.ed, func(i, j int) bool { return e.ed[i].s < e.ed[j].s })
	e.res = e.res[:0]
	from := 0
	for _, d := range e.ed {
		if d.s < from || d.e > cut {
			continue
		}
		r := echoRepl{s: d.s, e: d.e, marker: d.marker}
		if !d.marker {
			r.f, r.repl = e.finding(d.k, e.off+int64(d.s))
		}
		e.res = append(e.res, r)
		from = d.e
	}
}

// emit writes b[:cut] with e.res, records their findings and returns cut.
func (e *echoPass) emit(w io.Writer, b []byte, cut int) (int, error) {
	from := 0
	for _, d := range e.res {
		if _, err := w.Write(b[from:d.s]); err != nil {
			return 0, err
		}
		with := d.repl
		if d.marker {
			with = e.marker()
		} else {
			e.rep.addCapped(d.f)
		}
		if _, err := w.Write(with); err != nil {
			return 0, err
		}
		from = d.e
	}
	if _, err := w.Write(b[from:cut]); err != nil {
		return 0, err
	}
	return cut, nil
}

// finding is the finding of an echo of k at offset off of the spool, and
// its placeholder. The finding names the entry; the path inside it is not
// known to this pass.
func (e *echoPass) finding(k knownEntry, off int64) (Finding, []byte) {
	f := Finding{Entry: -1, Kind: k.kind, Rule: e.rule.ID}
	at := e.rep.entryAt
	if i := sort.Search(len(at), func(i int) bool { return at[i] > off }) - 1; i >= 0 && off < e.rep.entriesEnd && i < maxEntryAt-1 {
		f.Entry = i
		f.Path = "/log/entries/" + strconv.Itoa(i)
	}
	f.Fingerprint = e.ps.fingerprint([]byte(k.orig))
	return f, e.ps.placeholder(k.kind, []byte(k.orig))
}

// addCapped adds f, or past maxFindings only counts it.
func (r *Report) addCapped(f Finding) {
	if len(r.Findings) < maxFindings {
		r.add(f)
		return
	}
	r.FindingsDropped++
	f.Fingerprint = ""
	r.add(f)
	r.Findings = r.Findings[:len(r.Findings)-1]
}

// marker is the marker with the counts of both passes.
func (e *echoPass) marker() []byte {
	m := e.rep.marker.doc
	m.Redacted, m.Counts = e.rep.Redacted, markerCounts(e.rep)
	b, _ := json.Marshal(m) // a struct of strings and ints
	return b
}

// sortFindings puts the echo pass's findings in document order among the
// first pass's (by entry; the pass appends them at the end).
func sortFindings(r *Report) {
	sort.SliceStable(r.Findings, func(i, j int) bool { return r.Findings[i].Entry < r.Findings[j].Entry })
}

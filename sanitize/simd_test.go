package sanitize

import (
	"bytes"
	"encoding/base64"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// textAlphabet mixes the bytes the kernels look for with ordinary text.
var textAlphabet = []byte("aeyBbgkAhsx=:\"\\/unrtfUNRTF0123456789_-. %\x01\x1f\x7f\x80\xc3\xa9\xed\xa0\xe2\x80\x9cD83dE\x75\x65\x25\x52\x6c")

func randText(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		if r.IntN(4) == 0 {
			b[i] = byte(r.IntN(256))
		} else {
			b[i] = textAlphabet[r.IntN(len(textAlphabet))]
		}
	}
	return b
}

// The vector kernels must give exactly the masks of the portable code.
func TestBlockKernels(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no AVX2 on this machine: only the portable kernels run")
	}
	f := DefaultRules().filter
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		p := randText(r, 66)
		var pgot, pwant [1]uint64
		pairBlocks(p, f, pgot[:])
		pairBlocksGo(p, f, pwant[:])
		if pgot != pwant {
			t.Fatalf("pairBlocks(%q) = %064b, want %064b", p, pgot[0], pwant[0])
		}
		var got, want strMasks
		strBlock(p[:64], &got)
		strBlockGo(p[:64], &want)
		if got != want {
			t.Fatalf("strBlock(%q) = %+v, want %+v", p[:64], got, want)
		}
		var cgot, cwant [1]classMasks
		classBlocks(p[:64], echoTables, cgot[:])
		classBlocksGo(p[:64], echoTables, cwant[:])
		if cgot != cwant {
			t.Fatalf("classBlocks(%q) = %+v, want %+v", p[:64], cgot, cwant)
		}
		if n%8 == 0 {
			q := randText(r, 256)
			var four [4]strMasks
			strBlocks(q, &four)
			for k := range four {
				if strBlockGo(q[64*k:], &want); four[k] != want {
					t.Fatalf("strBlocks block %d of %q = %+v, want %+v", k, q, four[k], want)
				}
			}
		}
	}
}

// Every place a trigger can act is a candidate of the filter: '=' and ':'
// before any bytes, and every value rule's literal (in every case, for
// the case-insensitive ones).
func TestPairFilterSuperset(t *testing.T) {
	r := DefaultRules()
	var p [66]byte
	check := func(s string) {
		t.Helper()
		clear(p[:])
		copy(p[5:], s)
		var m [1]uint64
		if pairBlocksGo(p[:], r.filter, m[:]); m[0]&(1<<5) == 0 {
			t.Fatalf("%q is not a candidate", s)
		}
	}
	for c := 0; c < 256; c++ {
		check("=" + string([]byte{byte(c), byte(255 - c)}))
		check(":" + string([]byte{byte(c), byte(255 - c)}))
	}
	// Every trigger pair (e-mail and card ones too) before each byte its
	// index lets follow.
	for k := range r.pairs {
		if idx := r.pairs[k]; idx != 0 {
			for _, c := range thirdBytes(idx, r.triggers) {
				check(string([]byte{byte(k >> 8), byte(k), c}))
			}
		}
	}
	n := 0
	for _, vr := range r.value {
		if len(vr.lit) < 2 {
			continue
		}
		lit := vr.lit[:min(3, len(vr.lit))]
		variants := []string{lit}
		if vr.fold {
			variants = append(variants, strings.ToLower(lit), strings.ToUpper(lit), strings.ToUpper(lit[:1])+strings.ToLower(lit[1:]))
		}
		for _, v := range variants {
			if len(v) == 2 {
				// A two-byte literal: every byte its pattern lets follow
				// (any, when the pattern does not tell).
				next := vr.next
				if next == nil {
					next = []byte("x")
				}
				for _, c := range next {
					check(v + string(c))
				}
				n++
				continue
			}
			check(v)
			n++
		}
	}
	if n < 30 {
		t.Fatalf("only %d literals checked", n)
	}
}

// scanBlocks (vector prefilter) and scanPairs (byte by byte) find the same
// secrets in the same places.
func TestScanBlocksMatchesPairs(t *testing.T) {
	if !haveAVX2 {
		t.Skip("scanBlocks runs only with AVX2")
	}
	pieces := []string{"token=", "&access_token=", "?code=", "password: '", `"apiKey": "`, `\"secret\":\"`,
		"ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "AKIAABCDEFGHIJKLMNOP", "xoxb-123456789012-abcdefghijkl",
		"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl", "Bearer abcdefghijklmnop1234",
		"https://user:pa55word@example.com/", `<input name="csrf" value="`, "%3D", `\n`, " ", "=", ":", "var a=b;",
		"abcdefghijklmnopqrstuvwxyz0123456789", "sk_live_0123456789abcdefghijklmn", "\\\"", "'"}
	rnd := rand.New(rand.NewPCG(3, 4))
	rules := DefaultRules()
	found := 0
	for n := 0; n < 3000; n++ {
		var b bytes.Buffer
		for b.Len() < 100+rnd.IntN(600) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
			b.Write(randText(rnd, rnd.IntN(8)))
		}
		text := b.Bytes()
		for _, raw := range []bool{false, true} {
			found += samePrefilterEdits(t, rules, text, raw)
		}
	}
	if found < 3000 {
		t.Fatalf("only %d redactions in 6000 texts: the test texts do not exercise the rules", found)
	}
}

// mayName and mayKey never rule out a name the rules know.
func TestNameEnds(t *testing.T) {
	rules := DefaultRules()
	var names []string
	for _, w := range []Where{InParam, InJSONKey} {
		for k := range rules.names[w].exact {
			names = append(names, k, strings.ToUpper(k)+"_")
		}
		for _, s := range rules.names[w].suffixes {
			names = append(names, "x_"+s.suffix, "My-"+strings.ToUpper(s.suffix), "a "+s.suffix+" $")
		}
	}
	names = append(names, "name", "ID", "property", "a", "Z", "x.y_", "key]", "p$", "page", "sort", "r", "width", "className", "created_at", "type")
	count := map[string]int{}
	for _, n := range names {
		norm := []byte(normalize(n))
		param := rules.lookup(InParam, []byte(n), norm) != nil || string(norm) == "name" || string(norm) == "id" || string(norm) == "property"
		key := rules.lookup(InJSONKey, []byte(n), norm) != nil
		for _, pre := range []string{"", "&", " ", "data[", "a.b."} {
			text := []byte(pre + n + "=")
			e := len(text) - 1
			if strings.ContainsAny(n, " ") {
				continue // no text name has a space
			}
			if param && !rules.params.mayName(text, e) {
				t.Errorf("params.mayName(%q) = false, but %q is a known parameter", text, n)
			}
			if key && !rules.keys.mayName(text, e) {
				t.Errorf("keys.mayName(%q) = false, but %q is a known key", text, n)
			}
			if !rules.params.mayName(text, e) {
				count["param skipped"]++
			}
		}
		if key {
			count["key known"]++
			if !rules.keys.mayKey([]byte(n)) {
				t.Errorf("mayKey(%q) = false, but it is a known key", n)
			}
		} else if !rules.keys.mayKey([]byte(n)) {
			count["key skipped"]++
		}
		if param {
			count["param known"]++
		}
	}
	for _, k := range []string{"param skipped", "key known", "key skipped", "param known"} {
		if count[k] < 5 {
			t.Errorf("%s: %d: the test does not cover both answers", k, count[k])
		}
	}
}

// strScan finds the same string end as the plain search, and calls
// content valid only when it is.
func TestStrScan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	good, bad := 0, 0
	pieces := []string{`\"`, `\\`, `\n`, `\u0041`, `\ud83d\ude00`, `\ud83d`, `\ude00`, `\x`, `\u12`, "é", "\xc3", "\x01", "“", "a", "bcdefgh", `\`}
	for n := 0; n < 20000; n++ {
		var b bytes.Buffer
		for b.Len() < r.IntN(300) {
			if r.IntN(3) == 0 {
				b.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				b.WriteString("abcdefghijklmnopqrstuvwxyz"[:r.IntN(26)])
			}
		}
		b.WriteString(`" tail, "more": "x"}`)
		in := b.Bytes()
		want, err := stringEndLenient(in, 0)
		if err != nil {
			continue
		}
		ss := strScan{}
		var qbits []uint64
		got := ss.scan(in, &qbits)
		if ss.bad {
			bad++
		} else if bytes.IndexByte(in[:want], '\\') >= 0 {
			good++
		}
		if got != want {
			t.Fatalf("scan(%q) = %d, want %d", in, got, want)
		}
		valid := validateEscaped(in[:want]) < 0
		if !ss.bad && !valid {
			t.Fatalf("scan(%q) called invalid content valid", in[:want])
		}
		if ss.bad && valid && !bytes.ContainsAny(in[:want], "\\\x80\xff") {
			t.Fatalf("scan(%q) called plain valid content bad", in[:want])
		}
	}
	if good < 1000 || bad < 1000 {
		t.Fatalf("%d valid escaped and %d bad strings: the cases do not cover both", good, bad)
	}
}

func newTestRun(rules *Rules) *run {
	s := New(rules, WithKey(testKey))
	rep := &Report{Counts: map[Kind]int{}, Locations: map[string]int{}}
	return &run{rules: rules, opt: &s.opt, ps: newPseudonymizer(testKey), rep: rep, maxDepth: s.opt.MaxDepth, entry: -1}
}

// FuzzStrScan: the block string scanner agrees with the plain search on
// where a string ends, and never calls invalid content valid.
func FuzzStrScan(f *testing.F) {
	f.Add([]byte(`abc\"def\\" x`))
	f.Add([]byte(`\ud83d\ude00` + strings.Repeat("é", 40) + `"`))
	f.Fuzz(func(t *testing.T, in []byte) {
		want, err := stringEndLenient(in, 0)
		ss := strScan{}
		var qbits []uint64
		got := ss.scan(in, &qbits)
		if err != nil {
			if got >= 0 {
				t.Fatalf("scan(%q) = %d, but there is no end", in, got)
			}
			return
		}
		if got != want {
			t.Fatalf("scan(%q) = %d, want %d", in, got, want)
		}
		if !ss.bad && validateEscaped(in[:want]) >= 0 {
			t.Fatalf("scan(%q) called invalid content valid", in[:want])
		}
	})
}

// FuzzScanBlocks: the vector prefilter finds what the byte-by-byte one
// finds.
func FuzzScanBlocks(f *testing.F) {
	f.Add([]byte("x=1&access_token=abcdefghijklmnop1234 ghp_0123456789abcdefghijklmnopqrstuvwxyzAB "+strings.Repeat("z", 100)), false)
	f.Add([]byte(`{\"password\": \"hunter2hunter2\"} `+strings.Repeat("y", 100)), true)
	rules := DefaultRules()
	f.Fuzz(func(t *testing.T, text []byte, raw bool) {
		if !haveAVX2 || len(text) < 2 {
			return
		}
		samePrefilterEdits(t, rules, text, raw)
	})
}

// samePrefilterEdits checks that scanBlocks and scanPairs find the same
// edits in text, and returns how many.
func samePrefilterEdits(t *testing.T, rules *Rules, text []byte, raw bool) int {
	t.Helper()
	scanWith := func(scan func(*run, []byte, *edits, bool)) []edit {
		x := newTestRun(rules)
		x.raw = raw
		var ed edits
		scan(x, text, &ed, false)
		ed.normalize()
		return ed.list
	}
	a, c := scanWith((*run).scanPairs), scanWith((*run).scanBlocks)
	if !slices.EqualFunc(a, c, func(p, q edit) bool { return p.start == q.start && p.end == q.end && bytes.Equal(p.repl, q.repl) }) {
		t.Fatalf("raw=%v text %q:\nscanPairs  %v\nscanBlocks %v", raw, text, a, c)
	}
	return len(a)
}

// quiet says a short text holds nothing only when scanString finds nothing
// in it.
func TestQuietMeansNothing(t *testing.T) {
	pieces := []string{"token=", "a=b", "x: 'y'", `"k": "v"`, "2026-11-22T10:05:00Z", "https://u:p@h/", "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB",
		"Bearer abcdefghijklmnop1234", "label", "key", "=", ":", "'", `"`, " ", "secret", "abcdef123456", "{", "be"}
	rnd := rand.New(rand.NewPCG(11, 12))
	rules := DefaultRules()
	quiet, loud := 0, 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rnd.IntN(5); k >= 0; k-- {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		text := []byte(b.String())
		if len(text) > 64 {
			continue
		}
		x := newTestRun(rules)
		if !x.quiet(text) {
			loud++
			continue
		}
		quiet++
		var ed edits
		x.scanString(text, &ed)
		if len(ed.list) > 0 || x.rep.Redacted > 0 {
			t.Fatalf("quiet(%q), but scanString redacts %v", text, ed.list)
		}
	}
	if quiet < 1000 || loud < 1000 {
		t.Fatalf("%d quiet and %d loud texts: the cases do not cover both", quiet, loud)
	}
}

// The vector base64 decoder gives what the standard library gives, and
// stops before anything outside the alphabet.
func TestBase64Fast(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no AVX2 on this machine")
	}
	r := rand.New(rand.NewPCG(21, 22))
	fast := 0
	for n := 0; n < 3000; n++ {
		raw := make([]byte, r.IntN(2000))
		for i := range raw {
			raw[i] = byte(r.Uint32())
		}
		src := []byte(base64.StdEncoding.EncodeToString(raw))
		if len(src) > 0 && r.IntN(4) == 0 {
			src[r.IntN(len(src))] = "=\n-_ \x80*"[r.IntN(7)] // padding in the middle, a line break, URL-safe, junk
		}
		want, werr := base64.StdEncoding.DecodeString(string(src))
		dst := make([]byte, len(src)+8)
		k := base64Fast(dst, src)
		if k%32 != 0 || k > len(src) || bytes.ContainsAny(src[:k], "=\n-_ \x80*") {
			t.Fatalf("consumed %d of %q", k, src)
		}
		fast += k
		m, err := base64.StdEncoding.Decode(dst[k/4*3:], src[k:])
		if (err == nil) != (werr == nil) {
			t.Fatalf("error %v, want %v", err, werr)
		}
		if err == nil && !bytes.Equal(dst[:k/4*3+m], want) {
			t.Fatalf("decoded %x, want %x", dst[:k/4*3+m], want)
		}
	}
	if fast == 0 {
		t.Fatal("the vector decoder decoded nothing")
	}
}

// The class tables give exactly their classes, and the portable kernel
// the masks the classes say.
func TestClassTables(t *testing.T) {
	var p [256]byte
	for c := range p {
		p[c] = byte(c)
	}
	var m [4]classMasks
	classBlocksGo(p[:], echoTables, m[:])
	for c := range p {
		bit := m[c/64]
		in := func(x uint64) bool { return x&(1<<(c%64)) != 0 }
		if in(bit.a) != echoByte[c] || in(bit.b) != echoSplit[c] || in(bit.quote) != (c == '"') || in(bit.bslash) != (c == '\\') {
			t.Errorf("byte %#x: masks %v %v %v %v", c, in(bit.a), in(bit.b), in(bit.quote), in(bit.bslash))
		}
	}
}

// runsAtLeastGo is runsAtLeast one byte at a time: the reference for the
// mask version.
func runsAtLeastGo(t []byte, min int, fn func(s, e int)) {
	for s := 0; s < len(t); {
		if !knownByte[t[s]] {
			s++
			continue
		}
		e := s
		for e < len(t) && knownByte[t[e]] {
			e++
		}
		if e-s >= min {
			fn(s, e)
		}
		s = e
	}
}

// runsAtLeast finds the runs the byte loop finds, in the same order, at
// every length around the block and chunk sizes.
func TestRunsAtLeast(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	type span struct{ s, e int }
	for n := 0; n < 3000; n++ {
		size := r.IntN(2200)
		if n%10 == 0 {
			size = 64*r.IntN(40) + r.IntN(3) - 1
		}
		size = max(size, 0)
		b := make([]byte, size)
		for i := 0; i < size; {
			// Runs of token bytes of every length, and separators.
			k := r.IntN(90)
			if r.IntN(8) == 0 {
				k = r.IntN(1100)
			}
			for j := 0; j < k && i < size; j++ {
				b[i] = "aZ09-_+~/=x"[r.IntN(11)]
				i++
			}
			if i < size {
				b[i] = " .\"\\:,\x00\xff"[r.IntN(8)]
				i++
			}
		}
		for _, min := range []int{1, 2, 16, 32, 33, 63, 64, 65, 100} {
			var got, want []span
			runsAtLeast(b, min, proseTables, func(s, e int) { got = append(got, span{s, e}) })
			runsAtLeastGo(b, min, func(s, e int) { want = append(want, span{s, e}) })
			if !slices.Equal(got, want) {
				t.Fatalf("runsAtLeast(%q, %d) = %v, want %v", b, min, got, want)
			}
		}
	}
}

package sanitize

import (
	"math/bits"
	"slices"
	"strings"
)

// Block kernels: the scanner looks at its input 64 bytes at a time and
// gets, per block, a bit mask of the positions that need a closer look.
// On amd64 with AVX2 the masks come from vector code (simd_amd64.s); the
// portable versions here compute the same masks and are the reference the
// tests hold the vector code to.

// pairFilter is the prefilter's triggers in vector form, after
// Hyperscan's Teddy: each trigger goes to one of 16 buckets, in two planes
// of 8, and per plane six 16-entry tables, indexed by the low and high
// nibble of the first, second and third byte, say which buckets a byte may
// belong to there (the third byte is the third of a value rule's literal
// prefix, or anything). A position is a candidate when one bucket holds
// all six nibbles: a superset of the positions where a trigger can act,
// which the caller then checks exactly.
type pairFilter struct {
	plane [2]pairTables
}

// pairTables are one plane of a pairFilter.
type pairTables struct {
	lo1, hi1, lo2, hi2, lo3, hi3 [32]byte // 16 entries, twice (one per 128-bit lane)
}

// newPairFilter builds the tables for the pairs p (Rules.pairs) and their
// value rules (Rules.triggers). '=' and ':' (any second and third byte) get
// a bucket each; the other triggers (all the pairs of one index go
// together) share the other 14, placed so that each bucket's bytes span
// as few nibbles as possible (fewer false candidates): the widest first,
// each where it adds the fewest nibble combinations.
func newPairFilter(p *[1 << 16]uint8, triggers [][]*valueRule) *pairFilter {
	type nibbles [6]uint16 // the nibble sets of a bucket: lo1 hi1 lo2 hi2 lo3 hi3
	spans := func(s nibbles) int {
		n := 1
		for _, x := range s {
			n *= bits.OnesCount16(x)
		}
		return n
	}
	var pairsOf [256][]uint16
	var order []uint8
	for k := range p {
		if idx := p[k]; idx != 0 && idx != trigEquals && idx != trigColon {
			if pairsOf[idx] == nil {
				order = append(order, idx)
			}
			pairsOf[idx] = append(pairsOf[idx], uint16(k))
		}
	}
	of := func(idx uint8) (s nibbles) {
		pairs, third := pairsOf[idx], allBytes[:]
		if idx == trigEquals || idx == trigColon {
			first := uint16('=')
			if idx == trigColon {
				first = ':'
			}
			pairs = nil
			for c := uint16(0); c < 256; c++ {
				pairs = append(pairs, first<<8|c)
			}
		} else {
			third = thirdBytes(idx, triggers)
		}
		for _, k := range pairs {
			a, b := k>>8, k&0xff
			s[0] |= 1 << (a & 15)
			s[1] |= 1 << (a >> 4)
			s[2] |= 1 << (b & 15)
			s[3] |= 1 << (b >> 4)
		}
		for _, c := range third {
			s[4] |= 1 << (c & 15)
			s[5] |= 1 << (c >> 4)
		}
		return s
	}
	union := func(a, b nibbles) nibbles {
		for i := range a {
			a[i] |= b[i]
		}
		return a
	}
	slices.SortStableFunc(order, func(a, b uint8) int { return spans(of(b)) - spans(of(a)) })
	var buckets [16]nibbles
	buckets[0], buckets[1] = of(trigEquals), of(trigColon)
	for _, idx := range order {
		s := of(idx)
		best, bestCost := 2, 1<<30
		for b := 2; b < len(buckets); b++ {
			if cost := spans(union(buckets[b], s)) - spans(buckets[b]); cost < bestCost {
				best, bestCost = b, cost
			}
		}
		buckets[best] = union(buckets[best], s)
	}
	f := &pairFilter{}
	for b, s := range buckets {
		t, bit := &f.plane[b/8], byte(1)<<(b%8)
		for i, tab := range []*[32]byte{&t.lo1, &t.hi1, &t.lo2, &t.hi2, &t.lo3, &t.hi3} {
			for n := 0; n < 16; n++ {
				if s[i]&(1<<n) != 0 {
					tab[n] |= bit
					tab[n+16] |= bit
				}
			}
		}
	}
	return f
}

var allBytes = func() (b [256]byte) {
	for c := range b {
		b[c] = byte(c)
	}
	return
}()

// thirdBytes lists the bytes that may follow the trigger pair idx: the
// third characters of its rules' literals, or every byte.
func thirdBytes(idx uint8, triggers [][]*valueRule) []byte {
	if idx == trigCard {
		return []byte("0123456789")
	}
	if idx >= trigCard {
		return allBytes[:]
	}
	var out []byte
	for _, vr := range triggers[idx] {
		if len(vr.lit) < 3 {
			if vr.next == nil {
				return allBytes[:]
			}
			out = append(out, vr.next...)
			continue
		}
		c := vr.lit[2]
		out = append(out, c)
		if vr.fold {
			out = append(out, lowerAlnum(c), strings.ToUpper(string(c))[0])
		}
	}
	return out
}

// pairBlocksGo is pairBlocks in portable Go.
func pairBlocksGo(p []byte, f *pairFilter, m []uint64) {
	if len(m) == 0 {
		return
	}
	_ = p[64*len(m)+1]
	for k := range m {
		var mk uint64
		for i := 0; i < 64; i++ {
			a, b, c := p[64*k+i], p[64*k+i+1], p[64*k+i+2]
			for t := range f.plane {
				t := &f.plane[t]
				if t.lo1[a&15]&t.hi1[a>>4]&t.lo2[b&15]&t.hi2[b>>4]&t.lo3[c&15]&t.hi3[c>>4] != 0 {
					mk |= 1 << i
				}
			}
		}
		m[k] = mk
	}
}

// strMasks are the masks of a block of string content.
type strMasks struct {
	quote   uint64 // "
	bslash  uint64 // \
	special uint64 // control characters and non-ASCII bytes
	esc     uint64 // the characters that may follow a backslash: " \ / b f n r t u
	u       uint64 // u
}

// escTables is the nibble lookup for strMasks.esc: a byte is one of
// " \ / b f n r t u when its low-nibble entry and high-nibble entry share a
// bit (bit 0: " /, bit 1: \, bit 2: b f n, bit 3: r t, bit 4: u).
var escTables = func() (t [64]byte) {
	lo := map[byte]byte{0x2: 1 | 4 | 8, 0xf: 1, 0xc: 2, 0x6: 4, 0xe: 4, 0x4: 8, 0x5: 16}
	hi := map[byte]byte{0x2: 1, 0x5: 2, 0x6: 4, 0x7: 8 | 16}
	for n := byte(0); n < 16; n++ {
		t[n], t[n+16] = lo[n], lo[n]
		t[32+n], t[48+n] = hi[n], hi[n]
	}
	return
}()

// strBlocksGo is strBlocks in portable Go.
func strBlocksGo(p []byte, m *[4]strMasks) {
	for k := range m {
		strBlockGo(p[64*k:], &m[k])
	}
}

// strBlockGo is strBlock in portable Go.
func strBlockGo(p []byte, m *strMasks) {
	_ = p[63]
	*m = strMasks{}
	for i := 0; i < 64; i++ {
		c := p[i]
		bit := uint64(1) << i
		switch {
		case c == '"':
			m.quote |= bit
		case c == '\\':
			m.bslash |= bit
		case c < 0x20 || c >= 0x80:
			m.special |= bit
		}
		switch c {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u':
			m.esc |= bit
		}
		if c == 'u' {
			m.u |= bit
		}
	}
}

func tz64(m uint64) int { return bits.TrailingZeros64(m) }

// classTables are two byte classes in vector form: a byte c is in class a
// when lo[c&15] & hi[c>>4] & a[0] != 0, in class b likewise with b[0]
// (each table twice, once per 128-bit lane; a and b broadcast).
type classTables struct {
	lo, hi, a, b [32]byte
}

// classMasks are the masks of a block of 64 bytes: its bytes in class a,
// in class b, its quotes and its backslashes.
type classMasks struct {
	a, b, quote, bslash uint64
}

// newClassTables builds the tables for the classes a and b. Each class is
// a union of rectangles (a set of high nibbles times a set of low
// nibbles); every rectangle takes one of the 8 bits, so a and b together
// may have at most 8.
func newClassTables(a, b *[256]bool) *classTables {
	t := &classTables{}
	bit := 0
	add := func(class *[256]bool, mask *byte) {
		// One rectangle per high nibble: the low nibbles of the class
		// there; high nibbles with the same set share a bit.
		var sets [16]uint16
		for c := 0; c < 256; c++ {
			if class[c] {
				sets[c>>4] |= 1 << (c & 15)
			}
		}
		done := map[uint16]byte{}
		for h, set := range sets {
			if set == 0 {
				continue
			}
			v, ok := done[set]
			if !ok {
				if bit == 8 {
					panic("newClassTables: more than 8 rectangles")
				}
				v = 1 << bit
				bit++
				done[set] = v
				for l := 0; l < 16; l++ {
					if set&(1<<l) != 0 {
						t.lo[l] |= v
						t.lo[l+16] |= v
					}
				}
			}
			t.hi[h] |= v
			t.hi[h+16] |= v
			*mask |= v
		}
	}
	var ma, mb byte
	add(a, &ma)
	add(b, &mb)
	for i := range t.a {
		t.a[i], t.b[i] = ma, mb
	}
	return t
}

// classBlocksGo is classBlocks in portable Go.
func classBlocksGo(p []byte, t *classTables, m []classMasks) {
	for k := 0; k+64 <= len(p); k += 64 {
		var cm classMasks
		for i, c := range p[k : k+64] {
			bit := uint64(1) << i
			v := t.lo[c&15] & t.hi[c>>4]
			if v&t.a[0] != 0 {
				cm.a |= bit
			}
			if v&t.b[0] != 0 {
				cm.b |= bit
			}
			switch c {
			case '"':
				cm.quote |= bit
			case '\\':
				cm.bslash |= bit
			}
		}
		m[k/64] = cm
	}
}

package sanitize

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// The value rules' patterns are compiled when first needed: every one of
// them compiles, and to the pattern anchored at the start.
func TestValueRulesCompile(t *testing.T) {
	r := DefaultRules()
	if len(r.value) < 50 {
		t.Fatalf("only %d value rules", len(r.value))
	}
	for _, vr := range r.value {
		re := vr.regexp()
		if re == nil || re.String() != `^(?:`+vr.rule.Pattern+`)` && vr.rule.Pattern != "" {
			t.Fatalf("rule %s: pattern %v", vr.rule.ID, re)
		}
	}
	if _, err := compile("test", []Rule{{ID: "bad", Reason: "r", Where: InValue, Prefix: "ab", Pattern: "ab[", Kind: KindToken}}); err == nil {
		t.Fatal("a pattern that does not parse is accepted")
	}
}

// nameWords gives the words of the name copied into 16 zero bytes.
func TestNameWords(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		name := make([]byte, r.IntN(17))
		for i := range name {
			name[i] = byte(r.IntN(256))
		}
		var buf [16]byte
		copy(buf[:], name)
		w0, w1 := nameWords(name)
		if w0 != binary.LittleEndian.Uint64(buf[:]) || w1 != binary.LittleEndian.Uint64(buf[8:]) {
			t.Fatalf("nameWords(%q) = %#x %#x", name, w0, w1)
		}
	}
}

package sanitize

import "testing"

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

package sanitize

import "testing"

// TestKnownRollback: a tentative walk that gives up (rollback) takes the
// secrets it learnt back out of the known set, with their encodings, so the
// echo pass does not replace values the walk that counts kept; one that
// commits keeps them, and nested walks undo only their own.
func TestKnownRollback(t *testing.T) {
	x := newTestRun(DefaultRules())
	var ed edits
	x.remember([]byte("before-any-walk-7Qx2"), KindToken)
	x.mark(&ed) // the outer walk, committed below
	x.remember([]byte("outer-walk-kept-9Lm4"), KindToken)
	inner := x.mark(&ed)
	x.remember([]byte("inner-walk-given-up-3Zk8"), KindToken)
	x.rollback(&ed, inner)
	x.commit()
	for v, want := range map[string]bool{
		"before-any-walk-7Qx2":             true,
		"outer-walk-kept-9Lm4":             true,
		"inner-walk-given-up-3Zk8":         false,
		"aW5uZXItd2Fsay1naXZlbi11cC0zWms4": false, // its base64
	} {
		if _, ok := x.known.m[v]; ok != want {
			t.Errorf("known[%q] = %v, want %v", v, ok, want)
		}
	}
	if x.known.journal != 0 || len(x.known.undo) != 0 {
		t.Errorf("journal %d, undo %d after every walk ended", x.known.journal, len(x.known.undo))
	}
	m := x.mark(&ed)
	x.remember([]byte("given-up-at-top-5Rt6"), KindToken)
	x.rollback(&ed, m)
	if _, ok := x.known.m["given-up-at-top-5Rt6"]; ok {
		t.Error("a top-level walk's rollback kept its secret")
	}
	var b int
	for k := range x.known.m {
		b += len(k)
	}
	if b != x.known.bytes {
		t.Errorf("known bytes %d, keys hold %d", x.known.bytes, b)
	}
}

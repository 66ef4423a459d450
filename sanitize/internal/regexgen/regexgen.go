// Package regexgen builds strings from regular expressions: examples that
// match a pattern, for generated rule tables and their tests.
package regexgen

import (
	"math/rand"
	"regexp/syntax"
	"strings"
)

// Generate returns a string the pattern re matches, built from rnd: a
// random branch of each alternation, a repeat's minimum count plus extra
// (within its maximum), random ASCII members of each class (letters and
// digits when the class has any). When stopCap > 0 it stops once capture
// group stopCap is complete, so what follows the secret (a delimiter) is
// left out.
func Generate(re *syntax.Regexp, rnd *rand.Rand, extra, stopCap int) string {
	g := gen{rnd: rnd, extra: extra, stop: stopCap}
	g.walk(re)
	return g.b.String()
}

type gen struct {
	b     strings.Builder
	rnd   *rand.Rand
	extra int
	stop  int
	done  bool
}

func (g *gen) walk(re *syntax.Regexp) {
	if g.done {
		return
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && r >= 'A' && r <= 'Z' && g.rnd.Intn(2) == 0 {
				r += 'a' - 'A'
			}
			g.b.WriteRune(r)
		}
	case syntax.OpCharClass:
		g.b.WriteRune(pick(re.Rune, g.rnd))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		g.b.WriteByte('.') // as in host names, where patterns leave . unescaped
	case syntax.OpCapture:
		g.walk(re.Sub[0])
		if g.stop > 0 && re.Cap == g.stop {
			g.done = true
		}
	case syntax.OpConcat:
		for _, s := range re.Sub {
			g.walk(s)
		}
	case syntax.OpAlternate:
		g.walk(re.Sub[g.rnd.Intn(len(re.Sub))])
	case syntax.OpQuest:
		if g.rnd.Intn(2) == 0 {
			g.walk(re.Sub[0])
		}
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		lo, hi := 0, -1
		switch re.Op {
		case syntax.OpPlus:
			lo = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		n := lo + g.extra
		if hi >= 0 && n > hi {
			n = hi
		}
		for range n {
			g.walk(re.Sub[0])
		}
	}
	// Empty-width assertions and empty matches write nothing.
}

// pick returns a random member of the class ranges, preferring ASCII
// letters and digits, then other printable ASCII that needs no escaping
// in JSON, HTML or a URL.
func pick(ranges []rune, rnd *rand.Rand) rune {
	var good, ok []rune
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1] && r < 127; r++ {
			switch {
			case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
				good = append(good, r)
			case r > ' ' && !strings.ContainsRune("\"\\<>&%'`", r):
				ok = append(ok, r)
			}
		}
	}
	switch {
	case len(good) > 0:
		return good[rnd.Intn(len(good))]
	case len(ok) > 0:
		return ok[rnd.Intn(len(ok))]
	case len(ranges) > 0:
		return ranges[0]
	}
	return 'x'
}

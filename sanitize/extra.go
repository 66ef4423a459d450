package sanitize

import (
	"fmt"
	"regexp"
	"regexp/syntax"
)

// Extra is what an administrator's policy adds to the built-in rules (see
// Rules.Extend). Names are matched like built-in ones: any case, with "-",
// "_" and "." ignored.
type Extra struct {
	Headers  []string      `json:"headers,omitempty"`  // header names
	Params   []string      `json:"params,omitempty"`   // query, form and HTML field names
	JSONKeys []string      `json:"jsonKeys,omitempty"` // JSON keys at any depth
	Patterns []PatternSpec `json:"patterns,omitempty"` // value patterns anywhere
}

// PatternSpec is a value pattern given by policy: a Go regular expression
// (RE2 syntax: linear time, no backreferences).
type PatternSpec struct {
	Name   string `json:"name"`
	Regexp string `json:"regexp"`
	Kind   Kind   `json:"kind,omitempty"`
}

// Limits on an administrator's value patterns (docs/DEPLOY.md, "What a
// pattern must look like"). Go's regexp runs in time linear in the text, but
// the factor is the compiled program's size: 64 patterns of [a-z]{1000}
// make a 5 MB body take 40 s. So a pattern is refused at load time, never
// slowed down at run time, when it is too costly or too loose.
const (
	// MaxPatternRepeat is the largest count a repetition may give ({n},
	// {n,m}).
	MaxPatternRepeat = 256
	// MaxPatternInsts bounds one pattern's compiled program.
	MaxPatternInsts = 1000
	// MaxPatternsInsts bounds the compiled programs of all patterns together.
	MaxPatternsInsts = 4000
	// MaxFreePatternsInsts bounds the programs of the patterns that have no
	// literal prefix of 2 characters: those run over every text, not only
	// where their prefix occurs.
	MaxFreePatternsInsts = 64
	// MinPatternLiteral is the fixed text every match must contain.
	MinPatternLiteral = 3
	// MinPatternMatch is the length of the shortest text a pattern may match.
	MinPatternMatch = 8
)

// ordinaryText is text every capture is full of: a pattern that finds a
// match in it would redact ordinary words, URLs, dates or headers.
var ordinaryText = []string{
	"The quick brown fox jumps over the lazy dog, and then it sleeps all afternoon.",
	"Internationalization responsibilities notwithstanding, characteristically uncomplicated.",
	"https://example.com/", "text/html",
	"https://www.example.com/path/to/page.html?query=value&other=12345#section-2",
	"http://localhost:8080/api/v1/users/42/orders?page=3&limit=100",
	"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
	"text/html; charset=utf-8", "application/json", "gzip, deflate, br", "max-age=31536000; includeSubDomains",
	"2024-01-01T00:00:00.000Z", "Mon, 01 Jan 2024 00:00:00 GMT", "HTTP/1.1 200 OK", "GET", "POST", "200",
	"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor",
	"", "a", "0", " ",
}

// patternStructure refuses a pattern that is too costly or matches too
// little structure: a repetition count above MaxPatternRepeat, a program
// above MaxPatternInsts, less than MinPatternLiteral characters of fixed
// text in every match, a shortest match under MinPatternMatch, or any match
// in ordinary text. It returns the compiled program's size, and whether the
// pattern runs over every text (it has no literal prefix to trigger on).
func patternStructure(p PatternSpec) (int, bool, error) {
	tree, err := syntax.Parse(p.Regexp, syntax.Perl)
	if err != nil {
		return 0, false, fmt.Errorf("the policy pattern %q is not a valid regular expression (%v); fix it in the policy", p.Name, err)
	}
	re := regexp.MustCompile(p.Regexp)
	for _, probe := range ordinaryText {
		if m := re.FindString(probe); m != "" || re.MatchString(probe) {
			return 0, false, fmt.Errorf("the policy pattern %q matches ordinary text (%q in %q); make it specific to the secret's format", p.Name, m, probe)
		}
	}
	if n := maxRepeat(tree); n > MaxPatternRepeat {
		return 0, false, fmt.Errorf("the policy pattern %q repeats something %d times, above the limit of %d; bound the repetition", p.Name, n, MaxPatternRepeat)
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		return 0, false, fmt.Errorf("the policy pattern %q cannot be compiled (%v)", p.Name, err)
	}
	if len(prog.Inst) > MaxPatternInsts {
		return 0, false, fmt.Errorf("the policy pattern %q compiles to %d instructions, above the limit of %d; make it shorter", p.Name, len(prog.Inst), MaxPatternInsts)
	}
	if n := requiredLiteral(tree); n < MinPatternLiteral {
		return 0, false, fmt.Errorf("the policy pattern %q has no fixed text of %d characters or more that every match contains (like acme_ in acme_[A-Za-z0-9]{32}); such a pattern matches too little structure", p.Name, MinPatternLiteral)
	}
	if n := minMatch(tree); n < MinPatternMatch {
		return 0, false, fmt.Errorf("the policy pattern %q matches text of only %d characters; a pattern must match at least %d", p.Name, n, MinPatternMatch)
	}
	lit, _ := regexp.MustCompile(`^(?:` + p.Regexp + `)`).LiteralPrefix()
	return len(prog.Inst), len(lit) < 2, nil
}

// maxRepeat is the largest count of any repetition in re.
func maxRepeat(re *syntax.Regexp) int {
	n := 0
	if re.Op == syntax.OpRepeat {
		n = max(re.Min, re.Max)
	}
	for _, s := range re.Sub {
		n = max(n, maxRepeat(s))
	}
	return n
}

// requiredLiteral is the length of the longest fixed text every match of re
// contains.
func requiredLiteral(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiteral(re.Sub[0])
		}
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = max(n, requiredLiteral(s))
		}
		return n
	case syntax.OpAlternate:
		return minOver(re.Sub, requiredLiteral)
	}
	return 0
}

// minMatch is the length in characters of the shortest text re matches.
func minMatch(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatch(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minMatch(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minMatch(s)
		}
		return n
	case syntax.OpAlternate:
		return minOver(re.Sub, minMatch)
	}
	return 0
}

// minOver is the least f over the branches of an alternation.
func minOver(subs []*syntax.Regexp, f func(*syntax.Regexp) int) int {
	n := -1
	for _, s := range subs {
		if l := f(s); n < 0 || l < n {
			n = l
		}
	}
	return max(n, 0)
}

// MaxPatterns is how many value patterns a policy may add.
const MaxPatterns = 64

// requiredText is the longest case-sensitive fixed text every match of the
// pattern contains, or nil.
func requiredText(pat string) []byte {
	tree, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return nil
	}
	var best []rune
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpLiteral:
			if re.Flags&syntax.FoldCase == 0 && len(re.Rune) > len(best) {
				best = re.Rune
			}
		case syntax.OpCapture, syntax.OpPlus:
			walk(re.Sub[0])
		case syntax.OpRepeat:
			if re.Min >= 1 {
				walk(re.Sub[0])
			}
		case syntax.OpConcat:
			for _, s := range re.Sub {
				walk(s)
			}
		}
	}
	walk(tree)
	if len(best) == 0 {
		return nil
	}
	return []byte(string(best))
}

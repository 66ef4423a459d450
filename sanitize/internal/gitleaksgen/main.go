// Command gitleaksgen writes sanitize/table_gitleaks.go from the gitleaks
// rule set (github.com/zricethezav/gitleaks/v8, MIT): the vendor
// credential formats that convert to safehar's anchored value rules
// (a literal Prefix, then a Pattern run at each prefix hit).
//
// It reads config/gitleaks.toml from the gitleaks module as the Go module
// cache holds it (`go mod download`), not by importing gitleaks, whose
// dependency tree (viper, cobra, wazero, archive readers…) safehar's
// go.mod should not carry; the TOML is parsed with BurntSushi/toml, which
// has no dependencies and is linked into this generator only.
//
// Run it in sanitize (go generate ./sanitize). -version selects the
// gitleaks release; by default the one table_gitleaks.go records, so
// regenerating is reproducible; -version latest upgrades.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"log"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/safehar/safehar/sanitize"
	"github.com/safehar/safehar/sanitize/internal/regexgen"
)

const module = "github.com/zricethezav/gitleaks/v8"

// defaultVersion is used when there is no generated file to read one from.
const defaultVersion = "v8.30.1"

// maxPairs caps the distinct first-two-byte trigger pairs of the whole
// compiled table (the engine allows about 250).
const maxPairs = 160

type glRule struct {
	ID          string   `toml:"id"`
	Description string   `toml:"description"`
	Regex       string   `toml:"regex"`
	SecretGroup int      `toml:"secretGroup"`
	Entropy     float64  `toml:"entropy"`
	Keywords    []string `toml:"keywords"`
	Path        string   `toml:"path"`
}

type glConfig struct {
	Rules []glRule `toml:"rules"`
}

// manualSkips are rules the automatic conversion would take but should
// not, with the reason.
var manualSkips = map[string]string{
	"gocardless-api-token": "without gitleaks' keyword context its secret is \"live_\" and 40 word characters: ordinary identifiers match",
	"jwt":                  "JSON Web Tokens: covered by value.jwt (which keeps the claims readable)",
	"private-key":          "PEM private keys: covered by value.private-key (which keeps the BEGIN/END lines)",
}

// commonPairs are first two bytes that start common words in HAR text
// (counted at word starts in the benchmark HAR, internal/hargen).
var commonPairs = map[string]string{
	"pa": "path, page, params",
	"pn": "png",
	"da": "data, date",
	"sa": "same-origin, sans-serif",
}

// broader are variants that overlap a value.* rule's examples but whose
// gitleaks pattern is strictly broader, so it adds coverage; the value.*
// rule runs first and still handles what it matches.
var broader = map[string]string{
	"slack-webhook-url": "also workflows/ and triggers/ webhooks",
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gitleaksgen: ")
	version := flag.String("version", "", "gitleaks release (a module version or latest; default: the one in -o, else "+defaultVersion+")")
	out := flag.String("o", "table_gitleaks.go", "output file")
	src := flag.String("toml", "", "read this gitleaks.toml instead of the module's (with -version naming it)")
	flag.Parse()

	v := *version
	if v == "" {
		v = recordedVersion(*out)
	}
	path := *src
	if path == "" {
		dir, resolved := download(v)
		path, v = filepath.Join(dir, "config", "gitleaks.toml"), resolved
	}
	var cfg glConfig
	if _, err := toml.DecodeFile(path, &cfg); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	code, err := generate(cfg, v)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		log.Fatal(err)
	}
}

var versionLine = regexp.MustCompile(`(?m)^const gitleaksVersion = "([^"]+)"`)

func recordedVersion(file string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return defaultVersion
	}
	if m := versionLine.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return defaultVersion
}

// download fetches the gitleaks module into the module cache and returns
// its directory and exact version.
func download(version string) (dir, resolved string) {
	cmd := exec.Command("go", "mod", "download", "-json", module+"@"+version)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		log.Fatalf("go mod download %s@%s: %v", module, version, err)
	}
	var m struct{ Dir, Version, Error string }
	if err := json.Unmarshal(b, &m); err != nil || m.Error != "" || m.Dir == "" {
		log.Fatalf("go mod download %s@%s: %v %s", module, version, err, m.Error)
	}
	return m.Dir, m.Version
}

type skipped struct{ id, reason string }

func generate(cfg glConfig, version string) ([]byte, error) {
	var builtin []sanitize.Rule
	for _, r := range sanitize.DefaultRules().Table() {
		if r.Where == sanitize.InValue && !strings.HasPrefix(r.ID, "gitleaks.") {
			builtin = append(builtin, r)
		}
	}
	pairs := map[string]bool{}
	for _, r := range builtin {
		addPairs(pairs, r)
	}
	sort.Slice(cfg.Rules, func(i, j int) bool { return cfg.Rules[i].ID < cfg.Rules[j].ID })
	var rules []sanitize.Rule
	var skips []skipped
	converted := 0
	for _, g := range cfg.Rules {
		rs, reason := convert(g, version, builtin)
		if reason != "" {
			skips = append(skips, skipped{g.ID, reason})
			continue
		}
		converted++
		for _, r := range rs {
			addPairs(pairs, r)
		}
		rules = append(rules, rs...)
	}
	// Among rules that trigger on the same pair, the first match wins: a
	// rule whose match is longer goes first, so a shorter one cannot take
	// the start of its secret (FLWSECK_TEST- and 12 or 32 characters).
	sort.SliceStable(rules, func(i, j int) bool {
		pi, pj := rules[i].Prefix[:2], rules[j].Prefix[:2]
		if pi != pj {
			return pi < pj
		}
		return minMatch(rules[i]) > minMatch(rules[j])
	})
	if len(pairs) > maxPairs {
		return nil, fmt.Errorf("the table would have %d trigger pairs (at most %d)", len(pairs), maxPairs)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gitleaksgen from gitleaks %s; DO NOT EDIT.\n\n", version)
	fmt.Fprintf(&b, "// Source: %s@%s, config/gitleaks.toml (MIT).\n", module, version)
	b.WriteString("// Regenerate: go generate ./sanitize\n")
	b.WriteString("// Upgrade:    cd sanitize && go run ./internal/gitleaksgen -version latest\n//\n")
	fmt.Fprintf(&b, "// %d of %d gitleaks rules converted (%d value rules: one per literal prefix);\n", converted, len(cfg.Rules), len(rules))
	fmt.Fprintf(&b, "// the compiled default table has %d trigger pairs.\n//\n", len(pairs))
	b.WriteString(conversionNotes)
	b.WriteString("//\n// Skipped rules:\n")
	for _, s := range skips {
		fmt.Fprintf(&b, "//   - %s: %s\n", s.id, s.reason)
	}
	b.WriteString("\npackage sanitize\n\n")
	b.WriteString("// gitleaksVersion is the gitleaks release the rules come from.\n")
	fmt.Fprintf(&b, "const gitleaksVersion = %q\n\n", version)
	b.WriteString("var gitleaksRules = []Rule{\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "\t{ID: %q, Kind: %s, Where: InValue, Format: FormatAfterPrefix,\n", r.ID, kindName(r.Kind))
		fmt.Fprintf(&b, "\t\tPrefix: %q, Pattern: %s", r.Prefix, quote(r.Pattern))
		if r.Group > 0 {
			fmt.Fprintf(&b, ", Group: %d", r.Group)
		}
		if r.Entropy > 0 {
			fmt.Fprintf(&b, ", Entropy: %s", strconv.FormatFloat(r.Entropy, 'g', -1, 64))
		}
		fmt.Fprintf(&b, ",\n\t\tReason:   %q,\n", r.Reason)
		fmt.Fprintf(&b, "\t\tExamples: []string{%q}, Ignores: []string{%q}},\n", r.Examples[0], r.Ignores[0])
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

const conversionNotes = `// How a gitleaks rule converts:
//   - A rule converts when every match starts with a literal prefix of at
//     least 3 characters (a short alternation or class of literals gives one
//     value rule per prefix), or of 2 letters when the pattern is
//     length-bounded, at least 20 characters long and has an entropy
//     threshold (twilio-api-key: SK and 32 hex).
//   - A keyword-context rule (keyword, then an assignment, then the secret)
//     converts to its secret alone when that starts with such a prefix; the
//     keyword is dropped (the name rules cover key=value contexts).
//   - The leading \b goes (the engine requires a non-word byte before a
//     prefix); gitleaks' delimiter after the secret also accepts & , ) } ] <
//     > / ? # | % (HAR text is URLs, HTML and JSON, not source code); the
//     secret is the rule's secretGroup or first group (Group), or the whole
//     match.
//   - A case-insensitive rule keeps its prefix in the case gitleaks writes
//     it (vendors issue one case; it costs one trigger pair, not four); the
//     rest of the pattern stays case-insensitive.
//   - gitleaks' entropy threshold is kept (Entropy); its allowlists are
//     not (they name paths and placeholder values of source repositories).
//   - A prefix must start with a byte some value.* prefix starts with: the
//     vector prefilter groups trigger pairs by first byte, and every new
//     first byte adds false candidates (all rules: +8% on BenchmarkVerify).
//   - A prefix whose example a value.* rule already matches is that rule's
//     (same vendor) and is skipped, unless listed as strictly broader.
`

func minMatch(r sanitize.Rule) int {
	t, err := syntax.Parse(r.Pattern, syntax.Perl)
	if err != nil {
		return 0
	}
	n, _ := lengths(t)
	return n
}

func addPairs(pairs map[string]bool, r sanitize.Rule) {
	p := r.Prefix
	if p == "" {
		if re, err := regexp.Compile(r.Pattern); err == nil {
			p, _ = re.LiteralPrefix()
		}
	}
	if len(p) < 2 {
		return
	}
	if strings.HasPrefix(r.Pattern, "(?i)") {
		l, u := strings.ToLower(p[:2]), strings.ToUpper(p[:2])
		for _, v := range []string{l, u, l[:1] + u[1:], u[:1] + l[1:]} {
			pairs[v] = true
		}
		return
	}
	pairs[p[:2]] = true
}

// The parts of gitleaks' keyword-context template.
const (
	assignOps     = `(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)`
	assignQuote   = `[\x60'"\s=]{0,5}`
	glDelimiter   = `(?:[\x60'"\s;]|\\[nr]|$)`
	harDelimiter  = `(?:[\x60'"\s;&,)}\]<>/?#|%]|\\[nr]|$)`
	minTwoLetters = 20
)

func convert(g glRule, version string, builtin []sanitize.Rule) ([]sanitize.Rule, string) {
	if r, ok := manualSkips[g.ID]; ok {
		return nil, r
	}
	switch {
	case g.Regex == "":
		return nil, "matches file names only (" + g.Path + "); a HAR has no files"
	case g.Path != "":
		return nil, "applies to files named " + g.Path + " only; a HAR has no file names"
	case g.ID == "generic-api-key":
		return nil, "generic keyword rule: covered by shape.generated and the word.* name rules"
	}
	fold := strings.HasPrefix(g.Regex, "(?i)")
	body := strings.TrimPrefix(g.Regex, "(?i)")
	full, err := syntax.Parse(g.Regex, syntax.Perl)
	if err != nil {
		return nil, "does not parse as a Go regexp: " + err.Error()
	}
	group := g.SecretGroup
	keyword := false
	if k := strings.Index(body, assignOps+assignQuote); k >= 0 {
		keyword = true
		body = body[k+len(assignOps+assignQuote):]
		sub, err := syntax.Parse(body, syntax.Perl)
		if err != nil {
			return nil, "keyword-context rule whose secret part does not parse alone"
		}
		dropped := full.MaxCap() - sub.MaxCap()
		if group > 0 {
			group -= dropped
		}
		if group <= 0 {
			group = 1
		}
	}
	for strings.HasPrefix(body, `\b`) {
		body = body[2:]
	}
	if strings.HasSuffix(body, glDelimiter) {
		body = strings.TrimSuffix(body, glDelimiter) + harDelimiter
	}
	// A delimiter consumed after a match without groups is not the
	// secret's: the rest becomes the secret group.
	for _, d := range []string{`(?:[^a-zA-Z0-9+/]|\z)`, `(?:[^\w-]|\z)`} {
		if head, ok := strings.CutSuffix(body, d); ok && group == 0 && full.MaxCap() == 0 {
			if t, err := syntax.Parse(head, syntax.Perl); err == nil && t.Op != syntax.OpAlternate {
				body, group = "("+head+")"+d, 1
			}
		}
	}
	pattern := body
	if fold {
		pattern = "(?i:" + body + ")"
	}
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, "does not parse as a Go regexp: " + err.Error()
	}
	re, err := regexp.Compile(`^(?:` + pattern + `)`)
	if err != nil {
		return nil, "does not compile as a Go regexp: " + err.Error()
	}
	if group == 0 && tree.MaxCap() > 0 {
		if leadingCap(tree) != 1 {
			return nil, "the secret (first group) does not start where the match does: a context rule"
		}
		group = 1
	}
	if group > tree.MaxCap() {
		return nil, "secretGroup out of range"
	}
	lits, _ := prefixes(tree)
	if len(lits) > 8 {
		return nil, "more than 8 literal prefixes"
	}
	kindOf := "no literal prefix of 3 or more characters"
	if keyword {
		kindOf = "keyword-context rule whose secret has no literal prefix of 3 or more characters (the name rules and shape.generated cover key=value contexts)"
	}
	var over []string
	var rules []sanitize.Rule
	var why []string
	seen := map[string]bool{}
	minLen, maxLen := lengths(tree)
	for _, l := range lits {
		p := l.s
		if l.fold {
			p = sourceCase(body, p)
		}
		if seen[p] || coveredBy(p, lits, body) {
			continue
		}
		seen[p] = true
		switch {
		case len(p) < 2:
			why = append(why, kindOf)
			continue
		case len(p) == 2 && (l.fold || !letter(p[0]) || !letter(p[1]) || g.Entropy == 0 || maxLen < 0 || minLen < minTwoLetters):
			why = append(why, fmt.Sprintf("prefix %q: 2 characters without a tight, entropy-checked tail", p))
			continue
		case commonPairs[p[:2]] != "":
			why = append(why, fmt.Sprintf("prefix %q: %q starts common words in HAR text (%s): the trigger would fire all the time", p, p[:2], commonPairs[p[:2]]))
			continue
		case !firstBytes(builtin)[p[0]]:
			why = append(why, fmt.Sprintf("prefix %q: no value.* prefix starts with %q (each new first byte widens the vector prefilter's buckets: more false candidates, measured +8%% on BenchmarkVerify for all of them)", p, p[:1]))
			continue
		case strings.HasPrefix(strings.ToLower(p), "http"):
			why = append(why, fmt.Sprintf("prefix %q: every URL has it", p))
			continue
		}
		ex, miss, err := examples(g.ID, p, re, tree, group, g.Entropy)
		if err != nil {
			why = append(why, fmt.Sprintf("prefix %q: %v", p, err))
			continue
		}
		if id := overlaps(builtin, ex); id != "" && broader[g.ID] == "" {
			over = append(over, fmt.Sprintf("%q (%s)", p, id))
			continue
		}
		rules = append(rules, sanitize.Rule{ID: "gitleaks." + g.ID, Kind: kind(g.ID), Where: sanitize.InValue,
			Format: sanitize.FormatAfterPrefix, Prefix: p, Pattern: pattern, Group: group, Entropy: g.Entropy,
			Reason:   strings.TrimSpace(g.Description) + " (gitleaks " + version + ")",
			Examples: []string{ex}, Ignores: []string{miss}})
	}
	if len(rules) == 0 {
		if len(over) > 0 {
			why = append([]string{"overlaps value.* rules: prefix " + strings.Join(over, ", ")}, why...)
		}
		if len(why) == 0 {
			why = append(why, kindOf)
		}
		return nil, strings.Join(uniq(why), "; ")
	}
	return rules, ""
}

// coveredBy reports whether another, shorter prefix of the rule's is a
// prefix of p: the rule already triggers there.
func coveredBy(p string, lits []lit, body string) bool {
	for _, l := range lits {
		q := l.s
		if l.fold {
			q = sourceCase(body, q)
		}
		if len(q) >= 2 && len(q) < len(p) && strings.HasPrefix(p, q) {
			return true
		}
	}
	return false
}

func uniq(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// firstBytes are the bytes the value.* prefixes start with.
func firstBytes(builtin []sanitize.Rule) map[byte]bool {
	m := map[byte]bool{}
	for _, r := range builtin {
		if p := r.Prefix; len(p) >= 2 {
			m[p[0]] = true
			if strings.HasPrefix(r.Pattern, "(?i)") {
				m[strings.ToLower(p)[0]], m[strings.ToUpper(p)[0]] = true, true
			}
		}
	}
	return m
}

func letter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// examples makes a true positive (it starts with prefix, matches the rule
// with its secret group, reaches the entropy) and a near miss (the prefix
// and a too-short tail) for a rule; both deterministic.
func examples(id, prefix string, re *regexp.Regexp, tree *syntax.Regexp, group int, minEntropy float64) (ex, miss string, err error) {
	h := fnv.New64a()
	h.Write([]byte(id + "\x00" + prefix))
	rnd := rand.New(rand.NewSource(int64(h.Sum64())))
	for try := 0; try < 400; try++ {
		s := regexgen.Generate(tree, rnd, try/50, group)
		if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
			continue
		}
		s = prefix + s[len(prefix):]
		m := re.FindStringSubmatchIndex(s + " ")
		if m == nil || m[2*group] != 0 || m[2*group+1] != len(s) {
			continue
		}
		if minEntropy > 0 && entropy(s) < minEntropy {
			continue
		}
		ex = s
		break
	}
	if ex == "" {
		return "", "", fmt.Errorf("no example found")
	}
	tail := len(ex) - len(prefix)
	// Short enough that shape.generated (20 characters or more) passes it.
	for k := min(max(min(tail/2, 6, 19-len(prefix)), 1), tail-1); k >= 0; k-- {
		cand := ex[:len(prefix)+k]
		if !re.MatchString(cand+" ") && !re.MatchString(cand) {
			return ex, cand, nil
		}
	}
	return "", "", fmt.Errorf("no near miss: the prefix alone matches")
}

func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h, n := 0.0, float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// overlaps returns the value.* rule that already matches ex at its start.
func overlaps(builtin []sanitize.Rule, ex string) string {
	for _, r := range builtin {
		if r.Where != sanitize.InValue || r.Pattern == "" && r.Prefix == "" {
			continue // a name rule, or a value rule with no pattern (cards, e-mail: found by code)
		}
		pat := r.Pattern
		if pat == "" {
			pat = regexp.QuoteMeta(r.Prefix)
		}
		re, err := regexp.Compile(`^(?:` + pat + `)`)
		if err != nil {
			continue
		}
		if re.MatchString(ex + " ") {
			return r.ID
		}
	}
	return ""
}

// leadingCap returns the capture group a match starts in (0: none).
func leadingCap(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpCapture:
		return re.Cap
	case syntax.OpConcat:
		for _, s := range re.Sub {
			switch s.Op {
			case syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEmptyMatch:
				continue
			}
			return leadingCap(s)
		}
	}
	return 0
}

type lit struct {
	s    string
	fold bool
}

// prefixes returns literals every match of re starts with (one of them);
// complete reports whether re matches exactly those literals.
func prefixes(re *syntax.Regexp) ([]lit, bool) {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		return []lit{{s, fold && strings.ToLower(s) != strings.ToUpper(s)}}, true
	case syntax.OpCharClass:
		var rs []rune
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > 6 {
				return []lit{{}}, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				rs = append(rs, r)
			}
		}
		// Letters in both cases are one letter, case-insensitively.
		set := map[string]bool{}
		var out []lit
		for _, r := range rs {
			u := strings.ToUpper(string(r))
			both := strings.ContainsRune(string(rs), []rune(strings.ToLower(u))[0]) && strings.ContainsRune(string(rs), []rune(u)[0]) && strings.ToLower(u) != u
			s := string(r)
			if both {
				s = u
			}
			if !set[s] {
				set[s] = true
				out = append(out, lit{s, both})
			}
		}
		if len(out) > 3 {
			return []lit{{}}, false
		}
		return out, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return []lit{{}}, true
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpConcat:
		acc := []lit{{}}
		for _, s := range re.Sub {
			next, complete := prefixes(s)
			acc = cross(acc, next)
			if len(acc) > 8 {
				return acc, false
			}
			if !complete {
				return acc, false
			}
		}
		return acc, true
	case syntax.OpAlternate:
		var out []lit
		all := true
		for _, s := range re.Sub {
			p, c := prefixes(s)
			out = append(out, p...)
			all = all && c
		}
		if !all {
			// A branch that stops early ends every branch's prefix there
			// in a concatenation; keep the literals, not the completeness.
			return out, false
		}
		return out, true
	case syntax.OpQuest:
		p, c := prefixes(re.Sub[0])
		return append(p, lit{}), c
	case syntax.OpRepeat:
		if re.Min >= 1 && re.Min <= 30 {
			p, c := prefixes(re.Sub[0])
			if len(p) == 1 && c {
				return []lit{{strings.Repeat(p[0].s, re.Min), p[0].fold}}, re.Min == re.Max
			}
			return p, false
		}
	case syntax.OpPlus:
		p, _ := prefixes(re.Sub[0])
		return p, false
	}
	return []lit{{}}, false
}

func cross(a, b []lit) []lit {
	var out []lit
	for _, x := range a {
		for _, y := range b {
			out = append(out, lit{x.s + y.s, x.fold || y.fold})
		}
	}
	return out
}

// lengths returns the shortest and longest match of re (-1: unbounded).
func lengths(re *syntax.Regexp) (int, int) {
	switch re.Op {
	case syntax.OpLiteral:
		return len(string(re.Rune)), len(string(re.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, 1
	case syntax.OpCapture:
		return lengths(re.Sub[0])
	case syntax.OpConcat:
		lo, hi := 0, 0
		for _, s := range re.Sub {
			l, h := lengths(s)
			lo += l
			if hi >= 0 && h >= 0 {
				hi += h
			} else {
				hi = -1
			}
		}
		return lo, hi
	case syntax.OpAlternate:
		lo, hi := -1, 0
		for _, s := range re.Sub {
			l, h := lengths(s)
			if lo < 0 || l < lo {
				lo = l
			}
			if hi >= 0 && (h < 0 || h > hi) {
				hi = h
			}
		}
		return max(lo, 0), hi
	case syntax.OpQuest:
		_, h := lengths(re.Sub[0])
		return 0, h
	case syntax.OpStar:
		return 0, -1
	case syntax.OpPlus:
		l, _ := lengths(re.Sub[0])
		return l, -1
	case syntax.OpRepeat:
		l, h := lengths(re.Sub[0])
		if re.Max < 0 || h < 0 {
			return l * re.Min, -1
		}
		return l * re.Min, h * re.Max
	}
	return 0, 0
}

// sourceCase returns prefix (which the parser folded) as the pattern's
// text writes it.
func sourceCase(src, prefix string) string {
	var b strings.Builder
	b.WriteString(`(?i)`)
	for _, r := range prefix {
		b.WriteString(`\\?` + regexp.QuoteMeta(string(r)))
	}
	if m := regexp.MustCompile(b.String()).FindString(src); m != "" {
		return strings.ReplaceAll(m, `\`, "")
	}
	if strings.Count(src, strings.ToLower(prefix[:1])) > strings.Count(src, strings.ToUpper(prefix[:1])) {
		return strings.ToLower(prefix)
	}
	return prefix
}

func kind(id string) sanitize.Kind {
	switch {
	case strings.Contains(id, "private-key"):
		return sanitize.KindPrivateKey
	case strings.HasPrefix(id, "aws-"), strings.HasPrefix(id, "gcp-"), strings.HasPrefix(id, "azure-"),
		strings.HasPrefix(id, "alibaba-"), strings.HasPrefix(id, "yandex-aws"):
		return sanitize.KindCloudKey
	case strings.Contains(id, "token"):
		return sanitize.KindToken
	case strings.Contains(id, "secret"), strings.Contains(id, "password"):
		return sanitize.KindSecret
	case strings.Contains(id, "key"):
		return sanitize.KindAPIKey
	}
	return sanitize.KindSecret
}

func kindName(k sanitize.Kind) string {
	switch k {
	case sanitize.KindPrivateKey:
		return "KindPrivateKey"
	case sanitize.KindCloudKey:
		return "KindCloudKey"
	case sanitize.KindToken:
		return "KindToken"
	case sanitize.KindAPIKey:
		return "KindAPIKey"
	}
	return "KindSecret"
}

func quote(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

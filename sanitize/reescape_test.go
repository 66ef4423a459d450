package sanitize

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// Other writers of HAR files escape more than Chrome does: Go's encoder
// writes & < > as \u0026 \u003c \u003e, .NET's System.Text.Json also + ' `
// and every letter outside ASCII, Python's json.dumps (ensure_ascii) every
// letter outside ASCII, PHP's json_encode every '/' as \/. The same capture
// must come out as clean whichever wrote it: every corpus, rewritten in each
// style, leaks nothing the corpus as written does not.

// reescapeStyles rewrite the content of every JSON string of a document.
var reescapeStyles = []struct {
	name string
	esc  func(r rune) string // the escape of r, or "" to keep it
}{
	{"dotnet", func(r rune) string {
		switch {
		case r == '&' || r == '<' || r == '>' || r == '+' || r == '\'' || r == '`' || r >= 0x80:
			return jsonUEscape(r)
		}
		return ""
	}},
	{"python-ensure-ascii+php-slashes", func(r rune) string {
		switch {
		case r >= 0x80:
			return jsonUEscape(r)
		case r == '/':
			return `\/`
		}
		return ""
	}},
}

// jsonUEscape is \uXXXX of r (a surrogate pair above the BMP).
func jsonUEscape(r rune) string {
	if r > 0xffff {
		r -= 0x10000
		return fmt.Sprintf(`\u%04X\u%04X`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// reescape rewrites the JSON document in: each unescaped rune of a string
// that esc escapes is written escaped; everything else is kept.
func reescape(in []byte, esc func(rune) string) []byte {
	var b strings.Builder
	b.Grow(len(in) + len(in)/8)
	inStr := false
	for i := 0; i < len(in); {
		c := in[i]
		switch {
		case !inStr:
			inStr = c == '"'
			b.WriteByte(c)
			i++
		case c == '\\':
			b.Write(in[i : i+2])
			i += 2
		case c == '"':
			inStr = false
			b.WriteByte(c)
			i++
		default:
			r, n := utf8.DecodeRune(in[i:])
			if e := esc(r); e != "" {
				b.WriteString(e)
			} else {
				b.Write(in[i : i+n])
			}
			i += n
		}
	}
	return []byte(b.String())
}

func TestCorpusReescaped(t *testing.T) {
	if testing.Short() {
		t.Skip("rewrites every corpus")
	}
	corpora := map[string][]gdef{"generalize": generalizeCases(), "heldout": heldoutCases(), "heldout2": heldout2Cases(), "heldout3": heldout3Cases(),
		"heldout4": heldout4Cases(), "heldout5": heldout5Cases(), "heldout6": heldout6Cases(), "heldout7": heldout7Cases(), "heldout8": heldout8Cases(),
		"heldout9": heldout9Cases(), "heldout10": heldout10Cases()}
	cases, checked := 0, 0
	for cname, defs := range corpora {
		for _, d := range defs {
			c := newGcase(d)
			d.build(c)
			in := c.har(t)
			out, _ := sanitizeTwice(t, in)
			views := gViewList(out)
			leaked := map[string]bool{}
			for _, s := range c.secrets {
				if gFind(views, s.value) != "" {
					leaked[s.value] = true
				}
			}
			cases++
			for _, st := range reescapeStyles {
				re := reescape(in, st.esc)
				out, _ := sanitizeTwice(t, re)
				views := gViewList(out)
				for _, s := range c.secrets {
					checked++
					if !leaked[s.value] && gFind(views, s.value) != "" {
						t.Errorf("%s %s/%s: %s survives when the HAR is written %s-style", cname, d.cat, d.shape, s.where, st.name)
					}
				}
			}
		}
	}
	if cases < 1000 || checked < 4000 {
		t.Fatalf("only %d cases and %d secret checks: the corpora did not load", cases, checked)
	}
	t.Logf("%d cases, %d secret checks in %d styles", cases, checked, len(reescapeStyles))
}

// TestReescape: the rewriting keeps the document's value.
func TestReescape(t *testing.T) {
	in := []byte(`{"a":"x=1&y=<b> + 'c' é 😀 / \" \\","b":[1,"\u0026"]}`)
	for _, st := range reescapeStyles {
		re := reescape(in, st.esc)
		var v1, v2 any
		if err := json.Unmarshal(in, &v1); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(re, &v2); err != nil {
			t.Fatalf("%s: %v\n%s", st.name, err, re)
		}
		if fmt.Sprint(v1) != fmt.Sprint(v2) {
			t.Errorf("%s changed the value: %v → %v", st.name, v1, v2)
		}
		if string(re) == string(in) {
			t.Errorf("%s changed nothing", st.name)
		}
	}
}

package sanitize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiHAR is jsonHAR with every non-ASCII character of body written as
// \u escapes (surrogate pairs above U+FFFF), as some exporters write them.
func asciiHAR(body, mime string) []byte {
	var b strings.Builder
	b.WriteString(`{"log":{"entries":[{"response":{"content":{"mimeType":`)
	m, _ := json.Marshal(mime)
	b.Write(m)
	b.WriteString(`,"text":"`)
	for _, r := range strings.ToValidUTF8(body, "\uFFFD") {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
		}
	}
	b.WriteString(`"}}}]}}`)
	return []byte(b.String())
}

// checkPolicyOutput sanitizes in under pats and checks that the output is
// valid JSON, is accepted again by the sanitizer (no lone surrogate, no
// invalid UTF-8, no bad escape), and holds no character the input's text
// did not hold, other than a placeholder's letters, digits and "-".
func checkPolicyOutput(t *testing.T, rules *Rules, in []byte) {
	t.Helper()
	var out bytes.Buffer
	if _, err := New(rules, WithKey(testKey), WithMaxString(1<<20), WithMaxDepth(64)).Sanitize(&out, bytes.NewReader(in)); err != nil {
		t.Fatalf("sanitizing %q: %v", in, err)
	}
	if !json.Valid(out.Bytes()) {
		t.Fatalf("output is not valid JSON: %q (input %q)", out.Bytes(), in)
	}
	var again bytes.Buffer
	if _, err := New(rules, WithKey(testKey), WithMaxString(1<<20), WithMaxDepth(64)).Sanitize(&again, bytes.NewReader(out.Bytes())); err != nil {
		t.Fatalf("the output is refused when read again (%v): %q (input %q)", err, out.Bytes(), in)
	}
	var doc struct {
		Log struct {
			Entries []struct {
				Response struct {
					Content struct {
						Text string `json:"text"`
					} `json:"content"`
				} `json:"response"`
			} `json:"entries"`
		} `json:"log"`
	}
	var src = doc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || json.Unmarshal(in, &src) != nil || len(doc.Log.Entries) != 1 {
		t.Fatalf("output %q: %v", out.Bytes(), err)
	}
	got, was := doc.Log.Entries[0].Response.Content.Text, src.Log.Entries[0].Response.Content.Text
	if !utf8.ValidString(got) {
		t.Fatalf("output text is not UTF-8: %q", got)
	}
	for _, r := range got {
		if !strings.ContainsRune(was, r) && !strings.ContainsRune("-0123456789abcdefghijklmnopqrstuvwxyz", r) {
			t.Fatalf("output text %q has %q, which the input %q did not", got, r, was)
		}
	}
}

// An administrator's pattern that starts or ends inside an escape sequence
// or a multi-byte character: the placeholder takes the whole escape or
// character, and the output stays valid JSON that means what it should.
func TestPolicyPatternKeepsJSONValid(t *testing.T) {
	tests := []struct {
		name, re, text string
		ascii          bool // write the text with \u escapes only
	}{
		{"starts at the n of \\n", `nzq[0-9]{6}`, "abc\nzq123456 end", false},
		// Text with \u escapes is matched decoded (a pattern sees "<",
		// not "003c"); the placeholder then covers the escapes whole.
		{"starts at a \\u003c", `<zq[0-9]{6}`, "abc<zq123456 end", false},
		{"starts at a \\u00e9", `ézq[0-9]{6}`, "abcézq123456 end", true},
		{"ends on half of \\\\", `zqx[0-9]{6}\\`, `zqx123456\n end`, false},
		{"ends at a surrogate pair", `zqx[0-9]{6}😀`, "zqx123456😀 end", true},
		{"starts at a surrogate pair", `😀zqx[0-9]{6}`, "a😀zqx123456 end", true},
		{"ends inside \\\"", `zqx[0-9]{6}\\`, `zqx123456" end`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := DefaultRules().Extend(Extra{Patterns: []PatternSpec{{Name: "p", Regexp: tt.re}}})
			if err != nil {
				t.Fatal(err)
			}
			in := jsonHAR(tt.text, "text/plain")
			if tt.ascii {
				in = asciiHAR(tt.text, "text/plain")
			}
			var out bytes.Buffer
			rep, err := New(rules, WithKey(testKey)).Sanitize(&out, bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if rep.Redacted == 0 {
				t.Fatalf("the pattern found nothing in %q: the case tests nothing", in)
			}
			checkPolicyOutput(t, rules, in)
		})
	}
}

// FuzzPolicyPatterns checks "the output parses whenever the input parses"
// under a random administrator's pattern: any pattern Rules.Extend accepts,
// over any text, written escaped as encoding/json does or with \u escapes
// only.
func FuzzPolicyPatterns(f *testing.F) {
	f.Add(`nzq[0-9]{6}`, "abc\nzq123456 end", false)
	f.Add(`003czq[0-9]{6}`, "abc<zq123456 end", false)
	f.Add(`zqx[0-9]{6}\\`, `zqx123456\n end`, false)
	f.Add(`zqx[0-9]{6}\\ud83d`, "zqx123456😀 end", true)
	f.Add(`ude00zqx[0-9]{6}`, "a😀zqx123456 end", true)
	f.Add(`[0-9]{4}-CORP-[A-Z]{6}`, "badge 1234-CORP-ABCDEF\té", false)
	f.Add(`acme_[A-Za-z0-9+/=\\]{8,}`, "key acme_ab\\cd/ef+gh==\" x", false)
	f.Fuzz(func(t *testing.T, re, text string, ascii bool) {
		if len(re) > 200 || len(text) > 4096 {
			return
		}
		rules, err := DefaultRules().Extend(Extra{Patterns: []PatternSpec{{Name: "p", Regexp: re}}})
		if err != nil {
			return
		}
		in := jsonHAR(text, "text/plain")
		if ascii {
			in = asciiHAR(text, "text/plain")
		}
		checkPolicyOutput(t, rules, in)
	})
}

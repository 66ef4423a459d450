package review

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/safehar/safehar/sanitize"
)

func TestPageAt(t *testing.T) {
	var fs []sanitize.Finding
	for i := range 10_000 {
		fs = append(fs, sanitize.Finding{Entry: i / 4, Path: fmt.Sprintf("/log/entries/%d/request/headers/0/value", i/4), Kind: sanitize.KindCookie, Name: "sid", Host: "app.example.com", Fingerprint: "abcdef"})
	}
	reqs := map[int]Request{}
	for e := range 2500 {
		reqs[e] = Request{Method: "GET", URL: fmt.Sprintf("https://app.example.com/api/%d", e)}
	}
	for _, budget := range []int{1, 4 << 10, 64 << 10, 512 << 10, 8 << 20} {
		got, pages := 0, 0
		for off := 0; ; {
			p := PageAt(fs, reqs, off, budget)
			b, _ := json.Marshal(p)
			if len(p.Findings) > 1 && len(b) > budget {
				t.Fatalf("budget %d: a page of %d bytes", budget, len(b))
			}
			if strings.Contains(string(b), "abcdef") {
				t.Fatal("a page carries fingerprints")
			}
			for _, f := range p.Findings {
				if _, ok := p.Requests[f.Entry]; !ok {
					t.Fatalf("budget %d: entry %d is not in its page's requests", budget, f.Entry)
				}
			}
			got += len(p.Findings)
			pages++
			if p.Next == 0 {
				break
			}
			off = p.Next
		}
		if got != len(fs) {
			t.Fatalf("budget %d: %d findings over %d pages, want %d", budget, got, pages, len(fs))
		}
	}
}

func TestRequests(t *testing.T) {
	har := `{"x":{"entries":[1]},"log":{"version":"1.2","pages":[{"id":"p"}],"entries":[` +
		`{"request":{"method":"GET","url":"https://a.example/one"}},` +
		`{"request":{"url":"https://a.example/two","method":"POST","headers":[{"name":"a","value":"b"}]},"response":{}},` +
		`{"request":{"method":"PUT","url":"https://a.example/three"}}]}}`
	got, err := Requests(strings.NewReader(har), map[int]bool{1: true, 2: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1] != (Request{"POST", "https://a.example/two"}) || got[2].Method != "PUT" {
		t.Fatalf("got %v", got)
	}
	if _, err := Requests(strings.NewReader(`{"log":{"entries":[{`), map[int]bool{0: true}); err == nil {
		t.Fatal("a truncated file read without error")
	}
}

func TestTermRules(t *testing.T) {
	for _, tt := range []struct {
		terms []string
		ok    bool
	}{
		{[]string{"Globex Corporation", "intranet.acme.local", "cust-004711"}, true},
		{[]string{"a+b(c)d[e]f.g*"}, true}, // literal, not a pattern
		{[]string{"Globex"}, false},        // too short
		{[]string{"text/html; charset=utf-8"}, false},
		{[]string{"line\nbreak here"}, false},
	} {
		r, err := TermRules(sanitize.DefaultRules(), tt.terms)
		if tt.ok != (err == nil) {
			t.Fatalf("%q: %v", tt.terms, err)
		}
		if err != nil {
			if !errors.Is(err, ErrTerm) || strings.Contains(err.Error(), "user-term-") {
				t.Fatalf("%q: error %v", tt.terms, err)
			}
			continue
		}
		var out strings.Builder
		in := `{"log":{"version":"1.2","entries":[{"request":{"method":"GET","url":"https://x.example/","headers":[]},"response":{"content":{"text":"` + strings.Join(tt.terms, " and ") + `"}}}]}}`
		if _, err := sanitize.New(r, sanitize.WithKey(make([]byte, 32))).Sanitize(&out, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		for _, term := range tt.terms {
			if strings.Contains(out.String(), term) {
				t.Fatalf("%q survived: %s", term, out.String())
			}
		}
		if !strings.Contains(out.String(), "safehar-user-term-") {
			t.Fatalf("no user-term placeholder: %s", out.String())
		}
	}
}
